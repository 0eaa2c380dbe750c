"""Export a draft as a signed PDF pack: identity, passphrase, file name, then render and sign off the UI thread.

The steps that need the user (choose a file, type a passphrase) run on the UI thread; everything slow (keyring
look-up, key unlock, rendering, signing, checking) runs in workers, with a progress dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar, QProgressDialog, QWidget

from onsshare_desktop.gui.announce import announce
from onsshare_desktop.gui.errors import show_error
from onsshare_desktop.gui.workers import Worker

if TYPE_CHECKING:
    from onsshare_desktop.domain.case import Case
    from onsshare_desktop.gui.services import AppServices
    from onsshare_desktop.identity.certificates import SignerInfo
    from onsshare_desktop.identity.profile import Profile
    from onsshare_desktop.identity.store import UnlockedIdentity
    from onsshare_desktop.pack.export import ExportResult


@dataclass(frozen=True)
class _Request:
    case: Case
    out_path: Path
    signer: UnlockedIdentity | None  # unlocked with the remembered passphrase; None: unlock with ``passphrase``
    passphrase: str = ""  # as typed by the user (tried in the worker)


def requester_profile(case: Case) -> Profile | None:
    """The profile saved here, else the request's lead contact and organisation (to pre-fill the set-up)."""
    from onsshare_desktop.identity.profile import Profile

    from onsshare_desktop.domain.questions import ROLE_CONTACT_EMAIL, ROLE_CONTACT_NAME, ROLE_ORGANISATION

    qs, answers = case.question_set, case.answers
    name, organisation = qs.text_for(ROLE_CONTACT_NAME, answers), qs.text_for(ROLE_ORGANISATION, answers)
    email = qs.text_for(ROLE_CONTACT_EMAIL, answers)
    return Profile(name, organisation, email) if name or organisation or email else None


def unlock_remembered(services: AppServices) -> UnlockedIdentity | None:
    """The identity unlocked with the passphrase kept in the keyring, if that works (slow: run in a worker).

    A kept passphrase that no longer unlocks the key is forgotten, so it is not tried again.
    """
    from onsshare_desktop.identity.store import IdentityStore

    return IdentityStore(services.paths.identity).unlock_remembered(services.secrets, forget_stale=True)


def export_signed_pack(services: AppServices, request: _Request, progress) -> ExportResult:  # type: ignore[no-untyped-def]
    """Unlock the key if need be and write the pack (the whole slow part, for a worker)."""
    from onsshare_desktop.identity.store import IdentityStore
    from onsshare_desktop.pack.export import export_pack
    from onsshare_desktop.store.drafts import draft_stream

    from onsshare_desktop.services.requester import exported_case, record_export

    progress(1, "")
    signer = request.signer or IdentityStore(services.paths.identity).unlock(request.passphrase)
    result = export_pack(request.case, services.question_set, services.paths, signer, request.out_path,
                         history_head=services.database.events.head(draft_stream(request.case.case_ref)),
                         progress=progress, previous=exported_case(services.database, request.case))
    record_export(services.database, None, result, request.case)  # documents answering it can be recognised
    return result


