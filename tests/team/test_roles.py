"""Team members and roles: the first member administers, each stage move needs its role (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.screening.checklist import CheckAnswer, checklist_items
from onsshare_desktop.domain.screening.stages import DecisionMaker, Move, MoveRefused, Outcome, Stage
from onsshare_desktop.domain.screening.team import Role, RoleRefused
from onsshare_desktop.domain.screening.triage import TriageRecommendation, TriageService
from onsshare_desktop.store.team import TEAM_STREAM
from tests.screening_data import SCREENER, incoming, trusted_requester  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("trusted_requester")

ADMIN, FIRST, DSWG, DD, NS, DGLP = ("a" * 64, "b" * 64, "c" * 64, "d" * 64, "e" * 64, "f" * 64)


@pytest.fixture
def team(database):
    team = database.team
    team.add("Ada Admin", "ada@ons.gov.uk", ADMIN, frozenset(), "Ada Admin", None)
    for name, fp, role in (("Fay First", FIRST, Role.FIRST_SCREENING), ("Dev Dswg", DSWG, Role.DSWG),
                           ("Dee Director", DD, Role.DEPUTY_DIRECTOR), ("Nat Stat", NS, Role.NATIONAL_STATISTICIAN),
                           ("Tom Transparency", DGLP, Role.TRANSPARENCY)):
        team.add(name, "", fp, frozenset({role}), "Ada Admin", ADMIN)
    return team


def test_the_first_member_of_an_empty_team_becomes_its_administrator(database) -> None:
    first = database.team.add("Ada Admin", "ada@ons.gov.uk", ADMIN, frozenset({Role.DSWG}), "Ada", None)
    assert first.roles == {Role.ADMINISTRATOR, Role.DSWG}
    with pytest.raises(RoleRefused, match="administrator"):  # a non-member cannot add anyone now
        database.team.add("Mal", "", FIRST, frozenset({Role.NATIONAL_STATISTICIAN}), "Mal", FIRST)
    second = database.team.add("Fay First", "", FIRST, frozenset({Role.FIRST_SCREENING}), "Ada", ADMIN)
    assert second.roles == {Role.FIRST_SCREENING}
    with pytest.raises(RoleRefused, match="administrator"):  # nor a member who is not an administrator
        database.team.add("Dev", "", DSWG, frozenset({Role.DSWG}), "Fay", FIRST)
    with pytest.raises(RoleRefused, match="last administrator"):
        database.team.remove(ADMIN[:8], "Ada", ADMIN)
    assert database.team.remove(FIRST[:12], "Ada", ADMIN).name == "Fay First"
    assert [m.name for m in database.team.members()] == ["Ada Admin"]
    assert [e.kind for e in database.events.events(TEAM_STREAM)] == ["member_added", "member_added",
                                                                      "member_removed"]


def test_each_stage_needs_its_role(database, team) -> None:
    screening = database.screening
    pack_id = screening.add_pack(incoming(), SCREENER).id
    with pytest.raises(RoleRefused, match="not a member"):
        screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), "Stranger", member="9" * 64)
    with pytest.raises(RoleRefused, match="First screening"):
        screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), "Dev Dswg", member=DSWG)
    screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), "Fay First", member=FIRST)
    for item in checklist_items(load_question_set(), screening.get(pack_id).case.answers):
        screening.answer_check(pack_id, item.id, CheckAnswer.MET, "", "Fay First", member=FIRST)
    screening.move(pack_id, Move(Outcome.PROCEED_TO_DSWG), "Fay First", member=FIRST)
    with pytest.raises(RoleRefused, match="Data Sharing Working Group"):  # only a DSWG member records it
        screening.move(pack_id, Move(Outcome.RECOMMEND_APPROVAL), "Fay First", member=FIRST)
    screening.move(pack_id, Move(Outcome.RECOMMEND_APPROVAL), "Dev Dswg", member=DSWG)
    approve = Move(Outcome.APPROVED, decided_by=DecisionMaker.DEPUTY_DIRECTOR, decider_name="Dee Director")
    with pytest.raises(RoleRefused, match="Deputy Director"):  # only a decision maker records a decision
        screening.move(pack_id, approve, "Dev Dswg", member=DSWG)
    as_ns = Move(Outcome.APPROVED, decided_by=DecisionMaker.NATIONAL_STATISTICIAN, decider_name="Dee Director")
    with pytest.raises(RoleRefused, match="National Statistician"):  # as the decision maker they are
        screening.move(pack_id, as_ns, "Dee Director", member=DD)
    screening.move(pack_id, approve, "Dee Director", member=DD)
    screening.move(pack_id, Move(Outcome.PUBLISH, register_entry_checked=True), "Tom Transparency", member=DGLP)
    assert screening.get_row(pack_id).stage == Stage.PUBLISHED


def test_only_the_national_statistician_authorises_an_exception(database, team) -> None:
    exception = Move(Outcome.APPROVED, decided_by=DecisionMaker.DEPUTY_DIRECTOR, decider_name="Dee",
                     exception="the public interest outweighs the unmet item")
    with pytest.raises(MoveRefused, match="National Statistician"):
        from onsshare_desktop.domain.screening.team import check_move

        check_move(True, team.member(DD), Stage.AWAITING_DECISION, exception)


def test_triage_needs_the_services_role_and_a_lone_screener_needs_none(database) -> None:
    screening = database.screening
    pack_id = screening.add_pack(incoming(), SCREENER).id
    screening.assess(pack_id, TriageService.LEGAL_SERVICES, "", "", TriageRecommendation.SUPPORT, (), SCREENER)
    database.team.add("Ada Admin", "", ADMIN, frozenset(), "Ada", None)
    with pytest.raises(RoleRefused, match="Legal"):
        screening.assess(pack_id, TriageService.LEGAL_SERVICES, "", "", TriageRecommendation.SUPPORT, (), "Ada",
                         member=ADMIN)
    database.team.add("Lee Legal", "", FIRST, frozenset({Role.LEGAL}), "Ada", ADMIN)
    screening.assess(pack_id, TriageService.LEGAL_SERVICES, "r", "b", TriageRecommendation.SUPPORT, (), "Lee",
                     member=FIRST)
