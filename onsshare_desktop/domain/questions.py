"""The question set: sections and questions loaded from ``resources/forms/<form-id>/<version>.json``.

The file format is documented in ``docs/question-set-format.md``. Everything that depends on the questions
(wizard pages, validation, JSON Schema, PDF pack) reads these dataclasses, never the JSON directly.

A question set is loaded in a language: English from ``<version>.json``; another language (Welsh) from the same file
with the texts of the overlay ``<version>.<lang>.json`` laid over it (``domain.question_overlay``). Ids, types,
rules, conditions and choice values are the same in every language, so answers and the case schema are too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from onsshare_desktop.domain.conditions import Condition, referenced_questions
from onsshare_desktop.domain.errors import FormDefinitionError
from onsshare_desktop.domain.question_overlay import apply_overlay
from onsshare_desktop.i18n import ENGLISH, LANGUAGES, current_language

DEFAULT_FORM_ID = "ons-data-share-request"
DEFAULT_FORM_VERSION = "1.0"

QUESTION_TYPES = frozenset(
    {"text", "textarea", "email", "phone", "date", "integer", "yes_no", "choice", "multichoice", "confirm",
     "repeating", "attachments"}
)
TEXT_TYPES = frozenset({"text", "textarea", "email", "phone"})

# Roles: which question plays which part, named in the question set's "roles" (so no layer spells out ids).
ROLE_TITLE = "title"
ROLE_ORGANISATION = "organisation"
ROLE_ORGANISATION_TYPE = "organisation_type"
ROLE_CONTACT_NAME = "contact_name"
ROLE_CONTACT_EMAIL = "contact_email"
ROLE_DATASETS = "datasets"
ROLE_DATASET_NAME = "dataset_name"  # a field of the datasets question
ROLE_PURPOSE = "purpose"
ROLE_PURPOSE_DESCRIPTION = "purpose_description"
ROLE_LEGAL_GATEWAY = "legal_gateway"
ROLE_PUBLIC_BENEFIT = "public_benefit"
ROLE_RETENTION = "retention"
ROLE_DPIA_STATUS = "dpia_status"
ROLE_DECLARATION_SECTION = "declaration_section"  # a section id
REQUIRED_ROLES = frozenset({ROLE_TITLE, ROLE_ORGANISATION})


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class Question:
    """One question (or one field of a repeating question)."""

    id: str
    label: str
    help: str
    policy_ref: str
    type: str
    required: bool = False
    max_length: int | None = None
    placeholder: str = ""
    choices: tuple[Choice, ...] = ()
    fields: tuple["Question", ...] = ()
    min_items: int = 0
    visible_if: Condition | None = field(default=None, hash=False, compare=False)

    def choice_label(self, value: str) -> str:
        """The label shown for a stored choice value (the value itself if unknown)."""
        return next((c.label for c in self.choices if c.value == value), value)


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    intro: str
    questions: tuple[Question, ...]
    visible_if: Condition | None = field(default=None, hash=False, compare=False)


@dataclass(frozen=True)
class Clause:
    """A passage of the policy that questions cite."""

    id: str
    heading: str
    quote: str


@dataclass(frozen=True)
class Precondition:
    """One of the four policy-statement preconditions and the questions whose answers address it."""

    id: str
    clause: str
    title: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class QuestionSet:
    """A form's sections and questions, with the policy clauses they cite, in one language (``language``)."""

    form_id: str
    version: str
    title: str
    policy_document: str
    clauses: tuple[Clause, ...]
    preconditions: tuple[Precondition, ...]
    sections: tuple[Section, ...]
    roles: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    language: str = ENGLISH

    def in_language(self, language: str | None = None) -> QuestionSet:
        """This form and version with its texts in ``language`` (None: the current language, see
        ``i18n.current_language``); itself if already in that language."""
        language = language or current_language()
        if language == self.language:
            return self
        return load_question_set(self.form_id, self.version, language)

    def role(self, name: str) -> str | None:
        """The id of the question (or section) that plays the role ``name`` (``ROLE_*``), if this set has one."""
        return self.roles.get(name)

    def answer_for(self, role: str, answers: Mapping[str, Any]) -> Any:
        """The answer to the question playing ``role`` (None when there is no such question or no answer)."""
        question_id = self.roles.get(role)
        return answers.get(question_id) if question_id else None

    def text_for(self, role: str, answers: Mapping[str, Any]) -> str:
        """The answer to the question playing ``role`` as stripped text ("" when unanswered)."""
        return str(self.answer_for(role, answers) or "").strip()

    def questions(self) -> Iterator[Question]:
        """Top-level questions in form order (fields of repeating questions are not included)."""
        for section in self.sections:
            yield from section.questions

    def question(self, question_id: str) -> Question:
        """The top-level question with this id; ``KeyError`` if none."""
        return self._by_id()[question_id]

    def section(self, section_id: str) -> Section:
        return next(s for s in self.sections if s.id == section_id)

    def clause(self, clause_id: str) -> Clause:
        return next(c for c in self.clauses if c.id == clause_id)

    def _by_id(self) -> dict[str, Question]:
        cache: dict[str, Question] | None = self.__dict__.get("_index")
        if cache is None:
            cache = {q.id: q for q in self.questions()}
            object.__setattr__(self, "_index", cache)
        return cache


