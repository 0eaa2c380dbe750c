"""The trust store of known signers: list, import a PEM certificate, remove. Same store as ``trust`` on the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTreeWidgetItem, QWidget

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.gui._generated.screening_trust_dialog_ui import Ui_TrustDialog
from onsshare_desktop.gui.announce import announce_label

if TYPE_CHECKING:
    from onsshare_desktop.services.trust import TrustedSigners

FINGERPRINT_ROLE = Qt.ItemDataRole.UserRole
ERROR_STYLE = "color: #b00020;"


class TrustDialog(QDialog):
    """Signals:
    trust_changed(): a certificate was added or removed (packs' "signer confirmed" needs refreshing).
    """

    trust_changed = Signal()

    def __init__(self, store: "TrustedSigners", parent: QWidget | None = None) -> None:
        """``store``: the certificates trusted on purpose (``TrustService`` or its ``store()``)."""
        super().__init__(parent)
        self.ui = Ui_TrustDialog()
        self.ui.setupUi(self)
        self._store = store
        self.ui.signersTree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.importCertButton.clicked.connect(self._on_import_cert_clicked)
        self.ui.removeButton.clicked.connect(self._on_remove_clicked)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.signersTree.itemSelectionChanged.connect(
            lambda: self.ui.removeButton.setEnabled(self.selected_fingerprint() is not None))
        self.reload()

    def reload(self) -> None:
        tree = self.ui.signersTree
        tree.clear()
        for cert in self._store.list():
            item = QTreeWidgetItem([cert.info.name, cert.info.organisation, cert.info.display_fingerprint,
                                    cert.not_valid_after])
            item.setData(0, FINGERPRINT_ROLE, cert.info.fingerprint)
            item.setToolTip(0, cert.info.email if not cert.added_by else self.tr(
                "%1\nTrusted by the whole team; added by %2").replace("%1", cert.info.email)
                .replace("%2", cert.added_by))
            tree.addTopLevelItem(item)
        self.ui.removeButton.setEnabled(False)

    def selected_fingerprint(self) -> str | None:
        items = self.ui.signersTree.selectedItems()
        return str(items[0].data(0, FINGERPRINT_ROLE)) if items else None

    def ask_certificate_file(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Import a signer's certificate"), "",
                                                    self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        return Path(name) if name else None

    def confirm(self, text: str) -> bool:
        """Trusting or removing a signer changes what every pack shows: the safe answer (Cancel) is the default."""
        from onsshare_desktop.gui.confirm import confirm

        return confirm(self, self.tr("Trusted signers"), text, "", self.tr("&Yes"))

    def _status(self, text: str, error: bool = False) -> None:
        self.ui.trustStatusLabel.setStyleSheet(ERROR_STYLE if error else "")
        announce_label(self.ui.trustStatusLabel, text, assertive=error)

    @Slot()
    def _on_import_cert_clicked(self) -> None:
        path = self.ask_certificate_file()
        if path is None:
            return
        from onsshare_desktop.services.trust import TrustService

        try:
            info = TrustService.describe(path.read_bytes())
        except (UserError, OSError) as exc:
            self._status(str(exc) if isinstance(exc, UserError) else exc.strerror or str(exc), error=True)
            return
        if not self.confirm(self.tr("Trust %1 (%2)?\n\nFingerprint (SHA-256):\n%3\n\nCheck this fingerprint with the "
                                    "signer before you trust it.").replace("%1", info.name)
                            .replace("%2", info.organisation or "-").replace("%3", info.display_fingerprint)):
            return
        self._store.add(path.read_bytes())
        self.reload()
        self._status(self.tr("Trusted %1.").replace("%1", info.name))
        self.trust_changed.emit()

    @Slot()
    def _on_remove_clicked(self) -> None:
        fingerprint = self.selected_fingerprint()
        if fingerprint is None or not self.confirm(self.tr("Stop trusting this signer? Their packs not yet past "
                                                           "first screening become “signer not confirmed”.")):
            return
        info = self._store.remove(fingerprint)
        self.reload()
        self._status(self.tr("No longer trusted: %1.").replace("%1", info.name))
        self.trust_changed.emit()
