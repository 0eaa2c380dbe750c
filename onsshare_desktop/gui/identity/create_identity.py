"""Dialog that collects what a new signing identity needs; the key itself is made by ``IdentityStore.create``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from onsshare_desktop.domain.validation import EMAIL_RE
from onsshare_desktop.gui._generated.identity_create_identity_ui import Ui_CreateIdentityDialog

MIN_PASSPHRASE_LENGTH = 8  # the identity store enforces the same rule


@dataclass(frozen=True)
class NewIdentity:
    name: str
    organisation: str
    email: str
    passphrase: str
    remember: bool


class CreateIdentityDialog(QDialog):
    """Asks for name, organisation, e-mail and a passphrase (twice); OK stays disabled until they make sense."""

    def __init__(self, keyring_secure: bool, keyring_reason: str, name: str = "", organisation: str = "",
                 email: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CreateIdentityDialog()
        self.ui.setupUi(self)
        self.ui.nameEdit.setText(name)
        self.ui.organisationEdit.setText(organisation)
        self.ui.emailEdit.setText(email)
        self.ui.rememberCheck.setEnabled(keyring_secure)
        self.ui.rememberCheck.setChecked(keyring_secure)
        if not keyring_secure:
            self.ui.rememberCheck.setToolTip(keyring_reason)
            self.ui.rememberCheck.setText(self.tr("Remember the passphrase (this computer has no safe place to keep it)"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        for edit in (self.ui.nameEdit, self.ui.organisationEdit, self.ui.emailEdit, self.ui.passphraseEdit,
                     self.ui.confirmEdit):
            edit.textChanged.connect(self._update)
        self._update()

    def problem(self) -> str:
        """What still stops OK, in words; empty when the form is acceptable."""
        ui = self.ui
        if not ui.nameEdit.text().strip():
            return self.tr("Give the name of the person who signs.")
        if not ui.organisationEdit.text().strip():
            return self.tr("Give your organisation.")
        if not EMAIL_RE.match(ui.emailEdit.text().strip()):
            return self.tr("Give your work e-mail address.")
        if len(ui.passphraseEdit.text()) < MIN_PASSPHRASE_LENGTH:
            return self.tr("Choose a passphrase of at least %n characters.", "", MIN_PASSPHRASE_LENGTH)
        if ui.passphraseEdit.text() != ui.confirmEdit.text():
            return self.tr("The two passphrases differ.")
        return ""

    def _update(self) -> None:
        problem = self.problem()
        self.ui.problemLabel.setText(problem)
        self.ui.problemLabel.setAccessibleName(problem)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)
        ok.setAccessibleDescription(self.tr("Not available yet: %1").replace("%1", problem) if problem else "")

    def result_identity(self) -> NewIdentity:
        ui = self.ui
        return NewIdentity(ui.nameEdit.text().strip(), ui.organisationEdit.text().strip(),
                           ui.emailEdit.text().strip(), ui.passphraseEdit.text(),
                           ui.rememberCheck.isEnabled() and ui.rememberCheck.isChecked())