def _question(raw: Mapping[str, Any], where: str) -> Question:
    try:
        qtype = raw["type"]
        if qtype not in QUESTION_TYPES:
            raise FormDefinitionError(f"{where}: unknown type {qtype!r}")
        return Question(
            id=raw["id"],
            label=raw["label"],
            help=raw["help"],
            policy_ref=raw["policy_ref"],
            type=qtype,
            required=bool(raw.get("required", False)),
            max_length=raw.get("max_length"),
            placeholder=raw.get("placeholder", ""),
            choices=tuple(Choice(c["value"], c["label"]) for c in raw.get("choices", ())),
            fields=tuple(_question(f, f"{where}.{f.get('id')}") for f in raw.get("fields", ())),
            min_items=int(raw.get("min_items", 0)),
            visible_if=raw.get("visible_if"),
        )
    except KeyError as missing:
        raise FormDefinitionError(f"{where}: missing {missing}") from None


def parse_question_set(raw: Mapping[str, Any]) -> QuestionSet:
    """Build a ``QuestionSet`` from the decoded JSON, checking its internal consistency."""
    try:
        qs = QuestionSet(
            form_id=raw["form_id"],
            version=raw["version"],
            title=raw["title"],
            policy_document=raw["policy"]["document"],
            clauses=tuple(Clause(c["id"], c["heading"], c["quote"]) for c in raw["policy"]["clauses"]),
            preconditions=tuple(
                Precondition(p["id"], p["clause"], p["title"], tuple(p["questions"])) for p in raw["preconditions"]
            ),
            sections=tuple(
                Section(
                    id=s["id"],
                    title=s["title"],
                    intro=s.get("intro", ""),
                    questions=tuple(_question(q, f"{s['id']}.{q.get('id')}") for q in s["questions"]),
                    visible_if=s.get("visible_if"),
                )
                for s in raw["sections"]
            ),
            roles=dict(raw.get("roles", {})),
        )
    except KeyError as missing:
        raise FormDefinitionError(f"question set: missing {missing}") from None
    check_question_set(qs)
    return qs


