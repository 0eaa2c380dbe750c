"""``EventLog.verify`` finds the first bad event after tampering through a raw connection (triggers dropped), on
SQLite and on a team's PostgreSQL server alike."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any
from datetime import UTC, datetime

import pytest

from onsshare_desktop.domain.screening.annotations import GENERAL, SectionStatus
from onsshare_desktop.store.database import Database
from onsshare_desktop.store.screening import stream_of
from onsshare_desktop.store.events import Breach, canonical_json, event_hash
from tests.screening_data import SCREENER, example_case, incoming, trusted_requester  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("trusted_requester")


@pytest.fixture
def stream(database: Database) -> str:
    """A screening case with five events (seq 1–5) plus an untouched second case, in the database under test (a
    team's server keeps screening histories; requester drafts stay in the data folder's file)."""
    screening = database.screening
    pack_id = screening.add_pack(incoming(), SCREENER).id
    for i in range(4):
        screening.annotate(pack_id, GENERAL, SectionStatus.ACCEPTABLE, f"Comment {i}", SCREENER)
    screening.add_pack(incoming(example_case().copy_as_new()), SCREENER)
    name = stream_of(screening.get_row(pack_id).case_ref)
    assert [e.seq for e in database.events.events(name)] == [1, 2, 3, 4, 5]
    assert database.events.verify().ok
    return name


class RawConnection:
    """A driver connection behind the app's back (autocommit), with the append-only triggers dropped."""

    def __init__(self, database: Database) -> None:
        url = database.engine.url
        self.postgres = database.engine.dialect.name == "postgresql"
        if self.postgres:
            import psycopg

            self.conn = psycopg.connect(host=url.host, port=url.port, user=url.username, dbname=url.database,
                                        autocommit=True)
            for name in ("events_no_update", "events_no_delete"):
                self.conn.execute(f"DROP TRIGGER {name} ON events")  # type: ignore[arg-type]
        else:
            self.conn = sqlite3.connect(url.database, isolation_level=None)  # type: ignore[assignment]
            self.conn.execute("DROP TRIGGER events_no_update")
            self.conn.execute("DROP TRIGGER events_no_delete")

    def execute(self, sql: str, params: tuple[object, ...] = ()) -> Any:
        return self.conn.execute(sql.replace("?", "%s") if self.postgres else sql, params)  # type: ignore[arg-type]

    def close(self) -> None:
        self.conn.close()


@pytest.fixture
def raw(database: Database) -> Iterator[RawConnection]:
    conn = RawConnection(database)
    yield conn
    conn.close()


def _only_problem(database: Database, stream: str) -> tuple[int, Breach]:
    report = database.events.verify()
    assert not report.ok
    assert not report.triggers_intact
    assert [p.stream for p in report.problems] == [stream]  # the bystander's chain still holds
    bad = report.problems[0]
    assert report.first_bad == bad
    assert str(bad.seq) in str(bad)
    return bad.seq, bad.breach


@pytest.mark.parametrize("column, value", [
    ("payload_json", '{"answers":["org_name"],"completeness":0,"draft":1}'),
    ("kind", "draft.deleted"),
    ("actor", "someone else"),
    ("at", "2020-01-01 00:00:00.000000"),
    ("hash", "f" * 64),
    ("payload_json", "not json"),
])
def test_an_edited_event_is_named(database: Database, stream: str, raw: RawConnection,
                                  column: str, value: str) -> None:
    raw.execute(f"UPDATE events SET {column} = ? WHERE stream = ? AND seq = 3", (value, stream))
    assert _only_problem(database, stream) == (3, Breach.EDITED)


def test_a_deleted_event_is_named(database: Database, stream: str, raw: RawConnection) -> None:
    raw.execute("DELETE FROM events WHERE stream = ? AND seq = 3", (stream,))
    assert _only_problem(database, stream) == (4, Breach.DELETED)


def test_a_deleted_first_event_is_named(database: Database, stream: str, raw: RawConnection) -> None:
    raw.execute("DELETE FROM events WHERE stream = ? AND seq IN (1, 2)", (stream,))
    seq, breach = _only_problem(database, stream)
    assert (seq, breach) == (3, Breach.DELETED)
    assert "1–2" in database.events.verify().problems[0].message


