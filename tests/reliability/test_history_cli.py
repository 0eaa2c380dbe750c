"""``history verify``: exit 0 and a count when intact, exit 2 naming the first bad event when not."""

from __future__ import annotations

import json
import sqlite3

import pytest

from onsshare_desktop.cli import run
from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.database import open_database
from onsshare_desktop.store.drafts import draft_stream


@pytest.fixture
def stream(data_paths: DataPaths) -> str:
    db = open_database(data_paths)
    try:
        case = Case.new(load_question_set())
        draft_id = db.drafts.create(case)
        db.drafts.save(draft_id, case.with_answer("project_title", "A"))
        db.drafts.save(draft_id, case.with_answer("project_title", "B"))
    finally:
        db.close()
    return draft_stream(case.case_ref)


def test_intact_history_exits_0(stream: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["history", "verify"]) == 0
    out = capsys.readouterr().out
    assert "3 events in 1 history checked: intact" in out  # singular for one (issue 12)


def test_edited_history_exits_2_naming_the_event(stream: str, data_paths: DataPaths,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    raw = sqlite3.connect(data_paths.database, isolation_level=None)
    raw.execute("DROP TRIGGER events_no_update")
    raw.execute("UPDATE events SET actor = 'mallory' WHERE seq = 2")
    raw.close()

    assert run(["history", "verify"]) == 2
    out = capsys.readouterr().out
    assert f"BROKEN: {stream} event 2" in out and "edited" in out
    assert "triggers removed" in out

    assert run(["history", "verify", "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["triggers_intact"] is False
    assert [(p["stream"], p["seq"], p["breach"]) for p in report["problems"]] == [(stream, 2, "edited")]

    assert run(["history", "verify", "--stream", "draft:other", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["events_checked"] == 0
