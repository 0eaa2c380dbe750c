"""``CaseReview``: one screener's work on one received case (what the review workspace records), and
``RegisterListing``: the register as the screener's window lists it."""

from __future__ import annotations

from pathlib import Path

import pytest

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.screening.annotations import GENERAL, SectionStatus
from onsshare_desktop.domain.screening.conflicts import EditConflict
from onsshare_desktop.domain.screening.register import RegisterFilter
from onsshare_desktop.domain.screening.stages import Move, MoveRefused, Outcome, Stage
from onsshare_desktop.domain.screening.triage import TriageRecommendation, TriageService
from onsshare_desktop.services.case_review import CaseReview, annotation_draft
from onsshare_desktop.services.register import RegisterListing
from onsshare_desktop.services.roundtrip import case_requests
from tests.screening_data import SCREENER, incoming, trusted_requester  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("trusted_requester")
OTHER = "Ola Other <ola@ons.gov.uk>"


@pytest.fixture
def review(database) -> CaseReview:  # type: ignore[no-untyped-def]
    pack_id = database.screening.add_pack(incoming(), SCREENER).id
    return CaseReview(database.screening, pack_id, SCREENER)


def test_annotations_are_recorded_under_the_actor_and_a_stale_one_is_refused(review: CaseReview) -> None:
    first = review.annotate(GENERAL, SectionStatus.ACCEPTABLE, "Clear purpose.", based_on=0)
    assert (first.author, first.comment) == (SCREENER, "Clear purpose.")
    review.actor = OTHER  # the screener said who they are while the case was open
    second = review.annotate(GENERAL, SectionStatus.CONCERN, "Check the DPIA.", based_on=first.version)
    assert second.author == OTHER
    with pytest.raises(EditConflict):
        review.annotate(GENERAL, SectionStatus.ACCEPTABLE, "", based_on=first.version)
    assert review.case().annotations[GENERAL].comment == "Check the DPIA."
    assert [e.actor for e in review.case().history if e.kind == "annotation"] == [SCREENER, OTHER]


def test_drafts_are_each_screeners_own_and_recording_removes_them(review: CaseReview) -> None:
    key = annotation_draft(GENERAL)
    review.save_drafts({key: {"status": "concern", "comment": "half typed"}}, SCREENER)
    assert review.drafts(SCREENER) == {key: {"status": "concern", "comment": "half typed"}}
    assert review.drafts(OTHER) == {}
    review.annotate(GENERAL, SectionStatus.CONCERN, "typed in full")
    assert review.drafts(SCREENER) == {}
    review.save_drafts({key: {"status": "acceptable", "comment": ""}}, SCREENER)
    review.discard_draft(key, SCREENER)
    assert review.drafts(SCREENER) == {}


def test_a_move_is_previewed_without_recording_then_recorded(review: CaseReview) -> None:
    move = Move(Outcome.START_FIRST_SCREENING)
    preview = review.preview_move(move)
    assert (preview.from_stage, preview.to_stage) == (Stage.RECEIVED, Stage.FIRST_SCREENING)
    assert review.case().row.stage is Stage.RECEIVED
    with pytest.raises(MoveRefused):
        review.preview_move(Move(Outcome.APPROVED))
    event = review.move(move, based_on=review.case().row_version)
    assert event.to_stage is Stage.FIRST_SCREENING and review.case().row.stage is Stage.FIRST_SCREENING


def test_triage_refuses_a_precedent_not_in_the_register(review: CaseReview) -> None:
    with pytest.raises(UserError):
        review.assess(TriageService.SECURITY, "", "", TriageRecommendation.SUPPORT, ("NO-SUCH-CASE",))
    row = review.case().row
    assert review.case_refs() == [row.case_ref] and review.row_of(row.id) == row
    assessed = review.assess(TriageService.SECURITY, "low", "high", TriageRecommendation.SUPPORT, (row.case_ref,))
    assert assessed.assessor == SCREENER


def test_an_amendment_request_is_recorded_for_the_section_or_one_question(review: CaseReview) -> None:
    qs = load_question_set()
    section = qs.sections[0]
    question = section.questions[0]
    review.request_amendment(qs, section.id, section.id, "Say more about the purpose.")
    review.request_amendment(qs, section.id, question.id, "Give the full title.")
    with pytest.raises(UserError):
        review.request_amendment(qs, section.id, section.id, "")
    requests = case_requests(review.repository, review.case().row.case_ref)
    assert [(r.target.target_id, r.text, r.author) for r in requests] == [
        (section.id, "Say more about the purpose.", SCREENER), (question.id, "Give the full title.", SCREENER)]


def test_the_register_listing_counts_filters_and_writes_the_transparency_csv(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    listing = RegisterListing(database.screening)
    empty = listing.stamp()
    pack_id = database.screening.add_pack(incoming(), SCREENER).id
    assert listing.stamp() != empty and listing.count() == 1
    assert [r.id for r in listing.rows()] == [pack_id]
    assert listing.rows(RegisterFilter(text="no such words anywhere")) == []
    assert listing.rows(limit=0) == [] and listing.after_approval(listing.rows()) == {}
    assert listing.shared is (database.screening.shared)
    target = tmp_path / "transparency.csv"
    assert listing.write_transparency_csv(target) == 0
    assert target.read_bytes().decode("utf-8") == listing.transparency_csv()[0]  # CSV line ends kept
