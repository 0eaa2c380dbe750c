"""Where to save a signed pack, and whether to encrypt it for ONS: the export dialog.

One dialog says both: the file (typed, or chosen with Browse…) and an "Encrypt for ONS" checkbox with ONS's
certificate shown in plain words (who it names, until when it can be used) and a "Choose certificate…" button.
Ticking the box makes the suggested name end in ``.p7m``; a certificate that cannot be used (unreadable, not a
certificate, only for signing, expired) is refused with its reason before anything is signed or written. The
choice and the certificate are remembered in the data folder's ``settings.ini``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QSettings
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QPushButton, QWidget

from onsshare_desktop.gui._generated.export_pack_dialog_ui import Ui_ExportPackDialog
from onsshare_desktop.gui.errors import show_error

if TYPE_CHECKING:
    from onsshare_desktop.services.envelopes import EncryptionCertificate
    from onsshare_desktop.services.requests import RequestService

ENCRYPTION_CERTIFICATE_KEY = "export/encryptionCertificate"  # in settings.ini: ONS's certificate last chosen
ENCRYPT_KEY = "export/encryptForOns"  # in settings.ini: whether the last pack saved was encrypted
PDF, P7M = ".pdf", ".p7m"


class ExportPackDialog(QDialog):
    """Asks where to save the pack and whether to encrypt it for ONS; Save stays disabled, saying why, until the
    answer can be used. After ``exec()`` accepted: ``path()`` and ``encrypt_to()``."""

    def __init__(self, requests: RequestService, settings: QSettings, suggested: Path,
                 parent: QWidget | None = None) -> None:
        """``suggested``: the full path offered (a ``.pdf``; it becomes ``.pdf.p7m`` while the box is ticked)."""
        super().__init__(parent)
        self._requests = requests
        self._settings = settings
        self._folder = suggested.parent
        self._certificate: EncryptionCertificate | None = None
        self._certificate_problem = ""
        self._confirmed: Path | None = None  # a path whose replacement the file dialog has already confirmed
        self.ui = Ui_ExportPackDialog()
        self.ui.setupUi(self)
        self._save = self.ui.buttonBox.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self._save.setDefault(True)
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        QWidget.setTabOrder(self.ui.chooseCertificateButton, self._save)  # as laid out: Save, then Cancel
        QWidget.setTabOrder(self._save, cancel)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.browseButton.clicked.connect(self._on_browse_clicked)
        self.ui.chooseCertificateButton.clicked.connect(self._on_choose_certificate_clicked)
        self.ui.fileEdit.textChanged.connect(self._update)
        remembered = str(settings.value(ENCRYPTION_CERTIFICATE_KEY, "") or "")
        if remembered:
            self._take_certificate(Path(remembered))
        encrypt = settings.value(ENCRYPT_KEY, False, type=bool) and remembered != ""
        self.ui.encryptCheckBox.setChecked(bool(encrypt))
        self.ui.fileEdit.setText(self._named_for(str(suggested), bool(encrypt)))
        self.ui.encryptCheckBox.toggled.connect(self._on_encrypt_toggled)
        self.ui.fileEdit.setFocus()
        self._update()

    # -- what was chosen ---------------------------------------------------------------------------------------

    def save_button(self) -> QPushButton:
        """The button that saves (the default: Enter in the file name presses it)."""
        return self._save

    def encrypting(self) -> bool:
        """Whether "Encrypt for ONS" is ticked."""
        return self.ui.encryptCheckBox.isChecked()

    def encrypt_to(self) -> Path | None:
        """ONS's certificate file when the pack is to be encrypted, else None."""
        return self._certificate.path if self.encrypting() and self._certificate is not None else None

    def path(self) -> Path | None:
        """The file that will be written: the name typed, in the suggested folder unless it names one, ending in
        ``.pdf``, or in ``.p7m`` when encrypting (``name.pdf.p7m`` unless the name already ends in ``.p7m``);
        None when nothing is typed."""
        text = self.ui.fileEdit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self._folder / path
        if self.encrypting():
            named = path if path.name.lower().endswith((PDF, P7M)) else path.with_name(path.name + PDF)
            return self._requests.encrypted_name(named)
        return path if path.name.lower().endswith(PDF) else path.with_name(path.name + PDF)

    def problem(self) -> str:
        """What stops Save, in words; empty when the pack can be saved as chosen."""
        path = self.path()
        if path is None:
            return self.tr("Type a file name, or press Browse to choose one.")
        if not self.encrypting() and self.ui.fileEdit.text().strip().lower().endswith(P7M):
            return self.tr("A .p7m file is an encrypted pack: tick Encrypt for ONS, or end the name with .pdf.")
        if path.is_dir():
            return self.tr("%1 is a folder: add a file name.").replace("%1", str(path))
        if not path.parent.is_dir():
            return self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
        if self.encrypting() and self._certificate is None:  # the reason is shown beside the certificate
            return self.tr("Choose ONS's encryption certificate, or untick Encrypt for ONS.")
        return ""

    # -- the file name -------------------------------------------------------------------------------------------

    @staticmethod
    def _named_for(text: str, encrypt: bool) -> str:
        """``text`` with the ending an encrypted (``.pdf.p7m``) or plain (``.pdf``) pack has."""
        lower = text.lower()
        if encrypt and lower.endswith(PDF):
            return text + P7M
        if not encrypt and lower.endswith(PDF + P7M):
            return text[:-len(P7M)]
        if not encrypt and lower.endswith(P7M):
            return text[:-len(P7M)] + PDF
        return text

    def _on_encrypt_toggled(self, checked: bool) -> None:
        if checked and self._certificate is None and not self._certificate_problem:
            self._on_choose_certificate_clicked()  # nothing to encrypt to yet: choose now, or the box goes off
            if self._certificate is None:
                self.ui.encryptCheckBox.setChecked(False)
                return
        edit = self.ui.fileEdit
        edit.setText(self._named_for(edit.text(), checked))
        self._update()

    def _on_browse_clicked(self) -> None:
        plain = self.tr("Signed pack (*.pdf)")
        encrypted = self.tr("Signed pack, encrypted so only ONS can open it (*.p7m)")
        current = self.path()
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the signed pack"),
                                                    str(current or self._folder),
                                                    encrypted if self.encrypting() else plain)
        if name:
            self._confirmed = Path(name)
            self.ui.fileEdit.setText(self._named_for(name, self.encrypting()))

    # -- ONS's certificate ---------------------------------------------------------------------------------------

    def _on_choose_certificate_clicked(self) -> None:
        """Offer the certificate last chosen first; one that cannot be used is refused, saying why, and the one
        before stays."""
        from onsshare_desktop.domain.errors import UserError

        last = self._certificate.path if self._certificate is not None else \
            str(self._settings.value(ENCRYPTION_CERTIFICATE_KEY, "") or "")
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose ONS's encryption certificate"), str(last),
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if not name:
            return
        try:
            certificate = self._requests.encryption_certificate(Path(name))
        except UserError as err:
            show_error(self, self.tr("This certificate cannot be used to encrypt the pack."), err)
            return
        self._certificate, self._certificate_problem = certificate, ""
        self._settings.setValue(ENCRYPTION_CERTIFICATE_KEY, str(certificate.path))
        self._show_certificate()
        self.ui.encryptCheckBox.setChecked(True)
        self._update()

    def _take_certificate(self, path: Path) -> None:
        """The remembered certificate, if it can still be used; else the reason it cannot, shown by it."""
        from onsshare_desktop.domain.errors import UserError

        try:
            self._certificate, self._certificate_problem = self._requests.encryption_certificate(path), ""
        except UserError as err:
            self._certificate = None
            self._certificate_problem = self.tr("The certificate chosen before (%1) cannot be used: %2").replace(
                "%1", path.name).replace("%2", str(err))

    def _show_certificate(self) -> None:
        certificate = self._certificate
        if certificate is not None:
            who = ", ".join(part for part in (certificate.name, certificate.organisation) if part)
            text = self.tr("ONS's certificate: %1. It can be used until %2.").replace("%1", who).replace(
                "%2", self.long_date(certificate.valid_until.date().isoformat()))
        else:
            text = self._certificate_problem or self.tr(
                "No certificate chosen yet: ask your contact at ONS for their encryption certificate.")
        self.ui.certificateLabel.setText(text)
        self.ui.chooseCertificateButton.setAccessibleDescription(text)
        self.ui.encryptCheckBox.setAccessibleDescription(f"{self.ui.encryptHintLabel.text()} {text}")

    @staticmethod
    def long_date(iso: str) -> str:
        """``2031-11-29`` as people write it in the app's language (29 November 2031, 29 Tachwedd 2031)."""
        from onsshare_desktop.gui.language import current_language

        language = QLocale.Language.Welsh if current_language() == "cy" else QLocale.Language.English
        return QLocale(language, QLocale.Country.UnitedKingdom).toString(QDate.fromString(iso, "yyyy-MM-dd"),
                                                                         "d MMMM yyyy")

    # -- Save --------------------------------------------------------------------------------------------------

    def _update(self) -> None:
        self._show_certificate()
        encrypting = self.encrypting()
        self.ui.certificateLabel.setEnabled(encrypting)
        problem = self.problem()
        self.ui.problemLabel.setText(problem)
        self.ui.problemLabel.setAccessibleName(problem)
        self._save.setEnabled(not problem)
        self._save.setAccessibleDescription(self.tr("Not available yet: %1").replace("%1", problem) if problem else "")
        self._fit()

    def _fit(self) -> None:
        """Tall enough for every wrapped line at the present width (a layout's minimum size ignores wrapping)."""
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        layout = self.layout()
        if layout.hasHeightForWidth():  # narrower means more lines: never clip them
            self.setMinimumHeight(layout.totalHeightForWidth(self.width()))

    def accept(self) -> None:
        """Save, once the answer can be used and an existing file may be replaced; remembers the choice."""
        path = self.path()
        if self.problem() or path is None:
            return
        if path.exists() and path != self._confirmed:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace the file?"), self.tr(
                "%1 already exists. Replace it with the new pack?").replace("%1", str(path)),
                QMessageBox.StandardButton.NoButton, self)
            replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.AcceptRole)
            keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(keep)
            box.setEscapeButton(keep)
            box.exec()
            if box.clickedButton() is not replace:
                return
        self._settings.setValue(ENCRYPT_KEY, self.encrypting())
        self._settings.sync()
        super().accept()