class PackExportFlow(QObject):
    """One export, from a case to a signed file on disk.

    Signals:
        exported(object): the ``ExportResult`` once the pack is written and checked.
        abandoned(): the user cancelled, or an error was shown.
    """

    exported = Signal(object)
    abandoned = Signal()

    def __init__(self, services: AppServices, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self._case: Case | None = None
        self._out_path: Path | None = None
        self._progress: QProgressDialog | None = None

    # -- step 1: identity --------------------------------------------------------------------------------------

    def start(self, case: Case) -> None:
        from onsshare_desktop.domain.errors import UserError
        from onsshare_desktop.identity.store import IdentityStore
        from onsshare_desktop.services.requester import check_responses

        self._case = case
        try:
            check_responses(self._services.database, case)  # a returned case waits for every response
        except UserError as err:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self._parent, self.tr("Responses needed"), str(err).replace(
                "“respond”", self.tr("the Requests from ONS list on the review page")))
            self.abandoned.emit()
            return
        if IdentityStore(self._services.paths.identity).exists():
            self._after_identity()
            return
        from onsshare_desktop.gui.identity.setup import start_identity_setup

        start_identity_setup(self._services.paths.identity, self._services.secrets, self._services.secrets_secure,
                             self._parent, self.tr(
                                 "Packs are signed so that ONS can tell they come from you and were not changed on "
                                 "the way. Set up your signing identity once; it takes a minute."),
                             self._on_identity_set_up, prefill=requester_profile(case))

    def _on_identity_set_up(self, info: SignerInfo | None) -> None:
        if info is None:
            self.abandoned.emit()
            return
        self._after_identity()

    def _after_identity(self) -> None:
        if not self._choose_file():
            self.abandoned.emit()
            return
        self._run(unlock_remembered, self._on_remembered_tried, self._services)

    # -- step 2: where to save -----------------------------------------------------------------------------------

    def _choose_file(self) -> bool:
        from onsshare_desktop.pack.names import pack_file_name

        assert self._case is not None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = str(Path(folder) / pack_file_name(self._case, date.today()))
        path, _filter = QFileDialog.getSaveFileName(self._parent, self.tr("Save the signed pack"), suggested,
                                                    self.tr("PDF files (*.pdf)"))
        if not path:
            return False
        self._out_path = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        return True

    # -- step 3: passphrase --------------------------------------------------------------------------------------

    def _on_remembered_tried(self, signer: UnlockedIdentity | None) -> None:
        if signer is not None:
            self._sign(self._request(signer))
        else:
            self._ask_passphrase(self.tr("Type the passphrase of your signing key."))

    def _ask_passphrase(self, prompt: str) -> None:
        if not self._services.secrets_secure:
            prompt += "\n" + self.tr("(This computer has no safe place to keep passphrases, so you type it each time.)")
        passphrase = self.ask_passphrase(prompt)
        if passphrase is None:
            self.abandoned.emit()
            return
        self._sign(self._request(None, passphrase))

    def ask_passphrase(self, prompt: str) -> str | None:
        from onsshare_desktop.gui.passphrase import passphrase_dialog

        dialog = passphrase_dialog(self._parent, self.tr("Sign the pack"), prompt)
        return dialog.textValue() if dialog.exec() else None

    # -- step 4: render, sign, check, save ------------------------------------------------------------------------

    def _request(self, signer: UnlockedIdentity | None, passphrase: str = "") -> _Request:
        assert self._case is not None and self._out_path is not None
        return _Request(self._case, self._out_path, signer, passphrase)

    def _sign(self, request: _Request) -> None:
        progress = QProgressDialog(self.tr("Preparing the signed pack…"), "", 0, 100, self._parent)
        progress.setWindowTitle(self.tr("Exporting"))
        progress.setCancelButton(None)
        bar = QProgressBar(progress)
        bar.setAccessibleName(self.tr("Export progress"))
        progress.setBar(bar)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setValue(0)
        self._progress = progress
        self._run(export_signed_pack, self._on_exported, self._services, request, with_progress=True,
                  on_failed=self._on_sign_failed)

    def _on_progress(self, percent: int, message: str) -> None:
        progress = self._progress  # setValue() on a modal dialog processes events, which may close it
        if progress is not None:
            if message and message != progress.labelText():
                progress.setLabelText(message)
                announce(progress, message)
            progress.setValue(percent)

    def _on_exported(self, result: ExportResult) -> None:
        self._close_progress()
        self.tell_exported(result)
        self.exported.emit(result)

    def tell_exported(self, result: ExportResult) -> None:
        """Where the pack is, and the next step: send it, and send the certificate with its fingerprint confirmed
        by telephone (offered here as "Save my certificate…")."""
        from onsshare_desktop.gui.identity.identity_dialog import two_lines
        from onsshare_desktop.identity.store import IdentityStore

        store = IdentityStore(self._services.paths.identity)
        fingerprint = two_lines(store.info().display_fingerprint)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Pack exported"), self.tr("The signed pack is saved."),
                          QMessageBox.StandardButton.NoButton, self._parent)
        box.setInformativeText(self.tr(
            "%1\n\nSHA-256 of the file:\n%2\n\nNext: send the pack to ONS as agreed with your contact there. If ONS "
            "does not have your certificate yet, save it and send it to them too, then telephone your contact and "
            "read them its fingerprint so they can confirm it is yours:\n%3").replace("%1", str(result.path))
            .replace("%2", result.sha256).replace("%3", fingerprint))
        save = box.addButton(self.tr("&Save my certificate…"), QMessageBox.ButtonRole.ActionRole)
        done = box.addButton(self.tr("&Done"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(done)
        box.setEscapeButton(done)
        box.exec()
        if box.clickedButton() is save:
            self.save_certificate()

    def save_certificate(self) -> Path | None:
        """Ask where, write the certificate (PEM), and say what to do with it; the path, or None if cancelled."""
        from onsshare_desktop.identity.store import IdentityStore

        store = IdentityStore(self._services.paths.identity)
        info = store.info()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = str(Path(folder) / f"{info.name or 'certificate'}-certificate.pem".replace(" ", "-").lower())
        path, _filter = QFileDialog.getSaveFileName(self._parent, self.tr("Save my certificate"), suggested,
                                                    self.tr("Certificates (*.pem)"))
        if not path:
            return None
        try:
            Path(path).write_bytes(store.certificate_pem())
        except OSError as exc:
            show_error(self._parent, self.tr("The certificate could not be saved."), exc)
            return None
        QMessageBox.information(self._parent, self.tr("Certificate saved"), self.tr(
            "Saved %1.\n\nSend this file to your contact at ONS, then telephone them and read out its fingerprint "
            "so they can check it is yours:\n%2").replace("%1", path).replace("%2", info.display_fingerprint))
        return Path(path)

    def _on_sign_failed(self, exc: BaseException) -> None:
        from onsshare_desktop.identity.store import WrongPassphraseError

        self._close_progress()
        if isinstance(exc, WrongPassphraseError):  # only a typed passphrase gets here: ask again
            self._ask_passphrase(self.tr("That passphrase does not unlock your signing key. Try again."))
            return
        show_error(self._parent, self.tr("The pack could not be exported."), exc)
        self.abandoned.emit()

    # -- plumbing --------------------------------------------------------------------------------------------------

    def _run(self, fn, on_finished, *args, with_progress: bool = False, on_failed=None) -> None:  # type: ignore[no-untyped-def]
        worker = Worker(fn, *args, with_progress=with_progress)
        worker.signals.finished.connect(on_finished)
        worker.signals.failed.connect(on_failed or self._on_failed)
        if with_progress:
            worker.signals.progress.connect(self._on_progress)
        worker.start()

    def _on_failed(self, exc: BaseException) -> None:
        self._close_progress()
        show_error(self._parent, self.tr("The pack could not be exported."), exc)
        self.abandoned.emit()

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