def test_swapped_events_are_named(database: Database, stream: str, raw: RawConnection) -> None:
    raw.execute("UPDATE events SET seq = -1 WHERE stream = ? AND seq = 2", (stream,))
    raw.execute("UPDATE events SET seq = 2 WHERE stream = ? AND seq = 3", (stream,))
    raw.execute("UPDATE events SET seq = 3 WHERE stream = ? AND seq = -1", (stream,))
    assert _only_problem(database, stream) == (2, Breach.REORDERED)


def test_contents_moved_between_rows_are_named(database: Database, stream: str, raw: RawConnection) -> None:
    """Swap everything but the row id and seq of events 2 and 4: the chain breaks at 2."""
    cols = ("kind", "actor", "at", "payload_json", "prev_hash", "hash")
    select_row = f"SELECT {', '.join(cols)} FROM events WHERE stream = ? AND seq = ?"
    two = raw.execute(select_row, (stream, 2)).fetchone()
    four = raw.execute(select_row, (stream, 4)).fetchone()
    update_row = f"UPDATE events SET {', '.join(c + ' = ?' for c in cols)} WHERE stream = ? AND seq = ?"
    raw.execute(update_row, (*four, stream, 2))
    raw.execute(update_row, (*two, stream, 4))
    assert _only_problem(database, stream) == (2, Breach.REORDERED)


def test_a_forged_insert_with_a_correct_hash_is_named(database: Database, stream: str,
                                                      raw: RawConnection) -> None:
    """The forger renumbers events 3–5 and slips a well-formed event in as number 3."""
    prev = raw.execute("SELECT hash FROM events WHERE stream = ? AND seq = 2", (stream,)).fetchone()[0]
    for seq in (5, 4, 3):
        raw.execute("UPDATE events SET seq = seq + 1 WHERE stream = ? AND seq = ?", (stream, seq))
    at = datetime(2026, 1, 1, tzinfo=UTC)
    payload = {"answers": ["declaration"], "completeness": 100, "draft": 1}
    digest = event_hash(prev, stream, 3, "draft.saved", "requester", at, payload)
    raw.execute("INSERT INTO events (stream, seq, kind, actor, at, payload_json, prev_hash, hash) "
                "VALUES (?, 3, 'draft.saved', 'requester', ?, ?, ?, ?)",
                (stream, "2026-01-01 00:00:00.000000", canonical_json(payload), prev, digest))
    assert _only_problem(database, stream) == (3, Breach.INSERTED)


def test_a_forged_insert_appended_at_the_end_shows_as_a_different_head(database: Database, stream: str,
                                                                       raw: RawConnection) -> None:
    """A well-formed event added at the end is only caught against a head hash kept elsewhere (e.g. a pack)."""
    exported_head = database.events.head(stream)
    at = datetime(2026, 1, 1, tzinfo=UTC)
    digest = event_hash(exported_head, stream, 6, "draft.saved", "requester", at, {})
    raw.execute("INSERT INTO events (stream, seq, kind, actor, at, payload_json, prev_hash, hash) "
                "VALUES (?, 6, 'draft.saved', 'requester', '2026-01-01 00:00:00.000000', '{}', ?, ?)",
                (stream, exported_head, digest))
    assert database.events.verify().problems == ()
    assert database.events.head(stream) != exported_head


def test_cutting_off_the_newest_events_is_found_against_an_exported_head(database: Database, stream: str,
                                                                         raw: RawConnection) -> None:
    exported_head = database.events.head(stream)
    raw.execute("DELETE FROM events WHERE stream = ? AND seq >= 4", (stream,))
    assert database.events.verify().problems == ()  # a bare hash chain cannot see a cut tail...
    report = database.events.verify(anchors={stream: exported_head})  # ...the head kept in a pack can
    assert [(p.stream, p.seq, p.breach) for p in report.problems] == [(stream, 3, Breach.TRUNCATED)]

    raw.execute("DELETE FROM events WHERE stream = ?", (stream,))
    report = database.events.verify(anchors={stream: exported_head})
    assert [(p.stream, p.breach) for p in report.problems] == [(stream, Breach.TRUNCATED)]
    assert database.events.verify(stream, anchors={"draft:other": exported_head}).ok


def test_an_anchor_that_is_still_in_the_chain_passes(database: Database, stream: str) -> None:
    older_head = database.events.events(stream)[2].hash
    assert database.events.verify(anchors={stream: older_head}).ok
