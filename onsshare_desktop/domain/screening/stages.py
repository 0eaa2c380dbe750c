"""Screening stages and outcomes as a state machine.

A received pack goes through first screening (ONS staff), second screening (the Data Sharing Working Group), a
recorded decision and third screening (transparency). The allowed moves are data (``TRANSITIONS``); ``apply``
checks the rules that depend on the case (signer confirmed, checklist answered, who may decide) and returns the
new state or raises ``MoveRefused`` with a plain reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import Labels, N_, _


class Stage(StrEnum):
    RECEIVED = "received"
    FIRST_SCREENING = "first_screening"
    SECOND_SCREENING = "second_screening"
    AWAITING_DECISION = "awaiting_decision"
    THIRD_SCREENING = "third_screening"
    RETURNED = "returned"
    DECLINED = "declined"
    PUBLISHED = "published"
    EXEMPT = "exempt"


# A returned case stays open: it waits for the requester's next version, which resumes where it was returned.
CLOSED_STAGES = frozenset({Stage.DECLINED, Stage.PUBLISHED, Stage.EXEMPT})

STAGE_LABELS: Labels[Stage] = Labels({
    Stage.RECEIVED: N_("Received"),
    Stage.FIRST_SCREENING: N_("First screening"),
    Stage.SECOND_SCREENING: N_("Second screening (DSWG)"),
    Stage.AWAITING_DECISION: N_("Awaiting decision"),
    Stage.THIRD_SCREENING: N_("Third screening (transparency)"),
    Stage.RETURNED: N_("Returned for more information"),
    Stage.DECLINED: N_("Declined"),
    Stage.PUBLISHED: N_("Approved, published"),
    Stage.EXEMPT: N_("Approved, exempt from publication"),
})


class Outcome(StrEnum):
    START_FIRST_SCREENING = "start_first_screening"
    PROCEED_TO_DSWG = "proceed_to_dswg"
    RETURN_FOR_INFORMATION = "return_for_information"
    RECOMMEND_DECLINE = "recommend_decline"
    RECOMMEND_APPROVAL = "recommend_approval"
    ESCALATE_TO_DGC = "escalate_to_dgc"
    APPROVED = "approved"
    APPROVED_WITH_CONDITIONS = "approved_with_conditions"
    DECLINED = "declined"
    PUBLISH = "publish"
    EXEMPT_FROM_PUBLICATION = "exempt_from_publication"


OUTCOME_LABELS: Labels[Outcome] = Labels({
    Outcome.START_FIRST_SCREENING: N_("Start first screening"),
    Outcome.PROCEED_TO_DSWG: N_("Proceed to the Data Sharing Working Group"),
    Outcome.RETURN_FOR_INFORMATION: N_("Return for more information"),
    Outcome.RECOMMEND_DECLINE: N_("Recommend decline"),
    Outcome.RECOMMEND_APPROVAL: N_("Recommend approval by the Deputy Director"),
    Outcome.ESCALATE_TO_DGC: N_("Escalate to the Data Governance Committee"),
    Outcome.APPROVED: N_("Approved"),
    Outcome.APPROVED_WITH_CONDITIONS: N_("Approved with conditions"),
    Outcome.DECLINED: N_("Declined"),
    Outcome.PUBLISH: N_("Publish in the transparency register"),
    Outcome.EXEMPT_FROM_PUBLICATION: N_("Exempt from publication"),
})

TRANSITIONS: dict[tuple[Stage, Outcome], Stage] = {
    (Stage.RECEIVED, Outcome.START_FIRST_SCREENING): Stage.FIRST_SCREENING,
    (Stage.FIRST_SCREENING, Outcome.PROCEED_TO_DSWG): Stage.SECOND_SCREENING,
    (Stage.FIRST_SCREENING, Outcome.RETURN_FOR_INFORMATION): Stage.RETURNED,
    (Stage.FIRST_SCREENING, Outcome.RECOMMEND_DECLINE): Stage.AWAITING_DECISION,
    (Stage.SECOND_SCREENING, Outcome.RECOMMEND_APPROVAL): Stage.AWAITING_DECISION,
    (Stage.SECOND_SCREENING, Outcome.ESCALATE_TO_DGC): Stage.AWAITING_DECISION,
    (Stage.SECOND_SCREENING, Outcome.RETURN_FOR_INFORMATION): Stage.RETURNED,
    (Stage.AWAITING_DECISION, Outcome.APPROVED): Stage.THIRD_SCREENING,
    (Stage.AWAITING_DECISION, Outcome.APPROVED_WITH_CONDITIONS): Stage.THIRD_SCREENING,
    (Stage.AWAITING_DECISION, Outcome.DECLINED): Stage.DECLINED,
    (Stage.THIRD_SCREENING, Outcome.PUBLISH): Stage.PUBLISHED,
    (Stage.THIRD_SCREENING, Outcome.EXEMPT_FROM_PUBLICATION): Stage.EXEMPT,
}

DECISIONS = frozenset({Outcome.APPROVED, Outcome.APPROVED_WITH_CONDITIONS, Outcome.DECLINED})


class DecisionMaker(StrEnum):
    DEPUTY_DIRECTOR = "deputy_director"
    DATA_GOVERNANCE_COMMITTEE = "data_governance_committee"
    NATIONAL_STATISTICIAN = "national_statistician"


DECISION_MAKER_LABELS: Labels[DecisionMaker] = Labels({
    DecisionMaker.DEPUTY_DIRECTOR: N_("Deputy Director, Data Acquisition and Operations"),
    DecisionMaker.DATA_GOVERNANCE_COMMITTEE: N_("Data Governance Committee"),
    DecisionMaker.NATIONAL_STATISTICIAN: N_("National Statistician"),
})

# Who may record the decision, by the route that led to it. The National Statistician may always decide.
DECIDERS_BY_ROUTE: dict[Outcome, frozenset[DecisionMaker]] = {
    Outcome.RECOMMEND_APPROVAL: frozenset({DecisionMaker.DEPUTY_DIRECTOR, DecisionMaker.DATA_GOVERNANCE_COMMITTEE,
                                           DecisionMaker.NATIONAL_STATISTICIAN}),
    Outcome.RECOMMEND_DECLINE: frozenset({DecisionMaker.DEPUTY_DIRECTOR, DecisionMaker.DATA_GOVERNANCE_COMMITTEE,
                                          DecisionMaker.NATIONAL_STATISTICIAN}),
    Outcome.ESCALATE_TO_DGC: frozenset({DecisionMaker.DATA_GOVERNANCE_COMMITTEE,
                                        DecisionMaker.NATIONAL_STATISTICIAN}),
}


class ExemptionGround(StrEnum):
    NATIONAL_SECURITY = "national_security"
    CONFIDENTIALITY_OF_DATA_SUBJECTS = "confidentiality_of_data_subjects"
    COMMERCIAL_INTERESTS = "commercial_interests"


EXEMPTION_GROUND_LABELS: Labels[ExemptionGround] = Labels({
    ExemptionGround.NATIONAL_SECURITY: N_("National security"),
    ExemptionGround.CONFIDENTIALITY_OF_DATA_SUBJECTS: N_("Confidentiality of data subjects"),
    ExemptionGround.COMMERCIAL_INTERESTS: N_("Commercial interests"),
})


class MoveRefused(UserError):
    """A stage move the rules do not allow; ``str(err)`` says why in plain words."""


@dataclass(frozen=True)
class Move:
    """What the screener chose, with the details some outcomes need.

    ``decided_by``/``decider_name`` for decisions; ``conditions`` for an approval with conditions;
    ``exception`` (what the exception is) when the National Statistician authorises an exception to the policy;
    ``register_entry_checked`` and ``exemption_ground`` for third screening.
    """

    outcome: Outcome
    note: str = ""
    decided_by: DecisionMaker | None = None
    decider_name: str = ""
    conditions: str = ""
    exception: str = ""
    register_entry_checked: bool = False
    exemption_ground: ExemptionGround | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"outcome": self.outcome.value}
        if self.note:
            data["note"] = self.note
        if self.decided_by is not None:
            data["decided_by"] = self.decided_by.value
            data["decider_name"] = self.decider_name
        if self.conditions:
            data["conditions"] = self.conditions
        if self.exception:
            data["exception"] = self.exception
        if self.outcome in (Outcome.PUBLISH, Outcome.EXEMPT_FROM_PUBLICATION):
            data["register_entry_checked"] = self.register_entry_checked
        if self.exemption_ground is not None:
            data["exemption_ground"] = self.exemption_ground.value
        return data

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> "Move":
        return cls(
            outcome=Outcome(raw["outcome"]),
            note=raw.get("note", ""),
            decided_by=DecisionMaker(raw["decided_by"]) if raw.get("decided_by") else None,
            decider_name=raw.get("decider_name", ""),
            conditions=raw.get("conditions", ""),
            exception=raw.get("exception", ""),
            register_entry_checked=bool(raw.get("register_entry_checked", False)),
            exemption_ground=ExemptionGround(raw["exemption_ground"]) if raw.get("exemption_ground") else None,
        )


@dataclass(frozen=True)
class ScreeningState:
    """Where a case stands, plus the facts the rules need.

    ``route`` is the outcome that sent the case to a decision (recommend approval/decline, escalate);
    ``unanswered_items``/``unmet_items`` are the applicable checklist items not yet answered / answered "not met";
    ``exception_needed``: the request asks for something only the National Statistician can authorise, as an
    exception to the policy (use of the data for administrative purposes).
    """

    stage: Stage = Stage.RECEIVED
    signer_confirmed: bool = False
    route: Outcome | None = None
    decision: Move | None = None
    transparency: Move | None = None
    unanswered_items: frozenset[str] = field(default_factory=frozenset)
    unmet_items: frozenset[str] = field(default_factory=frozenset)
    exception_needed: bool = False

    @property
    def closed(self) -> bool:
        return self.stage in CLOSED_STAGES


def allowed_outcomes(stage: Stage) -> list[Outcome]:
    """The outcomes offered at ``stage`` (rules in ``apply`` may still refuse one)."""
    return [outcome for (source, outcome) in TRANSITIONS if source == stage]


def _refuse(message: str) -> MoveRefused:
    return MoveRefused(message)


def _check_decision(state: ScreeningState, move: Move) -> None:
    if move.decided_by is None or not move.decider_name.strip():
        raise _refuse(_("Record who made the decision: their role and their name."))
    allowed = DECIDERS_BY_ROUTE.get(state.route or Outcome.RECOMMEND_APPROVAL, frozenset())
    if move.decided_by not in allowed:
        raise _refuse(_("A case escalated to the Data Governance Committee must be decided by the Committee "
                        "(or the National Statistician)."))
    if move.outcome == Outcome.APPROVED_WITH_CONDITIONS and not move.conditions.strip():
        raise _refuse(_("Write down the conditions of the approval."))
    if move.exception.strip():
        if move.decided_by != DecisionMaker.NATIONAL_STATISTICIAN:
            raise _refuse(_("Only the National Statistician can authorise an exception to the policy."))
        if move.outcome == Outcome.DECLINED:
            raise _refuse(_("An exception to the policy authorises a share; it cannot accompany a decline."))
    if move.outcome != Outcome.DECLINED and state.exception_needed and not move.exception.strip():
        raise _refuse(_("This request asks to use ONS data for administrative purposes, an exception to the policy: "
                        "it can be approved only by the National Statistician, with the exception recorded."))
    if move.outcome != Outcome.DECLINED and state.unmet_items and not move.exception.strip():
        raise _refuse(_("Checklist items are marked not met ({items}); the share can be approved only as an "
                        "exception authorised by the National Statistician.")
                      .format(items=", ".join(sorted(state.unmet_items))))


def _check_transparency(move: Move) -> None:
    if not move.register_entry_checked:
        raise _refuse(_("Check the transparency register entry before finishing third screening."))
    if move.outcome == Outcome.EXEMPT_FROM_PUBLICATION and move.exemption_ground is None:
        raise _refuse(_("Choose the ground for the exemption: national security, confidentiality of data "
                        "subjects or commercial interests."))
    if move.outcome == Outcome.PUBLISH and move.exemption_ground is not None:
        raise _refuse(_("A published share has no exemption ground."))


def apply(state: ScreeningState, move: Move, actor: str, at: datetime) -> tuple[ScreeningState, "StageEvent"]:
    """The state after ``move`` by ``actor`` at ``at``, and the history event recording it.

    Raises ``MoveRefused`` (with the reason) if the rules forbid the move.
    """
    if not actor.strip():
        raise _refuse(_("Set the screener's identity before recording an outcome."))
    target = TRANSITIONS.get((state.stage, move.outcome))
    if target is None:
        raise _refuse(_("“{outcome}” is not possible at the stage “{stage}”.").format(
            outcome=OUTCOME_LABELS[move.outcome], stage=STAGE_LABELS[state.stage]))
    if state.stage == Stage.FIRST_SCREENING and not state.signer_confirmed:
        raise _refuse(_("The pack's signer is not confirmed. Confirm the signer's fingerprint (add them to the "
                        "trusted signers) before the case can leave first screening."))
    if move.outcome in (Outcome.PROCEED_TO_DSWG, Outcome.RECOMMEND_APPROVAL) and state.unanswered_items:
        raise _refuse(_("Answer every checklist item first (still open: {items}).").format(
            items=", ".join(sorted(state.unanswered_items))))
    if move.outcome == Outcome.RECOMMEND_APPROVAL and state.unmet_items:
        raise _refuse(_("Approval cannot be recommended while checklist items are not met ({items}); return the "
                        "case or escalate it to the Data Governance Committee.").format(
            items=", ".join(sorted(state.unmet_items))))
    if move.outcome in DECISIONS:
        _check_decision(state, move)
    elif move.decided_by is not None or move.exception.strip():
        raise _refuse(_("Only a decision records who decided or an exception to the policy."))
    if move.outcome in (Outcome.PUBLISH, Outcome.EXEMPT_FROM_PUBLICATION):
        _check_transparency(move)
    if move.outcome in (Outcome.RETURN_FOR_INFORMATION, Outcome.RECOMMEND_DECLINE, Outcome.DECLINED) \
            and not move.note.strip():
        raise _refuse(_("Give the reason in the note; it goes into the record sent to the requester."))

    new = replace(state, stage=target)
    if target == Stage.AWAITING_DECISION:
        new = replace(new, route=move.outcome)
    if move.outcome in DECISIONS:
        new = replace(new, decision=move)
    if move.outcome in (Outcome.PUBLISH, Outcome.EXEMPT_FROM_PUBLICATION):
        new = replace(new, transparency=move)
    return new, StageEvent(actor=actor, at=at, from_stage=state.stage, to_stage=target, move=move)


@dataclass(frozen=True)
class StageEvent:
    """A stage move as it goes into the case history: who, when and what."""

    actor: str
    at: datetime
    from_stage: Stage
    to_stage: Stage
    move: Move


def replay(events: list[StageEvent], signer_confirmed: bool) -> ScreeningState:
    """The state reached by the recorded moves (no rules re-checked: they were checked when recorded)."""
    state = ScreeningState(signer_confirmed=signer_confirmed)
    for event in events:
        move = event.move
        state = replace(state, stage=event.to_stage)
        if event.to_stage == Stage.AWAITING_DECISION:
            state = replace(state, route=move.outcome)
        if move.outcome in DECISIONS:
            state = replace(state, decision=move)
        if move.outcome in (Outcome.PUBLISH, Outcome.EXEMPT_FROM_PUBLICATION):
            state = replace(state, transparency=move)
    return state
