"""The offline round trip, screener side: amendment requests, return notes, decision letters, benefits reports
received, and the diff between versions of a case.

Every function is Qt-free and used alike by the command line and the window. Documents are verified by the pack
layer; whether they belong here (the pack they answer is in the register, the case matches) is checked here,
and a refusal stores nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from onsshare_desktop.domain.amendments import (
    REQUEST_ADDED, REQUEST_EVENTS, REQUEST_WITHDRAWN, AmendmentRequest, TargetKind, fold_requests, new_request,
    resolve_target,
)
from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.diff import CaseDiff, diff_cases
from onsshare_desktop.domain.documents import (
    DOCUMENT_LABELS, BenefitsReport, Decision, DecisionLetter, DocumentKind, ReturnedRequest, ReturnNote,
)
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.pack.limits import MAX_PDF_BYTES
from onsshare_desktop.domain.questions import QuestionSet, load_question_set
from onsshare_desktop.domain.screening.register import RegisterRow
from onsshare_desktop.domain.screening.stages import (
    DECISION_MAKER_LABELS, Move, Outcome, Stage, apply,
)
from onsshare_desktop.i18n import Labels, N_, _, current_language, ngettext, use_language
from onsshare_desktop.pack.reading import Refusal
from onsshare_desktop.services import free_text
from onsshare_desktop.services.free_text import refuse_control_characters

if TYPE_CHECKING:
    from collections.abc import Sequence

    from onsshare_desktop.domain.screening.share_records import ShareRecord, ShareRecords
    from onsshare_desktop.identity.store import UnlockedIdentity
    from onsshare_desktop.pack.documents import SignedDocument
    from onsshare_desktop.pack.verify import PackReport
    from onsshare_desktop.store.database import Database
    from onsshare_desktop.store.screening import ScreeningRepository

REPLY_DAYS = 28
RETURN_EXPORTED = "return_exported"
DECISION_EXPORTED = "decision_exported"
BENEFITS_IMPORTED = "benefits_imported"


class DocumentRefused(UserError):
    """A signed document that verifies but does not belong here; ``refusal`` names why (exit status 2)."""

    exit_status = 2

    def __init__(self, refusal: Refusal, message: str) -> None:
        super().__init__(message)
        self.refusal = refusal


def latest_row(db: "Database | ScreeningRepository", case_ref: str) -> RegisterRow:
    """The newest version of ``case_ref`` in the register. ``UserError`` if there is none."""
    row = _repository(db).latest_of(case_ref.strip().upper())
    if row is None:
        raise UserError(_("no case {ref} in the register").format(ref=case_ref[:80]))
    return row


# -- amendment requests ------------------------------------------------------------------------------------------

def case_requests(db: "Database | ScreeningRepository", case_ref: str) -> list[AmendmentRequest]:
    """Every amendment request of the case, oldest first, with its status and any response."""
    events = _repository(db).case_events(case_ref, *REQUEST_EVENTS)
    return fold_requests(case_ref, ((e.kind, e.actor, e.at, e.details) for e in events))


def add_request(db: "Database", case_ref: str, target: str, text: str, actor: str, now: datetime) -> AmendmentRequest:
    """A new request on the latest version of the case (``target``: a question id, a section id or general).

    Raises:
        UserError: no such case or target, the text is empty, or the case is closed.
        InvalidInputError: the text carries a control character (nothing recorded).
    """
    refuse_control_characters((free_text.REQUEST, text))
    row = latest_row(db, case_ref)
    if row.status.value == "closed":
        raise UserError(_("{ref} is closed ({stage}); it takes no more requests").format(ref=row.case_ref,
                                                                                         stage=row.stage.value))
    case = db.screening.get(row.id).case
    qs = load_question_set(case.form_id, case.form_version)
    request = new_request(row.case_ref, row.sha256, resolve_target(qs, target), text, actor, now)
    from onsshare_desktop.domain.amendments import request_payload

    db.screening.record_case_event(row.case_ref, REQUEST_ADDED, actor, request_payload(request))
    return request


def add_request_from_annotation(db: "Database", case_ref: str, section_id: str, actor: str,
                                now: datetime) -> AmendmentRequest:
    """Turn the section's annotation comment (or the general comment) into a request, in one action.

    Raises:
        UserError: the section has no annotation with a comment.
    """
    from onsshare_desktop.domain.amendments import request_from_annotation, request_payload

    row = latest_row(db, case_ref)
    annotation = db.screening.get(row.id).annotations.get(section_id.strip())
    if annotation is None or not annotation.comment.strip():
        raise UserError(_("{ref} has no annotation with a comment on “{section}” to turn into a request").format(
            ref=row.case_ref, section=section_id[:80]))
    request = request_from_annotation(row.case_ref, row.sha256, annotation.section_id, annotation.comment, actor,
                                      now)
    db.screening.record_case_event(row.case_ref, REQUEST_ADDED, actor, request_payload(request))
    return request


def withdraw_request(db: "Database | ScreeningRepository", case_ref: str, request_id: str,
                     actor: str) -> AmendmentRequest:
    """Withdraw an open request (it leaves the next return note). ``UserError`` if the case has no such request."""
    request = next((r for r in case_requests(db, case_ref) if r.request_id == request_id), None)
    if request is None:
        raise UserError(_("{ref} has no request {id}").format(ref=case_ref, id=request_id[:40]))
    withdrawn = request.withdrawn()
    _repository(db).record_case_event(case_ref, REQUEST_WITHDRAWN, actor, {"request_id": request_id})
    return withdrawn


def _answer_text(qs: QuestionSet, case: Case, question_id: str) -> str:
    from onsshare_desktop.pack.answers import answer_view

    view = answer_view(qs.question(question_id), case.answers.get(question_id))
    if view.entries:
        return "\n\n".join("\n".join(f"{f.label}: {f.text}" for f in entry if f.answered) for entry in view.entries)
    return view.text if view.answered else ""


# -- return note -------------------------------------------------------------------------------------------------

def return_note(db: "Database", case_ref: str, screener: str, now: datetime, reply_by: date | None = None,
                message: str = "", language: str | None = None) -> tuple[RegisterRow, ReturnNote]:
    """The return note for the case's latest version: its open requests, each with the answer as signed, the
    questions named in ``language`` (default: the current language).

    Raises:
        UserError: no open request, or the stage cannot be returned from.
        InvalidInputError: the message carries a control character.
    """
    refuse_control_characters((free_text.MESSAGE, message))
    row = latest_row(db, case_ref)
    received = db.screening.get(row.id)
    apply(db.screening.state(row.id), _return_move(), screener, now)  # MoveRefused says why
    open_requests = [r for r in case_requests(db, row.case_ref) if r.is_open]
    if not open_requests:
        raise UserError(_("{ref} has no open amendment request: add one with “screen request” first").format(
            ref=row.case_ref))
    case = received.case
    items = []
    with use_language(language or current_language()):  # the note's own words: its author's language
        qs = load_question_set(case.form_id, case.form_version)
        for r in open_requests:
            question = r.target.kind is TargetKind.QUESTION and r.target.target_id is not None
            answer = _answer_text(qs, case, r.target.target_id) if question and r.target.target_id else None
            items.append(ReturnedRequest(r.request_id, r.target, r.target.label(qs), r.text, r.author,
                                         _iso(r.at), answer))
    due = reply_by or (now.date() + timedelta(days=REPLY_DAYS))
    return row, ReturnNote(row.case_ref, row.version, row.sha256, row.title, screener, _iso(now), due.isoformat(),
                           message.strip(), tuple(items))


def export_return(db: "Database", case_ref: str, signer: "UnlockedIdentity", out: Path, screener: str,
                  now: datetime, reply_by: date | None = None, message: str = "",
                  language: str | None = None) -> "SignedDocument":
    """Write the signed return note, in ``language`` (default: the current language), and move the case to
    Returned (it stays open for the next version)."""
    from onsshare_desktop.pack.documents import write_document

    language = language or current_language()
    row, note = return_note(db, case_ref, screener, now, reply_by, message, language)
    signed = write_document(note, *_form_of(db, row), signer, out, now, language)
    db.screening.keep_document(signed.pdf)
    db.screening.move(row.id, _return_move(signed.sha256), screener)
    db.screening.record_case_event(row.case_ref, RETURN_EXPORTED, screener, {
        "sha256": row.sha256, "document_sha256": signed.sha256, "reply_by": note.reply_by,
        "requests": [r.request_id for r in note.requests]})
    return signed


def _return_move(document_sha256: str = "") -> Move:
    return Move(Outcome.RETURN_FOR_INFORMATION, note=_("Returned with a signed return note {sha}").format(
        sha=document_sha256[:16]).strip())


# -- decision letter ---------------------------------------------------------------------------------------------

NEXT_STEPS: Labels[Decision] = Labels({
    Decision.APPROVED: N_(
        "ONS will send you the Data Sharing Agreement for signature. No data is shared until both parties have "
        "signed it. After the share, report the public benefits realised and links to published outputs."),
    Decision.APPROVED_WITH_CONDITIONS: N_(
        "ONS will send you the Data Sharing Agreement, which includes the conditions above, for signature. No "
        "data is shared until both parties have signed it. After the share, report the public benefits realised "
        "and links to published outputs."),
    Decision.DECLINED: N_(
        "The data will not be shared. You may submit a new request that addresses the reasons given, or ask "
        "ONS about other routes to the data, such as the Secure Research Service or published statistics."),
})


def decision_letter(db: "Database", case_ref: str, screener: str, now: datetime,
                    language: str | None = None) -> tuple[RegisterRow, DecisionLetter]:
    """The decision letter for the case's latest version, its fixed words (who decided, the next steps) in
    ``language`` (default: the current language). ``UserError`` when no decision is recorded yet."""
    row = latest_row(db, case_ref)
    state = db.screening.state(row.id)
    move = state.decision
    if move is None:
        raise UserError(_("no decision is recorded for {ref} yet (stage: {stage})").format(
            ref=row.case_ref, stage=row.stage.value))
    decision = Decision(move.outcome.value)
    decided = next((e.at for e in reversed(db.screening.case_events(row.case_ref, "stage"))
                    if e.details.get("sha256") == row.sha256 and e.details.get("move", {}).get("outcome")
                    == move.outcome.value), now)
    decided_on = decided.date().isoformat()
    hashes = tuple(v.sha256 for v in db.screening.versions_of(row.case_ref))
    with use_language(language or current_language()):  # the letter's own words: its author's language
        conditions = move.conditions
        if move.exception:
            conditions = (conditions + "\n\n" if conditions else "") + _(
                "Exception authorised by the National Statistician: {text}").format(text=move.exception)
        letter = DecisionLetter(
            row.case_ref, row.version, row.sha256, hashes, row.title, decision, bool(move.exception), conditions,
            DECISION_MAKER_LABELS[move.decided_by] if move.decided_by else _("ONS"), move.decider_name, decided_on,
            NEXT_STEPS[decision], screener, _iso(now))
    return row, letter


def export_decision(db: "Database", case_ref: str, signer: "UnlockedIdentity", out: Path, screener: str,
                    now: datetime, language: str | None = None) -> "SignedDocument":
    """Write the signed decision letter in ``language`` (default: the current language)."""
    from onsshare_desktop.pack.documents import write_document

    language = language or current_language()
    row, letter = decision_letter(db, case_ref, screener, now, language)
    signed = write_document(letter, *_form_of(db, row), signer, out, now, language)
    db.screening.keep_document(signed.pdf)
    db.screening.record_case_event(row.case_ref, DECISION_EXPORTED, screener, {
        "sha256": row.sha256, "document_sha256": signed.sha256, "decision": letter.decision.value})
    return signed


# -- benefits report received ------------------------------------------------------------------------------------

def import_benefits(db: "Database", report: "PackReport", data: bytes, actor: str) -> str:
    """Store a verified benefits report against the approved case it names; returns a line saying what happened.

    Raises:
        DocumentRefused: the pack it names is not in the register, or belongs to another case, or the case was
            not approved.
    """
    document = report.document
    assert isinstance(document, BenefitsReport)
    row = db.screening.find_by_sha256(document.pack_sha256)
    if row is None:
        raise DocumentRefused(Refusal.UNKNOWN_PACK, _(
            "this benefits report is about pack {sha}…, which is not in the register").format(
            sha=document.pack_sha256[:16]))
    if row.case_ref != document.case_ref:
        raise DocumentRefused(Refusal.WRONG_CASE, _(
            "this benefits report names case {ref}, but the pack it is about belongs to {other}").format(
            ref=document.case_ref, other=row.case_ref))
    if row.stage not in (Stage.THIRD_SCREENING, Stage.PUBLISHED, Stage.EXEMPT):
        raise DocumentRefused(Refusal.WRONG_KIND, _(
            "{ref} has not been approved (stage: {stage}); a benefits report follows an approval").format(
            ref=row.case_ref, stage=row.stage.value))
    sha256 = db.screening.keep_document(data)
    if any(e.details.get("document_sha256") == sha256
           for e in db.screening.case_events(row.case_ref, BENEFITS_IMPORTED)):
        return _("already imported (same SHA-256)")
    db.screening.record_case_event(row.case_ref, BENEFITS_IMPORTED, actor, {
        "sha256": row.sha256, "document_sha256": sha256, "benefits": document.benefits[:2000],
        "outputs": [o.to_json() for o in document.outputs],
        "signer_confirmed": report.signer_trusted})
    return ngettext("benefits report for {ref}: {n} output", "benefits report for {ref}: {n} outputs",
                    len(document.outputs)).format(ref=row.case_ref, n=len(document.outputs))


def benefits_of(db: "Database | ScreeningRepository", case_ref: str) -> list[dict[str, object]]:
    """The benefits reports received for the case (payloads), oldest first."""
    return [dict(e.details) for e in _repository(db).case_events(case_ref, BENEFITS_IMPORTED)]


# -- diff --------------------------------------------------------------------------------------------------------

def diff_versions(db: "Database | ScreeningRepository", case_ref: str, from_version: int,
                  to_version: int) -> CaseDiff:
    """The diff between two versions of a case in the register. ``UserError`` if a version is missing."""
    repository = _repository(db)
    versions = {v.version: v for v in repository.versions_of(case_ref.strip().upper())}
    missing = [n for n in (from_version, to_version) if n not in versions]
    if missing:
        raise UserError(_("{ref} has no version {n} in the register (versions: {have})").format(
            ref=case_ref, n=missing[0], have=", ".join(map(str, sorted(versions))) or "-"))
    old = repository.get(versions[from_version].id).case
    new = repository.get(versions[to_version].id).case
    return diff_cases(old, new, load_question_set(new.form_id, new.form_version))


def version_numbers(db: "Database | ScreeningRepository", case_ref: str) -> list[int]:
    """The versions of ``case_ref`` in the register, oldest first (each once)."""
    return sorted({v.version for v in _repository(db).versions_of(case_ref.strip().upper())})


def diff_reports(a: "PackReport", b: "PackReport") -> CaseDiff:
    """The diff between the cases of two verified packs. ``UserError`` if they are not versions of one case."""
    if a.case is None or b.case is None:
        raise UserError(_("both files must be submission packs"))
    if a.case.case_ref != b.case.case_ref:
        raise UserError(_("these packs are of different cases ({a} and {b})").format(a=a.case.case_ref,
                                                                                     b=b.case.case_ref))
    return diff_cases(a.case, b.case, load_question_set(b.case.form_id, b.case.form_version))


@dataclass(frozen=True)
class CarriedNote:
    """An annotation or checklist answer written on an earlier version, shown on the new one."""

    key: str  # the section id or checklist item id
    text: str
    answer_changed: bool  # "the answer changed since this was written"


def carried_annotations(db: "Database", pack_id: int) -> list[CarriedNote]:
    """The previous version's section annotations, marked where the section's answers changed since."""
    received = db.screening.get(pack_id)
    if received.previous_id is None:
        return []
    previous = db.screening.get(received.previous_id)
    changed = diff_cases(previous.case, received.case,
                         load_question_set(received.case.form_id, received.case.form_version)).changed_sections()
    return [CarriedNote(a.section_id, a.comment, a.section_id in changed)
            for a in previous.annotations.values() if a.section_id not in received.annotations]


# -- helpers -----------------------------------------------------------------------------------------------------

def _repository(db: "Database | ScreeningRepository") -> "ScreeningRepository":
    """The screening repository, from the database or as given (the window holds only the repository)."""
    return db.screening if hasattr(db, "screening") else db


def _iso(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _form_of(db: "Database", row: RegisterRow) -> tuple[str, str]:
    case = db.screening.get(row.id).case
    return case.form_id, case.form_version


def document_kind_label(kind: str) -> str:
    return DOCUMENT_LABELS[DocumentKind(kind)]


@dataclass(frozen=True)
class VersionChanges:
    """What a version changed since the one before it, as the screener's review shows it.

    ``annotations`` and ``checklist`` map the carried-over entries (written on an earlier version) to whether the
    answers they are about changed since they were written.
    """

    previous_version: int
    diff: CaseDiff
    annotations: dict[str, bool]
    checklist: dict[str, bool]

    def section_changed(self, section_id: str) -> bool:
        return section_id in self.diff.changed_sections()


def version_changes(db: "Database | ScreeningRepository", pack_id: int) -> VersionChanges | None:
    """The changes of the pack ``pack_id`` since its previous version (None for a first version)."""
    from onsshare_desktop.domain.screening.checklist import checklist_items

    pair = _repository(db).since_previous(pack_id)  # the cases and entry times only, not the whole review
    if pair is None:
        return None
    qs = load_question_set(pair.case.form_id, pair.case.form_version)
    diff = diff_cases(pair.previous_case, pair.case, qs)
    imported = pair.imported_at
    sections = diff.changed_sections()
    questions = diff.changed_questions()
    items = {item.id: item for item in checklist_items(qs, pair.case.answers)}
    annotations = {sid: sid in sections or (sid == "general" and not diff.is_empty)
                   for sid, at in pair.annotations_at.items() if at < imported}
    checklist = {iid: bool(set(items[iid].questions) & questions) if iid in items else False
                 for iid, at in pair.checklist_at.items() if at < imported}
    return VersionChanges(pair.previous_version, diff, annotations, checklist)


def request_lines(db: "Database | ScreeningRepository", case_ref: str, diff: CaseDiff | None) -> list[dict[str, object]]:
    """Each request with its status, the requester's response and, for a question, whether its answer changed."""
    changed = diff.changed_questions() if diff is not None else frozenset()
    return [{"request_id": r.request_id, "target": r.target.target_id or "general", "kind": r.target.kind.value,
             "text": r.text, "status": r.status.value, "response": r.response, "by": r.author,
             "answer_changed": r.target.target_id in changed if r.target.kind is TargetKind.QUESTION else None}
            for r in case_requests(db, case_ref)]


