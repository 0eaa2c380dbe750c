"""Amendment requests: what a screener asks the requester to add or change, and the requester's responses.

A request concerns one question, one section or the case in general. It is open until the requester's response
arrives in the next version (then answered) or the screener withdraws it. The requester's responses travel in
``case.json`` (``responses``, keyed by request id), each with the request it answers, so the next version's pages
can show both side by side.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.questions import QuestionSet
from onsshare_desktop.i18n import Labels, N_, _

MAX_REQUEST_CHARS = 5_000
MAX_RESPONSE_CHARS = 20_000
REQUEST_ID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_REQUEST_ID_RE = re.compile(REQUEST_ID_PATTERN)


class RequestStatus(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    WITHDRAWN = "withdrawn"


REQUEST_STATUS_LABELS: Labels[RequestStatus] = Labels({
    RequestStatus.OPEN: N_("Open"),
    RequestStatus.ANSWERED: N_("Answered"),
    RequestStatus.WITHDRAWN: N_("Withdrawn"),
})


class TargetKind(StrEnum):
    QUESTION = "question"
    SECTION = "section"
    GENERAL = "general"


@dataclass(frozen=True)
class RequestTarget:
    """What a request is about: a question id, a section id, or the case in general (``target_id`` None)."""

    kind: TargetKind
    target_id: str | None = None

    @classmethod
    def general(cls) -> "RequestTarget":
        return cls(TargetKind.GENERAL, None)

    def section_id(self, qs: QuestionSet) -> str | None:
        """The section the request belongs to (None for a general request)."""
        if self.kind is TargetKind.SECTION:
            return self.target_id
        if self.kind is TargetKind.QUESTION and self.target_id is not None:
            return next((s.id for s in qs.sections if any(q.id == self.target_id for q in s.questions)), None)
        return None

    def label(self, qs: QuestionSet) -> str:
        """The question's label, the section's title, or "General"."""
        if self.kind is TargetKind.QUESTION and self.target_id is not None:
            return qs.question(self.target_id).label
        if self.kind is TargetKind.SECTION and self.target_id is not None:
            return qs.section(self.target_id).title
        return _("General")


def resolve_target(qs: QuestionSet, target: str) -> RequestTarget:
    """A target from what a person types: a question id, a section id, or ``general``.

    Raises:
        UserError: no question or section has that id.
    """
    target = target.strip()
    if target.lower() == TargetKind.GENERAL.value:
        return RequestTarget.general()
    if any(q.id == target for q in qs.questions()):
        return RequestTarget(TargetKind.QUESTION, target)
    if any(s.id == target for s in qs.sections):
        return RequestTarget(TargetKind.SECTION, target)
    raise UserError(_("no question or section has the id “{id}”; use a question id, a section id or general")
                    .format(id=target[:80]))


@dataclass(frozen=True)
class AmendmentRequest:
    """One request for more information on a received pack (identified by its SHA-256)."""

    request_id: str
    case_ref: str
    pack_sha256: str
    target: RequestTarget
    text: str
    author: str
    at: datetime
    status: RequestStatus = RequestStatus.OPEN
    response: str | None = None
    answered_in_sha256: str | None = None  # the pack that carried the response

    @property
    def is_open(self) -> bool:
        return self.status is RequestStatus.OPEN

    def answered(self, response: str, pack_sha256: str) -> "AmendmentRequest":
        """The request with the requester's response, as carried by the pack ``pack_sha256``."""
        return replace(self, status=RequestStatus.ANSWERED, response=response, answered_in_sha256=pack_sha256)

    def withdrawn(self) -> "AmendmentRequest":
        """The request withdrawn by the screener.

        Raises:
            UserError: it was already answered (an answer cannot be unasked).
        """
        if self.status is RequestStatus.ANSWERED:
            raise UserError(_("this request has been answered; it cannot be withdrawn"))
        return replace(self, status=RequestStatus.WITHDRAWN)


def _clean_text(text: str, limit: int, what: str) -> str:
    from onsshare_desktop.domain.control_chars import control_message

    cleaned = text.strip()
    if not cleaned:
        raise UserError(_("the {what} is empty").format(what=what))
    control = control_message(cleaned)
    if control is not None:  # a signed return note or pack carrying it would be refused
        raise UserError(_("the {what} {problem}").format(what=what, problem=control))
    if len(cleaned) > limit:
        raise UserError(_("the {what} is {n} characters; at most {limit} are allowed").format(
            what=what, n=len(cleaned), limit=limit))
    return cleaned


