"""The policy's administrative-purpose exception can be asked for, and is handled as one (issue 12, defect 5):
the choice with guidance quoting the clause, a required justification, a checklist item, approval only with the
exception recorded by the National Statistician, and a transparency-register row that says so."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace

import pytest

from onsshare_desktop.domain.flow import visible_answers
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.screening.checklist import CheckAnswer, checklist_items
from onsshare_desktop.domain.screening.stages import (
    DecisionMaker, Move, MoveRefused, Outcome, ScreeningState, Stage, apply,
)
from onsshare_desktop.domain.screening.transparency import transparency_csv
from onsshare_desktop.domain.validation import validate_answers
from onsshare_desktop.resources import resource_path
from tests.screening_data import SCREENER, example_case, incoming, trusted_requester  # noqa: F401 - fixture

POLICY_TEXT = " ".join(resource_path("policy", "ons-data-sharing-policy.txt").read_text(encoding="utf-8").split())
CLAUSE = ("Any exceptions to this policy are to be authorised by the National Statistician, for example, the use of "
          "ONS data for administrative purposes.")
EXCEPTION_ITEM = "Exception needed: authorised by the National Statistician"


def administrative(case=None):  # type: ignore[no-untyped-def]
    case = case or example_case()
    return replace(case, answers={**case.answers, "purpose": "administrative",
                                  "administrative_justification": "Eligibility checks for a housing grant."})


def test_the_purpose_offers_administrative_use_with_guidance_quoting_the_clause() -> None:
    qs = load_question_set()
    purpose = qs.question("purpose")
    assert "administrative" in [c.value for c in purpose.choices]
    assert "National Statistician" in purpose.choice_label("administrative")
    justification = qs.question("administrative_justification")
    for question in (purpose, justification):
        assert CLAUSE in question.help
        assert qs.clause(question.policy_ref).quote == CLAUSE


def test_every_quotation_in_the_guidance_is_verbatim_policy_text() -> None:
    qs = load_question_set()
    questions = [q for s in qs.sections for q in s.questions]
    questions += [f for q in questions for f in q.fields]
    quoted = [(q.id, quote) for q in questions for quote in re.findall(r'"([^"]{12,})"', q.help)]
    assert len(quoted) >= 5
    for qid, quote in quoted:
        assert " ".join(quote.split()) in POLICY_TEXT, f"{qid}: “{quote}” is not in the policy"


def test_an_administrative_purpose_needs_a_justification() -> None:
    qs = load_question_set()
    case = example_case()
    asked = {**case.answers, "purpose": "administrative"}
    assert "administrative_justification" not in visible_answers(qs, case.answers)
    problems = [(p.path, p.message) for p in validate_answers(qs, asked)]
    assert ("administrative_justification", "Required.") in problems
    assert validate_answers(qs, administrative().answers) == []


def test_the_checklist_asks_for_the_national_statisticians_authorisation() -> None:
    qs = load_question_set()
    titles = [item.title for item in checklist_items(qs, administrative().answers)]
    assert EXCEPTION_ITEM in titles and titles[-1] == "The declaration is complete"
    assert EXCEPTION_ITEM not in [item.title for item in checklist_items(qs, example_case().answers)]


def awaiting_decision() -> ScreeningState:
    """A request for administrative use, recommended for approval, awaiting the decision."""
    return ScreeningState(stage=Stage.AWAITING_DECISION, signer_confirmed=True, route=Outcome.RECOMMEND_APPROVAL,
                          exception_needed=True)


@pytest.mark.parametrize("outcome", [Outcome.APPROVED, Outcome.APPROVED_WITH_CONDITIONS])
def test_approval_needs_the_exception_recorded_by_the_national_statistician(outcome: Outcome) -> None:
    ns = {"decided_by": DecisionMaker.NATIONAL_STATISTICIAN, "decider_name": "Sir Ian Diamond",
          "conditions": "Annual audit" if outcome == Outcome.APPROVED_WITH_CONDITIONS else ""}
    state = awaiting_decision()
    with pytest.raises(MoveRefused, match="administrative purposes"):
        apply(state, Move(outcome, **ns), SCREENER, None)  # type: ignore[arg-type]
    with pytest.raises(MoveRefused, match="Only the National Statistician"):
        apply(state, Move(outcome, **{**ns, "decided_by": DecisionMaker.DEPUTY_DIRECTOR},
                             exception="Administrative use"), SCREENER, None)  # type: ignore[arg-type]
    new, _event = apply(state, Move(outcome, **ns, exception="Administrative use for grant eligibility"),
                        SCREENER, None)  # type: ignore[arg-type]
    assert new.stage == Stage.THIRD_SCREENING
    declined, _event = apply(state, Move(Outcome.DECLINED, decided_by=DecisionMaker.DEPUTY_DIRECTOR,
                                            decider_name="A. Director", note="Not a statistical use."),
                             SCREENER, None)  # type: ignore[arg-type]
    assert declined.stage == Stage.DECLINED


@pytest.mark.usefixtures("trusted_requester")
def test_the_transparency_register_row_says_it_is_an_authorised_exception(database) -> None:  # type: ignore[no-untyped-def]
    screening = database.screening
    pack_id = screening.add_pack(incoming(administrative()), SCREENER).id
    screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), SCREENER)
    items = checklist_items(load_question_set(), screening.get(pack_id).case.answers)
    assert EXCEPTION_ITEM in [item.title for item in items]
    for item in items:
        screening.answer_check(pack_id, item.id, CheckAnswer.MET, "", SCREENER)
    screening.move(pack_id, Move(Outcome.PROCEED_TO_DSWG), SCREENER)
    screening.move(pack_id, Move(Outcome.RECOMMEND_APPROVAL), SCREENER)
    director = Move(Outcome.APPROVED, decided_by=DecisionMaker.DEPUTY_DIRECTOR, decider_name="A. Director")
    with pytest.raises(MoveRefused):
        screening.move(pack_id, director, SCREENER)
    screening.move(pack_id, Move(Outcome.APPROVED, decided_by=DecisionMaker.NATIONAL_STATISTICIAN,
                                 decider_name="National Statistician",
                                 exception="Use for housing grant eligibility checks"), SCREENER)
    screening.move(pack_id, Move(Outcome.PUBLISH, register_entry_checked=True), SCREENER)
    (row,) = csv.DictReader(io.StringIO(transparency_csv(screening.transparency_entries())))
    assert row["Status"] == ("Approved, as an exception to the policy authorised by the National Statistician: "
                             "Use for housing grant eligibility checks")
    assert row["Purpose"].startswith("Administrative purposes (an exception to the policy")
