"""Complete, valid answers for every question of a question set (for wizard tests and screenshots)."""

from __future__ import annotations

from typing import Any

from onsshare_desktop.domain.questions import Question, QuestionSet

# Answers that switch every condition on: living individuals (DPIA section), special category, linkage,
# recurring, commercial use, an exemption, "other" organisation type and accreditation.
BRANCHES: dict[str, Any] = {
    "org_type": "other", "identifiability": "aggregated", "living_individuals": True, "special_category": True,
    "frequency": "recurring", "linkage": True, "commercial_use": True, "accreditations": ["iso27001", "other"],
    "dpia_status": "completed", "transparency_exemption": True, "exemption_grounds": ["commercial_interests"],
}

TEXT_BY_TYPE: dict[str, Any] = {
    "email": "analyst@example.gov.uk", "phone": "+44 29 2000 0000", "date": "2026-11-25", "integer": 1200,
}


def value_for(question: Question) -> Any:
    """A valid answer for ``question``, readable enough for a screenshot."""
    if question.id in BRANCHES:
        return BRANCHES[question.id]
    if question.type in TEXT_BY_TYPE:
        return TEXT_BY_TYPE[question.type]
    if question.type == "text":
        return f"{question.label} answer"[: question.max_length or 200]
    if question.type == "textarea":
        return f"Our answer about {question.label.lower()}.\nA second line with more detail."
    if question.type == "yes_no":
        return False
    if question.type == "confirm":
        return True
    if question.type == "choice":
        return question.choices[0].value
    if question.type == "multichoice":
        return [question.choices[0].value]
    if question.type == "repeating":
        return [{sub.id: value_for(sub) for sub in question.fields}]
    raise ValueError(question.type)


def complete_answers(qs: QuestionSet) -> dict[str, Any]:
    """Valid answers to every question (including ones that only show under the ``BRANCHES`` answers)."""
    return {q.id: value_for(q) for q in qs.questions() if q.type != "attachments"}
