"""The hash-chained event log: appends in the caller's transaction, recomputable hashes, append-only."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest
from sqlalchemy import select

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.store.database import Database
from onsshare_desktop.store.drafts import DraftNotFound, draft_stream
from onsshare_desktop.store.events import GENESIS_HASH, EventLog, canonical_json
from onsshare_desktop.store.models import DraftRow


# A requester's drafts (and their history) stay in the data folder's SQLite file even when screening is on a team
# server; the server's own history is checked in test_event_tampering.py and tests/team.
DRAFTS_STAY_LOCAL = pytest.mark.sqlite_only


@pytest.fixture
def case() -> Case:
    return Case.new(load_question_set()).with_answer("project_title", "Linked census study")


def _independent_hash(prev: str, event: dict[str, object]) -> str:
    """The documented formula, written out without the module's helpers."""
    body = json.dumps(event, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev + body).encode("utf-8")).hexdigest()


@DRAFTS_STAY_LOCAL
def test_events_chain_from_genesis_and_hash_is_recomputable(database: Database, case: Case) -> None:
    draft_id = database.drafts.create(case)
    database.drafts.save(draft_id, case.with_answer("org_name", "Université de Gallois"))
    events = database.events.events(draft_stream(case.case_ref))
    assert [e.seq for e in events] == [1, 2]
    assert events[0].prev_hash == GENESIS_HASH
    assert events[1].prev_hash == events[0].hash
    for event in events:
        body = {"stream": event.stream, "seq": event.seq, "kind": event.kind, "actor": event.actor,
                "at": event.at.isoformat(timespec="microseconds"), "payload": dict(event.payload)}
        assert _independent_hash(event.prev_hash, body) == event.hash
    assert database.events.head(draft_stream(case.case_ref)) == events[-1].hash
    assert database.events.head("draft:nothing-here") == GENESIS_HASH


def test_canonical_json_is_sorted_compact_utf8_and_refuses_nan() -> None:
    assert canonical_json({"b": 1, "a": ["é", {"d": 2, "c": 3}]}) == '{"a":["é",{"c":3,"d":2}],"b":1}'
    with pytest.raises(ValueError):
        canonical_json({"x": float("nan")})


@DRAFTS_STAY_LOCAL
def test_every_draft_change_is_recorded_with_a_small_payload(database: Database, case: Case) -> None:
    drafts = database.drafts
    draft_id = drafts.create(case)
    drafts.save(draft_id, case.with_answer("org_name", "Acme").with_answer("project_title", "New title"))
    drafts.delete(draft_id)
    drafts.delete(draft_id)  # already deleted: nothing changes, nothing recorded
    drafts.restore(draft_id)
    copy_id = drafts.copy_as_new(draft_id)

    events = database.events.events(draft_stream(case.case_ref))
    assert [e.kind for e in events] == ["draft.created", "draft.saved", "draft.deleted", "draft.restored"]
    assert all(e.actor == "requester" for e in events)
    assert events[1].payload["answers"] == ["org_name", "project_title"]
    assert events[1].payload["draft"] == draft_id
    assert "Acme" not in json.dumps(dict(events[1].payload))  # ids, not values

    copy = drafts.get(copy_id).case
    copy_events = database.events.events(draft_stream(copy.case_ref))
    assert [(e.kind, e.payload.get("copied_from")) for e in copy_events] == [("draft.created", case.case_ref)]
    assert database.events.verify().ok


@DRAFTS_STAY_LOCAL
def test_a_save_that_changes_nothing_records_nothing(database: Database, case: Case) -> None:
    draft_id = database.drafts.create(case)
    database.drafts.save(draft_id, case)
    assert [e.kind for e in database.events.events(draft_stream(case.case_ref))] == ["draft.created"]


def test_actor_is_the_one_given_to_the_repository(database: Database, case: Case) -> None:
    from onsshare_desktop.store.drafts import DraftRepository

    DraftRepository(database.sessions, actor="screener:j.bloggs").create(case)
    assert database.events.events(draft_stream(case.case_ref))[0].actor == "screener:j.bloggs"


@DRAFTS_STAY_LOCAL
def test_change_and_event_commit_or_roll_back_together(database: Database, case: Case,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    draft_id = database.drafts.create(case)

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(EventLog, "append", staticmethod(refuse))
    with pytest.raises(OSError):
        database.drafts.save(draft_id, case.with_answer("org_name", "Never saved"))
    assert database.drafts.get(draft_id).case.organisation == ""
    with pytest.raises(DraftNotFound):
        database.drafts.delete(999)
    monkeypatch.undo()
    assert len(database.events.events(draft_stream(case.case_ref))) == 1


def test_append_is_part_of_the_callers_transaction(database: Database) -> None:
    with pytest.raises(RuntimeError):
        with database.sessions.begin() as session:
            EventLog.append(session, "screening:X", "stage.recorded", "screener", {"stage": 1})
            raise RuntimeError("the caller's change failed")
    assert database.events.events("screening:X") == []
    with database.sessions.begin() as session:
        EventLog.append(session, "screening:X", "stage.recorded", "screener", {"stage": 1})
        assert session.scalars(select(DraftRow)).all() == []
    assert [e.seq for e in database.events.events("screening:X")] == [1]


@pytest.mark.sqlite_only  # the server's triggers: tests/store/test_engine_and_migrations.py
@pytest.mark.parametrize("statement", ["UPDATE events SET kind = 'forged'", "DELETE FROM events"])
def test_triggers_refuse_update_and_delete(database: Database, case: Case, statement: str) -> None:
    database.drafts.create(case)
    raw = sqlite3.connect(database.engine.url.database)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            raw.execute(statement)
    finally:
        raw.close()
    assert database.events.verify().ok
    assert database.events.triggers_present()
