"""What the screener's windows ask of the lower layers: import, open the original pack or an attachment,
confirm a signer, export a signed screening record. Dialogs live here; the work is done by pack/ and store/.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.screening.importing import ImportResult, import_packs
from onsshare_desktop.gui.screening.workspace import WorkspaceActions
from onsshare_desktop.gui.services import AppServices
from onsshare_desktop.i18n import _

if TYPE_CHECKING:
    from onsshare_desktop.identity.store import IdentityStore, UnlockedIdentity
    from onsshare_desktop.identity.trust import TrustStore
    from onsshare_desktop.pack.verify import PackReport
    from onsshare_desktop.store.screening import ScreeningRepository


def tr(text: str) -> str:
    return QCoreApplication.translate("ScreeningActions", text)


def _format_fingerprint(fingerprint: str) -> str:
    return ":".join(fingerprint[i:i + 2] for i in range(0, len(fingerprint), 2)).upper()


class ScreenerActions:
    """The screener's actions over one data folder; ``actor`` is recorded with everything done."""

    def __init__(self, services: AppServices, actor: str) -> None:
        self._services = services
        self.actor = actor
        self._opened: list[Path] = []

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

        trust = self.trust_store()
        screening = self._services.database.screening
        return import_packs(paths, lambda data: verify_pack(data, trust),
                            lambda pack: screening.store_incoming(pack, self.actor))

    # -- workspace actions --------------------------------------------------------------------------------------

    def workspace_actions(self) -> WorkspaceActions:
        return WorkspaceActions(open_pack=self.open_pack, open_attachment=self.open_attachment,
                                confirm_signer=self.confirm_signer, export_record=self.export_record)

    def open_url(self, path: Path) -> None:
        """Open ``path`` with the system's viewer (tests replace this)."""
        self._opened.append(path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def open_pack(self, pack_id: int) -> None:
        """Open the original pack, exactly as received, in the system PDF viewer (checked against its SHA-256)."""
        screening = self._services.database.screening
        screening.pack_bytes(pack_id)  # raises if the stored file was altered
        self.open_url(screening.pack_path(screening.get_row(pack_id).sha256))

    def open_attachment(self, pack_id: int, sha256: str) -> None:
        """Copy the attachment out of the signed pack into a private temporary folder and open it."""
        report = self._report(pack_id)
        found = next((a for a in report.attachments if a.ref.sha256 == sha256), None)
        if found is None:
            raise UserError(_("The pack does not hold that attachment."))
        folder = Path(tempfile.mkdtemp(prefix="onsshare-attachment-"))
        target = folder / Path(found.ref.file_name).name
        target.write_bytes(found.data)
        self.open_url(target)

    def ask_yes_no(self, parent: QWidget, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_signer(self, pack_id: int, parent: QWidget) -> bool:
        """Show the signer's fingerprint; if the screener confirms it, trust their certificate."""
        from onsshare_desktop.identity.certificates import certificate_pem

        report = self._report(pack_id)
        if report.signer is None or report.certificate is None:
            raise UserError(report.reason)
        signer = report.signer
        who = ", ".join(x for x in (signer.name, signer.organisation, signer.email) if x)
        text = tr("Signed by: %1\n\nFingerprint (SHA-256):\n%2\n\nCompare this fingerprint with the one the signer "
                  "gives you over a channel you trust (for example by telephone). Trust this signer for all their "
                  "packs?").replace("%1", who).replace("%2", _format_fingerprint(signer.fingerprint))
        if not self.ask_yes_no(parent, tr("Confirm the signer"), text):
            return False
        self.trust_store().add(certificate_pem(report.certificate))
        self._services.database.screening.sync_signers(self.actor)
        return True

    def ask_passphrase(self, parent: QWidget, name: str) -> str | None:
        text, ok = QInputDialog.getText(parent, tr("Sign the screening record"),
                                        tr("Passphrase for %1's signing key:").replace("%1", name),
                                        QLineEdit.EchoMode.Password)
        return text if ok else None

    def ask_record_path(self, parent: QWidget, suggested: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(parent, tr("Export the screening record"), suggested,
                                                    tr("PDF files (*.pdf)"))
        return Path(name) if name else None

    def unlock(self, parent: QWidget) -> "UnlockedIdentity | None":
        from onsshare_desktop.identity.store import WrongPassphraseError, passphrase_key

        store = self.identity_store()
        info = store.info()  # NoIdentityError: the screener must create or import an identity first
        remembered = self._services.secrets.get(passphrase_key(info.fingerprint))
        if remembered is not None:
            try:
                return store.unlock(remembered)
            except WrongPassphraseError:
                pass
        passphrase = self.ask_passphrase(parent, info.name)
        return None if passphrase is None else store.unlock(passphrase)

    def export_record(self, pack_id: int, parent: QWidget) -> Callable[[], Path] | None:
        """Ask where to write and unlock the key (UI thread); returns the signing job for a worker, or None if the
        screener cancelled."""
        from onsshare_desktop.domain.questions import load_question_set
        from onsshare_desktop.domain.screening.record import record_json

        screening = self._services.database.screening
        received = screening.get(pack_id)
        case = received.case
        now = datetime.now(UTC).replace(microsecond=0)
        record = record_json(received, load_question_set(case.form_id, case.form_version), self.actor, now)
        target = self.ask_record_path(parent, f"screening-record_{received.row.case_ref}_v{received.row.version}_"
                                              f"{now:%Y%m%d-%H%M}.pdf")
        if target is None:
            return None
        signer = self.unlock(parent)
        if signer is None:
            return None
        return RecordJob(pack_id, record, case.form_id, case.form_version, screening.pack_bytes(pack_id), signer,
                         target, now, screening, self.actor).run


@dataclass(frozen=True)
class RecordJob:
    """Render, sign, self-check and write a screening record, then note it in the case history (worker thread)."""

    pack_id: int
    record: dict[str, Any]
    form_id: str
    form_version: str
    original_pack: bytes
    signer: "UnlockedIdentity"
    target: Path
    now: datetime
    repository: "ScreeningRepository"
    actor: str

    def run(self) -> Path:
        from onsshare_desktop.pack.record import write_record

        signed = write_record(self.record, self.form_id, self.form_version, self.original_pack, self.signer,
                              self.target, self.now)
        self.repository.note_record_exported(self.pack_id, signed.sha256, self.actor)
        return self.target
