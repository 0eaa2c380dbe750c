"""The guided set-up of a signing identity: who you are first (name, organisation, e-mail), then your signing key
(a new one made here, or your organisation's key file).

One small piece that every place needing an identity calls: the screener's first start, the screener's and the
requester's File › Signing identity… when there is none yet, exporting a pack and exporting a screening record.
Call ``start_identity_setup``; it opens the wizard over ``parent`` and calls ``done(SignerInfo or None)`` once the
key is made (off the UI thread) or the person cancelled. Completing the first page saves the profile at once
(``services.identity.save_profile``), so someone who stops before the key still works under their own name.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout,
    QWidget, QWizard, QWizardPage,
)

from onsshare_desktop.domain.validation import EMAIL_RE
from onsshare_desktop.gui.identity.create_identity import MIN_PASSPHRASE_LENGTH
from onsshare_desktop.services.identity import Profile, profile_problem, save_profile, saved_profile

if TYPE_CHECKING:
    from onsshare_desktop.services.identity import IdentityOutcome, SecretStore, SignerInfo

ERROR_STYLE = "color: #b00020;"


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _field(form: QFormLayout, label_text: str, edit: QLineEdit, name: str) -> QLineEdit:
    edit.setObjectName(name)
    label = QLabel(label_text)
    label.setBuddy(edit)
    edit.setAccessibleName(label_text.replace("&", "").rstrip(":"))
    form.addRow(label, edit)
    return edit


class AboutYouPage(QWizardPage):
    """Name, organisation and e-mail; Next saves them as the profile."""

    def __init__(self, intro: str, prefill: Profile | None, folder: Path) -> None:
        super().__init__()
        self._folder = folder
        self.setTitle(self.tr("About you"))
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(intro))
        layout.addWidget(_wrapped(self.tr(
            "Your name, organisation and e-mail are recorded with what you do here and printed on what you sign.")))
        form = QFormLayout()
        self.name_edit = _field(form, self.tr("&Name:"), QLineEdit(), "setupNameEdit")
        self.organisation_edit = _field(form, self.tr("&Organisation:"), QLineEdit(), "setupOrganisationEdit")
        self.email_edit = _field(form, self.tr("&E-mail:"), QLineEdit(), "setupEmailEdit")
        layout.addLayout(form)
        self.problem_label = _wrapped("")
        self.problem_label.setObjectName("setupAboutProblemLabel")
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        if prefill is not None:
            self.name_edit.setText(prefill.name)
            self.organisation_edit.setText(prefill.organisation)
            self.email_edit.setText(prefill.email)
        for edit in (self.name_edit, self.organisation_edit, self.email_edit):
            edit.textChanged.connect(self._on_text_changed)
        self._on_text_changed()

    def problem(self) -> str:
        """What is still missing, in words; empty when the page is complete."""
        if not self.name_edit.text().strip():
            return self.tr("Give your name.")
        if not self.organisation_edit.text().strip():
            return self.tr("Give your organisation.")
        if not EMAIL_RE.match(self.email_edit.text().strip()):
            return self.tr("Give your work e-mail address (for example name@ons.gov.uk).")
        return profile_problem(self.profile()) or ""  # a control character, named

    def profile(self) -> Profile:
        return Profile(self.name_edit.text().strip(), self.organisation_edit.text().strip(),
                       self.email_edit.text().strip())

    @Slot()
    def _on_text_changed(self) -> None:
        self.problem_label.setText(self.problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self.problem()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.name_edit.setFocus()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        try:
            save_profile(self._folder, self.profile())
        except OSError as exc:
            self.problem_label.setText(self.tr("Your details could not be saved: %1").replace("%1", str(exc)))
            return False
        wizard = self.wizard()
        if isinstance(wizard, IdentitySetupWizard):
            wizard.profile_saved.emit(self.profile())
        return True


class SigningKeyPage(QWizardPage):
    """A new key under a passphrase (the default), or the organisation's key file; Finish makes it off the UI
    thread while the page says so."""

    def __init__(self, secrets_secure: bool) -> None:
        super().__init__()
        self.setTitle(self.tr("Your signing key"))
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr(
            "What you send is signed with a key that only you hold, so the receiver can tell it comes from you and "
            "was not changed on the way.")))
        self.create_radio = QRadioButton(self.tr("&Make a new signing key on this computer (recommended)"))
        self.create_radio.setObjectName("setupCreateRadio")
        self.create_radio.setChecked(True)
        layout.addWidget(self.create_radio)
        create_form = QFormLayout()
        self.passphrase_edit = _field(create_form, self.tr("&Passphrase:"), QLineEdit(), "setupPassphraseEdit")
        self.confirm_edit = _field(create_form, self.tr("Con&firm passphrase:"), QLineEdit(), "setupConfirmEdit")
        for edit in (self.passphrase_edit, self.confirm_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self.tr("&Remember the passphrase on this computer"))
        self.remember_check.setObjectName("setupRememberCheck")
        self.remember_check.setEnabled(secrets_secure)
        self.remember_check.setChecked(secrets_secure)
        create_form.addRow("", self.remember_check)
        if not secrets_secure:
            create_form.addRow("", _wrapped(self.tr(
                "This computer has no safe place to keep passphrases, so you will type yours each time you sign.")))
        layout.addLayout(create_form)
        self.import_radio = QRadioButton(self.tr("&Use a key file from my organisation (.p12 or .pfx)"))
        self.import_radio.setObjectName("setupImportRadio")
        layout.addWidget(self.import_radio)
        import_form = QFormLayout()
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("setupKeyFileEdit")
        self.file_edit.setAccessibleName(self.tr("Key file"))
        self.browse_button = QPushButton(self.tr("&Choose…"))
        self.browse_button.setObjectName("setupChooseButton")
        self.browse_button.setAccessibleName(self.tr("Choose the key file"))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        file_label = QLabel(self.tr("&Key file:"))
        file_label.setBuddy(self.file_edit)
        import_form.addRow(file_label, file_row)
        self.file_password_edit = _field(import_form, self.tr("Key file pass&word:"), QLineEdit(),
                                         "setupKeyFilePasswordEdit")
        self.file_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addLayout(import_form)
        self.problem_label = _wrapped("")
        self.problem_label.setObjectName("setupKeyProblemLabel")
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        self._import_widgets = (self.file_edit, self.browse_button, self.file_password_edit)
        self._create_widgets = (self.passphrase_edit, self.confirm_edit)
        for edit in (*self._create_widgets, self.file_edit, self.file_password_edit):
            edit.textChanged.connect(self._on_changed)
        self.create_radio.toggled.connect(self._on_changed)
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self._busy = False
        self._on_changed()

    @property
    def importing(self) -> bool:
        return self.import_radio.isChecked()

    def problem(self) -> str:
        """What still stops Finish, in words; empty when the page is complete."""
        if self.importing:
            if not self.file_edit.text().strip():
                return self.tr("Choose your organisation's key file.")
            return ""
        if len(self.passphrase_edit.text()) < MIN_PASSPHRASE_LENGTH:
            return self.tr("Choose a passphrase of at least %n characters. You will type it when you sign.", "",
                           MIN_PASSPHRASE_LENGTH)
        if self.passphrase_edit.text() != self.confirm_edit.text():
            return self.tr("The two passphrases differ.")
        return ""

    def set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        for widget in (self.create_radio, self.import_radio, *self._create_widgets, *self._import_widgets,
                       self.remember_check):
            widget.setEnabled(not busy and self._applies(widget))
        self.problem_label.setStyleSheet("" if busy or not message else ERROR_STYLE)
        self.problem_label.setText(message or self.problem())
        self.completeChanged.emit()

    def _applies(self, widget: QWidget) -> bool:
        if widget in self._import_widgets:
            return self.importing
        if widget in self._create_widgets:
            return not self.importing
        if widget is self.remember_check:
            return not self.importing and self._remember_possible()
        return True

    def _remember_possible(self) -> bool:
        wizard = self.wizard()
        return wizard.secrets_secure if isinstance(wizard, IdentitySetupWizard) else False

    @Slot()
    def _on_changed(self) -> None:
        for widget in (*self._create_widgets, *self._import_widgets):
            widget.setEnabled(not self._busy and self._applies(widget))
        self.problem_label.setStyleSheet("")
        self.problem_label.setText(self.problem())
        self.completeChanged.emit()

    @Slot()
    def _on_browse_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose your organisation's key file"),
                                                    str(Path.home()),
                                                    self.tr("Key files (*.p12 *.pfx);;All files (*)"))
        if path:
            self.file_edit.setText(path)
            self.file_password_edit.setFocus()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self._busy and not self.problem()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        # after QWizard has shown the page (it then focuses the first child, the radio button)
        QTimer.singleShot(0, lambda: (self.import_radio if self.importing else self.passphrase_edit).setFocus())

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        wizard = self.wizard()
        if isinstance(wizard, IdentitySetupWizard) and wizard.info is None:
            wizard.make_identity()
            return False  # the wizard closes itself once the key is made
        return True


class IdentitySetupWizard(QWizard):
    """Two pages: about you, then your signing key. ``info`` is the new identity once made.

    Signals:
    profile_saved(object): the ``Profile`` from the first page was saved (before any key exists).
    identity_ready(object): the new identity's ``SignerInfo``; the wizard then closes as accepted.
    """

    profile_saved = Signal(object)
    identity_ready = Signal(object)

    def __init__(self, folder: Path, secrets: SecretStore, secrets_secure: bool, intro: str,
                 prefill: Profile | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identitySetupWizard")
        self.setWindowTitle(self.tr("Set up your signing identity"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.folder = folder
        self.secrets = secrets
        self.secrets_secure = secrets_secure
        self.info: SignerInfo | None = None
        self._making = False
        self.about = AboutYouPage(intro, saved_profile(folder) or prefill, folder)
        self.key = SigningKeyPage(secrets_secure)
        self.addPage(self.about)
        self.addPage(self.key)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Make my key"))
        self.key.import_radio.toggled.connect(lambda importing: self.setButtonText(
            QWizard.WizardButton.FinishButton, self.tr("&Use this key file") if importing else self.tr("&Make my key")))
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))
        from onsshare_desktop.gui.identity.identity_dialog import help_on_f1

        help_on_f1(self)

    def make_identity(self) -> None:
        """Make (or import) the key on a worker thread; the page shows progress and any problem."""
        from onsshare_desktop.gui.workers import Worker
        from onsshare_desktop.services.identity import IdentityService

        identity = IdentityService(self.folder, self.secrets)
        about, key = self.about.profile(), self.key
        if key.importing:
            path = Path(key.file_edit.text().strip()).expanduser()
            try:
                data = path.read_bytes()
            except OSError as exc:
                key.set_busy(False, self.tr("The key file could not be read: %1").replace(
                    "%1", exc.strerror or str(exc)))
                return
            worker = Worker(identity.import_and_remember, data, key.file_password_edit.text(),
                            remember=self.secrets_secure)
            key.set_busy(True, self.tr("Reading your key file…"))
        else:
            worker = Worker(identity.create_and_remember, about.name, about.organisation, about.email,
                            key.passphrase_edit.text(),
                            remember=key.remember_check.isEnabled() and key.remember_check.isChecked())
            key.set_busy(True, self.tr("Making your signing key (a few seconds)…"))
        self._making = True
        worker.signals.finished.connect(self._on_made)
        worker.signals.failed.connect(self._on_failed)
        worker.start()

    def _on_made(self, outcome: IdentityOutcome) -> None:
        self._making = False
        self.info = outcome.info
        self.key.set_busy(False)
        self.identity_ready.emit(outcome.info)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        from onsshare_desktop.gui.errors import describe

        self._making = False
        self.key.set_busy(False, describe(exc)[0])

    def reject(self) -> None:
        if self._making:
            return  # the key is being made: the wizard closes once it is
        super().reject()


def open_setup_wizard(parent: QWidget) -> IdentitySetupWizard | None:
    """The set-up wizard open over ``parent`` now, if any."""
    return next((w for w in parent.findChildren(IdentitySetupWizard) if w.isVisible()), None)


def start_identity_setup(folder: Path, secrets: SecretStore, secrets_secure: bool, parent: QWidget, intro: str,
                         done: Callable[[SignerInfo | None], None], prefill: Profile | None = None,
                         profile_saved: Callable[[Profile], None] | None = None) -> IdentitySetupWizard:
    """Open the guided set-up over ``parent`` (window-modal); ``done(info)`` once the key is made, ``done(None)``
    if the person closed it first. ``profile_saved(profile)`` when the first page is done."""
    wizard = IdentitySetupWizard(folder, secrets, secrets_secure, intro, prefill, parent)
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    if profile_saved is not None:
        wizard.profile_saved.connect(profile_saved)
    # not deleted when it closes (deleting it from its own finished signal crashed PySide6 6.11 at teardown): it goes
    # with its parent, and a closed one is never shown again
    wizard.finished.connect(lambda _result: done(wizard.info))
    wizard.open()
    return wizard
