"""The screener's use cases: import received packs, move a case through its stages, annotate, answer the
checklist, record triage, export a signed screening record and the transparency register.

Everything is recorded under ``actor`` (the screener). A pack that claims the same case reference and version as a
different pack already in the register is imported with a warning: the requester must say which one stands.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from onsshare_desktop.domain.screening.conflicts import EditConflict
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.questions import QuestionSet, load_question_set
from onsshare_desktop.domain.screening.annotations import GENERAL, SectionStatus
from onsshare_desktop.domain.screening.checklist import CheckAnswer, checklist_items
from onsshare_desktop.domain.screening.importing import ImportResult, ImportStatus
from onsshare_desktop.domain.screening.register import ReceivedCase, RegisterFilter, RegisterRow
from onsshare_desktop.domain.screening.stages import Move, Outcome, StageEvent
from onsshare_desktop.domain.screening.triage import TriageAssessment, TriageRecommendation, TriageService
from onsshare_desktop.i18n import _, current_language, use_language
from onsshare_desktop.services import free_text
from onsshare_desktop.services.errors import InvalidInputError, RefusedError
from onsshare_desktop.services.free_text import refuse_control_characters, refuse_move_texts

if TYPE_CHECKING:
    from onsshare_desktop.domain.screening.annotations import Annotation
    from onsshare_desktop.domain.screening.record import ScreeningRecord
    from onsshare_desktop.domain.screening.checklist import ChecklistAnswer
    from onsshare_desktop.identity.certificates import SignerInfo
    from onsshare_desktop.identity.store import UnlockedIdentity
    from onsshare_desktop.pack.verify import PackReport
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.store.database import Database
    from onsshare_desktop.store.screening import ScreeningRepository
    from onsshare_desktop.services.roundtrip import VersionChanges
    from onsshare_desktop.services.trust import TrustService

Progress = Callable[[int, str], None]
T = TypeVar("T")


def _scaled(progress: Progress | None, low: int, high: int) -> Progress | None:
    """``progress`` with its percentages mapped into ``low``..``high`` (one phase of a longer task)."""
    if progress is None:
        return None
    reached = progress
    return lambda percent, message: reached(low + (high - low) * percent // 100, message)


def _question_set(received: ReceivedCase) -> QuestionSet:
    return load_question_set(received.case.form_id, received.case.form_version)


@dataclass(frozen=True)
class RecordJob:
    """A screening record ready to sign: its content (built, so ``NothingToRecord`` came before any question)
    and a suggested file name. ``run`` renders, signs, self-checks and writes it, then notes it in the history."""

    pack_id: int
    record: ScreeningRecord
    form_id: str
    form_version: str
    suggested_name: str
    now: datetime
    repository: ScreeningRepository
    actor: str
    language: str  # the record's: its pages and its words (section titles, history) are written in it

    def run(self, signer: UnlockedIdentity, target: Path) -> str:
        """Write the signed record to ``target``; its SHA-256 (slow: keep it off a UI thread)."""
        from onsshare_desktop.pack.record import write_record

        original_pack = self.repository.pack_bytes(self.pack_id)  # checked against its SHA-256 as it is read
        signed = write_record(self.record, self.form_id, self.form_version, original_pack, signer, target, self.now,
                              self.language)
        self.repository.note_record_exported(self.pack_id, signed.sha256, self.actor)
        return signed.sha256


def _at(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class CaseView:
    """One received case as ``screen show`` prints it: where it stands and everything recorded about it."""

    received: ReceivedCase
    question_set: QuestionSet
    allowed_outcomes: tuple[Outcome, ...]
    changes: VersionChanges | None = None  # since the previous version, when there is one
    requests: tuple[dict[str, Any], ...] = ()  # amendment requests, with responses

    def _names(self) -> dict[str, str]:
        items = checklist_items(self.question_set, self.received.case.answers)
        return {GENERAL: _("General comment"), **{s.id: s.title for s in self.question_set.sections},
                **{item.id: item.title for item in items}}

    def annotations(self) -> list[dict[str, Any]]:
        names = self._names()
        carried = self.changes.annotations if self.changes else {}
        return [{"section": sid, "title": names.get(sid, sid), "status": a.status.value, "comment": a.comment,
                 "by": a.author, "at": _at(a.at), "carried_over": sid in carried,
                 "answer_changed_since": carried.get(sid, False)}
                for sid, a in self.received.annotations.items()]

    def checklist(self) -> list[dict[str, Any]]:
        """Every applicable checklist item, answered or not."""
        rows = []
        for item in checklist_items(self.question_set, self.received.case.answers):
            a = self.received.checklist.get(item.id)
            carried = self.changes.checklist if self.changes else {}
            rows.append({"item": item.id, "title": item.title, "clause": item.clause,
                         "answer": a.answer.value if a else None, "note": a.note if a else "",
                         "by": a.author if a else None, "at": _at(a.at) if a else None,
                         "carried_over": item.id in carried, "answer_changed_since": carried.get(item.id, False)})
        return rows

    def triage(self) -> list[dict[str, Any]]:
        return [{"service": t.service.value, "recommendation": t.recommendation.value, "risks": t.risks,
                 "benefits": t.benefits, "precedents": list(t.precedents), "by": t.assessor, "at": _at(t.at)}
                for t in self.received.triage]

    def history(self) -> list[dict[str, Any]]:
        from onsshare_desktop.domain.screening.history import describe

        names = self._names()
        return [{"seq": e.seq, "kind": e.kind, "actor": e.actor, "at": _at(e.at), "what": describe(e, names),
                 "hash": e.hash} for e in self.received.history]

    def to_json(self) -> dict[str, Any]:
        row = self.received.row
        return {"id": row.id, "case_ref": row.case_ref, "version": row.version, "title": row.title,
                "organisation": row.organisation, "language": self.received.language,
                "stage": row.stage.value, "status": row.status.value,
                "signer": row.signer_name, "signer_fingerprint": row.signer_fingerprint,
                "signer_confirmed": row.signer_confirmed, "superseded": row.superseded, "sha256": row.sha256,
                "allowed_outcomes": [o.value for o in self.allowed_outcomes], "annotations": self.annotations(),
                "checklist": self.checklist(), "triage": self.triage(), "history": self.history(),
                "changed_since": None if self.changes is None else {
                    "version": self.changes.previous_version,
                    "sections": sorted(self.changes.diff.changed_sections()),
                    "questions": sorted(self.changes.diff.changed_questions())},
                "requests": list(self.requests)}


class ScreeningService:
    """The register of received packs in one database, screened by ``actor``."""

    def __init__(self, database: Database, paths: DataPaths, trust: TrustService, actor: str,
                 member: str | None = None) -> None:
        """``member``: the fingerprint of the screener's certificate (their team membership on a team database)."""
        self._database = database
        self._repository = database.screening
        self._paths = paths
        self._trust = trust
        self.actor = actor
        self.member = member

    @property
    def repository(self) -> ScreeningRepository:
        """The store's repository, for read-only views (the register table model)."""
        return self._repository

    # -- import ----------------------------------------------------------------------------------------------

    def import_packs(self, paths: Sequence[Path], progress: Progress | None = None,
                     unwrap: Callable[[Path, bytes], bytes] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> list[ImportResult]:
        """Verify each file (folders expanded) and store those that verify; one result per file, in order.

        ``unwrap`` opens encrypted packs (``.p7m``: see ``services.envelopes.unwrapper``). Four or more PDFs are
        verified on all cores first (``services.batch_verify.prechecked``: the first 90% of ``progress``), then
        stored one by one here. Once ``cancelled()`` is true no further file is checked or stored: the results
        so far are returned, fewer than the files.

        A newly imported pack that claims the case reference and version of a different pack already here gets
        ``conflicting_id`` and a warning in its reason.
        """
        from onsshare_desktop.domain.screening.importing import collect_pdfs, import_packs
        from onsshare_desktop.pack.verify import verify_pack
        from onsshare_desktop.services.batch_verify import MIN_FILES_FOR_WORKERS, prechecked
        from onsshare_desktop.services.roundtrip import import_benefits

        trust = self._trust.verifying_store()
        stop = cancelled or (lambda: False)
        plain = [p for p in collect_pdfs(paths) if p.suffix.lower() == ".pdf"]
        storing = progress
        if len(plain) >= MIN_FILES_FOR_WORKERS:
            verify = prechecked(plain, trust, _scaled(progress, 0, 90), stop)
            storing = _scaled(progress, 90, 100)
        else:  # a few files: checked here, no workers to start
            def verify(data: bytes) -> PackReport:
                return verify_pack(data, trust)
        results = import_packs(paths, verify,
                               lambda pack: self._repository.store_incoming(pack, self.actor), storing,
                               store_benefits=lambda report, data: import_benefits(self._database, report, data,
                                                                                   self.actor),
                               unwrap=unwrap, cancelled=stop)
        return [self._with_conflict(result) for result in results]

    def _with_conflict(self, result: ImportResult) -> ImportResult:
        if result.status is not ImportStatus.IMPORTED or result.case_ref is None or result.version is None:
            return result
        others = [row for row in self._repository.versions_of(result.case_ref)
                  if row.version == result.version and row.id != result.pack_id]
        if not others:
            return result
        reason = result.reason + _("; a different pack for the same case and version is already in the register "
                                   "(number {id}): ask the requester which one stands").format(id=others[0].id)
        return replace(result, reason=reason, conflicting_id=others[0].id)

    # -- finding a case --------------------------------------------------------------------------------------

    def resolve(self, ref: str) -> int:
        """The register number ``ref`` names: a number, or a case reference (its latest version)."""
        from onsshare_desktop.store.screening import ReceivedPackNotFound

        text = ref.strip()
        if text.isdigit():
            try:
                return self._repository.get_row(int(text)).id
            except ReceivedPackNotFound as err:
                raise InvalidInputError(str(err)) from None
        row = self._repository.latest_of(text)
        if row is None:
            raise InvalidInputError(_("{ref} is not in the register.").format(ref=text))
        return row.id

    def get(self, pack_id: int) -> ReceivedCase:
        return self._repository.get(pack_id)

    def view(self, pack_id: int) -> CaseView:
        """The case with the outcomes its stage offers (closed or superseded cases offer none)."""
        from onsshare_desktop.domain.screening.stages import CLOSED_STAGES, allowed_outcomes

        received = self.get(pack_id)
        row = received.row
        from onsshare_desktop.services.roundtrip import request_lines, version_changes

        offered = () if row.superseded or row.stage in CLOSED_STAGES else tuple(allowed_outcomes(row.stage))
        changes = version_changes(self._database, pack_id)
        requests = tuple(request_lines(self._database, row.case_ref, changes.diff if changes else None))
        return CaseView(received, _question_set(received), offered, changes, requests)

    def register(self, flt: RegisterFilter = RegisterFilter()) -> list[RegisterRow]:  # noqa: B008 - frozen
        """The cases ``flt`` lets through, each once by its latest version, newest first."""
        return self._repository.register(flt)

    def versions(self, case_refs: Sequence[str]) -> dict[str, list[RegisterRow]]:
        """Every pack received for each of ``case_refs``, oldest version first."""
        return self._repository.versions_by_case(list(case_refs))

    def latest_of(self, case_ref: str) -> RegisterRow | None:
        return self._repository.latest_of(case_ref)

    def question_set_of(self, received: ReceivedCase) -> QuestionSet:
        return _question_set(received)

    # -- screening -------------------------------------------------------------------------------------------

    def move(self, pack_id: int, move: Move, based_on: int | None = None) -> StageEvent:
        """Apply a stage outcome; ``RefusedError`` names the rule when the state machine (or the screener's role
        on a team) refuses it; ``EditConflict`` when ``based_on`` (the case's ``row_version`` the screener saw)
        is out of date; ``InvalidInputError`` when its texts carry a control character."""
        refuse_move_texts(move)
        return self._refusing(lambda: self._repository.move(pack_id, move, self.actor, based_on, self.member))

    def annotate(self, pack_id: int, section_id: str, status: SectionStatus, comment: str = "",
                 based_on: int | None = None) -> Annotation:
        refuse_control_characters((free_text.COMMENT, comment))
        received = self.get(pack_id)
        sections = [GENERAL, *(s.id for s in _question_set(received).sections)]
        if section_id not in sections:
            raise InvalidInputError(_("{id} is not a section of this case; one of: {ids}").format(
                id=section_id, ids=", ".join(sections)))
        return self._refusing(lambda: self._repository.annotate(pack_id, section_id, status, comment, self.actor,
                                                                based_on, self.member))

    def check(self, pack_id: int, item_id: str, answer: CheckAnswer, note: str = "",
              based_on: int | None = None) -> ChecklistAnswer:
        refuse_control_characters((free_text.NOTE, note))
        received = self.get(pack_id)
        items = [item.id for item in checklist_items(_question_set(received), received.case.answers)]
        if item_id not in items:
            raise InvalidInputError(_("{id} is not a checklist item of this case; one of: {ids}").format(
                id=item_id, ids=", ".join(items)))
        return self._refusing(lambda: self._repository.answer_check(pack_id, item_id, answer, note, self.actor,
                                                                    based_on, self.member))

    def triage(self, pack_id: int, service: TriageService, recommendation: TriageRecommendation, risks: str = "",
               benefits: str = "", precedents: tuple[str, ...] = (), based_on: int | None = None) -> TriageAssessment:
        refuse_control_characters((free_text.RISKS, risks), (free_text.BENEFITS, benefits))
        return self._refusing(lambda: self._repository.assess(pack_id, service, risks, benefits, recommendation,
                                                              precedents, self.actor, based_on, self.member))

    @staticmethod
    def _refusing(change: Callable[[], T]) -> T:
        """``change()``; a rule's refusal (a closed case, an unknown precedent, a role) becomes ``RefusedError``.

        An ``EditConflict`` (someone else changed it first) and a team server's fault (``retryable``) pass
        through unchanged: the window shows the other screener's version, or offers to try again.
        """
        try:
            return change()
        except EditConflict:
            raise
        except UserError as err:
            if getattr(err, "retryable", False):
                raise
            raise RefusedError(str(err)) from None

    def sync_signers(self) -> int:
        """Bring "signer confirmed" in line with the trust store; how many packs changed."""
        return self._repository.sync_signers(self.actor, self._trust.fingerprints())

    # -- the original pack and its signer --------------------------------------------------------------------

    def report(self, pack_id: int) -> PackReport:
        from onsshare_desktop.pack.verify import verify_pack

        return verify_pack(self._repository.pack_bytes(pack_id), self._trust.verifying_store())

    def original_pack(self, pack_id: int) -> Path:
        """A local file of the original pack, once checked against its SHA-256 (up to 100 MB: off the UI thread)."""
        return self._repository.local_copy(pack_id)

    def extract_attachment(self, pack_id: int, sha256: str) -> Path:
        """Verify the pack and copy the attachment out of it into a new private temporary folder."""
        report = self.report(pack_id)
        found = next((a for a in report.attachments if a.ref.sha256 == sha256), None)
        if found is None:
            raise UserError(_("The pack does not hold that attachment."))
        folder = Path(tempfile.mkdtemp(prefix="onsshare-attachment-"))  # readable by this user only
        target = folder / Path(found.ref.file_name).name
        target.write_bytes(found.data)
        return target

    def signer_of(self, pack_id: int) -> tuple[SignerInfo, bytes]:
        """The pack's signer and their certificate (PEM), as a full verification finds them."""
        from onsshare_desktop.identity.certificates import certificate_pem

        report = self.report(pack_id)
        if report.signer is None or report.certificate is None:
            raise UserError(report.reason)
        return report.signer, certificate_pem(report.certificate)

    def trust_signer(self, certificate_pem: bytes) -> int:
        """Trust the certificate and confirm its signer's packs; how many packs changed."""
        self._trust.add(certificate_pem)
        return self.sync_signers()

    # -- records and the transparency register ---------------------------------------------------------------

    def prepare_record(self, pack_id: int, now: datetime | None = None, language: str | None = None) -> RecordJob:
        """The screening record of the case's latest stage outcome, written in ``language`` (default: the current
        language); ``NothingToRecord`` when there is none."""
        from onsshare_desktop.domain.screening.record import build_record

        language = language or current_language()
        received = self.get(pack_id)
        case = received.case
        now = (now or datetime.now(UTC)).replace(microsecond=0)
        with use_language(language):
            record = build_record(received, _question_set(received), self.actor, now)
        name = f"screening-record_{received.row.case_ref}_v{received.row.version}_{now:%Y%m%d-%H%M}.pdf"
        return RecordJob(pack_id, record, case.form_id, case.form_version, name, now, self._repository, self.actor,
                         language)

    def transparency_csv(self) -> tuple[str, int]:
        """The transparency register (approved, published shares) as CSV text, and how many shares it lists."""
        from onsshare_desktop.services.register import RegisterListing

        return RegisterListing(self._repository).transparency_csv()
