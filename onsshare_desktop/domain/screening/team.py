"""The screening team: its members, their roles, and which role each step of the screening needs.

The policy's screenings are done by different people: ONS data-sharing staff (first screening), the Data Sharing
Working Group (second), the Deputy Director, the Data Governance Committee or the National Statistician (the
decision), the UKSA Data Governance Legislation and Policy team (third: transparency), and the triage services.
On a team database each member is a name, an e-mail and the fingerprint of the certificate they sign with, with
roles; the checks below run for every stage move and triage assessment. A database with no members (a screener
alone) checks no roles.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from onsshare_desktop.domain.screening.stages import (
    DECISIONS, DecisionMaker, Move, MoveRefused, Stage,
)
from onsshare_desktop.domain.screening.triage import TriageService
from onsshare_desktop.i18n import Labels, N_, _


class Role(StrEnum):
    FIRST_SCREENING = "first_screening"
    DSWG = "dswg"
    DEPUTY_DIRECTOR = "deputy_director"
    DATA_GOVERNANCE_COMMITTEE = "data_governance_committee"
    NATIONAL_STATISTICIAN = "national_statistician"
    TRANSPARENCY = "transparency"
    LEGAL = "legal"
    DATA_PROTECTION = "data_protection"
    SECURITY = "security"
    INFORMATION_ASSET_OWNER = "iao"
    DATA_ACCESS_AND_OPERATIONS = "data_access_and_operations"
    ETHICS = "ethics"
    COMMUNICATIONS = "communications"
    ADMINISTRATOR = "administrator"


ROLE_LABELS: Labels[Role] = Labels({
    Role.FIRST_SCREENING: N_("First screening (ONS data sharing)"),
    Role.DSWG: N_("Second screening (Data Sharing Working Group)"),
    Role.DEPUTY_DIRECTOR: N_("Decision: Deputy Director"),
    Role.DATA_GOVERNANCE_COMMITTEE: N_("Decision: Data Governance Committee"),
    Role.NATIONAL_STATISTICIAN: N_("Decision: National Statistician"),
    Role.TRANSPARENCY: N_("Third screening: transparency (UKSA DGLP)"),
    Role.LEGAL: N_("Triage: Legal"),
    Role.DATA_PROTECTION: N_("Triage: Data Protection"),
    Role.SECURITY: N_("Triage: Security"),
    Role.INFORMATION_ASSET_OWNER: N_("Triage: Information Asset Owner"),
    Role.DATA_ACCESS_AND_OPERATIONS: N_("Triage: Data Access and Operations"),
    Role.ETHICS: N_("Triage: Ethics"),
    Role.COMMUNICATIONS: N_("Triage: Communications"),
    Role.ADMINISTRATOR: N_("Team administrator"),
})

DECIDER_ROLES: dict[DecisionMaker, Role] = {
    DecisionMaker.DEPUTY_DIRECTOR: Role.DEPUTY_DIRECTOR,
    DecisionMaker.DATA_GOVERNANCE_COMMITTEE: Role.DATA_GOVERNANCE_COMMITTEE,
    DecisionMaker.NATIONAL_STATISTICIAN: Role.NATIONAL_STATISTICIAN,
}

TRIAGE_ROLES: dict[TriageService, Role] = {
    TriageService.INFORMATION_ASSET_OWNER: Role.INFORMATION_ASSET_OWNER,
    TriageService.DATA_ACCESS_AND_OPERATIONS: Role.DATA_ACCESS_AND_OPERATIONS,
    TriageService.DATA_PROTECTION: Role.DATA_PROTECTION,
    TriageService.SECURITY: Role.SECURITY,
    TriageService.LEGAL_SERVICES: Role.LEGAL,
    TriageService.ETHICS: Role.ETHICS,
    TriageService.COMMUNICATIONS: Role.COMMUNICATIONS,
}

STAGE_ROLES: dict[Stage, Role] = {
    Stage.RECEIVED: Role.FIRST_SCREENING,
    Stage.FIRST_SCREENING: Role.FIRST_SCREENING,
    Stage.SECOND_SCREENING: Role.DSWG,
    Stage.THIRD_SCREENING: Role.TRANSPARENCY,
}


class RoleRefused(MoveRefused):
    """The screener's roles do not allow what they tried; nothing was saved."""


@dataclass(frozen=True)
class TeamMember:
    """One member of the screening team."""

    id: int
    name: str
    email: str
    fingerprint: str
    roles: frozenset[Role]
    version: int = 0

    @property
    def label(self) -> str:
        return f"{self.name} <{self.email}>" if self.email else self.name


def parse_roles(values: Iterable[str]) -> frozenset[Role]:
    """Roles from their names (``dswg``, ``first_screening``...); ``ValueError`` names one that is not a role."""
    roles: set[Role] = set()
    for value in values:
        for part in value.replace(",", " ").split():
            try:
                roles.add(Role(part.strip().lower()))
            except ValueError:
                raise ValueError(_("“{role}” is not a role; the roles are: {roles}.").format(
                    role=part, roles=", ".join(r.value for r in Role))) from None
    return frozenset(roles)


def role_list(roles: Iterable[Role]) -> str:
    return ", ".join(ROLE_LABELS[r] for r in sorted(roles, key=list(Role).index)) or _("no role")


def role_needed_for_move(stage: Stage, move: Move) -> Role:
    """The role that records ``move`` at ``stage``: the decision maker named for a decision, else the stage's."""
    if move.outcome in DECISIONS:
        return DECIDER_ROLES.get(move.decided_by or DecisionMaker.DEPUTY_DIRECTOR, Role.DEPUTY_DIRECTOR)
    return STAGE_ROLES.get(stage, Role.FIRST_SCREENING)


def _who(member: TeamMember) -> str:
    return _("{name} (roles: {roles})").format(name=member.name, roles=role_list(member.roles))


def check_move(team_exists: bool, member: TeamMember | None, stage: Stage, move: Move) -> None:
    """``RoleRefused`` unless ``member`` may record ``move`` at ``stage`` (anyone may when there is no team).

    A DSWG member records the second screening; only a decision maker records a decision, as the decision maker
    they are; only the National Statistician authorises an exception to the policy.
    """
    if not team_exists:
        return
    if member is None:
        raise RoleRefused(_("You are not a member of this screening team, so you cannot record outcomes here; "
                            "ask the team administrator to add you (with your certificate's fingerprint)."))
    needed = role_needed_for_move(stage, move)
    if move.exception.strip() and Role.NATIONAL_STATISTICIAN not in member.roles:
        raise RoleRefused(_("Only the National Statistician can authorise an exception to the policy; {who} "
                            "cannot.").format(who=_who(member)))
    if needed not in member.roles:
        raise RoleRefused(_("Recording “{outcome}” needs the role “{role}”; {who} does not have it.").format(
            outcome=move.outcome.value, role=ROLE_LABELS[needed], who=_who(member)))


def check_triage(team_exists: bool, member: TeamMember | None, service: TriageService) -> None:
    """``RoleRefused`` unless ``member`` speaks for triage ``service`` (anyone may when there is no team)."""
    if not team_exists:
        return
    needed = TRIAGE_ROLES[service]
    if member is None or needed not in member.roles:
        raise RoleRefused(_("The {service} assessment is recorded by a member with the role “{role}”.").format(
            service=service.value, role=ROLE_LABELS[needed]))


def check_member(team_exists: bool, member: TeamMember | None) -> None:
    """``RoleRefused`` unless the screener is on the team (annotations and checklist answers)."""
    if team_exists and member is None:
        raise RoleRefused(_("You are not a member of this screening team; ask the team administrator to add you."))
