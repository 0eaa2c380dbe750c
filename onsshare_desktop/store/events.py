"""Tamper-evident history: an append-only, hash-chained log of case and screening events.

Each event belongs to a *stream* (``draft:<case_ref>``, ``screening:<case_ref>``…) and carries the next ``seq``
of that stream. Its hash chains it to the one before::

    hash = SHA-256( prev_hash  ||  canonical JSON of {stream, seq, kind, actor, at, payload} )

where ``prev_hash`` is the previous event's hash as 64 lowercase hex characters (64 zeros for the first event),
``||`` is concatenation of the UTF-8 bytes, and canonical JSON means sorted keys, no whitespace, UTF-8 text
(not ``\\u`` escapes) and ``at`` as an ISO 8601 UTC timestamp with microseconds. Anyone can recompute it.

Callers append inside their own transaction, so an event exists exactly when the change it records does.
On a team server several screeners append to the same case's stream at once: ``append`` takes a per-stream lock
(a PostgreSQL transaction-level advisory lock) before it reads the head, so two appends never chain to the same
predecessor (the UNIQUE (stream, seq) constraint would refuse the second anyway): the history never forks.
Database triggers refuse UPDATE and DELETE on the table; ``EventLog.verify`` finds the first event of a stream
that was edited, deleted, reordered or inserted behind the app's back. A hash chain without a secret cannot
show that the *newest* events were cut off or that the whole tail was rewritten consistently: that is what the
head hash written into exported packs and screening records is for: pass those as ``verify(anchors=...)``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from onsshare_desktop.i18n import _
from onsshare_desktop.store.models import EventRow, utcnow

GENESIS_HASH = "0" * 64
# The streams each open transaction has locked (the locks are PostgreSQL's, released when the transaction ends).
_LOCKED_STREAMS: "WeakKeyDictionary[SessionTransaction, set[str]]" = WeakKeyDictionary()
DEFAULT_ACTOR = "requester"


def canonical_json(value: Any) -> str:
    """``value`` as canonical JSON text: sorted keys, no whitespace, non-ASCII kept as is, no NaN."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _timestamp(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def event_hash(prev_hash: str, stream: str, seq: int, kind: str, actor: str, at: datetime,
               payload: Mapping[str, Any]) -> str:
    """The chained SHA-256 (hex) of one event, as described in the module docstring."""
    body = canonical_json({"stream": stream, "seq": seq, "kind": kind, "actor": actor, "at": _timestamp(at),
                           "payload": payload})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Event:
    """One recorded event, as read back from the log."""

    id: int
    stream: str
    seq: int
    kind: str
    actor: str
    at: datetime
    payload: Mapping[str, Any]
    prev_hash: str
    hash: str


class Breach(StrEnum):
    """How a stream's chain is broken at its first bad event."""

    EDITED = "edited"  # the event's content no longer matches its hash
    DELETED = "deleted"  # events before this one are missing (a gap in seq)
    REORDERED = "reordered"  # the event does not follow the one before it in the chain
    INSERTED = "inserted"  # the event was written after events that come later in the chain
    TRUNCATED = "truncated"  # a head hash recorded elsewhere (an exported pack) is no longer in the chain


@dataclass(frozen=True)
class BadEvent:
    """The first event of a stream whose place in the chain cannot be trusted, and why."""

    stream: str
    seq: int
    event_id: int
    breach: Breach
    message: str

    def __str__(self) -> str:
        return _("{stream} event {seq} (row {id}): {message}").format(stream=self.stream, seq=self.seq,
                                                                    id=self.event_id, message=self.message)


@dataclass(frozen=True)
class VerifyReport:
    """The outcome of ``EventLog.verify``: counts, and the first bad event of each broken stream."""

    streams_checked: int
    events_checked: int
    problems: tuple[BadEvent, ...]
    triggers_intact: bool = True  # False: someone removed the append-only triggers (a warning in itself)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first_bad(self) -> BadEvent | None:
        """The earliest-written bad event over all streams (lowest row id), if any."""
        return min(self.problems, key=lambda p: p.event_id, default=None)


def _row_event(row: EventRow) -> Event:
    return Event(row.id, row.stream, row.seq, row.kind, row.actor, row.at, json.loads(row.payload_json),
                 row.prev_hash, row.hash)


