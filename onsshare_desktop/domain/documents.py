"""The signed documents of the round trip, as data: return notes, decision letters and benefits reports.

Each is a JSON file embedded in a signed PDF (``return.json``, ``decision.json``, ``benefits.json``) beside a
manifest of the same kind. ``parse_document`` reads one from untrusted bytes: strict JSON, checked against the
kind's JSON Schema, every problem named. Building them is the services' job; this module only says what they hold.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from onsshare_desktop.domain.amendments import (
    MAX_REQUEST_CHARS, REQUEST_ID_PATTERN, RequestTarget, TargetKind,
)
from onsshare_desktop.domain.errors import InvalidCaseError, Problem
from onsshare_desktop.i18n import Labels, N_, _

SHA256_PATTERN = "^[0-9a-f]{64}$"
CASE_REF_PATTERN = "^[A-Z0-9][A-Z0-9-]{2,63}$"
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
MAX_TEXT = 20_000
MAX_ITEMS = 500


class DocumentKind(StrEnum):
    """A manifest ``kind`` of the round trip's documents."""

    RETURN = "return"
    DECISION = "decision"
    BENEFITS = "benefits"


DOCUMENT_FILES: dict[DocumentKind, str] = {
    DocumentKind.RETURN: "return.json",
    DocumentKind.DECISION: "decision.json",
    DocumentKind.BENEFITS: "benefits.json",
}

DOCUMENT_LABELS: Labels[DocumentKind] = Labels({
    DocumentKind.RETURN: N_("return note"),
    DocumentKind.DECISION: N_("decision letter"),
    DocumentKind.BENEFITS: N_("benefits report"),
})

FORMATS: dict[DocumentKind, str] = {
    DocumentKind.RETURN: "onsshare-return-note",
    DocumentKind.DECISION: "onsshare-decision-letter",
    DocumentKind.BENEFITS: "onsshare-benefits-report",
}
FORMAT_VERSION = 1


class Decision(StrEnum):
    APPROVED = "approved"
    APPROVED_WITH_CONDITIONS = "approved_with_conditions"
    DECLINED = "declined"


DECISION_LABELS: Labels[Decision] = Labels({
    Decision.APPROVED: N_("Approved"),
    Decision.APPROVED_WITH_CONDITIONS: N_("Approved with conditions"),
    Decision.DECLINED: N_("Declined"),
})


@dataclass(frozen=True)
class ReturnedRequest:
    """One amendment request as the return note carries it, with the requester's answer as signed."""

    request_id: str
    target: RequestTarget
    label: str  # the question's label, the section's title, or "General"
    text: str
    author: str
    at: str
    answer: str | None  # the answer in the returned pack, as text (None for sections and general requests)

    def to_json(self) -> dict[str, Any]:
        return {"request_id": self.request_id, "target": {"kind": self.target.kind.value, "id": self.target.target_id},
                "label": self.label, "text": self.text, "author": self.author, "at": self.at, "answer": self.answer}


@dataclass(frozen=True)
class ReturnNote:
    """Returned for more information: the requests on the pack ``pack_sha256`` and the date to reply by."""

    case_ref: str
    version: int
    pack_sha256: str
    title: str
    screener: str
    created_at: str
    reply_by: str
    message: str
    requests: tuple[ReturnedRequest, ...]

    kind = DocumentKind.RETURN

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMATS[self.kind], "format_version": FORMAT_VERSION, "kind": self.kind.value,
                "case_ref": self.case_ref, "version": self.version, "pack_sha256": self.pack_sha256,
                "title": self.title, "screener": self.screener, "created_at": self.created_at,
                "reply_by": self.reply_by, "message": self.message,
                "requests": [r.to_json() for r in self.requests]}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> "ReturnNote":
        requests = tuple(ReturnedRequest(
            r["request_id"], RequestTarget(TargetKind(r["target"]["kind"]), r["target"]["id"]), r["label"],
            r["text"], r["author"], r["at"], r["answer"]) for r in raw["requests"])
        return cls(raw["case_ref"], raw["version"], raw["pack_sha256"], raw["title"], raw["screener"],
                   raw["created_at"], raw["reply_by"], raw["message"], requests)


@dataclass(frozen=True)
class DecisionLetter:
    """The decision on a case, who made it, its conditions and next steps, and the packs it rests on."""

    case_ref: str
    version: int
    pack_sha256: str  # the version decided on
    pack_hashes: tuple[str, ...]  # every version of the case, oldest first
    title: str
    decision: Decision
    national_statistician_exception: bool
    conditions: str
    decided_by: str  # the decision-maker's role, as words
    decider_name: str
    decided_on: str
    next_steps: str
    screener: str
    created_at: str

    kind = DocumentKind.DECISION

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMATS[self.kind], "format_version": FORMAT_VERSION, "kind": self.kind.value,
                "case_ref": self.case_ref, "version": self.version, "pack_sha256": self.pack_sha256,
                "pack_hashes": list(self.pack_hashes), "title": self.title, "decision": self.decision.value,
                "national_statistician_exception": self.national_statistician_exception,
                "conditions": self.conditions, "decided_by": self.decided_by, "decider_name": self.decider_name,
                "decided_on": self.decided_on, "next_steps": self.next_steps, "screener": self.screener,
                "created_at": self.created_at}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> "DecisionLetter":
        return cls(raw["case_ref"], raw["version"], raw["pack_sha256"], tuple(raw["pack_hashes"]), raw["title"],
                   Decision(raw["decision"]), raw["national_statistician_exception"], raw["conditions"],
                   raw["decided_by"], raw["decider_name"], raw["decided_on"], raw["next_steps"], raw["screener"],
                   raw["created_at"])

    @property
    def approved(self) -> bool:
        return self.decision is not Decision.DECLINED


