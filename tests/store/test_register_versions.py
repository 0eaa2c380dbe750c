"""The register lists a case once, by its latest version, with the versions received; filters apply per case."""

from __future__ import annotations

from dataclasses import replace

import pytest

from onsshare_desktop.domain.screening.register import RegisterFilter, RegisterStatus
from onsshare_desktop.domain.screening.stages import DecisionMaker, Move, Outcome, Stage
from tests.screening_data import SCREENER, example_case, incoming, next_version, trusted_requester  # noqa: F401
from tests.store.test_screening_repository import answer_whole_checklist

pytestmark = pytest.mark.usefixtures("trusted_requester")


def two_versions(database):
    """Version 1 of the example case, moved to first screening, then version 2 naming it; and another case."""
    screening = database.screening
    v1 = incoming()
    first = screening.add_pack(v1, SCREENER).id
    screening.move(first, Move(Outcome.START_FIRST_SCREENING), SCREENER)
    other = screening.add_pack(incoming(example_case("university-business-survey")), SCREENER).id
    second = screening.add_pack(incoming(next_version(v1.case, v1.sha256)), SCREENER).id
    return first, second, other


def test_a_case_with_two_versions_is_one_row_of_its_latest_version(database) -> None:
    first, second, other = two_versions(database)
    screening = database.screening
    rows = screening.register()
    assert [(r.id, r.version, r.versions) for r in rows] == [(second, 2, 2), (other, 1, 1)]
    assert rows[0].stage == Stage.RECEIVED and rows[0].status == RegisterStatus.OPEN
    assert screening.count() == 2  # cases, not packs
    assert [(r.id, r.version, r.versions) for r in screening.register(limit=1)] == [(second, 2, 2)]  # a page


def test_the_versions_of_a_case_are_listed_oldest_first(database) -> None:
    first, second, other = two_versions(database)
    case_ref = database.screening.get_row(first).case_ref
    other_ref = database.screening.get_row(other).case_ref
    versions = database.screening.versions_by_case([case_ref, other_ref, "ONS-DSR-NOT-THERE"])
    assert [(v.id, v.version, v.status, v.versions) for v in versions[case_ref]] == [
        (first, 1, RegisterStatus.SUPERSEDED, 2), (second, 2, RegisterStatus.OPEN, 2)]
    assert versions[case_ref][0].stage == Stage.FIRST_SCREENING
    assert [v.id for v in versions[other_ref]] == [other] and versions["ONS-DSR-NOT-THERE"] == []
    assert [v.id for v in database.screening.versions_of(case_ref)] == [first, second]


def test_filters_apply_to_the_case_at_its_latest_version(database) -> None:
    first, second, _other = two_versions(database)
    screening = database.screening
    case_ref = screening.get_row(first).case_ref
    assert [r.id for r in screening.register(RegisterFilter(text=case_ref.lower()))] == [second]
    # version 1 is at first screening, but the case is at version 2, received: it is not at first screening
    assert screening.register(RegisterFilter(stages=frozenset({Stage.FIRST_SCREENING}))) == []
    assert second in [r.id for r in screening.register(RegisterFilter(stages=frozenset({Stage.RECEIVED})))]
    assert [r.id for r in screening.register(RegisterFilter(status=RegisterStatus.OPEN,
                                                            text=case_ref))] == [second]
    assert screening.register(RegisterFilter(status=RegisterStatus.SUPERSEDED)) == []


def test_a_pack_naming_an_unknown_previous_version_is_a_case_of_its_own_with_a_warning(database) -> None:
    screening = database.screening
    first, second, other = two_versions(database)
    stray = replace(example_case("university-business-survey"), case_ref="ONS-DSR-STRAY-0001")
    stray = next_version(stray, "ab" * 32)  # version 2 of a case whose version 1 never arrived here
    stored = screening.add_pack(incoming(stray), SCREENER)
    assert stored.previous_unknown and stored.previous_id is None
    rows = screening.register()
    assert [(r.id, r.case_ref, r.version, r.versions) for r in rows][0] == (stored.id, "ONS-DSR-STRAY-0001", 2, 1)
    assert [r.id for r in rows] == [stored.id, second, other]


def test_two_packs_claiming_the_same_case_and_version_are_both_listed(database) -> None:
    """Neither supersedes the other: the screener must see both and ask the requester which one stands."""
    screening = database.screening
    one = screening.add_pack(incoming(), SCREENER).id
    rival = screening.add_pack(incoming(salt="another signing"), SCREENER).id
    rows = screening.register()
    assert sorted((r.id, r.versions) for r in rows) == sorted([(one, 2), (rival, 2)])
    assert sorted((r.id, r.versions) for r in screening.register(limit=10)) == sorted([(one, 2), (rival, 2)])


def publish(database, pack_id: int) -> None:
    screening = database.screening
    screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), SCREENER)
    answer_whole_checklist(database, pack_id)
    screening.move(pack_id, Move(Outcome.PROCEED_TO_DSWG), SCREENER)
    screening.move(pack_id, Move(Outcome.RECOMMEND_APPROVAL), SCREENER)
    screening.move(pack_id, Move(Outcome.APPROVED, decided_by=DecisionMaker.DEPUTY_DIRECTOR,
                                 decider_name="A. Director"), SCREENER)
    screening.move(pack_id, Move(Outcome.PUBLISH, register_entry_checked=True), SCREENER)


def test_the_transparency_register_lists_a_case_once_by_its_latest_published_version(database) -> None:
    screening = database.screening
    v1 = incoming()
    first = screening.add_pack(v1, SCREENER).id
    publish(database, first)
    v2 = next_version(v1.case, v1.sha256).with_answer("benefits", "Benefits as said in version 2.")
    second = screening.add_pack(incoming(v2), SCREENER).id
    [entry] = screening.transparency_entries()  # version 2 is being screened: the published approval stands
    assert entry.reference == v1.case.case_ref and entry.public_benefit != "Benefits as said in version 2."
    publish(database, second)
    [entry] = screening.transparency_entries()
    assert (entry.reference, entry.public_benefit) == (v1.case.case_ref, "Benefits as said in version 2.")
