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
from tests.gui.screening.test_workspace import click
from tests.screening_data import case_read, SCREENER, example_case, incoming, next_version, trusted_requester  # noqa: F401

pytestmark = pytest.mark.usefixtures("trusted_requester")
QS = load_question_set()


def test_version_two_shows_changes_requests_and_carried_over_assessments(qtbot, database) -> None:
    screening = database.screening
    v1 = example_case()
    first = incoming(v1)
    v1_id = screening.add_pack(first, SCREENER).id
    screening.annotate(v1_id, "benefit", SectionStatus.NEEDS_MORE_INFORMATION, "Who benefits?", SCREENER)
    screening.annotate(v1_id, "security", SectionStatus.ACCEPTABLE, "", SCREENER)
    from onsshare_desktop.domain.screening.checklist import CheckAnswer, checklist_items

    items = checklist_items(QS, v1.answers)
    about_benefits = next(i for i in items if "benefits" in i.questions)
    untouched = next(i for i in items if "benefits" not in i.questions)
    for item in (about_benefits, untouched):
        screening.answer_check(v1_id, item.id, CheckAnswer.MET, "", SCREENER)
    request = new_request(v1.case_ref, first.sha256, resolve_target(QS, "benefits"), "Name the councils.", SCREENER,
                          datetime.now(UTC))
    screening.record_case_event(v1.case_ref, REQUEST_ADDED, SCREENER, request_payload(request))
    v2 = next_version(v1, first.sha256).with_answer(
        "benefits", str(v1.answers["benefits"]) + " Cardiff council will use the tables.").with_response(
        make_response(request.request_id, request.target, request.text, "Cardiff and Swansea."))
    v2_id = screening.add_pack(incoming(v2), SCREENER).id

    workspace = case_read(qtbot, ReviewWorkspace(screening, QS, v2_id, SCREENER, WorkspaceActions()))
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
    last_set = {item_id: label.text() for item_id, label in workspace.checklist.last_set.items()}
    assert last_set[about_benefits.id].endswith("the answer changed since this was written")
    assert last_set[untouched.id].endswith("from an earlier version")


def test_a_comment_becomes_a_request_and_returning_writes_the_return_note(qtbot, database, tmp_path) -> None:

    from onsshare_desktop.domain.screening.stages import Outcome, Stage
    from tests.gui.screening.test_workspace import fill_checklist, record

    written: list[int] = []

    def export_return(pack_id, parent, done) -> None:  # noqa: ANN001 - the window's action, here a stand-in
        from onsshare_desktop.services.roundtrip import case_requests

        assert [r.text for r in case_requests(database.screening, database.screening.get_row(pack_id).case_ref)] \
            == ["Say which councils will use it."]
        written.append(pack_id)
        database.screening.move(pack_id, Move(Outcome.RETURN_FOR_INFORMATION, note="note"), SCREENER)
        done(tmp_path / "return.pdf")

    from onsshare_desktop.domain.screening.stages import Move

    pack_id = database.screening.add_pack(incoming(example_case()), SCREENER).id
    workspace = case_read(qtbot, ReviewWorkspace(database.screening, QS, pack_id, SCREENER, WorkspaceActions(export_return=export_return)))
    qtbot.addWidget(workspace)
    workspace.show()
    record(qtbot, workspace, Outcome.START_FIRST_SCREENING)
    fill_checklist(qtbot, workspace)
    page = workspace.section_page("benefit")
    workspace.go_to(QS.section("benefit").title)
    click(qtbot, workspace, page.askButton)
    assert "No request made" in page.ui.annotationInfoLabel.text()  # nothing typed: nothing asked
    qtbot.keyClicks(page.ui.commentEdit, "Say which councils will use it.")
    click(qtbot, workspace, page.askButton)
    assert "Request recorded" in page.ui.annotationInfoLabel.text()
    message = record(qtbot, workspace, Outcome.RETURN_FOR_INFORMATION, "See the return note")
    assert written == [pack_id] and "Signed return note written to" in message
    assert database.screening.get_row(pack_id).stage == Stage.RETURNED


