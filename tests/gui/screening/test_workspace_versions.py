"""Version 2 in the review workspace: the sections that changed are marked in the list, each page shows what
changed word by word and the requests on it with their responses, and carried-over assessments say whether the
answer changed since they were written."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from onsshare_desktop.domain.amendments import REQUEST_ADDED, make_response, new_request, request_payload, \
    resolve_target
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.screening.annotations import SectionStatus
from onsshare_desktop.gui.screening.workspace import ReviewWorkspace, WorkspaceActions
from tests.screening_data import SCREENER, example_case, incoming, next_version, trusted_requester  # noqa: F401

pytestmark = pytest.mark.usefixtures("trusted_requester")
QS = load_question_set()


def test_version_two_shows_changes_requests_and_carried_over_assessments(qtbot, database) -> None:
    screening = database.screening
    v1 = example_case()
    first = incoming(v1)
    v1_id = screening.add_pack(first, SCREENER).id
    screening.annotate(v1_id, "benefit", SectionStatus.NEEDS_MORE_INFORMATION, "Who benefits?", SCREENER)
    screening.annotate(v1_id, "security", SectionStatus.ACCEPTABLE, "", SCREENER)
    request = new_request(v1.case_ref, first.sha256, resolve_target(QS, "benefits"), "Name the councils.", SCREENER,
                          datetime.now(UTC))
    screening.record_case_event(v1.case_ref, REQUEST_ADDED, SCREENER, request_payload(request))
    v2 = next_version(v1, first.sha256).with_answer(
        "benefits", str(v1.answers["benefits"]) + " Cardiff council will use the tables.").with_response(
        make_response(request.request_id, request.target, request.text, "Cardiff and Swansea."))
    v2_id = screening.add_pack(incoming(v2), SCREENER).id

    workspace = ReviewWorkspace(screening, QS, v2_id, SCREENER, WorkspaceActions())
    qtbot.addWidget(workspace)
    nav = [workspace.ui.navList.item(i).text() for i in range(workspace.ui.navList.count())]
    benefit_title = QS.section("benefit").title
    assert any(t.startswith(benefit_title + " · changed since v1") for t in nav)
    assert not any("changed since" in t for t in nav if t.startswith(QS.section("security").title))
    page = workspace.section_page("benefit")
    html = page.ui.answersBrowser.toHtml()
    assert "Changed since version 1" in html and "Cardiff council will use the tables." in html
    assert "Name the councils." in html and "Cardiff and Swansea." in html and "the answer changed" in html
    assert "the answer changed since this was written" in page.ui.annotationInfoLabel.text()
    assert "the answers have not changed" in workspace.section_page("security").ui.annotationInfoLabel.text()