def new_request(case_ref: str, pack_sha256: str, target: RequestTarget, text: str, author: str,
                at: datetime) -> AmendmentRequest:
    """A new open request.

    Raises:
        UserError: the text is empty or too long.
    """
    return AmendmentRequest(str(uuid.uuid4()), case_ref, pack_sha256, target,
                            _clean_text(text, MAX_REQUEST_CHARS, _("request")), author, at)


def request_from_annotation(case_ref: str, pack_sha256: str, section_id: str, comment: str, author: str,
                            at: datetime) -> AmendmentRequest:
    """A request made from a section annotation's comment (the general comment becomes a general request)."""
    from onsshare_desktop.domain.screening.annotations import GENERAL

    target = RequestTarget.general() if section_id == GENERAL else RequestTarget(TargetKind.SECTION, section_id)
    return new_request(case_ref, pack_sha256, target, comment, author, at)


def counts(requests: Iterable[AmendmentRequest]) -> dict[RequestStatus, int]:
    """How many requests are open, answered and withdrawn."""
    result = {status: 0 for status in RequestStatus}
    for request in requests:
        result[request.status] += 1
    return result


def is_request_id(value: Any) -> bool:
    return isinstance(value, str) and _REQUEST_ID_RE.fullmatch(value) is not None


@dataclass(frozen=True)
class Response:
    """The requester's response to one request, as carried in ``case.json``."""

    request_id: str
    target: RequestTarget
    request: str  # the request's text, as the return note gave it
    response: str

    def to_json(self) -> dict[str, Any]:
        return {"target": {"kind": self.target.kind.value, "id": self.target.target_id},
                "request": self.request, "response": self.response}

    @classmethod
    def from_json(cls, request_id: str, raw: Mapping[str, Any]) -> "Response":
        target = raw["target"]
        return cls(request_id, RequestTarget(TargetKind(target["kind"]), target.get("id")), raw["request"],
                   raw["response"])


def make_response(request_id: str, target: RequestTarget, request: str, text: str) -> Response:
    """The requester's response.

    Raises:
        UserError: the response is empty or too long.
    """
    return Response(request_id, target, request, _clean_text(text, MAX_RESPONSE_CHARS, _("response")))


def responses_schema() -> dict[str, Any]:
    """The JSON Schema of ``responses`` in a case file."""
    return {
        "type": "object", "maxProperties": 500,
        "propertyNames": {"pattern": REQUEST_ID_PATTERN},
        "additionalProperties": {
            "type": "object", "required": ["target", "request", "response"], "additionalProperties": False,
            "properties": {
                "target": {"type": "object", "required": ["kind", "id"], "additionalProperties": False,
                           "properties": {"kind": {"enum": [k.value for k in TargetKind]},
                                          "id": {"type": ["string", "null"], "maxLength": 80}}},
                "request": {"type": "string", "minLength": 1, "maxLength": MAX_REQUEST_CHARS},
                "response": {"type": "string", "minLength": 1, "maxLength": MAX_RESPONSE_CHARS},
            },
        },
    }


# -- persisted as events in the case's history -------------------------------------------------------------------

REQUEST_ADDED = "amendment_request"
REQUEST_WITHDRAWN = "amendment_withdrawn"
REQUEST_ANSWERED = "amendment_answered"
REQUEST_EVENTS = (REQUEST_ADDED, REQUEST_WITHDRAWN, REQUEST_ANSWERED)


def request_payload(request: AmendmentRequest) -> dict[str, Any]:
    """The event payload recording a new request."""
    return {"request_id": request.request_id, "sha256": request.pack_sha256,
            "target": {"kind": request.target.kind.value, "id": request.target.target_id}, "text": request.text}


def fold_requests(case_ref: str, events: Iterable[tuple[str, str, datetime, Mapping[str, Any]]]
                  ) -> list[AmendmentRequest]:
    """The requests of a case from its history events ``(kind, actor, at, payload)``, oldest first."""
    requests: dict[str, AmendmentRequest] = {}
    for kind, actor, at, payload in events:
        request_id = str(payload.get("request_id"))
        if kind == REQUEST_ADDED:
            target = payload["target"]
            requests[request_id] = AmendmentRequest(
                request_id, case_ref, payload["sha256"], RequestTarget(TargetKind(target["kind"]), target["id"]),
                payload["text"], actor, at)
        elif kind == REQUEST_WITHDRAWN and request_id in requests:
            requests[request_id] = replace(requests[request_id], status=RequestStatus.WITHDRAWN)
        elif kind == REQUEST_ANSWERED and request_id in requests:
            requests[request_id] = requests[request_id].answered(str(payload["response"]), str(payload["sha256"]))
    return list(requests.values())