def test_a_decided_case_offers_the_decision_letter(qtbot, database, tmp_path) -> None:
    from PySide6.QtCore import Qt

    from onsshare_desktop.domain.screening.stages import Outcome
    from tests.gui.screening.test_workspace import fill_checklist, record

    asked: list[int] = []

    def export_decision(pack_id, parent, done) -> None:  # noqa: ANN001 - the window's action, here a stand-in
        asked.append(pack_id)
        done(tmp_path / "decision.pdf")

    pack_id = database.screening.add_pack(incoming(example_case()), SCREENER).id
    workspace = case_read(qtbot, ReviewWorkspace(database.screening, QS, pack_id, SCREENER,
                                WorkspaceActions(export_decision=export_decision)))
    qtbot.addWidget(workspace)
    workspace.show()
    assert not workspace.ui.exportDecisionButton.isVisible()
    record(qtbot, workspace, Outcome.START_FIRST_SCREENING)
    fill_checklist(qtbot, workspace)
    record(qtbot, workspace, Outcome.PROCEED_TO_DSWG)
    record(qtbot, workspace, Outcome.RECOMMEND_APPROVAL)
    assert not workspace.ui.exportDecisionButton.isVisible()
    record(qtbot, workspace, Outcome.APPROVED, decided_by="deputy_director", decider_name="A. Director")
    assert workspace.ui.exportDecisionButton.isVisible() and workspace.ui.exportDecisionButton.isEnabled()
    qtbot.mouseClick(workspace.ui.exportDecisionButton, Qt.MouseButton.LeftButton)
    assert asked == [pack_id] and "Signed decision letter written to" in workspace.ui.outcomeMessageLabel.text()


def test_the_windows_return_action_signs_a_real_return_note(qtbot, services, actions, tmp_path,
                                                                     monkeypatch) -> None:
    """The real actions: key unlocked with the prompted passphrase, signed off the UI thread, verified documents."""
    from PySide6.QtWidgets import QFileDialog

    from onsshare_desktop.domain.screening.stages import Outcome, Stage
    from onsshare_desktop.identity.store import IdentityStore
    from onsshare_desktop.identity.trust import TrustStore
    from onsshare_desktop.pack.verify import Verdict, verify_pack
    from tests.gui.screening.test_workspace import record

    target = tmp_path / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    pack_id = services.database.screening.add_pack(incoming(example_case()), SCREENER).id
    workspace = case_read(qtbot, ReviewWorkspace(services.database.screening, QS, pack_id, SCREENER, actions.workspace_actions()))
    qtbot.addWidget(workspace)
    workspace.show()
    record(qtbot, workspace, Outcome.START_FIRST_SCREENING)
    page = workspace.section_page("security")
    page.ui.commentEdit.setPlainText("Name the accredited environment.")
    click(qtbot, workspace, page.askButton)
    record(qtbot, workspace, Outcome.RETURN_FOR_INFORMATION, "See the return note")
    qtbot.waitUntil(lambda: "Signed return note written" in workspace.ui.outcomeMessageLabel.text(), timeout=30_000)
    trust = TrustStore(tmp_path / "trust", extra=[IdentityStore(services.paths.identity).certificate()])
    report = verify_pack(target, trust)
    assert report.verdict is Verdict.TRUSTED and report.kind == "return"
    assert [r.text for r in report.document.requests] == ["Name the accredited environment."]
    assert services.database.screening.get_row(pack_id).stage == Stage.RETURNED


