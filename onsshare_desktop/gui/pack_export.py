"""Export a draft as a signed PDF pack: identity, file name, passphrase, then render and sign off the UI thread.

A thin adapter over ``services.requests.RequestService.export_pack`` (the same export as ``export ID`` on the
command line: the draft's version, previous pack hash and history head go into the pack, then the draft becomes
the next version), built on the GUI's one pattern for an action with dialogs and workers
(``gui.action_steps``), with its one passphrase loop.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from onsshare_desktop.gui.action_steps import ActionSteps, unlock_then
from onsshare_desktop.gui.announce import announce
from onsshare_desktop.gui.errors import show_error
from onsshare_desktop.gui.progress import progress_dialog

if TYPE_CHECKING:
    from onsshare_desktop.domain.case import Case
    from onsshare_desktop.gui.services import AppServices
    from onsshare_desktop.services.identity import Profile, SignerInfo, UnlockedIdentity

def requester_profile(case: Case) -> Profile | None:
    """The request's lead contact and organisation (to pre-fill the identity set-up), if it names any."""
    from onsshare_desktop.domain.questions import ROLE_CONTACT_EMAIL, ROLE_CONTACT_NAME, ROLE_ORGANISATION
    from onsshare_desktop.services.identity import Profile

    qs, answers = case.question_set, case.answers
    name, organisation = qs.text_for(ROLE_CONTACT_NAME, answers), qs.text_for(ROLE_ORGANISATION, answers)
    email = qs.text_for(ROLE_CONTACT_EMAIL, answers)
    return Profile(name, organisation, email) if name or organisation or email else None