def check_question_set(qs: QuestionSet) -> None:
    """Raise ``FormDefinitionError`` on duplicate ids, unknown clause references or forward conditions."""
    clause_ids = {c.id for c in qs.clauses}
    all_ids: set[str] = set()
    earlier: set[str] = set()  # top-level questions a condition may refer to
    for section in qs.sections:
        for ref in referenced_questions(section.visible_if):
            if ref not in earlier:
                raise FormDefinitionError(f"section {section.id}: condition refers to {ref!r}, not an earlier question")
        for question in section.questions:
            for ref in referenced_questions(question.visible_if):
                if ref not in earlier:
                    raise FormDefinitionError(f"{question.id}: condition refers to {ref!r}, not an earlier question")
            for q in (question, *question.fields):
                if q.id in all_ids:
                    raise FormDefinitionError(f"duplicate question id {q.id!r}")
                if q.policy_ref not in clause_ids:
                    raise FormDefinitionError(f"{q.id}: unknown policy clause {q.policy_ref!r}")
                if q.type in ("choice", "multichoice") and not q.choices:
                    raise FormDefinitionError(f"{q.id}: a {q.type} question needs choices")
                all_ids.add(q.id)
            earlier.add(question.id)
    top_level = {q.id for q in qs.questions()}
    section_ids = {s.id for s in qs.sections}
    for role, target in qs.roles.items():
        known = section_ids if role.endswith("_section") else all_ids
        if not isinstance(target, str) or target not in known:
            raise FormDefinitionError(f"role {role!r}: unknown {'section' if role.endswith('_section') else 'question'}"
                                      f" {target!r}")
    missing_roles = REQUIRED_ROLES - set(qs.roles)
    if missing_roles:
        raise FormDefinitionError(f"the question set names no question for the roles {sorted(missing_roles)}")
    for pre in qs.preconditions:
        if pre.clause not in clause_ids:
            raise FormDefinitionError(f"precondition {pre.id}: unknown clause {pre.clause!r}")
        for ref in pre.questions:
            if ref not in top_level:
                raise FormDefinitionError(f"precondition {pre.id}: unknown question {ref!r}")


def forms_dir() -> Path:
    from onsshare_desktop.resources import resource_path

    return resource_path("forms")


_VERSION = re.compile(r"[0-9]{1,4}(\.[0-9]{1,4}){0,3}")  # "1.0"; never "1.0.cy" (an overlay, not a version)


def load_question_set(form_id: str = DEFAULT_FORM_ID, version: str = DEFAULT_FORM_VERSION,
                      language: str | None = None) -> QuestionSet:
    """The shipped question set ``form_id`` at ``version``, its texts in ``language``.

    Args:
        form_id: the form's id (a folder of ``resources/forms``).
        version: the form's version (``"1.0"``).
        language: ``"en"``, ``"cy"``, ...; None means the current language (``i18n.current_language()``: the app's,
            or the one a ``use_language`` block chose on this thread).

    Returns:
        The question set, loaded once per form, version and language. A language without an overlay file, and any
        text the overlay lacks, falls back to English.

    Raises:
        KeyError: no such form or version ships with the app.
    """
    return _load(form_id, version, language or current_language())


@lru_cache(maxsize=16)
def _load(form_id: str, version: str, language: str) -> QuestionSet:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    raw = read_question_set(form_id, version)
    overlay = read_overlay(form_id, version, language)
    if overlay is None:
        return parse_question_set(raw)
    return replace(parse_question_set(apply_overlay(raw, overlay)), language=language)


def read_question_set(form_id: str, version: str) -> dict[str, Any]:
    """The decoded English ``<version>.json`` of ``form_id``; ``KeyError`` if not shipped."""
    path = forms_dir() / form_id / f"{version}.json"
    if not _VERSION.fullmatch(version) or not path.is_file():
        raise KeyError(f"{form_id} {version}")
    with path.open(encoding="utf-8") as fh:
        raw: dict[str, Any] = json.load(fh)
        return raw


def overlay_path(form_id: str, version: str, language: str) -> Path:
    """Where the texts of ``form_id`` ``version`` in ``language`` are kept (``1.0.cy.json``)."""
    return forms_dir() / form_id / f"{version}.{language}.json"


def read_overlay(form_id: str, version: str, language: str) -> dict[str, Any] | None:
    """The decoded overlay of ``language`` (None for English, or if the language has none)."""
    if language == ENGLISH:
        return None
    path = overlay_path(form_id, version, language)
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as fh:
        overlay: dict[str, Any] = json.load(fh)
        return overlay


def available_versions(form_id: str = DEFAULT_FORM_ID) -> list[str]:
    """Versions of ``form_id`` that ship with the app (not the overlays that translate them)."""
    return sorted(p.stem for p in (forms_dir() / form_id).glob("*.json") if _VERSION.fullmatch(p.stem))