def test_an_open_request_is_shown_with_who_and_when_and_can_be_withdrawn(qtbot, database, monkeypatch) -> None:

    from onsshare_desktop.services.roundtrip import case_requests
    from tests.gui.screening.test_workspace import record
    from onsshare_desktop.domain.screening.stages import Outcome

    pack_id = database.screening.add_pack(incoming(example_case()), SCREENER).id
    workspace = case_read(qtbot, ReviewWorkspace(database.screening, QS, pack_id, SCREENER, WorkspaceActions()))
    qtbot.addWidget(workspace)
    workspace.show()
    record(qtbot, workspace, Outcome.START_FIRST_SCREENING)
    page = workspace.section_page("benefit")
    workspace.go_to(QS.section("benefit").title)
    assert not page.withdrawButton.isVisible()
    for text in ("Say which councils will use it.", "Name the outputs."):
        page.ui.commentEdit.clear()
        qtbot.keyClicks(page.ui.commentEdit, text)
        click(qtbot, workspace, page.askButton)
    html = page.ui.answersBrowser.toPlainText()
    assert "Say which councils will use it." in html and "asked by " + SCREENER in html and "Open" in html
    assert page.withdrawButton.isVisible()
    offered: list[list[str]] = []
    monkeypatch.setattr(workspace, "choose_request", lambda labels: offered.append(labels) or 1)
    click(qtbot, workspace, page.withdrawButton)
    assert offered[0][1].startswith("Name the outputs. (asked by " + SCREENER)
    assert "Request withdrawn" in page.ui.annotationInfoLabel.text()
    statuses = {r.text: r.status.value for r in case_requests(database.screening, example_case().case_ref)}
    assert statuses == {"Say which councils will use it.": "open", "Name the outputs.": "withdrawn"}
    assert "Withdrawn" in page.ui.answersBrowser.toPlainText()
    monkeypatch.setattr(workspace, "choose_request", lambda labels: None)  # cancelled: nothing changes
    click(qtbot, workspace, page.withdrawButton)
    assert [r.status.value for r in case_requests(database.screening, example_case().case_ref)] == ["open",
                                                                                                    "withdrawn"]


def test_a_request_can_be_about_one_question_of_the_section(qtbot, database) -> None:
    from PySide6.QtCore import Qt

    from onsshare_desktop.domain.amendments import TargetKind
    from onsshare_desktop.domain.screening.stages import Outcome
    from onsshare_desktop.services.roundtrip import case_requests
    from tests.gui.screening.test_workspace import record

    pack_id = database.screening.add_pack(incoming(example_case()), SCREENER).id
    workspace = case_read(qtbot, ReviewWorkspace(database.screening, QS, pack_id, SCREENER, WorkspaceActions()))
    qtbot.addWidget(workspace)
    workspace.show()
    record(qtbot, workspace, Outcome.START_FIRST_SCREENING)
    page = workspace.section_page("benefit")
    workspace.go_to(QS.section("benefit").title)
    combo = page.targetCombo
    assert combo.itemData(0) == "benefit" and "benefits" in [combo.itemData(i) for i in range(combo.count())]
    combo.setFocus()
    while combo.currentData() != "benefits":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClicks(page.ui.commentEdit, "Name the councils.")
    click(qtbot, workspace, page.askButton)
    [request] = case_requests(database.screening, example_case().case_ref)
    assert (request.target.kind, request.target.target_id) == (TargetKind.QUESTION, "benefits")
    assert QS.question("benefits").label in page.ui.answersBrowser.toPlainText()  # the request box names it


def three_versions(screening):  # type: ignore[no-untyped-def]
    """A case received in three versions, each adding a sentence to "benefits"; version 1 and version 3's id."""
    v1 = example_case()
    first = incoming(v1)
    screening.add_pack(first, SCREENER)
    v2 = next_version(v1, first.sha256).with_answer("benefits", str(v1.answers["benefits"]) + " Cardiff council.")
    second = incoming(v2)
    screening.add_pack(second, SCREENER)
    v3 = next_version(v2, second.sha256).with_answer("benefits", str(v2.answers["benefits"]) + " Swansea too.")
    return v1, screening.add_pack(incoming(v3), SCREENER).id


