"""What the screener's windows ask of the lower layers: import, open the original pack or an attachment,
confirm a signer, export a signed screening record. Dialogs live here; the work is done by pack/ and store/.

Nothing slow runs on the UI thread: verifying a pack, reading the keyring, unlocking the signing key and signing
run on worker threads, with the dialogs on the UI thread in between. An action that takes a ``done`` callback
returns at once and calls ``done`` on the UI thread when it has ended (errors are shown here, in plain words).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.screening.importing import ImportResult
from onsshare_desktop.gui.action_steps import ActionSteps, unlock_then
from onsshare_desktop.gui.errors import show_error
from onsshare_desktop.gui.screening.workspace import WorkspaceActions
from onsshare_desktop.gui.services import AppServices
from onsshare_desktop.i18n import _

if TYPE_CHECKING:
    from onsshare_desktop.services.envelopes import DecryptionIdentityService
    from onsshare_desktop.services.identity import SignerInfo, SigningKey, UnlockedIdentity
    from onsshare_desktop.services.screening import RecordJob, ScreeningService
    from onsshare_desktop.services.trust import TrustService

    Progress = Callable[[int, str], None]

__all__ = ["ActionSteps", "RecordExport", "ScreenerActions"]

T = TypeVar("T")


translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") literally


def _steps(parent: QWidget, error_title: str, done: Callable[[Any], None]) -> ActionSteps:
    """An action of the screener's, its errors shown by this module's ``show_error``."""
    return ActionSteps(parent, error_title, done, report=lambda widget, title, exc: show_error(widget, title, exc))


class ScreenerActions:
    """The screener's actions over one data folder; ``actor`` is recorded with everything done.

    ``identity_made`` lists callbacks told of a signing identity made during an action (an export that needed one).
    """

    def __init__(self, services: AppServices, actor: str | None) -> None:
        self._services = services
        self._actor = actor
        self.identity_made: list[Callable[["SignerInfo"], None]] = []

    @property
    def actor(self) -> str:
        """``Name <email>`` of the screener; refused in plain words before the screener has said who they are."""
        if self._actor is None:
            raise UserError(_("Say who you are first: File › Signing identity…"))
        return self._actor

    def set_actor(self, actor: str) -> None:
        self._actor = actor

    def on_identity_made(self, info: "SignerInfo") -> None:
        self.set_actor(f"{info.name} <{info.email}>" if info.email else info.name)
        for callback in self.identity_made:
            callback(info)

    # -- building blocks ----------------------------------------------------------------------------------------

    def screening(self) -> "ScreeningService":
        """The screening use cases, recorded under the screener (refused before they have said who they are)."""
        from onsshare_desktop.services.screening import ScreeningService

        use_cases = self._services.use_cases
        return ScreeningService(self._services.database, self._services.paths, use_cases.trust, self.actor)

    def trust_store(self) -> "TrustService":
        """The certificates trusted on purpose (what the trusted-signers dialog lists and edits): the team's too,
        on a team database."""
        return self._services.use_cases.trust

    def import_files(self, paths: Sequence[Path], progress: "Progress | None" = None,
                     cancelled: "Callable[[], bool] | None" = None,
                     key: "UnlockedIdentity | None" = None) -> list[ImportResult]:
        """Verify and import (runs on a worker thread: no Qt here); ``key`` opens encrypted packs (else the kept
        passphrase of the decryption key is tried)."""
        from onsshare_desktop.services.envelopes import unwrapper

        screening = self.screening()  # refused before anything is read if the screener has not said who they are
        return screening.import_packs(paths, progress, unwrap=unwrapper(self._decryption(), key=key),
                                      cancelled=cancelled)

    def envelope_key(self, paths: Sequence[Path]) -> "SigningKey | None":
        """The decryption key to unlock before importing ``paths``: only when envelopes are among them and this
        data folder has a decryption identity (without one, each envelope is refused and says why)."""
        from onsshare_desktop.services.envelopes import has_envelopes

        decryption = self._decryption()
        if not has_envelopes(paths) or not decryption.store.exists():
            return None
        return decryption.signing_key()

    def _decryption(self) -> "DecryptionIdentityService":
        from onsshare_desktop.services.envelopes import DecryptionIdentityService

        return DecryptionIdentityService(self._services.paths.decryption_identity, self._services.secrets)

    def original_pack(self, pack_id: int) -> Path:
        """Where the original pack is kept, once checked against its SHA-256 (worker thread: up to 100 MB)."""
        return self._screening_reader().original_pack(pack_id)  # raises if the stored pack was altered

    def extract_attachment(self, pack_id: int, sha256: str) -> Path:
        """Verify the pack and copy the attachment out of it into a new private temporary folder (worker thread)."""
        return self._screening_reader().extract_attachment(pack_id, sha256)

    def signer_of(self, pack_id: int) -> "tuple[SignerInfo, bytes]":
        """The pack's signer and their certificate (PEM), as a full verification finds them (worker thread)."""
        return self._screening_reader().signer_of(pack_id)

    def trust_signer(self, certificate_pem: bytes) -> int:
        """Add the certificate to the trust store and mark its signer's packs confirmed; how many changed (worker)."""
        return self.screening().trust_signer(certificate_pem)

    def _screening_reader(self) -> "ScreeningService":
        """The screening use cases for reading only (no actor needed)."""
        from onsshare_desktop.services.screening import ScreeningService

        return ScreeningService(self._services.database, self._services.paths, self._services.use_cases.trust,
                                self._actor or "")

    # -- what the screener is asked (tests replace these) --------------------------------------------------------

    def open_url(self, path: Path) -> bool:
        """Open ``path`` with the system's viewer; False if no program would open it."""
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    def offer_copy(self, parent: QWidget, path: Path) -> Path | None:
        """No viewer opened ``path``: say so and offer to save a copy where the screener can open it later."""
        import shutil

        kind = path.suffix.lstrip(".").upper() or translate("ScreeningActions", "no extension")
        text = translate("ScreeningActions", "No program on this computer opens this kind of file (%1).")
        box = QMessageBox(QMessageBox.Icon.Information, translate("ScreeningActions", "No program to open it"),
                          text.replace("%1", kind), QMessageBox.StandardButton.NoButton, parent)
        box.setInformativeText(translate("ScreeningActions", "Save a copy, then open it with a program of your "
                                                             "choice or on another computer."))
        save = box.addButton(translate("ScreeningActions", "&Save a copy…"), QMessageBox.ButtonRole.AcceptRole)
        close = box.addButton(translate("ScreeningActions", "Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(close)
        box.exec()
        if box.clickedButton() is not save:
            return None
        name, _filter = QFileDialog.getSaveFileName(parent, translate("ScreeningActions", "Save a copy"),
                                                    str(Path.home() / path.name))
        if not name:
            return None
        try:
            shutil.copyfile(path, name)
        except OSError as exc:
            show_error(parent, translate("ScreeningActions", "The copy could not be saved."), exc)
            return None
        return Path(name)

    def ask_yes_no(self, parent: QWidget, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_passphrase(self, parent: QWidget, prompt: str) -> str | None:
        from onsshare_desktop.gui.passphrase import ask_passphrase

        return ask_passphrase(parent, translate("ScreeningActions", "Sign the screening record"), prompt)

    def ask_record_path(self, parent: QWidget, suggested: str) -> Path | None:
        title = translate("ScreeningActions", "Export the screening record")
        name, _filter = QFileDialog.getSaveFileName(parent, title, suggested,
                                                    translate("ScreeningActions", "PDF files (*.pdf)"))
        return Path(name) if name else None

    # -- workspace actions --------------------------------------------------------------------------------------

    def workspace_actions(self) -> WorkspaceActions:
        return WorkspaceActions(open_pack=self.open_pack, open_attachment=self.open_attachment,
                                confirm_signer=self.confirm_signer, export_record=self.export_record,
                                export_return=self.export_return, export_decision=self.export_decision)

    def open_pack(self, pack_id: int, parent: QWidget, done: Callable[[Path | None], None]) -> None:
        """Open the original pack, exactly as received, in the system PDF viewer, once a worker thread has checked
        it against its SHA-256; ``done(path)``, or ``done(None)`` after showing why not."""
        self._open_in_viewer(translate("ScreeningActions", "The original pack could not be opened."), parent, done,
                             self.original_pack, pack_id)

    def open_attachment(self, pack_id: int, sha256: str, parent: QWidget, done: Callable[[Path | None], None]) -> None:
        """Copy the attachment out of the verified pack (worker thread) and open it; ``done(path)``, or
        ``done(None)`` after showing why not."""
        self._open_in_viewer(translate("ScreeningActions", "The attachment could not be opened."), parent, done,
                             self.extract_attachment,
                             pack_id, sha256)

    def _open_in_viewer(self, error_title: str, parent: QWidget, done: Callable[[Path | None], None],
                        find: Callable[..., Path], *args: Any) -> None:
        steps = _steps(parent, error_title, done)

        def open_it(path: Path) -> None:
            if self.open_url(path) is False:  # no viewer: say so, offer a copy
                self.offer_copy(parent, path)
            steps.finish(path)

        steps.run(find, *args, then=open_it)

    def confirm_signer(self, pack_id: int, parent: QWidget, done: Callable[[bool], None]) -> None:
        """Show the signer's fingerprint (the pack verified on a worker thread); if the screener confirms it, trust
        their certificate and confirm their packs (worker thread). ``done(True)`` once trusted, else ``done(False)``."""
        steps = _steps(parent, translate("ScreeningActions", "The signer could not be confirmed."),
                       lambda trusted: done(bool(trusted)))

        def ask(found: "tuple[SignerInfo, bytes]") -> None:
            signer, pem = found
            if self._confirmed_by_screener(parent, signer):
                steps.run(self.trust_signer, pem, then=lambda _changed: steps.finish(True))
            else:
                steps.finish(False)

        steps.run(self.signer_of, pack_id, then=ask)

    def _confirmed_by_screener(self, parent: QWidget, signer: "SignerInfo") -> bool:
        who = ", ".join(x for x in (signer.name, signer.organisation, signer.email) if x)
        text = translate("ScreeningActions",
                         "Signed by: %1\n\nFingerprint (SHA-256):\n%2\n\nCompare this fingerprint with the one the "
                         "signer gives you over a channel you trust (for example by telephone). Trust this signer "
                         "for all their packs?").replace("%1", who).replace("%2", signer.display_fingerprint)
        return self.ask_yes_no(parent, translate("ScreeningActions", "Confirm the signer"), text)

    def export_record(self, pack_id: int, parent: QWidget, done: Callable[[Path | None], None]) -> None:
        """Sign and write a screening record of ``pack_id``: ``done(path)``, or ``done(None)`` if the screener
        cancelled or an error was shown (see ``RecordExport``)."""
        RecordExport(self, self._services, pack_id, parent, done).start()


    def export_return(self, pack_id: int, parent: QWidget, done: Callable[[Path | None], None]) -> None:
        """Sign and write the return note of ``pack_id``'s open requests, then move the case to Returned:
        ``done(path)``, or ``done(None)`` if the screener cancelled or an error was shown."""
        ReturnNoteExport(self, self._services, pack_id, parent, done).start()

    def export_decision(self, pack_id: int, parent: QWidget, done: Callable[[Path | None], None]) -> None:
        """Sign and write the decision letter of ``pack_id``'s case: ``done(path)``, or ``done(None)``."""
        DecisionLetterExport(self, self._services, pack_id, parent, done).start()


class RecordExport:
    """One export of a screening record, on the GUI's one pattern for an action (``gui.action_steps``).

    Build the record (``ScreeningService.prepare_record``: nothing to record is said before anything is asked) and
    ask where to write it (UI thread); unlock the signing key by the one passphrase loop (``unlock_then``); then
    sign, check and write the record and note it in the history (worker).
    """

    def __init__(self, actions: ScreenerActions, services: AppServices, pack_id: int, parent: QWidget,
                 done: Callable[[Path | None], None], error_title: str | None = None) -> None:
        error_title = error_title or translate("ScreeningActions", "The screening record was not exported.")
        self._steps = _steps(parent, error_title, done)
        self._actions = actions
        self._services = services
        self._pack_id = pack_id
        self._identity = services.use_cases.identity
        self._job: RecordJob | None = None
        self._target: Path | None = None

    def start(self) -> None:
        if self._identity.exists():
            self._steps.now(self._choose_target)
        else:
            self._steps.now(self._set_up_identity)

    def _set_up_identity(self) -> None:
        """No signing identity yet: the guided set-up, then carry on (or stop if the screener closes it)."""
        from onsshare_desktop.gui.identity.setup import start_identity_setup

        def done(info: "SignerInfo | None") -> None:
            if info is None:
                self._steps.finish(None)
                return
            self._actions.on_identity_made(info)
            self._steps.now(self._choose_target)

        start_identity_setup(self._services.paths.identity, self._services.secrets, self._services.secrets_secure,
                             self._steps.parent_widget, translate(
                                 "ScreeningActions",
                                 "A screening record is signed with your own key, so that anyone can check who "
                                 "recorded the outcome and that the record was not changed. Set it up once; it "
                                 "takes a minute."), done)

    def _choose_target(self) -> None:
        self._job = self._actions.screening().prepare_record(self._pack_id)
        self._target = self._actions.ask_record_path(self._steps.parent_widget, self._job.suggested_name)
        if self._target is None:
            self._steps.finish(None)
            return
        unlock_then(self._steps, self._identity.signing_key(forget_stale=True), self._ask, self._sign)

    def _ask(self, retry: bool) -> str | None:
        name = self._identity.info().name
        if retry:
            prompt = translate("ScreeningActions", "That passphrase does not unlock %1's signing key. Try again:")
        else:
            prompt = translate("ScreeningActions", "Passphrase for %1's signing key:")
        return self._actions.ask_passphrase(self._steps.parent_widget, prompt.replace("%1", name))

    def _sign(self, signer: "UnlockedIdentity") -> None:
        assert self._job is not None and self._target is not None
        target = self._target
        self._steps.run(self._job.run, signer, target, then=lambda _sha256: self._steps.finish(target))


class ReturnNoteExport(RecordExport):
    """One export of a return note: the same steps as a screening record (where to write it, the one passphrase
    loop, sign on a worker), with the note's own checks first (open requests, a stage that can be returned from)."""

    def __init__(self, actions: ScreenerActions, services: AppServices, pack_id: int, parent: QWidget,
                 done: Callable[[Path | None], None], error_title: str | None = None) -> None:
        super().__init__(actions, services, pack_id, parent, done,
                         error_title or translate("ScreeningActions", "The return note was not exported."))
        self._case_ref = ""

    def _choose_target(self) -> None:
        from datetime import UTC, datetime

        from onsshare_desktop.services.roundtrip import return_note

        database = self._services.database
        self._case_ref = database.screening.get_row(self._pack_id).case_ref
        return_note(database, self._case_ref, self._actions.actor, datetime.now(UTC))  # no open request: say so
        self._ask_target(translate("ScreeningActions", "Save the signed return note"),
                         f"{self._case_ref}-return-note.pdf")

    def _ask_target(self, title: str, name: str) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(self._steps.parent_widget, title, str(Path.home() / name),
                                                      translate("ScreeningActions", "PDF (*.pdf)"))
        if not chosen:
            self._steps.finish(None)
            return
        self._target = Path(chosen)
        unlock_then(self._steps, self._identity.signing_key(forget_stale=True), self._ask, self._sign)

    def _sign(self, signer: "UnlockedIdentity") -> None:
        from datetime import UTC, datetime

        from onsshare_desktop.services.roundtrip import export_return

        target, database, actor, ref = self._target, self._services.database, self._actions.actor, self._case_ref
        assert target is not None

        def write() -> Path:
            export_return(database, ref, signer, target, actor, datetime.now(UTC).replace(microsecond=0))
            return target

        self._steps.run(write, then=self._steps.finish)


class DecisionLetterExport(ReturnNoteExport):
    """One export of a decision letter (the steps of a return note; the letter's own check: a decision exists)."""

    def __init__(self, actions: ScreenerActions, services: AppServices, pack_id: int, parent: QWidget,
                 done: Callable[[Path | None], None]) -> None:
        super().__init__(actions, services, pack_id, parent, done,
                         translate("ScreeningActions", "The decision letter was not exported."))

    def _choose_target(self) -> None:
        from datetime import UTC, datetime

        from onsshare_desktop.services.roundtrip import decision_letter

        database = self._services.database
        self._case_ref = database.screening.get_row(self._pack_id).case_ref
        decision_letter(database, self._case_ref, self._actions.actor, datetime.now(UTC))  # no decision: say so
        self._ask_target(translate("ScreeningActions", "Save the signed decision letter"),
                         f"{self._case_ref}-decision-letter.pdf")

    def _sign(self, signer: "UnlockedIdentity") -> None:
        from datetime import UTC, datetime

        from onsshare_desktop.services.roundtrip import export_decision

        target, database, actor, ref = self._target, self._services.database, self._actions.actor, self._case_ref
        assert target is not None

        def write() -> Path:
            export_decision(database, ref, signer, target, actor, datetime.now(UTC).replace(microsecond=0))
            return target

        self._steps.run(write, then=self._steps.finish)