@dataclass(frozen=True)
class Output:
    """A published output of an approved share."""

    title: str
    url: str
    published_on: str

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "url": self.url, "published_on": self.published_on}


@dataclass(frozen=True)
class BenefitsReport:
    """The public benefits an approved share realised, and links to its published outputs."""

    case_ref: str
    version: int
    pack_sha256: str  # the approved version
    title: str
    benefits: str
    outputs: tuple[Output, ...]
    author: str
    created_at: str

    kind = DocumentKind.BENEFITS

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMATS[self.kind], "format_version": FORMAT_VERSION, "kind": self.kind.value,
                "case_ref": self.case_ref, "version": self.version, "pack_sha256": self.pack_sha256,
                "title": self.title, "benefits": self.benefits, "outputs": [o.to_json() for o in self.outputs],
                "author": self.author, "created_at": self.created_at}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> "BenefitsReport":
        return cls(raw["case_ref"], raw["version"], raw["pack_sha256"], raw["title"], raw["benefits"],
                   tuple(Output(o["title"], o["url"], o["published_on"]) for o in raw["outputs"]), raw["author"],
                   raw["created_at"])


Document = ReturnNote | DecisionLetter | BenefitsReport
_CLASSES: dict[DocumentKind, Any] = {DocumentKind.RETURN: ReturnNote, DocumentKind.DECISION: DecisionLetter,
                                     DocumentKind.BENEFITS: BenefitsReport}


def _text(limit: int = MAX_TEXT, min_length: int = 0) -> dict[str, Any]:
    return {"type": "string", "maxLength": limit, "minLength": min_length}


def _common(kind: DocumentKind) -> dict[str, Any]:
    return {"format": {"const": FORMATS[kind]}, "format_version": {"const": FORMAT_VERSION},
            "kind": {"const": kind.value}, "case_ref": {"type": "string", "pattern": CASE_REF_PATTERN},
            "version": {"type": "integer", "minimum": 1, "maximum": 10_000},
            "pack_sha256": {"type": "string", "pattern": SHA256_PATTERN}, "title": _text(500),
            "created_at": _text(40, 1)}


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "required": list(properties), "additionalProperties": False,
            "properties": properties}


@functools.cache
def document_schema(kind: DocumentKind) -> dict[str, Any]:
    """The JSON Schema of one kind's JSON file."""
    date = {"type": "string", "pattern": DATE_PATTERN}
    if kind is DocumentKind.RETURN:
        request = _object({
            "request_id": {"type": "string", "pattern": REQUEST_ID_PATTERN},
            "target": _object({"kind": {"enum": [k.value for k in TargetKind]},
                               "id": {"type": ["string", "null"], "maxLength": 80}}),
            "label": _text(2_000), "text": _text(MAX_REQUEST_CHARS, 1), "author": _text(200),
            "at": _text(40), "answer": {"type": ["string", "null"], "maxLength": 200_000}})
        own = {"screener": _text(200), "reply_by": date, "message": _text(),
               "requests": {"type": "array", "minItems": 1, "maxItems": MAX_ITEMS, "items": request}}
    elif kind is DocumentKind.DECISION:
        own = {"pack_hashes": {"type": "array", "minItems": 1, "maxItems": MAX_ITEMS,
                               "items": {"type": "string", "pattern": SHA256_PATTERN}},
               "decision": {"enum": [d.value for d in Decision]},
               "national_statistician_exception": {"type": "boolean"}, "conditions": _text(),
               "decided_by": _text(200, 1), "decider_name": _text(200), "decided_on": date,
               "next_steps": _text(), "screener": _text(200)}
    else:
        output = _object({"title": _text(500, 1), "url": _text(2_000, 1), "published_on": date})
        own = {"benefits": _text(MAX_TEXT, 1), "author": _text(200),
               "outputs": {"type": "array", "maxItems": MAX_ITEMS, "items": output}}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **_object({**_common(kind), **own})}


def parse_document(kind: DocumentKind, data: bytes) -> Document:
    """Read ``data`` as a document of ``kind``.

    Raises:
        InvalidCaseError: not strict JSON, text carrying control characters (``ControlCharacterProblem``, one per
            text), or not a document of that kind (every problem listed).
    """
    from onsshare_desktop.domain.case_io import parse_json_strict, schema_problems
    from onsshare_desktop.domain.control_chars import control_problems

    raw = parse_json_strict(data)
    controls = control_problems(raw)
    if controls:
        raise InvalidCaseError(list(controls))
    if isinstance(raw, dict) and raw.get("kind") != kind.value and raw.get("kind") in set(DocumentKind):
        raise InvalidCaseError([Problem("$.kind", _("this is a {found}, not a {expected}").format(
            found=DOCUMENT_LABELS[DocumentKind(raw["kind"])], expected=DOCUMENT_LABELS[kind]))])
    problems = schema_problems(raw, document_schema(kind))
    if problems:
        raise InvalidCaseError(problems)
    document: Document = _CLASSES[kind].from_json(raw)
    return document


def dump_document(document: Document) -> bytes:
    import json

    return (json.dumps(document.to_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
