"""The offline round trip, requester side: exported packs advance the draft, return notes and decision letters
are imported against the pack they answer, responses are recorded, and benefits reports are exported.

Qt-free; used by the command line and the window alike. A document that verifies but does not answer a pack
exported from this data folder is refused by name (``DocumentRefused``) and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from onsshare_desktop.domain.amendments import make_response
from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.documents import (
    DECISION_LABELS, DOCUMENT_LABELS, BenefitsReport, DecisionLetter, DocumentKind, Output, ReturnedRequest,
    ReturnNote,
)
from onsshare_desktop.domain.drafts import Draft, DraftSummary
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _, current_language, ngettext
from onsshare_desktop.pack.reading import Refusal
from onsshare_desktop.services import free_text
from onsshare_desktop.services.free_text import refuse_benefits_texts, refuse_control_characters
from onsshare_desktop.services.roundtrip import DocumentRefused

if TYPE_CHECKING:
    from onsshare_desktop.identity.store import UnlockedIdentity
    from onsshare_desktop.identity.trust import TrustStore
    from onsshare_desktop.pack.documents import SignedDocument
    from onsshare_desktop.pack.export import ExportResult
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.store.database import Database

PACK_EXPORTED = "pack_exported"
RETURN_IMPORTED = "return_imported"
DECISION_IMPORTED = "decision_imported"
BENEFITS_EXPORTED = "benefits_exported"


class SignerNotTrusted(UserError):
    """A document that verifies but whose signer is not in the trust store and was not confirmed: the window asks
    the user to confirm the fingerprint (the message is translated, so callers test the type, never the words)."""


def verified_document(data: bytes, trust: "TrustStore", kind: DocumentKind, confirm_signer: bool) -> "object":
    """The report of a signed document of ``kind``.

    Raises:
        DocumentRefused: refused by verification, or a document of another kind.
        SignerNotTrusted: the signer is not in the trust store and was not confirmed.
    """
    from onsshare_desktop.pack.verify import Verdict, verify_pack

    report = verify_pack(data, trust)
    if report.verdict is Verdict.REFUSED:
        raise DocumentRefused(report.refusal or Refusal.UNREADABLE, report.reason)
    if report.kind != kind.value:
        found = DOCUMENT_LABELS[DocumentKind(report.kind)] if report.kind in {k.value for k in DocumentKind} else \
            _("submission pack") if report.kind == "pack" else _("screening record")
        raise DocumentRefused(Refusal.WRONG_KIND, _("this is a {found}, not a {expected}").format(
            found=found, expected=DOCUMENT_LABELS[kind]))
    if report.verdict is Verdict.UNTRUSTED and not confirm_signer:
        signer = report.signer
        raise SignerNotTrusted(_(
            "the {kind} is intact but signed by {who} (fingerprint {fp}), who is not in your trust store; confirm "
            "the fingerprint with ONS, then add their certificate (trust add CERT.pem) or confirm this once"
        ).format(kind=DOCUMENT_LABELS[kind], who=signer.name if signer else "?",
                 fp=signer.display_fingerprint if signer else "?"))
    return report


def record_export(db: "Database", draft_id: int | None, result: "ExportResult", case: Case | None = None) -> None:
    """After a pack is exported: note it (and the case it carried) in the draft's history, so documents answering
    it can be recognised. ``case`` is the case as exported (default: the draft's, before it moves on)."""
    if draft_id is None:
        assert case is not None
        found = db.drafts.find_by_case_ref(case.case_ref)
        if found is None:
            return
        draft_id = found.id
    exported = case or db.drafts.get(draft_id).case
    db.drafts.record_event(draft_id, PACK_EXPORTED, {"sha256": result.sha256, "version": exported.version,
                                                      "case": exported.to_json()})


def exported_case(db: "Database", case: Case) -> Case | None:
    """The case as it was exported in the pack this draft follows (None for a first version, or unknown)."""
    if case.previous_pack_sha256 is None:
        return None
    event = _exported(db, case.case_ref).get(case.previous_pack_sha256)
    return None if event is None else Case.from_json(event["case"])  # type: ignore[arg-type]


def _exported(db: "Database", case_ref: str) -> dict[str, dict[str, object]]:
    return {str(e["sha256"]): e for e in db.drafts.draft_events(case_ref, PACK_EXPORTED)}


def import_return(db: "Database", data: bytes, trust: "TrustStore", confirm_signer: bool = False,
                  keep_in: Path | None = None) -> tuple[Draft, ReturnNote]:
    """Import a return note against the draft that follows the pack it answers.

    Raises:
        DocumentRefused: not a return note, or it answers a pack not exported from here (or of another case).
    """
    report = verified_document(data, trust, DocumentKind.RETURN, confirm_signer)
    note = report.document  # type: ignore[attr-defined]
    assert isinstance(note, ReturnNote)
    draft = _draft_after(db, note.case_ref, note.pack_sha256, _("return note"))
    if any(e.get("document_sha256") == report.file_sha256  # type: ignore[attr-defined]
           for e in db.drafts.draft_events(note.case_ref, RETURN_IMPORTED)):
        return draft, note
    _keep(keep_in, report.file_sha256, data)  # type: ignore[attr-defined]
    db.drafts.record_event(draft.id, RETURN_IMPORTED, {
        "document_sha256": report.file_sha256, "return": note.to_json()})  # type: ignore[attr-defined]
    return draft, note


def _draft_after(db: "Database", case_ref: str, pack_sha256: str, what: str) -> Draft:
    exported = _exported_anywhere(db, pack_sha256)
    if exported is None:
        raise DocumentRefused(Refusal.UNKNOWN_PACK, _(
            "this {what} answers pack {sha}…, which was not exported from this data folder").format(
            what=what, sha=pack_sha256[:16]))
    if exported != case_ref:
        raise DocumentRefused(Refusal.WRONG_CASE, _(
            "this {what} names case {ref}, but pack {sha}… belongs to case {other}").format(
            what=what, ref=case_ref, sha=pack_sha256[:16], other=exported))
    draft = db.drafts.find_by_previous_pack(case_ref, pack_sha256) or db.drafts.find_by_case_ref(case_ref)
    if draft is None:
        raise DocumentRefused(Refusal.UNKNOWN_PACK, _("the draft of case {ref} is no longer here").format(
            ref=case_ref))
    return draft


def _exported_anywhere(db: "Database", pack_sha256: str) -> str | None:
    """The case reference of the pack ``pack_sha256`` exported from this data folder, or None."""
    for summary in db.drafts.list() + db.drafts.list(deleted=True):
        if pack_sha256 in _exported(db, summary.case_ref):
            return summary.case_ref
        # a pack exported by the window: the draft moved on to the version that follows it
        if db.drafts.get(summary.id).case.previous_pack_sha256 == pack_sha256:
            return summary.case_ref
    return None


def draft_requests(db: "Database", draft: Draft | Case) -> list[ReturnedRequest]:
    """The requests of the return note that answers the pack this draft follows (latest note wins)."""
    case = draft if isinstance(draft, Case) else draft.case
    previous = case.previous_pack_sha256
    notes = [ReturnNote.from_json(e["return"]) for e in db.drafts.draft_events(case.case_ref, RETURN_IMPORTED)]
    matching = [n for n in notes if n.pack_sha256 == previous]
    return list(matching[-1].requests) if matching else []


def unanswered(db: "Database", draft: Draft | Case) -> list[ReturnedRequest]:
    case = draft if isinstance(draft, Case) else draft.case
    return [r for r in draft_requests(db, case) if r.request_id not in case.responses]


def respond(db: "Database", draft_id: int, request_id: str, text: str) -> Draft:
    """Record the response to one request in the draft (carried in the next pack's ``responses``).

    Raises:
        UserError: the draft has no such request, or the text is empty or too long.
        InvalidInputError: the text carries a control character (nothing recorded).
    """
    refuse_control_characters((free_text.RESPONSE, text))
    draft = db.drafts.get(draft_id)
    request = next((r for r in draft_requests(db, draft) if r.request_id == request_id.strip()), None)
    if request is None:
        raise UserError(_("draft {id} has no request {req} (the requests come from an imported return note)")
                        .format(id=draft_id, req=request_id[:40]))
    case = draft.case.with_response(make_response(request.request_id, request.target, request.text, text))
    db.drafts.save(draft_id, case)
    return db.drafts.get(draft_id)


def check_responses(db: "Database", draft: Draft | Case) -> None:
    """Export waits until every request has a response. ``UserError`` lists the unanswered ones."""
    missing = unanswered(db, draft)
    if missing:
        raise UserError(ngettext(
            "{n} amendment request has no response yet: {ids}; answer it with “respond”",
            "{n} amendment requests have no response yet: {ids}; answer each with “respond”", len(missing)).format(
            n=len(missing), ids=", ".join(f"{r.request_id} ({r.label})" for r in missing)))


def import_decision(db: "Database", data: bytes, trust: "TrustStore", confirm_signer: bool = False,
                    keep_in: Path | None = None) -> tuple[Draft, DecisionLetter]:
    """Import a decision letter against the exported pack it decides on."""
    report = verified_document(data, trust, DocumentKind.DECISION, confirm_signer)
    letter = report.document  # type: ignore[attr-defined]
    assert isinstance(letter, DecisionLetter)
    draft = _draft_after(db, letter.case_ref, letter.pack_sha256, _("decision letter"))
    _keep(keep_in, report.file_sha256, data)  # type: ignore[attr-defined]
    db.drafts.record_event(draft.id, DECISION_IMPORTED, {
        "document_sha256": report.file_sha256, "decision": letter.to_json()})  # type: ignore[attr-defined]
    return draft, letter


def _keep(folder: Path | None, sha256: str, data: bytes) -> None:
    """Keep a received document's bytes (so the window can open it again), named by SHA-256."""
    if folder is None:
        return
    from onsshare_desktop.pack.saving import write_checked

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{sha256}.pdf"
    if not target.exists():
        write_checked(target, data, lambda: None)


def document_path(folder: Path, sha256: str) -> Path | None:
    path = folder / f"{sha256}.pdf"
    return path if path.exists() else None


def import_document(db: "Database", data: bytes, trust: "TrustStore", confirm_signer: bool = False,
                    keep_in: Path | None = None) -> tuple[Draft, ReturnNote | DecisionLetter]:
    """Import a return note or a decision letter, whichever ``data`` is (the window's File menu and drops).

    Raises:
        DocumentRefused: neither (a pack, a record or a benefits report belongs elsewhere), or it does not answer
            a pack exported from here.
    """
    from onsshare_desktop.pack.verify import Verdict, verify_pack

    report = verify_pack(data, trust)
    if report.verdict is Verdict.REFUSED:
        raise DocumentRefused(report.refusal or Refusal.UNREADABLE, report.reason)
    if report.kind == DocumentKind.DECISION.value:
        return import_decision(db, data, trust, confirm_signer, keep_in)
    if report.kind == DocumentKind.RETURN.value:
        return import_return(db, data, trust, confirm_signer, keep_in)
    raise DocumentRefused(Refusal.WRONG_KIND, _(
        "this is not a return note or a decision letter from ONS ({kind}); submission packs, screening records "
        "and benefits reports are imported by ONS screeners").format(kind=report.kind or _("unknown kind")))


def import_document_file(db: "Database", path: Path, trust: "TrustStore", confirm_signer: bool = False,
                         keep_in: Path | None = None) -> tuple[Draft, ReturnNote | DecisionLetter]:
    """``import_document`` of the file at ``path``, refusing at once a file larger than any signed document may be
    (nothing of it is read then). Slow (verification): keep it off a UI thread.

    Raises:
        DocumentRefused: too large, or as ``import_document`` says.
        OSError: the file cannot be read.
    """
    from onsshare_desktop.services.roundtrip import MAX_DOCUMENT_BYTES, document_too_large

    if path.stat().st_size > MAX_DOCUMENT_BYTES:
        raise document_too_large(path.name)
    return import_document(db, path.read_bytes(), trust, confirm_signer, keep_in)


def latest_decision(db: "Database", case_ref: str) -> DecisionLetter | None:
    events = db.drafts.draft_events(case_ref, DECISION_IMPORTED)
    return DecisionLetter.from_json(events[-1]["decision"]) if events else None


@dataclass(frozen=True)
class DraftStatus:
    """Where a draft stands in the round trip, as the drafts list shows it.

    Attributes:
        text: "Returned (2 unanswered)", "Approved with conditions", ... ("" for a plain draft).
        letter_sha256: the SHA-256 of the latest decision letter received for the case, if any.
        approved: that letter approves the share (a benefits report may follow).
    """

    text: str = ""
    letter_sha256: str | None = None
    approved: bool = False


def _status(case: Case, events: Sequence[tuple[str, dict[str, Any]]]) -> DraftStatus:
    decisions = [payload for kind, payload in events if kind == DECISION_IMPORTED]
    if decisions:
        letter = DecisionLetter.from_json(decisions[-1]["decision"])
        return DraftStatus(DECISION_LABELS[letter.decision], str(decisions[-1]["document_sha256"]), letter.approved)
    notes = [ReturnNote.from_json(p["return"]) for kind, p in events if kind == RETURN_IMPORTED]
    matching = [n for n in notes if n.pack_sha256 == case.previous_pack_sha256]
    if not matching:
        return DraftStatus()
    missing = sum(1 for r in matching[-1].requests if r.request_id not in case.responses)
    return DraftStatus(_("Returned ({n} unanswered)").format(n=missing) if missing else
                       _("Returned (all answered)"))


def draft_status(db: "Database", draft: Draft) -> str:
    """What the drafts list shows: returned, approved with conditions, declined, ... or "" for a plain draft."""
    events = db.drafts.events_by_case([draft.case.case_ref], RETURN_IMPORTED, DECISION_IMPORTED)
    return _status(draft.case, events.get(draft.case.case_ref, [])).text


def draft_statuses(db: "Database", drafts: Sequence[DraftSummary]) -> dict[int, DraftStatus]:
    """The status of each of ``drafts`` that has one (by draft id): one query for the whole list, and the draft
    itself read only for the few that received a document."""
    events = db.drafts.events_by_case([d.case_ref for d in drafts], RETURN_IMPORTED, DECISION_IMPORTED)
    statuses = {}
    for summary in drafts:
        if summary.case_ref in events:
            status = _status(db.drafts.get(summary.id).case, events[summary.case_ref])
            if status.text:
                statuses[summary.id] = status
    return statuses


def decision_letter_file(db: "Database", paths: "DataPaths", draft_id: int) -> Path | None:
    """The latest decision letter received for the draft's case, as kept in the data folder (None if none was
    imported, or it was imported without keeping its file)."""
    case_ref = db.drafts.get(draft_id).case.case_ref
    events = db.drafts.draft_events(case_ref, DECISION_IMPORTED)
    return document_path(paths_documents(paths), str(events[-1]["document_sha256"])) if events else None


def approval_of(db: "Database", draft_id: int) -> DecisionLetter | None:
    """The decision letter approving the draft's case, if one was imported (what a benefits report rests on)."""
    letter = latest_decision(db, db.drafts.get(draft_id).case.case_ref)
    return letter if letter is not None and letter.approved else None


def export_benefits(db: "Database", draft_id: int, benefits: str, outputs: list[tuple[str, str, str]],
                    signer: "UnlockedIdentity", out: Path, now: datetime,
                    language: str | None = None) -> "SignedDocument":
    """Write a signed benefits report for an approved case, in ``language`` (default: the current language).

    Raises:
        UserError: no approval has been imported for the case, or the benefits text is empty.
        InvalidInputError: the benefits text or an output's title carries a control character (nothing written).
    """
    refuse_benefits_texts(benefits, outputs)
    from onsshare_desktop.pack.documents import write_document

    draft = db.drafts.get(draft_id)
    letter = latest_decision(db, draft.case.case_ref)
    if letter is None or not letter.approved:
        raise UserError(_("{ref} has no approval: import the decision letter first").format(
            ref=draft.case.case_ref))
    if not benefits.strip():
        raise UserError(_("describe the benefits realised"))
    report = BenefitsReport(draft.case.case_ref, letter.version, letter.pack_sha256, letter.title, benefits.strip(),
                            tuple(Output(t.strip(), u.strip(), d.strip()) for t, u, d in outputs),
                            signer.info.name, now.replace(microsecond=0).isoformat().replace("+00:00", "Z"))
    from onsshare_desktop.domain.documents import document_schema
    from onsshare_desktop.domain.case_io import schema_problems

    problems = schema_problems(report.to_json(), document_schema(DocumentKind.BENEFITS))
    if problems:
        raise UserError(_("the benefits report is not valid: {p}").format(p=problems[0]))
    signed = write_document(report, draft.case.form_id, draft.case.form_version, signer, out, now,
                            language or current_language())
    db.drafts.record_event(draft_id, BENEFITS_EXPORTED, {"document_sha256": signed.sha256})
    return signed


def paths_documents(paths: "DataPaths") -> Path:
    """Where received documents are kept in a requester's data folder."""
    return paths.root / "documents"