# -- records of the share ----------------------------------------------------------------------------------------

def share_records(db: "Database | ScreeningRepository", case_ref: str) -> "ShareRecords":
    """The records of the share (latest of each kind) and its end date, from the case's history."""
    from onsshare_desktop.domain.screening.share_records import SHARE_END, SHARE_RECORD, fold_share_records

    return fold_share_records((e.kind, e.details) for e in _repository(db).case_events(case_ref, SHARE_RECORD,
                                                                                        SHARE_END))


@dataclass(frozen=True)
class AfterApproval:
    """What the register flags about an approved share: the records still missing (kinds, then ``end_date``)
    and how many benefits reports were received."""

    missing: tuple[str, ...]
    benefits_reports: int


def after_approval(db: "Database | ScreeningRepository", rows: "Sequence[RegisterRow]") -> dict[int, AfterApproval]:
    """For each approved, current row of ``rows`` (by pack id): its missing records and benefits reports, read
    from the histories of all those cases in one query."""
    from onsshare_desktop.domain.screening.share_records import (
        APPROVED_STAGES, SHARE_END, SHARE_RECORD, fold_share_records,
    )

    approved = [r for r in rows if r.stage in APPROVED_STAGES and not r.superseded]
    events = _repository(db).events_by_case([r.case_ref for r in approved], SHARE_RECORD, SHARE_END,
                                            BENEFITS_IMPORTED)
    found = {}
    for row in approved:
        history = events.get(row.case_ref, [])
        records = fold_share_records((kind, details) for kind, details in history if kind != BENEFITS_IMPORTED)
        found[row.id] = AfterApproval(tuple(records.missing()),
                                      sum(1 for kind, _details in history if kind == BENEFITS_IMPORTED))
    return found


