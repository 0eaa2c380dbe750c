"""The content of a signed screening record: what the screener decided at a stage, and on what.

``record_json`` is the machine-readable record (embedded as ``record.json`` in the record PDF, beside the original
pack's bytes), with exact ISO 8601 times; the PDF's pages show the same content for people, times as
"29 November 2026, 18:40 UTC" (the ``*_rows`` and ``summary_lines`` helpers).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from onsshare_desktop.domain.dates import human_time
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.flow import visible_sections
from onsshare_desktop.domain.questions import QuestionSet
from onsshare_desktop.domain.screening.annotations import GENERAL, SECTION_STATUS_LABELS
from onsshare_desktop.domain.screening.checklist import CHECK_ANSWER_LABELS, checklist_items
from onsshare_desktop.domain.screening.history import describe
from onsshare_desktop.domain.screening.register import ReceivedCase
from onsshare_desktop.domain.screening.stages import OUTCOME_LABELS, STAGE_LABELS, Outcome
from onsshare_desktop.domain.screening.triage import TRIAGE_RECOMMENDATION_LABELS, TRIAGE_SERVICE_LABELS
from onsshare_desktop.i18n import _

RECORD_FORMAT = "onsshare-screening-record"
RECORD_FORMAT_VERSION = 1
RECORD_FILE = "record.json"


def original_pack_file_name(sha256: str) -> str:
    """The name under which the original pack is embedded in a record."""
    return f"original-pack-{sha256[:16]}.pdf"


class NothingToRecord(UserError):
    def __init__(self) -> None:
        super().__init__(_("No stage outcome has been recorded for this pack yet; record one before exporting a "
                           "screening record."))


def _at(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class RecordLine:
    """One labelled line of the record, for the PDF."""

    label: str
    text: str


def latest_outcome(received: ReceivedCase) -> dict[str, Any] | None:
    """The last stage move recorded for this pack (its history event details, with who and when)."""
    for entry in reversed(received.history):
        if entry.kind == "stage" and entry.details.get("sha256") == received.row.sha256:
            return {"seq": entry.seq, "actor": entry.actor, "at": _at(entry.at), **entry.details}
    return None


def record_json(received: ReceivedCase, qs: QuestionSet, screener: str, created_at: datetime) -> dict[str, Any]:
    """The record as a JSON-ready dict; ``NothingToRecord`` if no outcome has been recorded yet."""
    outcome = latest_outcome(received)
    if outcome is None:
        raise NothingToRecord()
    row = received.row
    case = received.case
    titles = {GENERAL: _("General comment"), **{s.id: s.title for s in qs.sections}}
    order = [GENERAL, *(s.id for s in visible_sections(qs, case.answers))]
    order += [sid for sid in received.annotations if sid not in order]
    items = checklist_items(qs, case.answers)
    names = {**titles, **{item.id: item.title for item in items}}
    return {
        "format": RECORD_FORMAT,
        "format_version": RECORD_FORMAT_VERSION,
        "created_at": _at(created_at),
        "screener": screener,
        "case_ref": row.case_ref,
        "version": row.version,
        "title": row.title,
        "organisation": row.organisation,
        "original_pack": {"sha256": row.sha256, "file_name": original_pack_file_name(row.sha256),
                          "signer_name": row.signer_name, "signer_fingerprint": row.signer_fingerprint,
                          "signer_confirmed": row.signer_confirmed},
        "stage": row.stage.value,
        "outcome": {"outcome": outcome["move"]["outcome"], "from": outcome["from"], "to": outcome["to"],
                    "details": outcome["move"], "recorded_by": outcome["actor"], "recorded_at": outcome["at"]},
        "checklist": [
            {"item": item.id, "title": item.title, "clause": item.clause,
             "answer": a.answer.value if (a := received.checklist.get(item.id)) else None,
             "note": a.note if a else "", "by": a.author if a else None, "at": _at(a.at) if a else None}
            for item in items],
        "annotations": [
            {"section": sid, "title": titles.get(sid, sid), "status": a.status.value, "comment": a.comment,
             "by": a.author, "at": _at(a.at)}
            for sid in order if (a := received.annotations.get(sid)) is not None],
        "triage": [
            {"service": t.service.value, "risks": t.risks, "benefits": t.benefits,
             "recommendation": t.recommendation.value, "precedents": list(t.precedents), "by": t.assessor,
             "at": _at(t.at)} for t in received.triage],
        "history": [
            {"seq": e.seq, "kind": e.kind, "actor": e.actor, "at": _at(e.at), "what": describe(e, names),
             "hash": e.hash}
            for e in received.history],
        "history_head": received.history[-1].hash if received.history else None,
    }


def summary_lines(record: dict[str, Any]) -> list[RecordLine]:
    """The record's headline facts in words, in the order the PDF shows them."""
    outcome = record["outcome"]
    pack = record["original_pack"]
    return [
        RecordLine(_("Case"), f"{record['case_ref']}, version {record['version']}: {record['title']}"),
        RecordLine(_("Organisation"), record["organisation"]),
        RecordLine(_("Outcome"), OUTCOME_LABELS[Outcome(outcome["outcome"])]),
        RecordLine(_("Stage"), _("moved from {before} to {after}").format(
            before=STAGE_LABELS_BY_VALUE[outcome["from"]], after=STAGE_LABELS_BY_VALUE[outcome["to"]])),
        RecordLine(_("Recorded by"), f"{outcome['recorded_by']}, {human_time(outcome['recorded_at'])}"),
        RecordLine(_("Original pack SHA-256"), pack["sha256"]),
        RecordLine(_("Requester's signer"), pack["signer_name"]),
        RecordLine(_("Signer fingerprint (SHA-256)"), pack["signer_fingerprint"]),
        RecordLine(_("Signer confirmed by ONS"), _("Yes") if pack["signer_confirmed"] else _("No")),
        RecordLine(_("Record made by"), f"{record['screener']}, {human_time(record['created_at'])}"),
    ]


