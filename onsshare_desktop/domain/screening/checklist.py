"""The policy checklist a screener answers for a case, derived from the policy and the question set.

Items: the four preconditions of the policy statement; a DPIA when the data relate to living individuals;
Data Protection Officer and Legal Services oversight when the data are identifiable; the National Statistician's
authorisation when the data are asked for administrative purposes (an exception to the policy); a complete
declaration.
Each answer is met / not met / unclear, with a note.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from onsshare_desktop.domain.questions import QuestionSet
from onsshare_desktop.i18n import Labels, N_, _


class CheckAnswer(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNCLEAR = "unclear"


CHECK_ANSWER_LABELS: Labels[CheckAnswer] = Labels({
    CheckAnswer.MET: N_("Met"),
    CheckAnswer.NOT_MET: N_("Not met"),
    CheckAnswer.UNCLEAR: N_("Unclear"),
})


@dataclass(frozen=True)
class ChecklistItem:
    """One check: its id, wording, the policy clause it rests on and the questions that hold the evidence."""

    id: str
    title: str
    clause: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class ChecklistAnswer:
    item_id: str
    answer: CheckAnswer
    note: str
    author: str
    at: datetime
    version: int = field(default=0, compare=False)  # the stored row's version (0: never saved), for conflicts


DPIA_ITEM = ChecklistItem("dpia", N_("A Data Protection Impact Assessment is present"), "detail-dpia-required",
                          ("living_individuals", "dpia_status", "dpia_reference", "dpia_dpo_consulted",
                           "attachments"))
OVERSIGHT_ITEM = ChecklistItem(
    "dpo-legal-oversight",
    N_("Identifiable data flagged for Data Protection Officer and Legal Services oversight"),
    "detail-dpo-legal-oversight", ("identifiability", "identifies_organisations", "special_category"))
EXCEPTION_ITEM = ChecklistItem(
    "administrative-exception", N_("Exception needed: authorised by the National Statistician"),
    "exceptions-national-statistician", ("purpose", "administrative_justification"))
DECLARATION_ITEM = ChecklistItem("declaration", N_("The declaration is complete"), "requester-truthful-information",
                                 ("declare_truthful", "declare_dsa", "declare_no_onward", "declare_transparency",
                                  "declarant_name", "declarant_role", "declaration_date"))


def is_identifiable(answers: Mapping[str, Any]) -> bool:
    """Whether the data could identify a person or an organisation (so DPO and Legal Services must oversee)."""
    return answers.get("identifiability") in ("identifiable", "de_identified") \
        or answers.get("identifies_organisations") is True


def needs_exception(answers: Mapping[str, Any]) -> bool:
    """Whether the request asks for ONS data for administrative purposes, which only the National Statistician
    can authorise, as an exception to the policy."""
    return answers.get("purpose") == "administrative"


def checklist_items(qs: QuestionSet, answers: Mapping[str, Any]) -> list[ChecklistItem]:
    """The items that apply to a case with these ``answers``, in the order a screener works through them."""
    items = [ChecklistItem(p.id, p.title, p.clause, p.questions) for p in qs.preconditions]
    fixed = [DPIA_ITEM] if answers.get("living_individuals") is True else []
    if is_identifiable(answers):
        fixed.append(OVERSIGHT_ITEM)
    if needs_exception(answers):
        fixed.append(EXCEPTION_ITEM)
    fixed.append(DECLARATION_ITEM)
    return items + [replace(item, title=_(item.title)) for item in fixed]  # their titles in today's language


def declaration_complete(answers: Mapping[str, Any]) -> bool:
    """Every declaration box ticked and the declarant's name, role and date given (a hint for the screener)."""
    return all(answers.get(q) is True for q in DECLARATION_ITEM.questions[:4]) \
        and all(str(answers.get(q) or "").strip() for q in DECLARATION_ITEM.questions[4:])


def unanswered(items: list[ChecklistItem], answers: Mapping[str, ChecklistAnswer]) -> frozenset[str]:
    return frozenset(item.id for item in items if item.id not in answers)


def unmet(items: list[ChecklistItem], answers: Mapping[str, ChecklistAnswer]) -> frozenset[str]:
    applicable = {item.id for item in items}
    return frozenset(a.item_id for a in answers.values()
                     if a.item_id in applicable and a.answer == CheckAnswer.NOT_MET)