def _decoded_payload(payload_json: str) -> Mapping[str, Any] | None:
    try:
        payload = json.loads(payload_json)
    except ValueError:
        return None
    return payload if isinstance(payload, dict) else None


def _check_stream(stream: str, rows: Sequence[tuple[int, int, str, str, datetime, str, str, str]]) -> BadEvent | None:
    """The first bad event of one stream's rows (sorted by seq), or None when the chain holds."""
    previous_hash = GENESIS_HASH
    for index, (event_id, seq, kind, actor, at, payload_json, prev_hash, stored_hash) in enumerate(rows):
        expected_seq = index + 1
        if seq != expected_seq:
            missing = (_("event {n}").format(n=expected_seq) if seq == expected_seq + 1
                       else _("events {a}–{b}").format(a=expected_seq, b=seq - 1))
            return BadEvent(stream, seq, event_id, Breach.DELETED,
                            _("{missing} before this one are missing: deleted").format(missing=missing))
        if prev_hash != previous_hash:
            return BadEvent(stream, seq, event_id, Breach.REORDERED,
                            _("does not follow the event before it in the chain: moved, or another event was "
                              "put before it"))
        later = rows[index + 1][0] if index + 1 < len(rows) else None
        if later is not None and later < event_id:
            return BadEvent(stream, seq, event_id, Breach.INSERTED,
                            _("was written after the events that follow it: inserted afterwards"))
        payload = _decoded_payload(payload_json)
        if payload is None or event_hash(prev_hash, stream, seq, kind, actor, at, payload) != stored_hash:
            return BadEvent(stream, seq, event_id, Breach.EDITED,
                            _("its content no longer matches its hash: edited"))
        previous_hash = stored_hash
    return None


def _check_anchor(stream: str, rows: Sequence[tuple[int, int, str, str, datetime, str, str, str]],
                  anchor: str) -> BadEvent | None:
    if anchor == GENESIS_HASH or any(row[7] == anchor for row in rows):
        return None
    last = rows[-1]
    return BadEvent(stream, last[1], last[0], Breach.TRUNCATED,
                    _("the head recorded in an exported pack is not in this history: events after it were "
                      "removed or rewritten"))


