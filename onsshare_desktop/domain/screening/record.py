"""The content of a signed screening record: what the screener decided at a stage, and on what.

``ScreeningRecord`` is the machine-readable record (``build_record`` makes it; embedded as ``record.json`` in the
record PDF, beside the original pack's bytes), with exact ISO 8601 times; the PDF's pages show the same content for people, times as
"29 November 2026, 18:40 UTC" (the ``*_rows`` and ``summary_lines`` helpers).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, TypeVar

from onsshare_desktop.domain.dates import human_time
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.flow import visible_sections
from onsshare_desktop.domain.questions import QuestionSet
from onsshare_desktop.domain.screening.annotations import GENERAL, SECTION_STATUS_LABELS, SectionStatus
from onsshare_desktop.domain.screening.checklist import CHECK_ANSWER_LABELS, CheckAnswer, checklist_items
from onsshare_desktop.domain.screening.history import describe
from onsshare_desktop.domain.screening.register import ReceivedCase
from onsshare_desktop.domain.screening.stages import OUTCOME_LABELS, STAGE_LABELS, Outcome, Stage
from onsshare_desktop.domain.screening.triage import (
    TRIAGE_RECOMMENDATION_LABELS, TRIAGE_SERVICE_LABELS, TriageRecommendation, TriageService,
)
from onsshare_desktop.i18n import _

RECORD_FORMAT = "onsshare-screening-record"
RECORD_FORMAT_VERSION = 1
RECORD_FILE = "record.json"
E = TypeVar("E", bound=Enum)


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


class RecordFormatError(ValueError):
    """A ``record.json`` that is not a screening record of this format; the message names the first problem."""


def _field(raw: Mapping[str, Any], key: str, kind: type | tuple[type, ...], optional: bool = False) -> Any:
    value = raw.get(key) if isinstance(raw, Mapping) else None
    if value is None and optional:
        return None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise RecordFormatError(f"{key}: missing or of the wrong type")
    return value


def _enum(kind: type[E], value: Any, key: str) -> E:
    try:
        return kind(value)
    except ValueError:
        raise RecordFormatError(f"{key}: unknown value {str(value)[:40]!r}") from None


def _items(raw: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    items: list[Mapping[str, Any]] = _field(raw, key, list)
    if not all(isinstance(item, Mapping) for item in items):
        raise RecordFormatError(f"{key}: expected a list of objects")
    return items


@dataclass(frozen=True)
class OriginalPackRef:
    """The submission pack a record is about: embedded unchanged under ``file_name``, signed by its requester."""

    sha256: str
    file_name: str
    signer_name: str
    signer_fingerprint: str
    signer_confirmed: bool

    def to_json(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "file_name": self.file_name, "signer_name": self.signer_name,
                "signer_fingerprint": self.signer_fingerprint, "signer_confirmed": self.signer_confirmed}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> OriginalPackRef:
        return cls(_field(raw, "sha256", str), _field(raw, "file_name", str), _field(raw, "signer_name", str),
                   _field(raw, "signer_fingerprint", str), _field(raw, "signer_confirmed", bool))


@dataclass(frozen=True)
class RecordedOutcome:
    """The stage move the record is about: what, from where to where, who recorded it and when (ISO 8601)."""

    outcome: Outcome
    from_stage: Stage
    to_stage: Stage
    details: Mapping[str, Any]
    recorded_by: str
    recorded_at: str

    def to_json(self) -> dict[str, Any]:
        return {"outcome": self.outcome.value, "from": self.from_stage.value, "to": self.to_stage.value,
                "details": dict(self.details), "recorded_by": self.recorded_by, "recorded_at": self.recorded_at}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> RecordedOutcome:
        return cls(_enum(Outcome, _field(raw, "outcome", str), "outcome"),
                   _enum(Stage, _field(raw, "from", str), "from"), _enum(Stage, _field(raw, "to", str), "to"),
                   dict(_field(raw, "details", Mapping)), _field(raw, "recorded_by", str),
                   _field(raw, "recorded_at", str))


@dataclass(frozen=True)
class ChecklistLine:
    """One applicable checklist item and its answer (None: not answered)."""

    item: str
    title: str
    clause: str
    answer: CheckAnswer | None
    note: str
    by: str | None
    at: str | None

    def to_json(self) -> dict[str, Any]:
        return {"item": self.item, "title": self.title, "clause": self.clause,
                "answer": self.answer.value if self.answer else None, "note": self.note, "by": self.by,
                "at": self.at}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> ChecklistLine:
        answer = _field(raw, "answer", str, optional=True)
        return cls(_field(raw, "item", str), _field(raw, "title", str), _field(raw, "clause", str),
                   _enum(CheckAnswer, answer, "answer") if answer is not None else None, _field(raw, "note", str),
                   _field(raw, "by", str, optional=True), _field(raw, "at", str, optional=True))


@dataclass(frozen=True)
class AnnotationLine:
    """The screener's status and comment on one section (or the general comment)."""

    section: str
    title: str
    status: SectionStatus
    comment: str
    by: str
    at: str

    def to_json(self) -> dict[str, Any]:
        return {"section": self.section, "title": self.title, "status": self.status.value, "comment": self.comment,
                "by": self.by, "at": self.at}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> AnnotationLine:
        return cls(_field(raw, "section", str), _field(raw, "title", str),
                   _enum(SectionStatus, _field(raw, "status", str), "status"), _field(raw, "comment", str),
                   _field(raw, "by", str), _field(raw, "at", str))


