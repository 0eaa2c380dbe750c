"""Answers as a person reads them: choice labels instead of stored values, Yes/No, "Not answered"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.conditions import is_answered
from onsshare_desktop.domain.flow import visible_questions, visible_sections
from onsshare_desktop.domain.questions import Question, QuestionSet, Section
from onsshare_desktop.i18n import _


def not_answered() -> str:
    return _("Not answered")


def format_value(question: Question, value: Any) -> str:
    """One answer as text (a repeating question's entries are formatted by the caller, field by field)."""
    if not is_answered(value):
        return not_answered()
    t = question.type
    if t == "yes_no":
        return _("Yes") if value is True else _("No")
    if t == "confirm":
        return _("Confirmed") if value is True else _("Not confirmed")
    if t == "choice":
        return question.choice_label(str(value))
    if t == "multichoice" and isinstance(value, list):
        return "; ".join(question.choice_label(str(v)) for v in value)
    if t == "integer" and isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


@dataclass(frozen=True)
class EntryField:
    label: str
    text: str
    answered: bool


@dataclass(frozen=True)
class AnswerView:
    """A question and its answer ready to print: ``text`` for plain answers, ``entries`` for repeating ones."""

    question: Question
    text: str
    answered: bool
    entries: tuple[tuple[EntryField, ...], ...] = ()


def answer_view(question: Question, value: Any) -> AnswerView:
    if question.type == "repeating":
        items = value if isinstance(value, list) else []
        entries = tuple(
            tuple(EntryField(f.label, format_value(f, item.get(f.id)), is_answered(item.get(f.id)))
                  for f in question.fields)
            for item in items if isinstance(item, dict))
        return AnswerView(question, "" if entries else not_answered(), bool(entries), entries)
    return AnswerView(question, format_value(question, value), is_answered(value))


def section_answers(qs: QuestionSet, case: Case, section: Section) -> list[AnswerView]:
    """The questions of ``section`` that apply to ``case`` (attachments questions excluded), with answers."""
    return [answer_view(q, case.answers.get(q.id)) for q in visible_questions(section, case.answers)
            if q.type != "attachments"]


def applicable_sections(qs: QuestionSet, case: Case) -> list[Section]:
    return visible_sections(qs, case.answers)
