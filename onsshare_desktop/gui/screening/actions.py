"""What the screener's windows ask of the lower layers: import, open the original pack or an attachment,
confirm a signer, export a signed screening record. Dialogs live here; the work is done by pack/ and store/.

Nothing slow runs on the UI thread: verifying a pack, reading the keyring, unlocking the signing key and signing
run on worker threads, with the dialogs on the UI thread in between. An action that takes a ``done`` callback
returns at once and calls ``done`` on the UI thread when it has ended (errors are shown here, in plain words).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.screening.importing import ImportResult, import_packs
from onsshare_desktop.gui.errors import show_error
from onsshare_desktop.gui.screening.workspace import WorkspaceActions
from onsshare_desktop.gui.services import AppServices
from onsshare_desktop.gui.workers import Worker
from onsshare_desktop.i18n import _

if TYPE_CHECKING:
    from onsshare_desktop.domain.screening.record import ScreeningRecord
    from onsshare_desktop.identity.certificates import SignerInfo
    from onsshare_desktop.identity.store import IdentityStore, UnlockedIdentity
    from onsshare_desktop.identity.trust import TrustStore
    from onsshare_desktop.pack.verify import PackReport
    from onsshare_desktop.store.screening import ScreeningRepository

T = TypeVar("T")


def tr(text: str) -> str:
    return QCoreApplication.translate("ScreeningActions", text)


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

    def trust_store(self) -> "TrustStore":
        from onsshare_desktop.identity.trust import TrustStore

        return TrustStore(self._services.paths.root / "trust")

    def identity_store(self) -> "IdentityStore":
        from onsshare_desktop.identity.store import IdentityStore

        return IdentityStore(self._services.paths.identity)

    def _report(self, pack_id: int) -> "PackReport":
        from onsshare_desktop.pack.verify import verify_pack

        return verify_pack(self._services.database.screening.pack_bytes(pack_id), self.trust_store())

    def import_files(self, paths: Sequence[Path]) -> list[ImportResult]:
        """Verify and import (runs on a worker thread: no Qt here)."""
        from onsshare_desktop.pack.verify import verify_pack

        actor = self.actor  # refused before anything is read if the screener has not said who they are
        trust = self.trust_store()
        screening = self._services.database.screening
        from onsshare_desktop.services.roundtrip import import_benefits

        from onsshare_desktop.services.envelopes import DecryptionIdentityService, unwrapper

        database = self._services.database
        decryption = DecryptionIdentityService(self._services.paths.decryption_identity, self._services.secrets)
        return import_packs(paths, lambda data: verify_pack(data, trust),
                            lambda pack: screening.store_incoming(pack, actor),
                            store_benefits=lambda report, data: import_benefits(database, report, data, actor),
                            unwrap=unwrapper(decryption))  # encrypted packs: the kept passphrase only

    def original_pack(self, pack_id: int) -> Path:
        """Where the original pack is kept, once checked against its SHA-256 (worker thread: up to 100 MB)."""
        return self._services.database.screening.local_copy(pack_id)  # raises if the stored pack was altered

    def extract_attachment(self, pack_id: int, sha256: str) -> Path:
        """Verify the pack and copy the attachment out of it into a new private temporary folder (worker thread)."""
        report = self._report(pack_id)
        found = next((a for a in report.attachments if a.ref.sha256 == sha256), None)
        if found is None:
            raise UserError(_("The pack does not hold that attachment."))
        folder = Path(tempfile.mkdtemp(prefix="onsshare-attachment-"))  # readable by this user only
        target = folder / Path(found.ref.file_name).name
        target.write_bytes(found.data)
        return target

    def signer_of(self, pack_id: int) -> "tuple[SignerInfo, bytes]":
        """The pack's signer and their certificate (PEM), as a full verification finds them (worker thread)."""
        from onsshare_desktop.identity.certificates import certificate_pem

        report = self._report(pack_id)
        if report.signer is None or report.certificate is None:
            raise UserError(report.reason)
        return report.signer, certificate_pem(report.certificate)

    def trust_signer(self, certificate_pem: bytes) -> int:
        """Add the certificate to the trust store and mark its signer's packs confirmed; how many changed (worker)."""
        self.trust_store().add(certificate_pem)
        return self._services.database.screening.sync_signers(self.actor)

    def record_job(self, pack_id: int, parent: QWidget) -> "RecordJob | None":
        """Build the screening record and ask where to write it (UI thread); None if the screener cancelled."""
        from onsshare_desktop.domain.questions import load_question_set
        from onsshare_desktop.domain.screening.record import build_record

        screening = self._services.database.screening
        received = screening.get(pack_id)
        case = received.case
        now = datetime.now(UTC).replace(microsecond=0)
        record = build_record(received, load_question_set(case.form_id, case.form_version), self.actor, now)
        target = self.ask_record_path(parent, f"screening-record_{received.row.case_ref}_v{received.row.version}_"
                                              f"{now:%Y%m%d-%H%M}.pdf")
        if target is None:
            return None
        return RecordJob(pack_id, record, case.form_id, case.form_version, target, now, screening, self.actor)

    # -- what the screener is asked (tests replace these) --------------------------------------------------------

    def open_url(self, path: Path) -> bool:
        """Open ``path`` with the system's viewer; False if no program would open it."""
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    def offer_copy(self, parent: QWidget, path: Path) -> Path | None:
        """No viewer opened ``path``: say so and offer to save a copy where the screener can open it later."""
        import shutil

        box = QMessageBox(QMessageBox.Icon.Information, tr("No program to open it"),
                          tr("No program on this computer opens this kind of file (%1).").replace(
                              "%1", path.suffix.lstrip(".").upper() or tr("no extension")),
                          QMessageBox.StandardButton.NoButton, parent)
        box.setInformativeText(tr("Save a copy, then open it with a program of your choice or on another "
                                  "computer."))
        save = box.addButton(tr("&Save a copy…"), QMessageBox.ButtonRole.AcceptRole)
        close = box.addButton(tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(close)
        box.exec()
        if box.clickedButton() is not save:
            return None
        name, _filter = QFileDialog.getSaveFileName(parent, tr("Save a copy"), str(Path.home() / path.name))
        if not name:
            return None
        try:
            shutil.copyfile(path, name)
        except OSError as exc:
            show_error(parent, tr("The copy could not be saved."), exc)
            return None
        return Path(name)

    def ask_yes_no(self, parent: QWidget, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_passphrase(self, parent: QWidget, prompt: str) -> str | None:
        from onsshare_desktop.gui.passphrase import ask_passphrase

        return ask_passphrase(parent, tr("Sign the screening record"), prompt)

    def ask_record_path(self, parent: QWidget, suggested: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(parent, tr("Export the screening record"), suggested,
                                                    tr("PDF files (*.pdf)"))
        return Path(name) if name else None

    # -- workspace actions --------------------------------------------------------------------------------------

    def workspace_actions(self) -> WorkspaceActions:
        return WorkspaceActions(open_pack=self.open_pack, open_attachment=self.open_attachment,
                                confirm_signer=self.confirm_signer, export_record=self.export_record)

    def open_pack(self, pack_id: int, parent: QWidget, done: Callable[[Path | None], None]) -> None:
        """Open the original pack, exactly as received, in the system PDF viewer, once a worker thread has checked
        it against its SHA-256; ``done(path)``, or ``done(None)`` after showing why not."""
        self._open_in_viewer(tr("The original pack could not be opened."), parent, done, self.original_pack, pack_id)

    def open_attachment(self, pack_id: int, sha256: str, parent: QWidget, done: Callable[[Path | None], None]) -> None:
        """Copy the attachment out of the verified pack (worker thread) and open it; ``done(path)``, or
        ``done(None)`` after showing why not."""
        self._open_in_viewer(tr("The attachment could not be opened."), parent, done, self.extract_attachment,
                             pack_id, sha256)

    def _open_in_viewer(self, error_title: str, parent: QWidget, done: Callable[[Path | None], None],
                        find: Callable[..., Path], *args: Any) -> None:
        steps = ActionSteps(parent, error_title, done)

        def open_it(path: Path) -> None:
            if self.open_url(path) is False:  # no viewer: say so, offer a copy
                self.offer_copy(parent, path)
            steps.finish(path)

        steps.run(find, *args, then=open_it)

    def confirm_signer(self, pack_id: int, parent: QWidget, done: Callable[[bool], None]) -> None:
        """Show the signer's fingerprint (the pack verified on a worker thread); if the screener confirms it, trust
        their certificate and confirm their packs (worker thread). ``done(True)`` once trusted, else ``done(False)``."""
        steps = ActionSteps(parent, tr("The signer could not be confirmed."), lambda trusted: done(bool(trusted)))

        def ask(found: "tuple[SignerInfo, bytes]") -> None:
            signer, pem = found
            if self._confirmed_by_screener(parent, signer):
                steps.run(self.trust_signer, pem, then=lambda _changed: steps.finish(True))
            else:
                steps.finish(False)

        steps.run(self.signer_of, pack_id, then=ask)

    def _confirmed_by_screener(self, parent: QWidget, signer: "SignerInfo") -> bool:
        who = ", ".join(x for x in (signer.name, signer.organisation, signer.email) if x)
        text = tr("Signed by: %1\n\nFingerprint (SHA-256):\n%2\n\nCompare this fingerprint with the one the signer "
                  "gives you over a channel you trust (for example by telephone). Trust this signer for all their "
                  "packs?").replace("%1", who).replace("%2", signer.display_fingerprint)
        return self.ask_yes_no(parent, tr("Confirm the signer"), text)

    def export_record(self, pack_id: int, parent: QWidget, done: Callable[[Path | None], None]) -> None:
        """Sign and write a screening record of ``pack_id``: ``done(path)``, or ``done(None)`` if the screener
        cancelled or an error was shown (see ``RecordExport``)."""
        RecordExport(self, self._services, pack_id, parent, done).start()


class ActionSteps(QObject):
    """One action as a chain of steps: slow ones on worker threads, dialogs on the UI thread in between.

    It belongs to the widget that started the action, so results that arrive after that widget is gone are
    dropped. An error ends the action: shown in plain words under ``error_title``, then ``done(None)``.
    """

    def __init__(self, parent: QWidget, error_title: str, done: Callable[[Any], None]) -> None:
        super().__init__(parent)
        self._parent_widget = parent
        self._error_title = error_title
        self._done = done
        self._then: Callable[[Any], None] = self.finish
        self._on_failed: Callable[[BaseException], None] = self.fail

    def run(self, fn: Callable[..., T], *args: Any, then: Callable[[T], None],
            on_failed: Callable[[BaseException], None] | None = None) -> None:
        """``fn(*args)`` on a worker thread, then ``then(result)`` on the UI thread (or ``on_failed(exc)``)."""
        self._then, self._on_failed = then, on_failed or self.fail
        worker = Worker(fn, *args)
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        worker.start()

    def now(self, step: Callable[[], None]) -> None:
        """Run ``step`` here on the UI thread (a dialog, or something quick); an exception ends the action."""
        try:
            step()
        except Exception as exc:  # noqa: BLE001 - shown to the user (plainly, or as our bug with details)
            self.fail(exc)

    def fail(self, exc: BaseException) -> None:
        show_error(self._parent_widget, self._error_title, exc)
        self.finish(None)

    def finish(self, result: Any) -> None:
        self._done(result)
        self.deleteLater()

    @Slot(object)
    def _on_worker_finished(self, result: Any) -> None:
        then = self._then
        self.now(lambda: then(result))

    @Slot(object)
    def _on_worker_failed(self, exc: BaseException) -> None:
        on_failed = self._on_failed
        self.now(lambda: on_failed(exc))


class RecordExport(ActionSteps):
    """One export of a screening record.

    Ask where to write it (UI thread); unlock the signing key with the remembered passphrase (worker: the keyring
    may take seconds); only if none is remembered or it is wrong, ask for it (UI thread) and try it (worker), asking
    again while it is wrong; then sign, check and write the record (worker).
    """

    def __init__(self, actions: ScreenerActions, services: AppServices, pack_id: int, parent: QWidget,
                 done: Callable[[Path | None], None]) -> None:
        super().__init__(parent, tr("The screening record was not exported."), done)
        self._actions = actions
        self._services = services
        self._pack_id = pack_id
        self._store = actions.identity_store()
        self._job: RecordJob | None = None

    def start(self) -> None:
        if self._store.exists():
            self.now(self._choose_target)
        else:
            self.now(self._set_up_identity)

    def _set_up_identity(self) -> None:
        """No signing identity yet: the guided set-up, then carry on (or stop if the screener closes it)."""
        from onsshare_desktop.gui.identity.setup import start_identity_setup

        def done(info: "SignerInfo | None") -> None:
            if info is None:
                self.finish(None)
                return
            self._actions.on_identity_made(info)
            self.now(self._choose_target)

        start_identity_setup(self._services.paths.identity, self._services.secrets, self._services.secrets_secure,
                             self._parent_widget, tr("A screening record is signed with your own key, so that "
                                                     "anyone can check who recorded the outcome and that the record "
                                                     "was not changed. Set it up once; it takes a minute."), done)

    def _choose_target(self) -> None:
        self._job = self._actions.record_job(self._pack_id, self._parent_widget)
        if self._job is None:
            self.finish(None)
            return
        self.run(self._store.unlock_remembered, self._services.secrets, then=self._on_remembered_tried)

    def _on_remembered_tried(self, signer: "UnlockedIdentity | None") -> None:
        if signer is not None:
            self._sign(signer)
        else:
            self._ask(tr("Passphrase for %1's signing key:").replace("%1", self._store.info().name))

    def _ask(self, prompt: str) -> None:
        passphrase = self._actions.ask_passphrase(self._parent_widget, prompt)
        if passphrase is None:
            self.finish(None)
            return
        self.run(self._store.unlock, passphrase, then=self._sign, on_failed=self._on_unlock_failed)

    def _on_unlock_failed(self, exc: BaseException) -> None:
        from onsshare_desktop.identity.store import WrongPassphraseError

        if not isinstance(exc, WrongPassphraseError):
            raise exc
        self._ask(tr("That passphrase does not unlock %1's signing key. Try again:")
                  .replace("%1", self._store.info().name))

    def _sign(self, signer: "UnlockedIdentity") -> None:
        assert self._job is not None
        self.run(self._job.run, signer, then=self.finish)


@dataclass(frozen=True)
class RecordJob:
    """Render, sign, self-check and write a screening record, then note it in the case history (worker thread)."""

    pack_id: int
    record: "ScreeningRecord"
    form_id: str
    form_version: str
    target: Path
    now: datetime
    repository: "ScreeningRepository"
    actor: str

    def run(self, signer: "UnlockedIdentity") -> Path:
        from onsshare_desktop.pack.record import write_record

        original_pack = self.repository.pack_bytes(self.pack_id)  # checked against its SHA-256 as it is read
        signed = write_record(self.record, self.form_id, self.form_version, original_pack, signer, self.target,
                              self.now)
        self.repository.note_record_exported(self.pack_id, signed.sha256, self.actor)
        return self.target