class EventLog:
    """Appends to and checks the hash-chained events table."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    @staticmethod
    def begin_write(session: Session) -> None:
        """Make ``session``'s transaction a writer now (call it first): on SQLite, take the write lock at once, so
        what it reads next cannot be changed by another connection before it writes (PostgreSQL: nothing to do,
        ``lock_stream`` serialises per case)."""
        if session.get_bind().dialect.name == "sqlite":
            session.execute(text("UPDATE events SET id = id WHERE 0"))

    @staticmethod
    def lock_stream(session: Session, stream: str) -> None:
        """Hold ``stream``'s lock until ``session``'s transaction ends: writers of the same case queue up here,
        each then reads what the one before it committed (PostgreSQL; SQLite has one writer at a time anyway)."""
        if session.get_bind().dialect.name == "postgresql":
            transaction = session.get_transaction()
            held = _LOCKED_STREAMS.setdefault(transaction, set()) if transaction is not None else set()
            if stream in held:  # this transaction holds it already (a move's own lock, then its history append)
                return
            key = int.from_bytes(hashlib.sha256(stream.encode("utf-8")).digest()[:8], "big", signed=True)
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
            held.add(stream)

    @staticmethod
    def append(session: Session, stream: str, kind: str, actor: str, payload: Mapping[str, Any]) -> Event:
        """Add an event to ``stream`` within the caller's transaction ``session`` and return it.

        The caller's change and its event commit (or roll back) together. ``payload`` must be JSON-serialisable
        (keep it small: it is written on every save).
        """
        EventLog.lock_stream(session, stream)
        head = session.execute(
            select(EventRow.seq, EventRow.hash).where(EventRow.stream == stream)
            .order_by(EventRow.seq.desc()).limit(1)).first()
        seq, prev_hash = (head[0] + 1, head[1]) if head else (1, GENESIS_HASH)
        at = utcnow()
        body = dict(payload)
        digest = event_hash(prev_hash, stream, seq, kind, actor, at, body)
        # A Core INSERT: the ORM unit of work would cost more than the rest of an autosave.
        event_id = session.execute(insert(EventRow).returning(EventRow.id), {
            "stream": stream, "seq": seq, "kind": kind, "actor": actor, "at": at,
            "payload_json": canonical_json(body), "prev_hash": prev_hash, "hash": digest}).scalar_one()
        return Event(event_id, stream, seq, kind, actor, at, body, prev_hash, digest)

    @staticmethod
    def kinds_by_stream(session: Session, streams: Sequence[str], kinds: Sequence[str]
                        ) -> dict[str, list[tuple[str, dict[str, Any]]]]:
        """For each of ``streams`` that has any, its events of ``kinds`` as ``(kind, payload)``, oldest first: one
        query per 500 streams over the streams' index (well under every database's limit of bound parameters)."""
        found: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        names = list(streams)
        for start in range(0, len(names), 500):
            rows = session.execute(select(EventRow.stream, EventRow.kind, EventRow.payload_json).where(
                EventRow.stream.in_(names[start:start + 500]), EventRow.kind.in_(kinds)).order_by(EventRow.seq))
            for stream, kind, payload in rows:
                found.setdefault(stream, []).append((kind, json.loads(payload)))
        return found

    def head(self, stream: str) -> str:
        """The hash of ``stream``'s newest event (``GENESIS_HASH`` for an empty stream): goes into exports."""
        with self._sessions() as session:
            value = session.scalar(select(EventRow.hash).where(EventRow.stream == stream)
                                   .order_by(EventRow.seq.desc()).limit(1))
        return value or GENESIS_HASH

    def events(self, stream: str) -> list[Event]:
        """``stream``'s events, oldest first."""
        with self._sessions() as session:
            rows = session.scalars(select(EventRow).where(EventRow.stream == stream).order_by(EventRow.seq))
            return [_row_event(row) for row in rows]

    def streams(self) -> list[str]:
        with self._sessions() as session:
            return list(session.scalars(select(EventRow.stream).distinct().order_by(EventRow.stream)))

    def verify(self, stream: str | None = None, anchors: Mapping[str, str] | None = None) -> VerifyReport:
        """Recompute every chain (or just ``stream``'s) and name the first bad event of each broken one.

        ``anchors`` maps streams to head hashes recorded outside the database (in exported packs and screening
        records): a chain that holds but no longer contains its anchor lost its newest events, or was rewritten
        from some point on.
        """
        query = select(EventRow.stream, EventRow.id, EventRow.seq, EventRow.kind, EventRow.actor, EventRow.at,
                       EventRow.payload_json, EventRow.prev_hash, EventRow.hash)
        if stream is not None:
            query = query.where(EventRow.stream == stream)
        query = query.order_by(EventRow.stream, EventRow.seq, EventRow.id)
        with self._sessions() as session:
            rows = session.execute(query).all()
        problems: list[BadEvent] = []
        streams = 0
        wanted = {k: v for k, v in (anchors or {}).items() if stream is None or k == stream}
        for name, group in _grouped(rows):
            streams += 1
            bad = _check_stream(name, group)
            if bad is None and name in wanted:
                bad = _check_anchor(name, group, wanted[name])
            if bad is not None:
                problems.append(bad)
            wanted.pop(name, None)
        for name, anchor in sorted(wanted.items()):  # an anchored stream with no events left at all
            if anchor != GENESIS_HASH:
                problems.append(BadEvent(name, 0, 0, Breach.TRUNCATED,
                                         _("the whole history is missing, though a pack recorded it")))
        return VerifyReport(streams_checked=streams, events_checked=len(rows), problems=tuple(problems),
                            triggers_intact=self.triggers_present())

    def triggers_present(self) -> bool:
        """Whether the database still refuses UPDATE and DELETE on events (its triggers exist and are enabled)."""
        with self._sessions() as session:
            if session.get_bind().dialect.name == "postgresql":
                names = set(session.scalars(text(
                    "SELECT tgname FROM pg_trigger WHERE tgrelid = 'events'::regclass AND tgenabled <> 'D'")))
            else:
                names = set(session.scalars(text(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'")))
        return {"events_no_update", "events_no_delete"} <= names


def _grouped(rows: Iterable[Any]) -> Iterable[tuple[str, list[tuple[int, int, str, str, datetime, str, str, str]]]]:
    current: str | None = None
    group: list[tuple[int, int, str, str, datetime, str, str, str]] = []
    for row in rows:
        if row[0] != current:
            if current is not None:
                yield current, group
            current, group = row[0], []
        group.append(tuple(row[1:]))
    if current is not None:
        yield current, group