@dataclass(frozen=True)
class TriageLine:
    """One service's triage assessment."""

    service: TriageService
    risks: str
    benefits: str
    recommendation: TriageRecommendation
    precedents: tuple[str, ...]
    by: str
    at: str

    def to_json(self) -> dict[str, Any]:
        return {"service": self.service.value, "risks": self.risks, "benefits": self.benefits,
                "recommendation": self.recommendation.value, "precedents": list(self.precedents), "by": self.by,
                "at": self.at}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> TriageLine:
        precedents = _field(raw, "precedents", list)
        if not all(isinstance(ref, str) for ref in precedents):
            raise RecordFormatError("precedents: expected case references")
        return cls(_enum(TriageService, _field(raw, "service", str), "service"), _field(raw, "risks", str),
                   _field(raw, "benefits", str),
                   _enum(TriageRecommendation, _field(raw, "recommendation", str), "recommendation"),
                   tuple(precedents), _field(raw, "by", str), _field(raw, "at", str))


@dataclass(frozen=True)
class HistoryLine:
    """One event of the case's history, described in words, with its hash in the chain."""

    seq: int
    kind: str
    actor: str
    at: str
    what: str
    hash: str

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "kind": self.kind, "actor": self.actor, "at": self.at, "what": self.what,
                "hash": self.hash}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> HistoryLine:
        return cls(_field(raw, "seq", int), _field(raw, "kind", str), _field(raw, "actor", str),
                   _field(raw, "at", str), _field(raw, "what", str), _field(raw, "hash", str))


@dataclass(frozen=True)
class ScreeningRecord:
    """A signed screening record's content (``record.json``): what the screener decided at a stage, on what.

    Times are ISO 8601 strings in UTC, exactly as signed. ``to_json``/``from_json`` round-trip, like ``Case``.
    """

    created_at: str
    screener: str
    case_ref: str
    version: int
    title: str
    organisation: str
    original_pack: OriginalPackRef
    stage: Stage
    outcome: RecordedOutcome
    checklist: tuple[ChecklistLine, ...]
    annotations: tuple[AnnotationLine, ...]
    triage: tuple[TriageLine, ...]
    history: tuple[HistoryLine, ...]
    history_head: str | None

    def to_json(self) -> dict[str, Any]:
        """The record as embedded (keys in this order: the signed bytes depend on it)."""
        return {
            "format": RECORD_FORMAT,
            "format_version": RECORD_FORMAT_VERSION,
            "created_at": self.created_at,
            "screener": self.screener,
            "case_ref": self.case_ref,
            "version": self.version,
            "title": self.title,
            "organisation": self.organisation,
            "original_pack": self.original_pack.to_json(),
            "stage": self.stage.value,
            "outcome": self.outcome.to_json(),
            "checklist": [c.to_json() for c in self.checklist],
            "annotations": [a.to_json() for a in self.annotations],
            "triage": [t.to_json() for t in self.triage],
            "history": [h.to_json() for h in self.history],
            "history_head": self.history_head,
        }

    @classmethod
    def from_json(cls, raw: Any) -> ScreeningRecord:
        """Read a decoded ``record.json``; ``RecordFormatError`` names the first thing that does not fit."""
        if not isinstance(raw, Mapping) or raw.get("format") != RECORD_FORMAT:
            raise RecordFormatError("not a screening record")
        if raw.get("format_version") != RECORD_FORMAT_VERSION:
            raise RecordFormatError(f"format_version: {str(raw.get('format_version'))[:20]} is not supported")
        return cls(
            created_at=_field(raw, "created_at", str), screener=_field(raw, "screener", str),
            case_ref=_field(raw, "case_ref", str), version=_field(raw, "version", int),
            title=_field(raw, "title", str), organisation=_field(raw, "organisation", str),
            original_pack=OriginalPackRef.from_json(_field(raw, "original_pack", Mapping)),
            stage=_enum(Stage, _field(raw, "stage", str), "stage"),
            outcome=RecordedOutcome.from_json(_field(raw, "outcome", Mapping)),
            checklist=tuple(ChecklistLine.from_json(c) for c in _items(raw, "checklist")),
            annotations=tuple(AnnotationLine.from_json(a) for a in _items(raw, "annotations")),
            triage=tuple(TriageLine.from_json(t) for t in _items(raw, "triage")),
            history=tuple(HistoryLine.from_json(h) for h in _items(raw, "history")),
            history_head=_field(raw, "history_head", str, optional=True))


