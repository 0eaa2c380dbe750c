"""Autosave: every edit reaches the database without a Save button, and survives the process being killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.questions import QuestionSet
from onsshare_desktop.gui.services import AppServices
from kill_child import FIELD, typed_text
from tests_paths import REPO_ROOT
from wizard_driver import child, click

CHILD = Path(__file__).with_name("kill_child.py")


def answers_in_new_process(data_dir: Path, draft_id: int) -> dict[str, Any]:
    """The draft's answers as another process reads them from the database file."""
    script = textwrap.dedent(f"""
        import json
        from pathlib import Path
        from onsshare_desktop.paths import DataPaths
        from onsshare_desktop.store.database import open_database
        db = open_database(DataPaths(Path({str(data_dir)!r})))
        print(json.dumps(dict(db.drafts.get({draft_id}).case.answers)))
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO_ROOT)}, timeout=60, check=True)
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_edits_are_saved_automatically_and_read_back_by_a_new_process(
        qtbot: QtBot, open_editor: Any, new_draft: int, services: AppServices) -> None:
    editor = open_editor(new_draft)
    saves: list[Any] = []
    editor.draft_saved.connect(saves.append)
    with qtbot.waitSignal(editor.draft_saved):
        qtbot.keyClicks(child(editor, "project_title"), "Homelessness prevention")
        click(qtbot, child(editor, "living_individuals:yes"))
    assert len(saves) == 1  # the keystrokes were gathered into one save
    assert saves[0].title == "Homelessness prevention"
    assert editor.ui.savedLabel.text().startswith("Saved ")
    assert not editor.has_unsaved_changes()

    answers = answers_in_new_process(services.paths.root, new_draft)
    assert answers == {"project_title": "Homelessness prevention", "living_individuals": True}


def test_closing_saves_at_once(qtbot: QtBot, open_editor: Any, new_draft: int, services: AppServices) -> None:
    editor = open_editor(new_draft)
    qtbot.keyClicks(child(editor, "org_name"), "Welsh Government")
    assert editor.has_unsaved_changes()
    with qtbot.waitSignal(editor.closed):
        editor.close()
    assert services.database.drafts.get(new_draft).case.answers == {"org_name": "Welsh Government"}


def test_changing_page_and_quitting_save_at_once(qtbot: QtBot, open_editor: Any, new_draft: int,
                                                 services: AppServices) -> None:
    editor = open_editor(new_draft)
    qtbot.keyClicks(child(editor, "org_name"), "ONS")
    qtbot.mouseClick(editor.ui.nextButton, Qt.MouseButton.LeftButton)
    assert services.database.drafts.get(new_draft).case.answers == {"org_name": "ONS"}

    qtbot.keyClicks(child(editor, "retention_period"), "5 years")
    QCoreApplication.instance().aboutToQuit.emit()  # type: ignore[union-attr]
    assert services.database.drafts.get(new_draft).case.answers["retention_period"] == "5 years"


def test_a_failed_save_keeps_the_edits_and_says_so(qtbot: QtBot, open_editor: Any, new_draft: int,
                                                   services: AppServices, monkeypatch: Any) -> None:
    editor = open_editor(new_draft)
    drafts = services.database.drafts

    def disk_full(draft_id: int, case: Case) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(drafts, "save", disk_full)
    qtbot.keyClicks(child(editor, "org_name"), "ONS")
    assert not editor.save_now()
    assert "Not saved" in editor.ui.savedLabel.text() and "No space left" in editor.ui.savedLabel.text()
    assert editor.has_unsaved_changes()
    monkeypatch.undo()
    assert editor.save_now()
    assert drafts.get(new_draft).case.answers == {"org_name": "ONS"}


def test_killing_the_process_loses_no_edit_older_than_one_second(
        services: AppServices, new_draft: int, qs: QuestionSet) -> None:
    services.database.close()  # the child process owns the database while it runs
    child_process = subprocess.Popen(
        [sys.executable, str(CHILD), str(services.paths.root), str(new_draft)], cwd=REPO_ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO_ROOT)})
    acks: list[tuple[float, int]] = []
    try:
        assert child_process.stdout is not None
        for line in child_process.stdout:
            _, stamp, typed = line.split()
            acks.append((float(stamp), int(typed)))
            if acks[-1][0] - acks[0][0] >= 2.0:
                break
    finally:
        killed_at = time.monotonic()
        child_process.send_signal(signal.SIGKILL)
        _, stderr = child_process.communicate(timeout=30)
    assert child_process.returncode == -signal.SIGKILL, stderr[-2000:]

    from onsshare_desktop.store.database import open_database

    reopened = open_database(services.paths)
    try:
        saved = reopened.drafts.get(new_draft).case.answers.get(FIELD, "")
    finally:
        reopened.close()
    must_have = max((typed for stamp, typed in acks if stamp <= killed_at - 1.0), default=0)
    assert must_have > 0, f"the child acknowledged nothing older than a second: {acks[:3]}"
    everything = typed_text(len(acks) + 10)
    assert len(saved) >= must_have, f"lost edits: saved {len(saved)} characters, {must_have} were typed >1 s before"
    assert everything.startswith(saved)