def _approved_row(db: "Database | ScreeningRepository", case_ref: str) -> RegisterRow:
    from onsshare_desktop.domain.screening.share_records import APPROVED_STAGES

    row = latest_row(db, case_ref)
    if row.stage not in APPROVED_STAGES:
        raise UserError(_("{ref} has not been approved (stage: {stage}); records of the share follow an approval")
                        .format(ref=row.case_ref, stage=row.stage.value))
    return row


def add_share_record(db: "Database | ScreeningRepository", case_ref: str, kind: str, reference: str, dated: str,
                     source: Path, actor: str) -> "ShareRecord":
    """Record one of the share's administrative records, keeping its file (by SHA-256).

    Raises:
        UserError: the case is not approved, the kind, reference or date is wrong, or the file is unreadable.
        InvalidInputError: the reference carries a control character.
    """
    import hashlib

    refuse_control_characters((free_text.REFERENCE, reference))

    from onsshare_desktop.domain.screening.share_records import SHARE_RECORD, new_share_record

    row = _approved_row(db, case_ref)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise UserError(_("cannot read {path}: {reason}").format(path=source, reason=exc.strerror)) from None
    record = new_share_record(kind, reference, dated, source.name, hashlib.sha256(data).hexdigest(), len(data))
    repository = _repository(db)
    repository.keep_document(data)
    repository.record_case_event(row.case_ref, SHARE_RECORD, actor, {"sha256": row.sha256, **record.to_json()})
    return record


def set_share_end(db: "Database | ScreeningRepository", case_ref: str, end_date: str, actor: str) -> str:
    from onsshare_desktop.domain.screening.share_records import SHARE_END, check_date

    row = _approved_row(db, case_ref)
    end = check_date(end_date)
    _repository(db).record_case_event(row.case_ref, SHARE_END, actor, {"sha256": row.sha256, "end_date": end})
    return end


MAX_DOCUMENT_BYTES = MAX_PDF_BYTES  # the largest signed PDF the pack layer reads


def document_too_large(name: str) -> DocumentRefused:
    """The refusal of a file larger than any signed document may be."""
    return DocumentRefused(Refusal.TOO_LARGE, _("{file} is larger than a signed document can be").format(file=name))