def build_record(received: ReceivedCase, qs: QuestionSet, screener: str, created_at: datetime) -> ScreeningRecord:
    """The record of the pack's latest stage outcome; ``NothingToRecord`` if no outcome has been recorded yet."""
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
    checklist = []
    for item in items:
        answer = received.checklist.get(item.id)
        checklist.append(ChecklistLine(item.id, item.title, item.clause, answer.answer if answer else None,
                                       answer.note if answer else "", answer.author if answer else None,
                                       _at(answer.at) if answer else None))
    return ScreeningRecord(
        created_at=_at(created_at), screener=screener, case_ref=row.case_ref, version=row.version, title=row.title,
        organisation=row.organisation,
        original_pack=OriginalPackRef(row.sha256, original_pack_file_name(row.sha256), row.signer_name,
                                      row.signer_fingerprint, row.signer_confirmed),
        stage=row.stage,
        outcome=RecordedOutcome(Outcome(outcome["move"]["outcome"]), Stage(outcome["from"]), Stage(outcome["to"]),
                                dict(outcome["move"]), outcome["actor"], outcome["at"]),
        checklist=tuple(checklist),
        annotations=tuple(AnnotationLine(sid, titles.get(sid, sid), a.status, a.comment, a.author, _at(a.at))
                          for sid in order if (a := received.annotations.get(sid)) is not None),
        triage=tuple(TriageLine(t.service, t.risks, t.benefits, t.recommendation, tuple(t.precedents), t.assessor,
                                _at(t.at)) for t in received.triage),
        history=tuple(HistoryLine(e.seq, e.kind, e.actor, _at(e.at), describe(e, names), e.hash)
                      for e in received.history),
        history_head=received.history[-1].hash if received.history else None)


def summary_lines(record: ScreeningRecord) -> list[RecordLine]:
    """The record's headline facts in words, in the order the PDF shows them."""
    outcome = record.outcome
    pack = record.original_pack
    return [
        RecordLine(_("Case"), _("{ref}, version {version}: {title}").format(
            ref=record.case_ref, version=record.version, title=record.title)),
        RecordLine(_("Organisation"), record.organisation),
        RecordLine(_("Outcome"), OUTCOME_LABELS[outcome.outcome]),
        RecordLine(_("Stage"), _("moved from {before} to {after}").format(
            before=STAGE_LABELS[outcome.from_stage], after=STAGE_LABELS[outcome.to_stage])),
        RecordLine(_("Recorded by"), f"{outcome.recorded_by}, {human_time(outcome.recorded_at)}"),
        RecordLine(_("Original pack SHA-256"), pack.sha256),
        RecordLine(_("Requester's signer"), pack.signer_name),
        RecordLine(_("Signer fingerprint (SHA-256)"), pack.signer_fingerprint),
        RecordLine(_("Signer confirmed by ONS"), _("Yes") if pack.signer_confirmed else _("No")),
        RecordLine(_("Record made by"), f"{record.screener}, {human_time(record.created_at)}"),
    ]


def checklist_rows(record: ScreeningRecord) -> list[tuple[str, str, str]]:
    """(check, answer, note and who) for each applicable checklist item."""
    rows = []
    for c in record.checklist:
        answer = CHECK_ANSWER_LABELS[c.answer] if c.answer else _("Not answered")
        who = f" ({c.by}, {human_time(c.at)})" if c.by and c.at else ""
        rows.append((c.title, answer, c.note + who))
    return rows


def annotation_rows(record: ScreeningRecord) -> list[tuple[str, str, str]]:
    return [(a.title, SECTION_STATUS_LABELS[a.status], f"{a.comment} ({a.by}, {human_time(a.at)})")
            for a in record.annotations]


def triage_rows(record: ScreeningRecord) -> list[tuple[str, str, str]]:
    rows = []
    for t in record.triage:
        text = _("Risks: {risks}. Benefits: {benefits}.").format(risks=t.risks, benefits=t.benefits)
        if t.precedents:
            text += " " + _("Precedents: {refs}.").format(refs=", ".join(t.precedents))
        rows.append((TRIAGE_SERVICE_LABELS[t.service], TRIAGE_RECOMMENDATION_LABELS[t.recommendation],
                     f"{text} ({t.by}, {human_time(t.at)})"))
    return rows


def history_rows(record: ScreeningRecord) -> list[tuple[str, str, str]]:
    """(when, who, what) for each event of the case's history, times as people read them."""
    return [(human_time(h.at), h.actor, h.what) for h in record.history]