def checklist_rows(record: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(check, answer, note and who) for each applicable checklist item."""
    from onsshare_desktop.domain.screening.checklist import CheckAnswer

    rows = []
    for c in record["checklist"]:
        answer = CHECK_ANSWER_LABELS[CheckAnswer(c["answer"])] if c["answer"] else _("Not answered")
        who = f" ({c['by']}, {human_time(c['at'])})" if c["by"] else ""
        rows.append((c["title"], answer, c["note"] + who))
    return rows


def annotation_rows(record: dict[str, Any]) -> list[tuple[str, str, str]]:
    from onsshare_desktop.domain.screening.annotations import SectionStatus

    return [(a["title"], SECTION_STATUS_LABELS[SectionStatus(a["status"])],
             f"{a['comment']} ({a['by']}, {human_time(a['at'])})") for a in record["annotations"]]


def triage_rows(record: dict[str, Any]) -> list[tuple[str, str, str]]:
    from onsshare_desktop.domain.screening.triage import TriageRecommendation, TriageService

    rows = []
    for t in record["triage"]:
        text = _("Risks: {risks}. Benefits: {benefits}.").format(risks=t["risks"], benefits=t["benefits"])
        if t["precedents"]:
            text += " " + _("Precedents: {refs}.").format(refs=", ".join(t["precedents"]))
        rows.append((TRIAGE_SERVICE_LABELS[TriageService(t["service"])],
                     TRIAGE_RECOMMENDATION_LABELS[TriageRecommendation(t["recommendation"])],
                     f"{text} ({t['by']}, {human_time(t['at'])})"))
    return rows


def history_rows(record: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(when, who, what) for each event of the case's history, times as people read them."""
    return [(human_time(h["at"]), h["actor"], h["what"]) for h in record["history"]]


STAGE_LABELS_BY_VALUE = {stage.value: label for stage, label in STAGE_LABELS.items()}
