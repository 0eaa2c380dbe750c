"""Which sections and questions apply given the answers so far, and which page comes next.

The wizard asks this module, so the branching is data-driven and testable without a window.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from onsshare_desktop.domain.conditions import evaluate
from onsshare_desktop.domain.questions import Question, QuestionSet, Section


def section_visible(section: Section, answers: Mapping[str, Any]) -> bool:
    return evaluate(section.visible_if, answers)


def visible_sections(qs: QuestionSet, answers: Mapping[str, Any]) -> list[Section]:
    return [s for s in qs.sections if section_visible(s, answers)]


def visible_questions(section: Section, answers: Mapping[str, Any]) -> list[Question]:
    """Questions of ``section`` whose own condition holds (regardless of the section's condition)."""
    return [q for q in section.questions if evaluate(q.visible_if, answers)]


def visible_answers(qs: QuestionSet, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Only the answers to questions that currently apply, in form order (what goes into a pack)."""
    kept: dict[str, Any] = {}
    for section in visible_sections(qs, answers):
        for question in visible_questions(section, answers):
            if question.id in answers:
                kept[question.id] = answers[question.id]
    return kept


def next_section(qs: QuestionSet, answers: Mapping[str, Any], current_id: str | None) -> Section | None:
    """The section after ``current_id`` that applies (the first one for ``None``); ``None`` at the end."""
    ids = [s.id for s in qs.sections]
    start = 0 if current_id is None else ids.index(current_id) + 1
    return next((s for s in qs.sections[start:] if section_visible(s, answers)), None)


def previous_section(qs: QuestionSet, answers: Mapping[str, Any], current_id: str) -> Section | None:
    """The applicable section before ``current_id``; ``None`` at the start."""
    ids = [s.id for s in qs.sections]
    before = qs.sections[: ids.index(current_id)]
    return next((s for s in reversed(before) if section_visible(s, answers)), None)