def test_any_two_versions_can_be_compared(qtbot, database) -> None:
    from PySide6.QtCore import Qt

    screening = database.screening
    v1, v3_id = three_versions(screening)
    only = case_read(qtbot, ReviewWorkspace(screening, QS, screening.versions_of(v1.case_ref)[0].id, SCREENER, WorkspaceActions()))
    qtbot.addWidget(only)
    assert not only.compareButton.isHidden()  # version 1, superseded: its later versions can be compared with it
    workspace = case_read(qtbot, ReviewWorkspace(screening, QS, v3_id, SCREENER, WorkspaceActions()))
    qtbot.addWidget(workspace)
    workspace.show()
    assert workspace.compareButton.isVisible()
    qtbot.mouseClick(workspace.compareButton, Qt.MouseButton.LeftButton)
    from onsshare_desktop.gui.screening.compare_versions import CompareVersionsDialog

    [dialog] = workspace.findChildren(CompareVersionsDialog)
    qtbot.waitUntil(lambda: not dialog.reading)  # read on a worker
    assert "Swansea too." in dialog.ui.diffBrowser.toPlainText()  # version 2 -> 3, to start with
    assert "From version 2 to version 3: 1 answer(s) changed," in dialog.ui.summaryLabel.text()
    dialog.ui.fromCombo.setCurrentIndex(0)  # version 1 -> 3: both additions
    qtbot.waitUntil(lambda: not dialog.reading)
    text = dialog.ui.diffBrowser.toPlainText()
    assert "Cardiff council." in text and "Swansea too." in text
    dialog.ui.toCombo.setCurrentIndex(0)
    assert "Choose two different versions." in dialog.ui.summaryLabel.text()


def test_a_comparison_the_database_holds_or_drops_leaves_the_window_turning_and_is_tried_again(qtbot, database) -> None:
    """The diff is read on a worker: while the database holds it the window turns; a newer choice made meanwhile
    wins (the older read is not shown); a database fault is said with Try again, which reads it."""
    import threading

    from PySide6.QtCore import Qt, QTimer
    from sqlalchemy.exc import OperationalError

    from onsshare_desktop.gui.screening.compare_versions import CompareVersionsDialog
    from onsshare_desktop.services import roundtrip

    screening = database.screening
    v1, _v3_id = three_versions(screening)
    release, calls = threading.Event(), []
    real = roundtrip.diff_versions

    def held_then_dropped(repository, case_ref, old, new):  # type: ignore[no-untyped-def]
        calls.append((old, new))
        if len(calls) == 1:
            assert release.wait(10)
        if len(calls) == 3:
            raise OperationalError("SELECT", {}, Exception("server closed the connection unexpectedly"))
        return real(repository, case_ref, old, new)

    roundtrip.diff_versions = held_then_dropped
    try:
        dialog = CompareVersionsDialog(screening, QS, v1.case_ref, 3, [1, 2, 3])
        qtbot.addWidget(dialog)
        dialog.show()
        ticks = []
        timer = QTimer(dialog, interval=20)
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start()
        qtbot.waitUntil(lambda: len(ticks) >= 5)  # the window turns while the database holds the read
        assert dialog.reading
        dialog.ui.fromCombo.setCurrentIndex(0)  # version 1 -> 3 chosen while 2 -> 3 is still being read
        release.set()
        qtbot.waitUntil(lambda: calls == [(2, 3), (1, 3)] and not dialog.reading)
        assert dialog.ui.summaryLabel.text().startswith("From version 1 to version 3:")  # 2 -> 3 was not shown
        dialog.ui.fromCombo.setCurrentIndex(1)  # 2 -> 3: the database drops this one
        qtbot.waitUntil(lambda: dialog.problemBar.isVisible() and dialog.problemBar.retryButton.isVisible())
        assert dialog.problemBar.label.text().startswith("The two versions could not be compared.")
        assert dialog.problemBar.retryButton.hasFocus()
        qtbot.keyClick(dialog.problemBar.retryButton, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: len(calls) == 4 and not dialog.reading)
        assert dialog.ui.summaryLabel.text().startswith("From version 2 to version 3:")
        assert not dialog.problemBar.isVisible()
    finally:
        roundtrip.diff_versions = real
