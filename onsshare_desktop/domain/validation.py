"""Per-field validation and completeness, with messages a person understands.

Validation never blocks saving or moving between pages; only the declaration step refuses to go on while
``validate_case`` returns problems.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from onsshare_desktop.domain.conditions import is_answered
from onsshare_desktop.domain.control_chars import control_message
from onsshare_desktop.domain.flow import visible_questions, visible_sections
from onsshare_desktop.domain.questions import TEXT_TYPES, Question, QuestionSet
from onsshare_desktop.i18n import _

ENTRY_PATH_RE = re.compile(r"^(\w+)\[(\d+)\]\.(\w+)$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^\+?[0-9 ()\-]{6,40}$")


@dataclass(frozen=True)
class FieldProblem:
    """A problem with one answer: the section and question it belongs to, the field path, and what is wrong."""

    section_id: str
    question_id: str
    path: str  # "org_name", or "datasets[1].dataset_name" inside a repeating question
    message: str


def _check_value(question: Question, value: Any) -> list[str]:
    """Messages for an answered ``value`` that is not acceptable for ``question`` (format, length, type)."""
    t = question.type
    if t in TEXT_TYPES or t == "date":
        if not isinstance(value, str):
            return [_("Expected text.")]
        if question.max_length is not None and len(value) > question.max_length:
            return [_("Too long: {n} characters, the limit is {limit}.").format(n=len(value),
                                                                             limit=question.max_length)]
        control = control_message(value)
        if control is not None:
            return [_("This answer {problem}.").format(problem=control)]
        text = value.strip()
        if t == "email" and not EMAIL_RE.match(text):
            return [_("This does not look like an e-mail address (name@example.org).")]
        if t == "phone" and not PHONE_RE.match(text):
            return [_("Use digits, spaces and + ( ) - only, at least 6 characters.")]
        if t == "date":
            try:
                date.fromisoformat(text)
            except ValueError:
                return [_("Give a date as YYYY-MM-DD.")]
        return []
    if t == "integer":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            return [_("Give a whole number, 0 or more.")]
        return []
    if t in ("yes_no", "confirm"):
        return [] if isinstance(value, bool) else [_("Answer yes or no.")]
    if t == "choice":
        if value not in {c.value for c in question.choices}:
            return [_("Choose one of the options.")]
        return []
    if t == "multichoice":
        allowed = {c.value for c in question.choices}
        if not isinstance(value, list) or any(v not in allowed for v in value):
            return [_("Choose from the options given.")]
        return []
    return []


def _missing(question: Question, value: Any) -> str | None:
    """The message for a required question left unanswered, else ``None``."""
    if not question.required:
        return None
    if question.type == "confirm":
        return None if value is True else _("Tick to confirm; this is required.")
    if question.type == "repeating":
        needed = max(question.min_items, 1)
        count = len(value) if isinstance(value, list) else 0
        if count < needed:
            return _("Add at least {n}.").format(n=needed)
        return None
    return None if is_answered(value) else _("Required.")


def validate_question(question: Question, value: Any, path: str | None = None) -> list[tuple[str, str]]:
    """Problems with one answer as ``(path, message)`` pairs; an empty list when it is fine."""
    path = path or question.id
    missing = _missing(question, value)
    if missing:
        return [(path, missing)]
    if not is_answered(value) or question.type == "attachments":
        return []
    if question.type == "repeating":
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            return [(path, _("Expected a list of entries."))]
        found: list[tuple[str, str]] = []
        for index, item in enumerate(value):
            for sub in question.fields:
                found += validate_question(sub, item.get(sub.id), f"{path}[{index}].{sub.id}")
        return found
    return [(path, message) for message in _check_value(question, value)]


def validate_answers(qs: QuestionSet, answers: Mapping[str, Any]) -> list[FieldProblem]:
    """Every problem with the answers to questions that currently apply, in form order."""
    problems: list[FieldProblem] = []
    for section in visible_sections(qs, answers):
        for question in visible_questions(section, answers):
            for path, message in validate_question(question, answers.get(question.id)):
                problems.append(FieldProblem(section.id, question.id, path, message))
    return problems


def _percent_answered(questions: list[Question], answers: Mapping[str, Any]) -> int:
    """Percentage (0–100) of the required ones among ``questions`` answered acceptably (100 when none is)."""
    required = [q for q in questions if q.required]
    if not required:
        return 100
    done = sum(1 for q in required if not validate_question(q, answers.get(q.id)))
    return round(100 * done / len(required))


def completeness(qs: QuestionSet, answers: Mapping[str, Any]) -> int:
    """Percentage (0–100) of applicable required questions answered acceptably."""
    return _percent_answered([q for s in visible_sections(qs, answers) for q in visible_questions(s, answers)],
                             answers)


def section_completeness(qs: QuestionSet, answers: Mapping[str, Any], section_id: str) -> int:
    """Completeness of one section, as ``completeness`` computes it for the whole form."""
    return _percent_answered(visible_questions(qs.section(section_id), answers), answers)


def field_label(qs: QuestionSet, path: str) -> str:
    """The words for a field path, for lists of problems.

    ``org_name`` gives the question's label; ``datasets[1].dataset_name`` gives
    ``Datasets requested, entry 2: Dataset name``.
    """
    match = ENTRY_PATH_RE.match(path)
    if not match:
        return qs.question(path).label
    question = qs.question(match.group(1))
    sub = next((f for f in question.fields if f.id == match.group(3)), None)
    return _("{question}, entry {n}: {field}").format(
        question=question.label, n=int(match.group(2)) + 1, field=sub.label if sub else match.group(3))
