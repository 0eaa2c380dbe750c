"""The signing-identity dialog: who signs this computer's packs, and the buttons to create, import and export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from onsshare_desktop.gui._generated.identity_identity_dialog_ui import Ui_IdentityDialog
from onsshare_desktop.gui.errors import show_error
from onsshare_desktop.gui.identity.create_identity import CreateIdentityDialog
from onsshare_desktop.gui.workers import Worker

if TYPE_CHECKING:
    from onsshare_desktop.services.identity import IdentityOutcome, IdentityService, SignerInfo


def help_on_f1(widget: QWidget) -> None:
    from PySide6.QtGui import QKeySequence, QShortcut

    from onsshare_desktop.gui.help.window import show_help

    QShortcut(QKeySequence("F1"), widget, activated=lambda: show_help(widget, "identity.html"))


def two_lines(fingerprint: str) -> str:
    """``AB:CD:…`` (95 characters, no space to wrap at) as two lines of 16 pairs, which fit a 1024-pixel screen."""
    half = len(fingerprint) // 2 + 1
    return f"{fingerprint[:half]}\n{fingerprint[half:]}"


class IdentityDialog(QDialog):
    """Signals:
    identity_changed(object): a new identity (``SignerInfo``) was created or imported.
    """

    identity_changed = Signal(object)

    def __init__(self, identity: IdentityService, parent: QWidget | None = None) -> None:
        """``identity``: the signing identity of the data folder, and the keyring that may keep its passphrase."""
        super().__init__(parent)
        self.ui = Ui_IdentityDialog()
        self.ui.setupUi(self)
        self._identity = identity
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.createButton.clicked.connect(self._on_create_clicked)
        self.ui.importButton.clicked.connect(self._on_import_clicked)
        self.ui.exportCertButton.clicked.connect(self._on_export_cert_clicked)
        for button in (self.ui.createButton, self.ui.importButton, self.ui.exportCertButton):
            button.setAutoDefault(False)  # Enter closes the dialog; it never starts replacing the identity
        self._refresh()
        help_on_f1(self)
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()

    def _keyring(self) -> tuple[bool, str]:
        status = self._identity.keyring_status()
        if status.secure:
            return True, self.tr("Your passphrase can be remembered in this computer's password store, so you "
                                 "need not type it each time you sign.")
        return False, self.tr("This computer has no safe place to keep passphrases, so you will type yours each "
                              "time you sign.")

    def _refresh(self) -> None:
        ui = self.ui
        has = self._identity.exists()
        info = self._identity.info() if has else None
        values = ((ui.nameCaption, ui.nameValueLabel, info.name if info else self.tr("No signing identity yet")),
                  (ui.organisationCaption, ui.organisationValueLabel, info.organisation if info else ""),
                  (ui.emailCaption, ui.emailValueLabel, info.email if info else ""),
                  (ui.fingerprintCaption, ui.fingerprintValueLabel,
                   two_lines(info.display_fingerprint) if info else ""))
        for caption, label, value in values:  # named "Caption: value" so a screen reader reads the value itself
            text = value or self.tr("Not set")
            label.setText(text)
            label.setAccessibleName(f"{caption.text()} {text}")
        ui.exportCertButton.setEnabled(has)
        ui.createButton.setText(self.tr("&Replace…") if has else self.tr("&Create…"))
        ui.keyringLabel.setText(self._keyring()[1])

    def _confirm_replace(self) -> bool | None:
        """``False`` when there is nothing to replace, ``True`` if the user agreed, ``None`` if they declined."""
        if not self._identity.exists():
            return False
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace your signing identity?"), self.tr(
            "Replace your signing identity?"), QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr(
            "Packs you signed before stay valid, but ONS will need your new certificate before they can trust what "
            "you sign next. The old key is kept in the identity folder's retired/ subfolder."))
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep my identity"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return True if box.clickedButton() is replace else None

    def _run(self, fn, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self.setEnabled(False)
        worker = Worker(fn, *args, **kwargs)
        worker.signals.finished.connect(self._on_job_finished)
        worker.signals.failed.connect(self._on_job_failed)
        worker.start()

    @Slot()
    def _on_create_clicked(self) -> None:
        if not self._identity.exists():  # the first identity: the guided set-up
            from onsshare_desktop.gui.identity.setup import start_identity_setup

            start_identity_setup(self._identity.folder, self._identity.secrets, self._keyring()[0], self, self.tr(
                "Set up your signing identity once: who you are, then the key that signs what you send."),
                self._on_set_up)
            return
        replace = self._confirm_replace()
        if replace is None:
            return
        secure, reason = self._keyring()
        current = self._identity.info() if self._identity.exists() else None
        dialog = CreateIdentityDialog(secure, reason, *(
            (current.name, current.organisation, current.email) if current else ()), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            new = dialog.result_identity()
            self._run(self._identity.create_and_remember, new.name, new.organisation, new.email, new.passphrase,
                      remember=new.remember, replace=replace)

    @Slot()
    def _on_import_clicked(self) -> None:
        replace = self._confirm_replace()
        if replace is None:
            return
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose your organisation's key file"),
                                                    str(Path.home()),
                                                    self.tr("Key files (*.p12 *.pfx);;All files (*)"))
        if not path:
            return
        password, ok = QInputDialog.getText(self, self.tr("Key file password"), self.tr(
            "Password of %1 (it will also protect the key stored here):").replace("%1", Path(path).name),
            QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            show_error(self, self.tr("The file could not be read."), exc)
            return
        self._run(self._identity.import_and_remember, data, password, remember=self._keyring()[0], replace=replace)

    @Slot()
    def _on_export_cert_clicked(self) -> None:
        info = self._identity.info()
        suggested = str(Path.home() / f"{info.name or 'certificate'}.pem".replace(" ", "-").lower())
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export your certificate"), suggested,
                                                    self.tr("PEM certificates (*.pem)"))
        if not path:
            return
        try:
            Path(path).write_bytes(self._identity.certificate_pem())
        except OSError as exc:
            show_error(self, self.tr("The certificate could not be saved."), exc)
            return
        QMessageBox.information(self, self.tr("Certificate exported"), self.tr(
            "Saved %1.\n\nTell ONS this fingerprint by phone or another channel so they can confirm it:\n%2")
            .replace("%1", path).replace("%2", info.display_fingerprint))

    def _on_set_up(self, info: SignerInfo | None) -> None:
        if info is not None:
            self._refresh()
            self.identity_changed.emit(info)

    def _on_job_finished(self, outcome: IdentityOutcome) -> None:
        self.setEnabled(True)
        self._refresh()
        self.identity_changed.emit(outcome.info)
        if outcome.note:
            QMessageBox.information(self, self.tr("Identity ready"), outcome.note)

    def _on_job_failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        show_error(self, self.tr("The identity could not be set up."), exc)
