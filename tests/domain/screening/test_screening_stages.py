"""Every allowed and every refused stage move, and the rules that depend on the case."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from onsshare_desktop.domain.screening.stages import (
    TRANSITIONS, DecisionMaker, ExemptionGround, Move, MoveRefused, Outcome, ScreeningState, Stage,
    allowed_outcomes, apply, replay,
)

AT = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
ACTOR = "Sam Screener <sam@ons.gov.uk>"


def valid_move(outcome: Outcome) -> Move:
    """A move with every detail its outcome needs."""
    if outcome in (Outcome.APPROVED, Outcome.DECLINED, Outcome.APPROVED_WITH_CONDITIONS):
        return Move(outcome, note="Decided at the meeting of 3 November.",
                    decided_by=DecisionMaker.DATA_GOVERNANCE_COMMITTEE, decider_name="Data Governance Committee",
                    conditions="Quarterly compliance reports." if outcome == Outcome.APPROVED_WITH_CONDITIONS else "")
    if outcome == Outcome.PUBLISH:
        return Move(outcome, register_entry_checked=True)
    if outcome == Outcome.EXEMPT_FROM_PUBLICATION:
        return Move(outcome, register_entry_checked=True, exemption_ground=ExemptionGround.NATIONAL_SECURITY)
    return Move(outcome, note="Reason given to the requester.")


def state_at(stage: Stage, route: Outcome | None = None) -> ScreeningState:
    if stage == Stage.AWAITING_DECISION and route is None:
        route = Outcome.ESCALATE_TO_DGC
    return ScreeningState(stage=stage, signer_confirmed=True, route=route)


ALLOWED = sorted(TRANSITIONS)
REFUSED = sorted(set(itertools.product(Stage, Outcome)) - set(TRANSITIONS))


@pytest.mark.parametrize(("stage", "outcome"), ALLOWED)
def test_every_allowed_move_reaches_its_target(stage: Stage, outcome: Outcome) -> None:
    new, event = apply(state_at(stage), valid_move(outcome), ACTOR, AT)
    assert new.stage == TRANSITIONS[(stage, outcome)]
    assert (event.actor, event.at, event.from_stage, event.to_stage) == (ACTOR, AT, stage, new.stage)
    assert event.move.outcome == outcome


@pytest.mark.parametrize(("stage", "outcome"), REFUSED)
def test_every_other_move_is_refused_with_a_reason(stage: Stage, outcome: Outcome) -> None:
    with pytest.raises(MoveRefused, match="is not possible at the stage"):
        apply(state_at(stage), valid_move(outcome), ACTOR, AT)


def test_allowed_outcomes_lists_the_transitions_of_a_stage() -> None:
    assert allowed_outcomes(Stage.FIRST_SCREENING) == [
        Outcome.PROCEED_TO_DSWG, Outcome.RETURN_FOR_INFORMATION, Outcome.RECOMMEND_DECLINE]
    assert allowed_outcomes(Stage.PUBLISHED) == []


def test_closed_stages_offer_no_moves() -> None:
    for stage in (Stage.DECLINED, Stage.PUBLISHED, Stage.EXEMPT):
        assert ScreeningState(stage=stage).closed
        assert allowed_outcomes(stage) == []


def test_a_returned_case_stays_open_waiting_for_the_next_version() -> None:
    assert not ScreeningState(stage=Stage.RETURNED).closed
    assert allowed_outcomes(Stage.RETURNED) == []  # the next version resumes the stage; nothing to move here


@pytest.mark.parametrize("outcome", allowed_outcomes(Stage.FIRST_SCREENING))
def test_unconfirmed_signer_cannot_leave_first_screening(outcome: Outcome) -> None:
    state = replace(state_at(Stage.FIRST_SCREENING), signer_confirmed=False)
    with pytest.raises(MoveRefused, match="signer is not confirmed"):
        apply(state, valid_move(outcome), ACTOR, AT)


def test_unconfirmed_signer_may_enter_first_screening() -> None:
    new, _ = apply(ScreeningState(), Move(Outcome.START_FIRST_SCREENING), ACTOR, AT)
    assert new.stage == Stage.FIRST_SCREENING


def test_an_actor_is_required() -> None:
    with pytest.raises(MoveRefused, match="identity"):
        apply(ScreeningState(), Move(Outcome.START_FIRST_SCREENING), "  ", AT)


@pytest.mark.parametrize("outcome", [Outcome.PROCEED_TO_DSWG, Outcome.RECOMMEND_APPROVAL])
def test_checklist_must_be_answered_before_moving_towards_approval(outcome: Outcome) -> None:
    stage = Stage.FIRST_SCREENING if outcome == Outcome.PROCEED_TO_DSWG else Stage.SECOND_SCREENING
    state = replace(state_at(stage), unanswered_items=frozenset({"legal-gateway"}))
    with pytest.raises(MoveRefused, match="legal-gateway"):
        apply(state, valid_move(outcome), ACTOR, AT)


def test_a_return_is_allowed_with_an_unanswered_checklist() -> None:
    state = replace(state_at(Stage.FIRST_SCREENING), unanswered_items=frozenset({"legal-gateway"}))
    assert apply(state, valid_move(Outcome.RETURN_FOR_INFORMATION), ACTOR, AT)[0].stage == Stage.RETURNED


def test_approval_cannot_be_recommended_with_unmet_items_but_escalation_can() -> None:
    state = replace(state_at(Stage.SECOND_SCREENING), unmet_items=frozenset({"public-benefit"}))
    with pytest.raises(MoveRefused, match="public-benefit"):
        apply(state, valid_move(Outcome.RECOMMEND_APPROVAL), ACTOR, AT)
    new, _ = apply(state, valid_move(Outcome.ESCALATE_TO_DGC), ACTOR, AT)
    assert (new.stage, new.route) == (Stage.AWAITING_DECISION, Outcome.ESCALATE_TO_DGC)


@pytest.mark.parametrize("outcome", [Outcome.RETURN_FOR_INFORMATION, Outcome.RECOMMEND_DECLINE])
def test_returns_and_declines_need_a_reason(outcome: Outcome) -> None:
    with pytest.raises(MoveRefused, match="reason"):
        apply(state_at(Stage.FIRST_SCREENING), Move(outcome), ACTOR, AT)


def test_decision_needs_who_decided() -> None:
    state = state_at(Stage.AWAITING_DECISION)
    with pytest.raises(MoveRefused, match="who made the decision"):
        apply(state, Move(Outcome.APPROVED), ACTOR, AT)
    with pytest.raises(MoveRefused, match="who made the decision"):
        apply(state, Move(Outcome.APPROVED, decided_by=DecisionMaker.DATA_GOVERNANCE_COMMITTEE), ACTOR, AT)


def test_escalated_case_cannot_be_decided_by_the_deputy_director() -> None:
    move = Move(Outcome.APPROVED, decided_by=DecisionMaker.DEPUTY_DIRECTOR, decider_name="A. Director")
    with pytest.raises(MoveRefused, match="Data Governance Committee"):
        apply(state_at(Stage.AWAITING_DECISION, Outcome.ESCALATE_TO_DGC), move, ACTOR, AT)
    new, _ = apply(state_at(Stage.AWAITING_DECISION, Outcome.RECOMMEND_APPROVAL), move, ACTOR, AT)
    assert new.stage == Stage.THIRD_SCREENING and new.decision == move


def test_conditions_are_required_for_an_approval_with_conditions() -> None:
    move = replace(valid_move(Outcome.APPROVED_WITH_CONDITIONS), conditions=" ")
    with pytest.raises(MoveRefused, match="conditions"):
        apply(state_at(Stage.AWAITING_DECISION), move, ACTOR, AT)


def test_only_the_national_statistician_authorises_an_exception() -> None:
    state = replace(state_at(Stage.AWAITING_DECISION), unmet_items=frozenset({"other-routes"}))
    with pytest.raises(MoveRefused, match="not met"):
        apply(state, valid_move(Outcome.APPROVED), ACTOR, AT)
    by_committee = replace(valid_move(Outcome.APPROVED), exception="Administrative use")
    with pytest.raises(MoveRefused, match="Only the National Statistician"):
        apply(state, by_committee, ACTOR, AT)
    exception = replace(by_committee, decided_by=DecisionMaker.NATIONAL_STATISTICIAN, decider_name="N. Statistician")
    new, event = apply(state, exception, ACTOR, AT)
    assert new.stage == Stage.THIRD_SCREENING
    assert event.move.to_json()["exception"] == "Administrative use"


def test_an_exception_cannot_accompany_a_decline() -> None:
    move = Move(Outcome.DECLINED, note="No gateway", decided_by=DecisionMaker.NATIONAL_STATISTICIAN,
                decider_name="N. Statistician", exception="x")
    with pytest.raises(MoveRefused, match="cannot accompany a decline"):
        apply(state_at(Stage.AWAITING_DECISION), move, ACTOR, AT)


def test_non_decisions_carry_no_decider_or_exception() -> None:
    move = Move(Outcome.PROCEED_TO_DSWG, decided_by=DecisionMaker.NATIONAL_STATISTICIAN, decider_name="N")
    with pytest.raises(MoveRefused, match="Only a decision"):
        apply(state_at(Stage.FIRST_SCREENING), move, ACTOR, AT)


def test_third_screening_rules() -> None:
    state = state_at(Stage.THIRD_SCREENING)
    with pytest.raises(MoveRefused, match="register entry"):
        apply(state, Move(Outcome.PUBLISH), ACTOR, AT)
    with pytest.raises(MoveRefused, match="ground"):
        apply(state, Move(Outcome.EXEMPT_FROM_PUBLICATION, register_entry_checked=True), ACTOR, AT)
    with pytest.raises(MoveRefused, match="no exemption ground"):
        apply(state, Move(Outcome.PUBLISH, register_entry_checked=True,
                          exemption_ground=ExemptionGround.COMMERCIAL_INTERESTS), ACTOR, AT)
    new, _ = apply(state, valid_move(Outcome.EXEMPT_FROM_PUBLICATION), ACTOR, AT)
    assert new.stage == Stage.EXEMPT and new.transparency is not None


def test_a_whole_route_replays_to_the_same_state() -> None:
    state = ScreeningState(signer_confirmed=True)
    events = []
    for move in (Move(Outcome.START_FIRST_SCREENING), Move(Outcome.PROCEED_TO_DSWG),
                 Move(Outcome.RECOMMEND_APPROVAL),
                 Move(Outcome.APPROVED_WITH_CONDITIONS, decided_by=DecisionMaker.DEPUTY_DIRECTOR,
                      decider_name="A. Director", conditions="Annual audit"),
                 Move(Outcome.PUBLISH, register_entry_checked=True)):
        state, event = apply(state, move, ACTOR, AT)
        events.append(event)
    assert state.stage == Stage.PUBLISHED
    assert replay(events, signer_confirmed=True) == state


def test_move_json_round_trips() -> None:
    for outcome in Outcome:
        move = valid_move(outcome)
        assert Move.from_json(move.to_json()) == move
