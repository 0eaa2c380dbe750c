"""The review workspace driven as a screener would: read, annotate, answer the checklist, triage, every stage move."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import QUrl, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from onsshare_desktop.domain.case import AttachmentRef
from onsshare_desktop.domain.flow import visible_sections
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.screening.annotations import GENERAL, SectionStatus
from onsshare_desktop.domain.screening.checklist import CheckAnswer
from onsshare_desktop.domain.screening.stages import Outcome, Stage
from onsshare_desktop.domain.screening.triage import TriageRecommendation, TriageService
from onsshare_desktop.gui.screening.workspace import ReviewWorkspace, WorkspaceActions
from tests.screening_data import SCREENER, example_case, incoming, stranger, trust, trusted_requester  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("trusted_requester")


def open_workspace(qtbot, database, trusted: bool = True, case=None, actions=WorkspaceActions()) -> ReviewWorkspace:  # noqa: B008 - frozen
    pack_id = database.screening.add_pack(incoming(case, trusted=trusted), SCREENER).id
    workspace = ReviewWorkspace(database.screening, load_question_set(), pack_id, SCREENER, actions)
    qtbot.addWidget(workspace)
    workspace.resize(1200, 800)
    workspace.show()
    settle(qtbot, workspace)  # the case is read on a worker thread
    return workspace


def settle(qtbot, workspace: ReviewWorkspace) -> None:
    """Wait until what was asked for is recorded and the case read again (both run on worker threads)."""
    qtbot.waitUntil(lambda: not workspace.recording, timeout=10000)


def click(qtbot, workspace: ReviewWorkspace, button: QWidget) -> None:
    """Press ``button`` and wait for what it records (see ``settle``)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, workspace)


