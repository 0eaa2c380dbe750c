"""The screener's typing is kept as it is typed, like the requester's: nothing is lost on Next/Back, on closing the
case (Ctrl+W), on quitting, or when the process is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from onsshare_desktop.domain.screening.annotations import SectionStatus
from onsshare_desktop.domain.screening.checklist import CheckAnswer
from onsshare_desktop.gui.screening.autosave import AUTOSAVE_DELAY_MS
from onsshare_desktop.gui.screening.window import ScreenerWindow
from onsshare_desktop.store.screening import TRIAGE_DRAFT, annotation_draft, check_draft
from tests.conftest import REPO_ROOT
from tests.gui.screening.test_workspace import settle
from tests.screening_data import case_read, SCREENER, incoming, trusted_requester  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("trusted_requester")
CHILD = Path(__file__).with_name("screener_kill_child.py")


def window_with_case(qtbot, services):
    pack_id = services.database.screening.add_pack(incoming(), SCREENER).id
    window = ScreenerWindow(services, SCREENER)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    return window, case_read(qtbot, window.open_case(pack_id)), pack_id


def test_a_section_comment_is_kept_as_typed_and_recorded_when_the_case_is_closed(qtbot, services) -> None:
    window, workspace, pack_id = window_with_case(qtbot, services)
    workspace.go_to("Public benefit")
    comment = workspace.section_page("benefit").ui.commentEdit
    qtbot.keyClicks(comment, "Which council services will use this?")
    qtbot.waitUntil(lambda: annotation_draft("benefit") in services.database.screening.drafts(pack_id, SCREENER),
                    timeout=AUTOSAVE_DELAY_MS + 1000)  # on disk within the autosave delay, without a Save button
    assert services.database.screening.drafts(pack_id, SCREENER)[annotation_draft("benefit")]["comment"] == \
        "Which council services will use this?"
    # said once the worker that wrote it has reported (a moment after the row is on disk)
    qtbot.waitUntil(lambda: "Kept" in workspace.ui.savedLabel.text(), timeout=AUTOSAVE_DELAY_MS + 1000)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # Ctrl+W closes the case
    assert window.open_cases() == []
    received = services.database.screening.get(pack_id)
    assert received.annotations["benefit"].comment == "Which council services will use this?"
    assert received.annotations["benefit"].author == SCREENER
    assert services.database.screening.drafts(pack_id, SCREENER) == {}  # recorded: the draft is gone


def test_next_and_back_record_what_was_typed_on_the_page_left(qtbot, services) -> None:
    _window, workspace, pack_id = window_with_case(qtbot, services)
    workspace.go_to("Public benefit")
    page = workspace.section_page("benefit")
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData(SectionStatus.CONCERN.value))
    qtbot.keyClicks(page.ui.commentEdit, "Benefit not shown")
    qtbot.mouseClick(workspace.ui.nextButton, Qt.MouseButton.LeftButton)
    settle(qtbot, workspace)  # recorded on a worker
    annotation = services.database.screening.get(pack_id).annotations["benefit"]
    assert (annotation.status, annotation.comment) == (SectionStatus.CONCERN, "Benefit not shown")
    qtbot.mouseClick(workspace.ui.backButton, Qt.MouseButton.LeftButton)
    assert page.ui.commentEdit.toPlainText() == "Benefit not shown"
    kinds = [e.kind for e in services.database.screening.get(pack_id).history]
    assert kinds.count("annotation") == 1  # one history entry for the visit, not one per keystroke


def test_triage_text_and_checklist_notes_survive_closing_and_reopening(qtbot, services) -> None:
    window, workspace, pack_id = window_with_case(qtbot, services)
    workspace.go_to("Triage")
    qtbot.keyClicks(workspace.ui.risksEdit, "Small cell counts")
    workspace.go_to("Checklist")
    note = workspace.findChild(QLineEdit, "note_legal-gateway")
    qtbot.keyClicks(note, "Section 45A SRSA, check wording")
    window.ui.actionCloseCase.trigger()  # closes the Checklist's case tab
    window.ui.tabs.setCurrentIndex(0)
    assert window.open_cases() == []
    drafts = services.database.screening.drafts(pack_id, SCREENER)
    assert drafts[TRIAGE_DRAFT]["risks"] == "Small cell counts"
    assert drafts[check_draft("legal-gateway")]["note"] == "Section 45A SRSA, check wording"

    again = case_read(qtbot, window.open_case(pack_id))
    assert again.ui.risksEdit.toPlainText() == "Small cell counts"
    note = again.findChild(QLineEdit, "note_legal-gateway")
    assert note.text() == "Section 45A SRSA, check wording"
    again.go_to("Checklist")
    combo = again.findChild(QComboBox, "check_legal-gateway")
    combo.setCurrentIndex(combo.findData(CheckAnswer.MET.value))  # an answer is recorded at once, with the note
    settle(qtbot, again)  # (on a worker)
    answer = services.database.screening.get(pack_id).checklist["legal-gateway"]
    assert (answer.answer, answer.note) == (CheckAnswer.MET, "Section 45A SRSA, check wording")
    assert again.ui.checklistStatusLabel.text().startswith("1 of ")  # counted at once, not after a Save


def test_quitting_the_window_keeps_everything_typed(qtbot, services) -> None:
    window, workspace, pack_id = window_with_case(qtbot, services)
    workspace.go_to("Outcome")
    qtbot.keyClicks(workspace.ui.noteEdit, "Discussed with DSWG chair")
    window.close()
    assert services.database.screening.drafts(pack_id, SCREENER)["outcome"]["note"] == "Discussed with DSWG chair"


def test_killing_the_process_loses_no_screener_text_older_than_one_second(services) -> None:
    pack_id = services.database.screening.add_pack(incoming(), SCREENER).id
    services.database.close()  # the child process owns the database while it runs
    child = subprocess.Popen([sys.executable, str(CHILD), str(services.paths.root), str(pack_id)], cwd=REPO_ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO_ROOT)})
    acks: list[tuple[float, int]] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            _, stamp, typed = line.split()
            acks.append((float(stamp), int(typed)))
            if acks[-1][0] - acks[0][0] >= 2.0:
                break
    finally:
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
        _, stderr = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, stderr[-2000:]

    from onsshare_desktop.store.database import open_database

    sys.path.insert(0, str(CHILD.parent))
    from screener_kill_child import SECTION, TRIAGE_TEXT, typed_text

    reopened = open_database(services.paths)
    try:
        drafts = reopened.screening.drafts(pack_id, "Sam Screener <sam@ons>")  # as screener_kill_child.py types
    finally:
        reopened.close()
    saved = drafts[annotation_draft(SECTION)]["comment"]
    must_have = max((typed for stamp, typed in acks if stamp <= killed_at - 1.0), default=0)
    assert must_have > 0, f"the child acknowledged nothing older than a second: {acks[:3]}"
    assert len(saved) >= must_have, f"lost text: saved {len(saved)} characters, {must_have} were typed >1 s before"
    assert typed_text(len(acks) + 10).startswith(saved)
    assert drafts[TRIAGE_DRAFT]["risks"] == TRIAGE_TEXT  # typed on another page before moving on
