"""What version 2 changed since version 1, as the review shows it (``services.roundtrip.version_changes``), read
from the store's small query (``ScreeningRepository.since_previous``): the diff, and for each assessment carried
over from version 1 whether the answers it is about changed; one written on version 2 itself is not "carried"."""

from __future__ import annotations

import pytest

from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.screening.annotations import SectionStatus
from onsshare_desktop.domain.screening.checklist import CheckAnswer, checklist_items
from onsshare_desktop.services.roundtrip import version_changes
from tests.screening_data import SCREENER, example_case, incoming, next_version, trusted_requester  # noqa: F401

pytestmark = pytest.mark.usefixtures("trusted_requester")


def test_carried_over_assessments_say_whether_their_answers_changed(database) -> None:
    screening = database.screening
    qs = load_question_set()
    v1 = example_case()
    first = incoming(v1)
    v1_id = screening.add_pack(first, SCREENER).id
    assert version_changes(database, v1_id) is None and screening.since_previous(v1_id) is None
    screening.annotate(v1_id, "benefit", SectionStatus.NEEDS_MORE_INFORMATION, "Who benefits?", SCREENER)
    screening.annotate(v1_id, "security", SectionStatus.ACCEPTABLE, "", SCREENER)
    items = checklist_items(qs, v1.answers)
    about_benefits = next(i for i in items if "benefits" in i.questions)
    untouched = next(i for i in items if "benefits" not in i.questions)
    for item in (about_benefits, untouched):
        screening.answer_check(v1_id, item.id, CheckAnswer.MET, "", SCREENER)
    v2 = next_version(v1, first.sha256).with_answer("benefits", str(v1.answers["benefits"]) + " And Cardiff.")
    v2_id = screening.add_pack(incoming(v2), SCREENER).id
    screening.annotate(v2_id, "ethics", SectionStatus.ACCEPTABLE, "Written on version 2.", SCREENER)

    pair = screening.since_previous(v2_id)
    assert pair is not None and pair.previous_version == 1 and pair.case == v2 and pair.previous_case == v1
    changes = version_changes(database, v2_id)
    assert changes is not None and changes.previous_version == 1
    assert [c.question_id for c in changes.diff.answers] == ["benefits"]
    assert changes.annotations == {"benefit": True, "security": False}  # not "ethics": written on this version
    assert changes.checklist == {about_benefits.id: True, untouched.id: False}
    assert version_changes(screening, v2_id) == changes  # the window passes the repository itself