class PackExportFlow(QObject):
    """One export, from a draft (or a case) to a signed file on disk.

    Signals:
        exported(object): the ``ExportResult`` once the pack is written and checked.
        abandoned(): the user cancelled, or an error was shown.

    ``next_case`` is the draft as it stands after the export (its next version), once ``exported`` is emitted.
    """

    exported = Signal(object)
    abandoned = Signal()

    def __init__(self, services: AppServices, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._use_cases = services.use_cases
        self._parent = parent
        self._case: Case | None = None
        self._draft_id: int | None = None
        self._out_path: Path | None = None
        self._encrypt_to: Path | None = None
        self._progress: QProgressDialog | None = None
        self._steps: ActionSteps | None = None
        self.next_case: Case | None = None

    # -- step 1: identity --------------------------------------------------------------------------------------

    def start(self, case: Case, draft_id: int | None = None) -> None:
        """Export ``case``; with ``draft_id`` (the draft it was read from) the draft moves to its next version."""
        from onsshare_desktop.domain.errors import UserError

        self._case, self._draft_id = case, draft_id
        self._steps = ActionSteps(self._parent, self.tr("The pack could not be exported."), self._on_done,
                                  report=lambda parent, title, exc: show_error(parent, title, exc))
        try:
            self._use_cases.requests.check_responses(case)  # a returned case waits for every response
        except UserError as err:
            QMessageBox.information(self._parent, self.tr("Responses needed"), str(err).replace(
                "“respond”", self.tr("the Requests from ONS list on the review page")))
            self._steps.finish(None)
            return
        if self._use_cases.identity.exists():
            self._steps.now(self._after_identity)
            return
        from onsshare_desktop.gui.identity.setup import start_identity_setup

        start_identity_setup(self._services.paths.identity, self._services.secrets, self._services.secrets_secure,
                             self._parent, self.tr(
                                 "Packs are signed so that ONS can tell they come from you and were not changed on "
                                 "the way. Set up your signing identity once; it takes a minute."),
                             self._on_identity_set_up, prefill=requester_profile(case))

    def _on_identity_set_up(self, info: SignerInfo | None) -> None:
        assert self._steps is not None
        if info is None:
            self._steps.finish(None)
            return
        self._steps.now(self._after_identity)

    def _after_identity(self) -> None:
        assert self._steps is not None
        if not self._choose_file():
            self._steps.finish(None)
            return
        unlock_then(self._steps, self._use_cases.identity.signing_key(forget_stale=True), self._ask, self._sign)

    # -- step 2: where to save -----------------------------------------------------------------------------------

    def _choose_file(self) -> bool:
        """Where to save, and whether to encrypt the pack for ONS (``ExportPackDialog``: a ``.p7m`` only ONS's
        decryption key opens, for e-mail or a USB stick); False if the person cancelled."""
        from PySide6.QtCore import QSettings

        from onsshare_desktop.gui.export_pack_dialog import ExportPackDialog

        assert self._case is not None
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        suggested = folder / self._use_cases.requests.pack_file_name(self._case)
        settings = QSettings(str(self._services.paths.root / "settings.ini"), QSettings.Format.IniFormat)
        dialog = ExportPackDialog(self._use_cases.requests, settings, suggested, self._parent)
        try:
            if not dialog.exec():
                return False
            self._out_path, self._encrypt_to = dialog.path(), dialog.encrypt_to()
            return self._out_path is not None
        finally:
            dialog.deleteLater()

    # -- step 3: passphrase (the one loop: gui.action_steps.unlock_then) ------------------------------------------

    def _ask(self, retry: bool) -> str | None:
        prompt = self.tr("That passphrase does not unlock your signing key. Try again.") if retry else \
            self.tr("Type the passphrase of your signing key.")
        if not self._services.secrets_secure:
            prompt += "\n" + self.tr("(This computer has no safe place to keep passphrases, so you type it each time.)")
        return self.ask_passphrase(prompt)

    def ask_passphrase(self, prompt: str) -> str | None:
        from onsshare_desktop.gui.passphrase import passphrase_dialog

        dialog = passphrase_dialog(self._parent, self.tr("Sign the pack"), prompt)
        return dialog.textValue() if dialog.exec() else None

    # -- step 4: render, sign, check, save (RequestService, on a worker) -----------------------------------------

    def _sign(self, signer: UnlockedIdentity) -> None:
        assert self._steps is not None and self._case is not None and self._out_path is not None
        progress = progress_dialog(self._parent, self.tr("Exporting"), self.tr("Preparing the signed pack…"),
                                   self.tr("Export progress"), after_ms=300)
        progress.setValue(0)
        self._progress = progress
        requests = self._use_cases.requests
        if self._draft_id is not None:
            self._steps.run(partial(requests.export_pack, encrypt_to=self._encrypt_to), self._draft_id,
                            self._out_path, signer, then=self._on_exported, progress=self._on_progress)
        else:
            self._steps.run(partial(requests.export_case_pack, encrypt_to=self._encrypt_to), self._case,
                            self._out_path, signer, then=self._on_exported, progress=self._on_progress)

    def _on_progress(self, percent: int, message: str) -> None:
        progress = self._progress  # setValue() on a modal dialog processes events, which may close it
        if progress is not None:
            if message and message != progress.labelText():
                progress.setLabelText(message)
                announce(progress, message)
            progress.setValue(percent)

    def _on_exported(self, export: Any) -> None:
        """``export``: a ``PackExport`` (a draft, now at its next version) or an ``ExportResult`` (a case)."""
        from onsshare_desktop.services.requests import PackExport

        assert self._steps is not None
        self._close_progress()
        result = export.result if isinstance(export, PackExport) else export
        self.next_case = export.next_case if isinstance(export, PackExport) else None
        self.tell_exported(result)
        self._steps.finish(result)

    def _on_done(self, result: Any) -> None:
        self._close_progress()
        if result is None:
            self.abandoned.emit()
        else:
            self.exported.emit(result)

    def tell_exported(self, result: Any) -> None:
        """Where the pack is, and the next step: send it, and send the certificate with its fingerprint confirmed
        by telephone (offered here as "Save my certificate…")."""
        from onsshare_desktop.gui.identity.identity_dialog import two_lines

        fingerprint = two_lines(self._use_cases.identity.info().display_fingerprint)
        saved = self.tr("The signed pack is saved.") if result.envelope_sha256 is None else self.tr(
            "The signed pack is saved, encrypted so that only ONS can open it.")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Pack exported"), saved,
                          QMessageBox.StandardButton.NoButton, self._parent)
        sha = result.sha256 if result.envelope_sha256 is None else self.tr(
            "%1 (the encrypted file)\n%2 (the pack inside)").replace("%1", result.envelope_sha256) \
            .replace("%2", result.sha256)
        box.setInformativeText(self.tr(
            "%1\n\nSHA-256 of the file:\n%2\n\nNext: send the pack to ONS as agreed with your contact there. If ONS "
            "does not have your certificate yet, save it and send it to them too, then telephone your contact and "
            "read them its fingerprint so they can confirm it is yours:\n%3").replace("%1", str(result.path))
            .replace("%2", sha).replace("%3", fingerprint))
        save = box.addButton(self.tr("&Save my certificate…"), QMessageBox.ButtonRole.ActionRole)
        done = box.addButton(self.tr("&Done"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(done)
        box.setEscapeButton(done)
        box.exec()
        if box.clickedButton() is save:
            self.save_certificate()

    def save_certificate(self) -> Path | None:
        """Ask where, write the certificate (PEM), and say what to do with it; the path, or None if cancelled."""
        identity = self._use_cases.identity
        info = identity.info()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = str(Path(folder) / f"{info.name or 'certificate'}-certificate.pem".replace(" ", "-").lower())
        path, _filter = QFileDialog.getSaveFileName(self._parent, self.tr("Save my certificate"), suggested,
                                                    self.tr("Certificates (*.pem)"))
        if not path:
            return None
        try:
            Path(path).write_bytes(identity.certificate_pem())
        except OSError as exc:
            show_error(self._parent, self.tr("The certificate could not be saved."), exc)
            return None
        QMessageBox.information(self._parent, self.tr("Certificate saved"), self.tr(
            "Saved %1.\n\nSend this file to your contact at ONS, then telephone them and read out its fingerprint "
            "so they can check it is yours:\n%2").replace("%1", path).replace("%2", info.display_fingerprint))
        return Path(path)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
