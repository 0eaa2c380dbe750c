"""The case: one request to share data, as answers keyed by question id plus attachment references.

A ``Case`` is immutable; edits return a new one. ``case_ref`` is stable across versions of the same request;
``version`` counts the packs exported for it and ``previous_pack_sha256`` links a revision to the pack it answers.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from onsshare_desktop.domain.amendments import Response
from onsshare_desktop.domain.questions import ROLE_ORGANISATION, ROLE_TITLE, QuestionSet
from onsshare_desktop.i18n import Labels, N_

CASE_FORMAT = "onsshare-case"
CASE_FORMAT_VERSION = 1

ATTACHMENT_TYPES: Labels[str] = Labels({
    "dpia": N_("Data Protection Impact Assessment"),
    "ethics": N_("Ethical self-assessment"),
    "draft_dsa": N_("Draft Data Sharing Agreement"),
    "mou": N_("Memorandum of Understanding"),
    "security_certificate": N_("Security certificate"),
    "other": N_("Other"),
})


@dataclass(frozen=True)
class AttachmentRef:
    """An attached file, identified by content: the bytes live in the attachment store under ``sha256``."""

    file_name: str
    kind: str
    size: int
    sha256: str
    media_type: str = "application/octet-stream"

    def to_json(self) -> dict[str, Any]:
        return {"file_name": self.file_name, "type": self.kind, "size": self.size, "sha256": self.sha256,
                "media_type": self.media_type}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> "AttachmentRef":
        return cls(raw["file_name"], raw["type"], int(raw["size"]), raw["sha256"],
                   raw.get("media_type", "application/octet-stream"))


def new_case_ref(today: date | None = None) -> str:
    """A fresh, human-quotable case reference such as ``ONS-DSR-2026-7K3Q9P``."""
    alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I
    suffix = "".join(secrets.choice(alphabet) for _ in range(6))
    return f"ONS-DSR-{(today or date.today()).year}-{suffix}"


@dataclass(frozen=True)
class Case:
    form_id: str
    form_version: str
    case_ref: str
    version: int = 1
    previous_pack_sha256: str | None = None
    answers: Mapping[str, Any] = field(default_factory=dict)
    attachments: tuple[AttachmentRef, ...] = ()
    responses: Mapping[str, Response] = field(default_factory=dict)  # by request id, to the previous version

    @classmethod
    def new(cls, qs: QuestionSet) -> "Case":
        return cls(form_id=qs.form_id, form_version=qs.version, case_ref=new_case_ref())

    @property
    def question_set(self) -> QuestionSet:
        """The question set this case answers (loaded once per form version)."""
        from onsshare_desktop.domain.questions import load_question_set

        return load_question_set(self.form_id, self.form_version)

    @property
    def title(self) -> str:
        """The answer to the question set's title question."""
        return self.question_set.text_for(ROLE_TITLE, self.answers)

    @property
    def organisation(self) -> str:
        """The answer to the question set's organisation question."""
        return self.question_set.text_for(ROLE_ORGANISATION, self.answers)

    def with_role_answer(self, role: str, value: Any) -> "Case":
        """The case with the question playing ``role`` (``ROLE_*``) answered ``value``."""
        question_id = self.question_set.role(role)
        if question_id is None:
            raise KeyError(f"{self.form_id} {self.form_version} has no question for the role {role!r}")
        return self.with_answer(question_id, value)

    def with_answer(self, question_id: str, value: Any) -> "Case":
        answers = dict(self.answers)
        if value is None:
            answers.pop(question_id, None)
        else:
            answers[question_id] = value
        return replace(self, answers=answers)

    def with_attachments(self, attachments: tuple[AttachmentRef, ...]) -> "Case":
        return replace(self, attachments=tuple(attachments))

    def with_response(self, response: Response) -> "Case":
        """The case carrying ``response`` (replacing an earlier response to the same request)."""
        return replace(self, responses={**self.responses, response.request_id: response})

    def without_response(self, request_id: str) -> "Case":
        """The case with no response to ``request_id``."""
        return replace(self, responses={k: v for k, v in self.responses.items() if k != request_id})

    def after_export(self, pack_sha256: str) -> "Case":
        """The draft's next revision: the following pack will be ``version + 1``, linked to this pack's hash.

        Responses belong to the version that carried them, so the next revision starts with none.
        """
        return replace(self, version=self.version + 1, previous_pack_sha256=pack_sha256, responses={})

    def copy_as_new(self) -> "Case":
        """The same answers under a fresh reference, version 1 and without a predecessor."""
        return replace(self, case_ref=new_case_ref(), version=1, previous_pack_sha256=None,
                       answers=dict(self.answers), responses={})

    def to_json(self, qs: QuestionSet | None = None) -> dict[str, Any]:
        """The case as a JSON-ready dict; with ``qs``, answers to hidden questions are left out."""
        answers = dict(self.answers)
        if qs is not None:
            from onsshare_desktop.domain.flow import visible_answers

            answers = visible_answers(qs, answers)
        result: dict[str, Any] = {
            "format": CASE_FORMAT,
            "format_version": CASE_FORMAT_VERSION,
            "form": {"id": self.form_id, "version": self.form_version},
            "case_ref": self.case_ref,
            "version": self.version,
            "previous_pack_sha256": self.previous_pack_sha256,
            "answers": answers,
            "attachments": [a.to_json() for a in self.attachments],
        }
        if self.responses:  # only a version answering a return note has them; earlier files stay byte-identical
            result["responses"] = {rid: r.to_json() for rid, r in self.responses.items()}
        return result

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> "Case":
        """Build a case from a dict already checked against the case schema (see ``case_io``)."""
        return cls(
            form_id=raw["form"]["id"],
            form_version=raw["form"]["version"],
            case_ref=raw["case_ref"],
            version=int(raw.get("version", 1)),
            previous_pack_sha256=raw.get("previous_pack_sha256"),
            answers=dict(raw.get("answers", {})),
            attachments=tuple(AttachmentRef.from_json(a) for a in raw.get("attachments", ())),
            responses={rid: Response.from_json(rid, r) for rid, r in raw.get("responses", {}).items()},
        )