def choose(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_pages_follow_the_requesters_order_and_next_back_and_jump_work(qtbot, database) -> None:
    workspace = open_workspace(qtbot, database)
    case = example_case()
    sections = [s.title for s in visible_sections(load_question_set(), case.answers)]
    assert workspace.page_names() == ["Overview", *sections, "Triage", "Checklist", "Outcome", "Records of the share",
                                      "Versions",
                                      "History"]
    ui = workspace.ui
    assert not ui.backButton.isEnabled()
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    assert ui.pagesStack.currentWidget() is workspace.section_page("requester")
    assert "Welsh Government" in workspace.section_page("requester").ui.answersBrowser.toPlainText()
    qtbot.mouseClick(ui.backButton, Qt.MouseButton.LeftButton)
    assert ui.pagesStack.currentWidget() is workspace.section_page(GENERAL)
    workspace.go_to("Checklist")
    assert ui.pagesStack.currentWidget() is ui.checklistPage
    ui.navList.setCurrentRow(ui.navList.count() - 1)
    assert ui.pagesStack.currentWidget() is ui.historyPage and not ui.nextButton.isEnabled()


def test_answers_are_read_only_and_show_choice_labels(qtbot, database) -> None:
    workspace = open_workspace(qtbot, database)
    browser = workspace.section_page("data").ui.answersBrowser
    assert browser.isReadOnly()
    text = browser.toPlainText()
    assert "De-identified (pseudonymised)" in text and "Census 2021 (England and Wales)" in text


def test_annotating_a_section_records_who_and_when(qtbot, database) -> None:
    workspace = open_workspace(qtbot, database)
    page = workspace.section_page("benefit")
    workspace.go_to("Public benefit")
    choose(page.ui.statusCombo, SectionStatus.NEEDS_MORE_INFORMATION.value)
    qtbot.keyClicks(page.ui.commentEdit, "Which services will change?")
    click(qtbot, workspace, page.ui.saveAnnotationButton)
    annotation = database.screening.get(workspace.pack_id).annotations["benefit"]
    assert (annotation.status, annotation.comment, annotation.author) == (
        SectionStatus.NEEDS_MORE_INFORMATION, "Which services will change?", SCREENER)
    assert SCREENER in page.ui.annotationInfoLabel.text()
    assert workspace.ui.navList.currentItem().text() == "Public benefit  ?"
    general = workspace.section_page(GENERAL)
    qtbot.keyClicks(general.ui.commentEdit, "Well prepared request.")
    click(qtbot, workspace, general.ui.saveAnnotationButton)
    history = workspace.ui.historyTree
    assert history.topLevelItemCount() == 3
    assert history.topLevelItem(1).text(1) == SCREENER
    assert "Public benefit: Needs more information" in history.topLevelItem(1).text(2)


def fill_checklist(qtbot, workspace: ReviewWorkspace, answer: CheckAnswer = CheckAnswer.MET) -> list[str]:
    workspace.go_to("Checklist")
    ids = []
    for combo in workspace.findChildren(QComboBox):
        if combo.objectName().startswith("check_"):
            choose(combo, answer.value)
            ids.append(combo.objectName().removeprefix("check_"))
    for note in workspace.findChildren(QLineEdit):
        if note.objectName().startswith("note_"):
            qtbot.keyClicks(note, "seen")
    click(qtbot, workspace, workspace.ui.saveChecklistButton)
    return ids


def test_checklist_items_depend_on_the_case_and_are_saved(qtbot, database) -> None:
    workspace = open_workspace(qtbot, database)
    ids = fill_checklist(qtbot, workspace)
    assert ids == ["other-routes", "legal-gateway", "public-benefit", "confidentiality", "dpia",
                   "dpo-legal-oversight", "declaration"]
    checklist = database.screening.get(workspace.pack_id).checklist
    assert set(checklist) == set(ids) and all(a.note == "seen" and a.author == SCREENER for a in checklist.values())
    assert workspace.ui.checklistStatusLabel.text() == "7 of 7 checks answered."
    business = open_workspace(qtbot, database, case=example_case("university-business-survey"))
    business_ids = [c.objectName() for c in business.findChildren(QComboBox) if c.objectName().startswith("check_")]
    assert "check_dpia" not in business_ids and "check_dpo-legal-oversight" in business_ids


def test_triage_assessment_with_a_precedent(qtbot, database) -> None:
    earlier = database.screening.add_pack(incoming(example_case("university-business-survey")), SCREENER).id
    earlier_ref = database.screening.get_row(earlier).case_ref
    workspace = open_workspace(qtbot, database)
    ui = workspace.ui
    workspace.go_to("Triage")
    choose(ui.serviceCombo, TriageService.LEGAL_SERVICES.value)
    qtbot.keyClicks(ui.risksEdit, "Gateway wording")
    qtbot.keyClicks(ui.benefitsEdit, "Homelessness prevention")
    choose(ui.recommendationCombo, TriageRecommendation.SUPPORT_WITH_CONDITIONS.value)
    ui.precedentsEdit.setText("ONS-DSR-NOT-HERE")  # typing would pop up the completer
    click(qtbot, workspace, ui.saveAssessmentButton)
    assert "not cases in the register" in ui.triageStatusLabel.text()
    ui.precedentsEdit.setText(earlier_ref)
    click(qtbot, workspace, ui.saveAssessmentButton)
    [assessment] = database.screening.get(workspace.pack_id).triage
    assert assessment.service == TriageService.LEGAL_SERVICES and assessment.precedents == (earlier_ref,)
    assert ui.triageTree.topLevelItem(0).text(2) == earlier_ref


def record(qtbot, workspace: ReviewWorkspace, outcome: Outcome, note: str = "", **fields: str) -> str:
    ui = workspace.ui
    workspace.go_to("Outcome")
    choose(ui.outcomeCombo, outcome.value)
    if note:
        qtbot.keyClicks(ui.noteEdit, note)
    if "decided_by" in fields:
        choose(ui.decidedByCombo, fields["decided_by"])
        qtbot.keyClicks(ui.deciderNameEdit, fields["decider_name"])
    if "conditions" in fields:
        qtbot.keyClicks(ui.conditionsEdit, fields["conditions"])
    if "exception" in fields:
        qtbot.keyClicks(ui.exceptionEdit, fields["exception"])
    if fields.get("register_checked"):
        ui.registerCheckedBox.setChecked(True)
    if "ground" in fields:
        choose(ui.exemptionCombo, fields["ground"])
    click(qtbot, workspace, ui.recordOutcomeButton)
    return ui.outcomeMessageLabel.text()


def stage(database, workspace: ReviewWorkspace) -> Stage:
    return database.screening.get_row(workspace.pack_id).stage


def test_untrusted_signer_blocks_first_screening_until_confirmed(qtbot, database, data_paths) -> None:
    def confirm(pack_id: int, parent: QWidget, done: Callable[[bool], None]) -> None:
        assert database.screening.get_row(pack_id).signer_fingerprint == stranger().info.fingerprint
        trust(data_paths, stranger())
        database.screening.sync_signers(SCREENER)
        done(True)

    workspace = open_workspace(qtbot, database, trusted=False, actions=WorkspaceActions(confirm_signer=confirm))
    ui = workspace.ui
    assert ui.confirmSignerButton.isVisible() and "SIGNER NOT CONFIRMED" in ui.signerLabel.text()
    record(qtbot, workspace, Outcome.START_FIRST_SCREENING)
    fill_checklist(qtbot, workspace)
    message = record(qtbot, workspace, Outcome.PROCEED_TO_DSWG)
    assert "signer is not confirmed" in message and stage(database, workspace) == Stage.FIRST_SCREENING
    click(qtbot, workspace, ui.confirmSignerButton)
    assert not ui.confirmSignerButton.isVisible() and "signer confirmed" in ui.signerLabel.text()
    assert "Recorded" in record(qtbot, workspace, Outcome.PROCEED_TO_DSWG)
    assert stage(database, workspace) == Stage.SECOND_SCREENING


def test_every_stage_move_through_the_outcome_page(qtbot, database) -> None:
    workspace = open_workspace(qtbot, database)
    ui = workspace.ui
    assert [ui.outcomeCombo.itemData(i) for i in range(ui.outcomeCombo.count())] == ["start_first_screening"]
    record(qtbot, workspace, Outcome.START_FIRST_SCREENING)
    assert "checklist" in record(qtbot, workspace, Outcome.PROCEED_TO_DSWG)
    fill_checklist(qtbot, workspace)
    record(qtbot, workspace, Outcome.PROCEED_TO_DSWG)
    assert stage(database, workspace) == Stage.SECOND_SCREENING
    assert not ui.decidedByCombo.isVisible()
    record(qtbot, workspace, Outcome.ESCALATE_TO_DGC, note="Novel linkage")
    assert stage(database, workspace) == Stage.AWAITING_DECISION
    assert ui.outcomeCombo.currentIndex() == -1 and not ui.recordOutcomeButton.isEnabled()  # nothing pre-chosen
    choose(ui.outcomeCombo, Outcome.APPROVED.value)
    assert ui.decidedByCombo.isVisible()
    message = record(qtbot, workspace, Outcome.APPROVED_WITH_CONDITIONS, decided_by="deputy_director",
                     decider_name="A. Director", conditions="Annual audit")
    assert "Data Governance Committee" in message and stage(database, workspace) == Stage.AWAITING_DECISION
    ui.deciderNameEdit.clear()
    ui.conditionsEdit.clear()
    record(qtbot, workspace, Outcome.APPROVED_WITH_CONDITIONS, decided_by="data_governance_committee",
           decider_name="DGC meeting 12", conditions="Annual audit")
    assert stage(database, workspace) == Stage.THIRD_SCREENING
    assert "register entry" in record(qtbot, workspace, Outcome.PUBLISH)
    record(qtbot, workspace, Outcome.EXEMPT_FROM_PUBLICATION, register_checked="1", ground="commercial_interests")
    assert stage(database, workspace) == Stage.EXEMPT
    assert ui.outcomeCombo.count() == 0 and not ui.outcomeBox.isEnabled()
    assert not workspace.section_page("data").ui.saveAnnotationButton.isEnabled()
    whats = [ui.historyTree.topLevelItem(i).text(2) for i in range(ui.historyTree.topLevelItemCount())]
    assert any("Exempt from publication" in w and "Commercial interests" in w for w in whats)


@pytest.mark.parametrize(("path", "final"), [
    ([(Outcome.RETURN_FOR_INFORMATION, {"note": "Missing DPIA"})], Stage.RETURNED),
    ([(Outcome.RECOMMEND_DECLINE, {"note": "No gateway"}),
      (Outcome.DECLINED, {"note": "No gateway", "decided_by": "deputy_director", "decider_name": "A. Director"})],
     Stage.DECLINED),
    ([(Outcome.PROCEED_TO_DSWG, {}), (Outcome.RETURN_FOR_INFORMATION, {"note": "Clarify outputs"})],
     Stage.RETURNED),
    ([(Outcome.PROCEED_TO_DSWG, {}), (Outcome.RECOMMEND_APPROVAL, {}),
      (Outcome.APPROVED, {"decided_by": "deputy_director", "decider_name": "A. Director"}),
      (Outcome.PUBLISH, {"register_checked": "1"})], Stage.PUBLISHED),
    ([(Outcome.PROCEED_TO_DSWG, {}), (Outcome.ESCALATE_TO_DGC, {}),
      (Outcome.APPROVED, {"decided_by": "national_statistician", "decider_name": "N. Statistician",
                          "exception": "Administrative use"}),
      (Outcome.PUBLISH, {"register_checked": "1"})], Stage.PUBLISHED),
])
def test_other_routes(qtbot, database, path, final) -> None:
    workspace = open_workspace(qtbot, database)
    record(qtbot, workspace, Outcome.START_FIRST_SCREENING)
    fill_checklist(qtbot, workspace)
    for outcome, fields in path:
        fields = dict(fields)
        note = fields.pop("note", "")
        message = record(qtbot, workspace, outcome, note, **fields)
        assert message.startswith("Recorded"), message
    assert stage(database, workspace) == final


def test_attachment_links_and_original_pack_use_the_actions(qtbot, database) -> None:
    opened: list[tuple[int, str]] = []
    packs: list[int] = []
    case = example_case().with_attachments((AttachmentRef("dpia.pdf", "dpia", 1234, "c" * 64, "application/pdf"),))
    workspace = open_workspace(qtbot, database, case=case, actions=WorkspaceActions(
        open_attachment=lambda pack_id, sha, parent, done: (opened.append((pack_id, sha)), done(None)),
        open_pack=lambda pack_id, parent, done: (packs.append(pack_id), done(None))))
    page = workspace.section_page("attachments")
    assert "dpia.pdf" in page.ui.answersBrowser.toPlainText()
    page.ui.answersBrowser.anchorClicked.emit(QUrl("attachment:" + "c" * 64))
    assert opened == [(workspace.pack_id, "c" * 64)]
    qtbot.mouseClick(workspace.ui.openPackButton, Qt.MouseButton.LeftButton)
    assert packs == [workspace.pack_id]


def test_a_superseded_version_offers_no_outcome(qtbot, database) -> None:
    workspace = open_workspace(qtbot, database)
    first = database.screening.get_row(workspace.pack_id)
    later = replace(example_case(), version=2, previous_pack_sha256=first.sha256)
    database.screening.add_pack(incoming(later), SCREENER)
    workspace.refresh()
    assert "superseded" in workspace.ui.stageLabel.text()
    assert workspace.ui.outcomeCombo.count() == 0


def test_the_screeners_view_shows_30000_character_answers_whole_and_stays_quick(qtbot, database) -> None:
    """Issue 12, defect 2: the register and the screener's view stay fast with answers at their 30,000-character
    limit (the bound is generous, for a shared CI machine: a view that re-laid text per keystroke or loaded every
    case's answers into the register would miss it by far)."""
    import time

    from bench.maximal_case import long_text_questions, maximal_case

    case = maximal_case()[0]
    qs = load_question_set()
    started = time.perf_counter()
    workspace = open_workspace(qtbot, database, case=case)
    opened = time.perf_counter() - started
    long_ids = [q.id for q in long_text_questions(qs) if q.id in case.answers]
    assert len(long_ids) >= 10
    shown = {s.id: " ".join(workspace.section_page(s.id).ui.answersBrowser.toPlainText().split())
             for s in visible_sections(qs, case.answers) if workspace.section_page(s.id) is not None}
    for qid in long_ids:
        section = next(s.id for s in qs.sections if any(q.id == qid for q in s.questions))
        assert " ".join(case.answers[qid].split()) in shown[section], f"{qid} is not shown whole"
    started = time.perf_counter()
    rows = database.screening.register()
    listed = time.perf_counter() - started
    assert [row.case_ref for row in rows] == [case.case_ref]
    assert opened < 5 and listed < 1, (opened, listed)  # measured: 0.36 s and 2 ms
