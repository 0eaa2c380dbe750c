"""Records of the share in the window: the page of an approved case records each administrative record (reference,
date, file kept by SHA-256) and the end date through the services; refusals write nothing and keep what was typed;
the register says what is still missing."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.screening.checklist import CheckAnswer, checklist_items
from onsshare_desktop.domain.screening.stages import DecisionMaker, Move, Outcome
from onsshare_desktop.gui.screening.register import RegisterView
from onsshare_desktop.gui.screening.register_model import RegisterModel
from onsshare_desktop.gui.screening.workspace import ReviewWorkspace, WorkspaceActions
from onsshare_desktop.services.roundtrip import share_records
from tests.screening_data import case_read, SCREENER, example_case, incoming, register_read, trusted_requester  # noqa: F401

pytestmark = pytest.mark.usefixtures("trusted_requester")
QS = load_question_set()


def approved(database) -> int:  # noqa: ANN001
    screening = database.screening
    pack_id = screening.add_pack(incoming(example_case()), SCREENER).id
    screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), SCREENER)
    for item in checklist_items(QS, screening.get(pack_id).case.answers):
        screening.answer_check(pack_id, item.id, CheckAnswer.MET, "", SCREENER)
    for outcome in (Outcome.PROCEED_TO_DSWG, Outcome.RECOMMEND_APPROVAL):
        screening.move(pack_id, Move(outcome), SCREENER)
    screening.move(pack_id, Move(Outcome.APPROVED, decided_by=DecisionMaker.DEPUTY_DIRECTOR,
                                 decider_name="Dana Director"), SCREENER)
    return pack_id


def status_shown(view: RegisterView, pack_id: int) -> str:
    model = view.model
    return model.index(model.row_of(pack_id), RegisterModel.STATUS).data()


def test_the_page_waits_for_an_approval(qtbot, database) -> None:  # noqa: ANN001
    pack_id = database.screening.add_pack(incoming(example_case()), SCREENER).id
    workspace = case_read(qtbot, ReviewWorkspace(database.screening, QS, pack_id, SCREENER, WorkspaceActions()))
    qtbot.addWidget(workspace)
    workspace.go_to("Records of the share")
    page = workspace.share_records
    assert "follow an approval" in page.ui.messageLabel.text()
    assert not page.ui.addRecordButton.isEnabled() and not page.ui.setEndButton.isEnabled()
    view = RegisterView(database.screening, None)
    qtbot.addWidget(view)
    view.reload()
    register_read(qtbot, view)
    assert "missing" not in status_shown(view, pack_id)


def test_records_and_end_date_are_recorded_and_the_register_says_what_is_missing(
        qtbot, database, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    pack_id = approved(database)
    view = RegisterView(database.screening, None)
    qtbot.addWidget(view)
    view.reload()
    register_read(qtbot, view)
    assert status_shown(view, pack_id).endswith("missing: DSA, MoU, DPIA, ethics, end date")
    workspace = case_read(qtbot, ReviewWorkspace(database.screening, QS, pack_id, SCREENER, WorkspaceActions()))
    qtbot.addWidget(workspace)
    workspace.case_changed.connect(lambda _id: view.reload())  # read on a worker thread
    workspace.show()
    workspace.go_to("Records of the share")
    page = workspace.share_records
    ui = page.ui
    assert ui.addRecordButton.isEnabled() and ui.recordsTree.topLevelItem(0).text(1) == "Missing"

    qtbot.keyClicks(ui.referenceEdit, "DSA-2027-014")
    qtbot.keyClicks(ui.datedEdit, "20/01/2027")
    qtbot.mouseClick(ui.addRecordButton, Qt.MouseButton.LeftButton)
    assert "Choose the record's file first" in ui.messageLabel.text()
    signed = tmp_path / "dsa.pdf"
    signed.write_bytes(b"%PDF-1.7 the signed agreement")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(signed), ""))
    qtbot.mouseClick(ui.chooseFileButton, Qt.MouseButton.LeftButton)
    assert ui.chosenFileLabel.text() == "dsa.pdf"
    qtbot.mouseClick(ui.addRecordButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not recorded" in ui.messageLabel.text())
    assert "YYYY-MM-DD" in ui.messageLabel.text() and ui.referenceEdit.text() == "DSA-2027-014"  # kept
    assert share_records(database.screening, example_case().case_ref).records == {}  # nothing recorded

    ui.datedEdit.clear()
    qtbot.keyClicks(ui.datedEdit, "2027-01-20")
    qtbot.mouseClick(ui.addRecordButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.recordsTree.topLevelItem(0).text(1) == "DSA-2027-014")
    dsa = ui.recordsTree.topLevelItem(0)
    assert dsa.text(2) == "2027-01-20" and dsa.toolTip(4) == hashlib.sha256(signed.read_bytes()).hexdigest()
    assert "Recorded the Data Sharing Agreement" in ui.messageLabel.text() and not ui.referenceEdit.text()
    qtbot.keyClicks(ui.endDateEdit, "2030-03-31")
    qtbot.keyClick(ui.endDateEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "The share ends on 2030-03-31." in ui.messageLabel.text())
    register_read(qtbot, view)
    assert status_shown(view, pack_id).endswith("missing: MoU, DPIA, ethics")
    assert "Ethical Self Assessment" in view.model.index(view.model.row_of(pack_id), RegisterModel.STATUS).data(
        Qt.ItemDataRole.ToolTipRole)


def test_the_register_says_when_benefits_were_reported(qtbot, database) -> None:  # noqa: ANN001
    from onsshare_desktop.services.roundtrip import BENEFITS_IMPORTED

    pack_id = approved(database)
    row = database.screening.get_row(pack_id)
    database.screening.record_case_event(row.case_ref, BENEFITS_IMPORTED, SCREENER, {
        "sha256": row.sha256, "document_sha256": "cd" * 32, "benefits": "Two councils.", "outputs": []})
    view = RegisterView(database.screening, None)
    qtbot.addWidget(view)
    view.reload()
    register_read(qtbot, view)
    assert status_shown(view, pack_id).endswith("end date · benefits reported")
    assert "Benefits reports received: 1" in view.model.index(view.model.row_of(pack_id), RegisterModel.STATUS).data(
        Qt.ItemDataRole.ToolTipRole)
    workspace = case_read(qtbot, ReviewWorkspace(database.screening, QS, pack_id, SCREENER, WorkspaceActions()))
    qtbot.addWidget(workspace)
    assert "Benefits reports received: 1. The latest: Two councils." in workspace.share_records.ui.benefitsLabel.text()
