"""Screening repository: received packs (the register), annotations, checklist, triage and stage moves.

Every change is one short transaction that also appends an event to the case's history stream
``screening:<case_ref>`` in the append-only ``events`` table. Pack bytes are kept unchanged in the database
(``pack_blobs``, by SHA-256), so every screener of a team server can open them; ``<packs dir>/<sha256>.pdf`` is a
local copy to open in a PDF viewer (and where databases made before schema 0004 kept them).

Several screeners may write at once on a team server. Each write transaction first locks the case
(``_locked``): writers of one case queue up, each reads what the one before committed, and the history never
forks. A change may name the version it is *based on* (what the screener saw): if someone else changed the same
thing meanwhile, ``EditConflict`` says who, what and when, and nothing is saved.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import ColumnElement, Select, and_, delete, false, func, not_, select, true, update
from sqlalchemy.orm import Session, aliased, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from onsshare_desktop.domain.amendments import REQUEST_ANSWERED
from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.i18n import ENGLISH
from onsshare_desktop.domain.screening.annotations import Annotation, SectionStatus
from onsshare_desktop.domain.screening.conflicts import EditConflict
from onsshare_desktop.domain.screening.checklist import (
    CheckAnswer, ChecklistAnswer, checklist_items, needs_exception, unanswered, unmet,
)
from onsshare_desktop.domain.screening.importing import IncomingPack, Stored
from onsshare_desktop.domain.screening.register import (
    HistoryEntry, ReceivedCase, RegisterFilter, RegisterRow, RegisterStatus, TransparencyEntry, case_columns,
)
from onsshare_desktop.domain.screening.stages import (
    CLOSED_STAGES, DECISIONS, OUTCOME_LABELS, Move, Outcome, ScreeningState, Stage, StageEvent, apply,
)
from onsshare_desktop.domain.screening.triage import TriageAssessment, TriageRecommendation, TriageService
from onsshare_desktop.i18n import _
from onsshare_desktop.domain.screening.team import check_member, check_move, check_triage
from onsshare_desktop.store.events import EventLog
from onsshare_desktop.store.team import acting_member
from onsshare_desktop.store.models import (
    AnnotationRow, ChecklistAnswerRow, EventRow, PackBlobRow, ReceivedPackRow, ScreeningDraftRow, TriageRow, utcnow,
)


class ReceivedPackNotFound(UserError):
    def __init__(self, pack_id: int) -> None:
        super().__init__(_("There is no received pack number {id}.").format(id=pack_id))


TRIAGE_DRAFT, OUTCOME_DRAFT = "triage", "outcome"


def annotation_draft(section_id: str) -> str:
    """The draft key of a section's assessment as typed."""
    return f"annotation:{section_id}"


def check_draft(item_id: str) -> str:
    """The draft key of a checklist item's answer and note as typed."""
    return f"check:{item_id}"


def _drop_draft(session: Session, pack_id: int, key: str, author: str) -> None:
    session.execute(delete(ScreeningDraftRow).where(ScreeningDraftRow.pack_id == pack_id,
                                                    ScreeningDraftRow.author == author[:300],
                                                    ScreeningDraftRow.key == key))


BENEFITS_IMPORTED = "benefits_imported"


def stream_of(case_ref: str) -> str:
    return f"screening:{case_ref}"


def _canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


class ImportOutcome(StrEnum):
    ADDED = "added"
    DUPLICATE = "duplicate"


@dataclass(frozen=True)
class StoredPack:
    """What ``add_pack`` did: the register id, whether the pack was new, and the earlier version it follows."""

    id: int
    outcome: ImportOutcome
    previous_id: int | None
    previous_unknown: bool = False  # the pack names a previous version that is not in the register


def _register_row(row: ReceivedPackRow) -> RegisterRow:
    return RegisterRow(row.id, row.case_ref, row.version, row.title, row.organisation, row.org_type,
                       Stage(row.stage), row.signer_name, row.signer_fingerprint, row.signer_confirmed,
                       row.superseded, row.imported_at, row.sha256)


_OTHER_VERSION = aliased(ReceivedPackRow)
VERSIONS_RECEIVED = (select(func.count()).where(_OTHER_VERSION.case_ref == ReceivedPackRow.case_ref)
                     .correlate(ReceivedPackRow).scalar_subquery())
"""How many packs of a register row's case were received (counted on the case_ref index, row by row: the first
page of 500 cases costs 500 index look-ups, not a pass over the table. For the whole register, counting the cases
with several versions once and joining them was no quicker, on SQLite or PostgreSQL)."""
CURRENT = ReceivedPackRow.superseded.is_(false())
"""The register's rows: the latest version of each case. ``superseded`` is kept at import (``add_pack``): a pack is
superseded once a later version of its case is received."""
REGISTER_COLUMNS = (ReceivedPackRow.id, ReceivedPackRow.case_ref, ReceivedPackRow.version, ReceivedPackRow.title,
                    ReceivedPackRow.organisation, ReceivedPackRow.org_type, ReceivedPackRow.stage,
                    ReceivedPackRow.signer_name, ReceivedPackRow.signer_fingerprint,
                    ReceivedPackRow.signer_confirmed, ReceivedPackRow.superseded, ReceivedPackRow.imported_at,
                    ReceivedPackRow.sha256, VERSIONS_RECEIVED)
_CLOSED = tuple(s.value for s in CLOSED_STAGES)
_STAGES = {stage.value: stage for stage in Stage}  # a dict lookup: Stage(value) per row is 2 us of 10,000 rows


ItemRow = TypeVar("ItemRow", AnnotationRow, ChecklistAnswerRow, TriageRow)


def _pack_item(session: Session, model: type[ItemRow], pack_id: int, **key: str) -> ItemRow:
    """The pack's one ``model`` row for ``key`` (a unique constraint), added to the session if there is none yet."""
    row = session.scalar(select(model).filter_by(pack_id=pack_id, **key))
    if row is None:
        row = model(pack_id=pack_id, **key)
        session.add(row)
    return row


def _status_condition(status: RegisterStatus) -> ColumnElement[bool]:
    """The condition on a case's latest version (the register lists no other) for ``status``."""
    closed = ReceivedPackRow.stage.in_(_CLOSED)
    if status == RegisterStatus.SUPERSEDED:  # never the latest version: see versions_by_case
        return false()
    if status == RegisterStatus.CLOSED:
        return closed
    if status == RegisterStatus.SIGNER_NOT_CONFIRMED:
        return and_(not_(closed), ReceivedPackRow.signer_confirmed.is_(false()))
    return and_(not_(closed), ReceivedPackRow.signer_confirmed.is_(true()))


def _day_start(day: date) -> datetime:
    """The start of ``day`` in local time (the screener's calendar), as UTC."""
    return datetime.combine(day, time.min).astimezone(UTC)


class SincePrevious(NamedTuple):
    """A version and the one before it, as ``ScreeningRepository.since_previous`` reads them."""

    case: Case
    previous_case: Case
    previous_version: int
    imported_at: datetime
    annotations_at: dict[str, datetime]  # section id -> when its annotation on this version was written
    checklist_at: dict[str, datetime]  # checklist item id -> when its answer on this version was written


class ScreeningRepository:
    """Reads and writes of the screener's data; each method is one short transaction."""

    def __init__(self, sessions: sessionmaker[Session], packs_dir: Path,
                 trusted_fingerprints: Callable[[], frozenset[str]] | None = None,
                 acting_member: Callable[[], str | None] | None = None) -> None:
        """``trusted_fingerprints`` reads the trust store; without it, the flag stored at import stands."""
        self._sessions = sessions
        self._packs_dir = packs_dir
        self._trusted_fingerprints = trusted_fingerprints
        self._acting_member = acting_member

    def _member(self, member: str | None) -> str | None:
        """``member``, else the person working here (``acting_member``): whose team roles are checked."""
        if member is None and self._acting_member is not None:
            return self._acting_member()
        return member

    # -- packs -------------------------------------------------------------------------------------------------

    def pack_path(self, sha256: str) -> Path:
        """Where the original bytes of the pack with this SHA-256 are kept."""
        return self._packs_dir / f"{sha256}.pdf"

    def _write_local_copy(self, sha256: str, data: bytes) -> Path:
        target = self.pack_path(sha256)
        if target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() == sha256:
            return target
        self._packs_dir.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
        return target

    def local_copy(self, pack_id: int) -> Path:
        """A file holding the original pack (checked against its SHA-256), to open in a PDF viewer."""
        data = self.pack_bytes(pack_id)
        return self._write_local_copy(hashlib.sha256(data).hexdigest(), data)

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One write transaction; a row changed under it by another screener becomes ``EditConflict``."""
        try:
            with self._sessions.begin() as session:
                yield session
        except StaleDataError:
            raise EditConflict(_("this case"), "", None) from None

    @staticmethod
    def _locked(session: Session, pack_id: int) -> ReceivedPackRow:
        """The pack's row, read after taking the case's lock (call first in a write transaction)."""
        EventLog.begin_write(session)
        case_ref = session.scalar(select(ReceivedPackRow.case_ref).where(ReceivedPackRow.id == pack_id))
        if case_ref is None:
            raise ReceivedPackNotFound(pack_id)
        EventLog.lock_stream(session, stream_of(case_ref))
        row = session.get(ReceivedPackRow, pack_id, populate_existing=True)
        if row is None:
            raise ReceivedPackNotFound(pack_id)
        return row

    def add_pack(self, pack: IncomingPack, actor: str) -> StoredPack:
        """Store a verified pack (or recognise it by SHA-256) and link it to the case's earlier version."""
        sha256 = pack.sha256
        with self._write() as session:
            EventLog.begin_write(session)
            EventLog.lock_stream(session, stream_of(pack.case.case_ref))  # two screeners importing it at once
            existing = session.scalar(select(ReceivedPackRow).where(ReceivedPackRow.sha256 == sha256))
            if existing is not None:
                return StoredPack(existing.id, ImportOutcome.DUPLICATE, existing.previous_id)
            if session.get(PackBlobRow, sha256) is None:
                session.add(PackBlobRow(sha256=sha256, size=len(pack.data), data=pack.data))
            case = pack.case
            named = None if case.previous_pack_sha256 is None else session.scalar(
                select(ReceivedPackRow).where(ReceivedPackRow.sha256 == case.previous_pack_sha256))
            earlier = named if named is not None and named.case_ref == case.case_ref else session.scalar(
                select(ReceivedPackRow).where(ReceivedPackRow.case_ref == case.case_ref,
                                              ReceivedPackRow.version < case.version)
                .order_by(ReceivedPackRow.version.desc(), ReceivedPackRow.id.desc()).limit(1))
            later_exists = session.scalar(
                select(func.count()).select_from(ReceivedPackRow).where(
                    ReceivedPackRow.case_ref == case.case_ref, ReceivedPackRow.version > case.version)) or 0
            # Stored once for every reader and published in the transparency CSV: choice labels in English.
            columns = case_columns(case, load_question_set(case.form_id, case.form_version, ENGLISH))
            row = ReceivedPackRow(
                sha256=sha256, case_ref=case.case_ref, version=case.version,
                previous_id=earlier.id if earlier else None, superseded=bool(later_exists),
                signer_fingerprint=pack.signer_fingerprint, signer_name=pack.signer_name[:300],
                signer_confirmed=pack.signer_trusted,
                stage=self._resumed_stage(session, earlier).value if earlier else Stage.RECEIVED.value,
                imported_at=utcnow(),
                imported_by=actor[:300], size=len(pack.data), title=columns.title,
                organisation=columns.organisation, organisation_key=columns.organisation.lower(),
                org_type=columns.org_type, datasets=columns.datasets, purpose=columns.purpose,
                legal_gateway=columns.legal_gateway, public_benefit=columns.public_benefit,
                retention=columns.retention,
                search_text=" ".join((case.case_ref, columns.title, columns.organisation, columns.datasets,
                                      pack.signer_name)).lower(),
                case_json=_canonical_json(case.to_json()))
            session.add(row)
            session.flush()
            if earlier is not None:
                session.execute(update(ReceivedPackRow).where(ReceivedPackRow.case_ref == case.case_ref,
                                                              ReceivedPackRow.version < case.version)
                                .values(superseded=True, row_version=ReceivedPackRow.row_version + 1,
                                        changed_by=actor[:300], changed_at=row.imported_at)
                                .execution_options(synchronize_session=False))
            EventLog.append(session, stream_of(case.case_ref), "pack_imported", actor, {
                "sha256": sha256, "version": case.version, "signer_fingerprint": pack.signer_fingerprint,
                "signer_confirmed": pack.signer_trusted, "previous_sha256": earlier.sha256 if earlier else None,
                "stage": row.stage, "language": pack.language})
            if earlier is not None:
                self._carry_over(session, earlier.id, row.id)
            for request_id, response in case.responses.items():  # the requester's answers to open requests
                EventLog.append(session, stream_of(case.case_ref), REQUEST_ANSWERED, actor, {
                    "request_id": request_id, "response": response.response, "sha256": sha256})
            previous_unknown = case.previous_pack_sha256 is not None and named is None
            return StoredPack(row.id, ImportOutcome.ADDED, row.previous_id, previous_unknown)

    @staticmethod
    def _carry_over(session: Session, earlier_id: int, new_id: int) -> None:
        """Copy the earlier version's annotations and checklist answers to the new version, with their authors and
        times: older than the new pack's import, they read as written on the earlier version."""
        for model, key in ((AnnotationRow, "section_id"), (ChecklistAnswerRow, "item_id")):
            for old in session.scalars(select(model).where(model.pack_id == earlier_id)):
                copy = _pack_item(session, model, new_id, **{key: getattr(old, key)})  # type: ignore[type-var]
                for column in model.__table__.columns.keys():
                    if column not in ("id", "pack_id", key):
                        setattr(copy, column, getattr(old, column))

    @staticmethod
    def _resumed_stage(session: Session, earlier: ReceivedPackRow) -> Stage:
        """The stage a new version starts in: where the earlier version was returned from, if it was returned."""
        if earlier.stage != Stage.RETURNED.value:
            return Stage.RECEIVED
        for payload_json in session.scalars(
                select(EventRow.payload_json).where(EventRow.stream == stream_of(earlier.case_ref),
                                                    EventRow.kind == "stage").order_by(EventRow.seq.desc())):
            payload = json.loads(payload_json)
            if payload.get("sha256") == earlier.sha256 and payload.get("to") == Stage.RETURNED.value:
                return Stage(payload["from"])
        return Stage.RECEIVED

    # -- round trip: events of a case and the documents exchanged -------------------------------------------

    def case_events(self, case_ref: str, *kinds: str) -> list[HistoryEntry]:
        """The history events of ``case_ref`` of the given kinds, oldest first."""
        with self._sessions() as session:
            return [HistoryEntry(e.seq, e.kind, e.actor, e.at, json.loads(e.payload_json), e.hash)
                    for e in session.scalars(select(EventRow).where(EventRow.stream == stream_of(case_ref),
                                                                    EventRow.kind.in_(kinds))
                                             .order_by(EventRow.seq))]

    def events_by_case(self, case_refs: list[str], *kinds: str) -> dict[str, list[tuple[str, dict[str, Any]]]]:
        """For each of ``case_refs`` that has any, its history's events of ``kinds`` as ``(kind, payload)``, oldest
        first (one query over the streams' index, for the register)."""
        streams = {stream_of(ref): ref for ref in case_refs}
        with self._sessions() as session:
            by_stream = EventLog.kinds_by_stream(session, list(streams), kinds)
        return {streams[stream]: events for stream, events in by_stream.items()}

    def record_case_event(self, case_ref: str, kind: str, actor: str, payload: dict[str, Any]) -> None:
        """Add an event to the case's tamper-evident history (requests, documents sent and received)."""
        with self._sessions.begin() as session:
            EventLog.append(session, stream_of(case_ref), kind, actor, payload)

    def keep_document(self, data: bytes) -> str:
        """Keep a signed document's bytes with the packs' (in the database, by SHA-256); returns the SHA-256."""
        sha256 = hashlib.sha256(data).hexdigest()
        with self._sessions.begin() as session:
            if session.get(PackBlobRow, sha256) is None:
                session.add(PackBlobRow(sha256=sha256, size=len(data), data=data))
        return sha256

    def store_incoming(self, pack: IncomingPack, actor: str) -> Stored:
        """``add_pack`` in the shape ``domain.screening.importing.import_packs`` wants."""
        stored = self.add_pack(pack, actor)
        return Stored(stored.id, stored.outcome == ImportOutcome.ADDED, stored.previous_id, stored.previous_unknown)

    def latest_of(self, case_ref: str) -> RegisterRow | None:
        """The newest version received of the case ``case_ref`` (for following a precedent)."""
        with self._sessions() as session:
            row = session.scalar(select(ReceivedPackRow).where(ReceivedPackRow.case_ref == case_ref)
                                 .order_by(ReceivedPackRow.version.desc(), ReceivedPackRow.id.desc()).limit(1))
            return _register_row(row) if row else None

    def versions_of(self, case_ref: str) -> list[RegisterRow]:
        """Every pack received for ``case_ref``, oldest version first."""
        return self.versions_by_case([case_ref])[case_ref]

    def find_by_sha256(self, sha256: str) -> RegisterRow | None:
        with self._sessions() as session:
            row = session.scalar(select(ReceivedPackRow).where(ReceivedPackRow.sha256 == sha256.lower()))
            return _register_row(row) if row else None

    # -- register ----------------------------------------------------------------------------------------------

    def register(self, flt: RegisterFilter = RegisterFilter(), limit: int | None = None) -> list[RegisterRow]:  # noqa: B008
        """The cases matching ``flt``, each once by its latest version (with how many versions were received),
        newest first (only the ``limit`` newest, when given). The filters apply to the latest version.

        Two different packs claiming the same case and version are both listed: neither supersedes the other, and
        the screener must ask the requester which one stands (``ScreeningService`` warns at import).
        """
        query = self.register_query(flt, limit)
        with self._sessions() as session:  # Core execution: no ORM row processing for 10,000 rows
            connection = session.connection()
            if limit is None:  # the whole register: fetched in batches, never held twice (driver's copy and ours)
                connection = connection.execution_options(yield_per=5000)
            result = connection.execute(query)
            return [RegisterRow._make((*values[:6], _STAGES[values[6]], *values[7:])) for values in result]

    def versions_by_case(self, case_refs: list[str]) -> dict[str, list[RegisterRow]]:
        """Every pack received for each of ``case_refs``, oldest version first (one query per 500 cases)."""
        found: dict[str, list[RegisterRow]] = {ref: [] for ref in case_refs}
        columns = REGISTER_COLUMNS[:-1]
        wanted = sorted(found)
        with self._sessions() as session:
            for start in range(0, len(wanted), 500):
                result = session.connection().execute(
                    select(*columns).where(ReceivedPackRow.case_ref.in_(wanted[start:start + 500]))
                    .order_by(ReceivedPackRow.case_ref, ReceivedPackRow.version, ReceivedPackRow.id))
                for values in result:
                    found[values[1]].append(RegisterRow._make((*values[:6], _STAGES[values[6]], *values[7:], 0)))
        return {ref: [row._replace(versions=len(rows)) for row in rows] for ref, rows in found.items()}

    @classmethod
    def register_query(cls, flt: RegisterFilter, limit: int | None) -> Select[Any]:
        """The query ``register`` runs: the current packs ``flt`` lets through, newest first, each with how many
        packs of its case were received."""
        query = (select(*REGISTER_COLUMNS).where(CURRENT)
                 .order_by(ReceivedPackRow.imported_at.desc(), ReceivedPackRow.id.desc()))
        if limit is not None:
            query = query.limit(limit)
        for condition in cls._conditions(flt):
            query = query.where(condition)
        return query

    @staticmethod
    def _conditions(flt: RegisterFilter) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if flt.stages:
            conditions.append(ReceivedPackRow.stage.in_(sorted(s.value for s in flt.stages)))
        if flt.status is not None:
            conditions.append(_status_condition(flt.status))
        if flt.organisation.strip():
            conditions.append(ReceivedPackRow.organisation_key.like(f"%{_escape(flt.organisation)}%", escape="\\"))
        if flt.received_from is not None:
            conditions.append(ReceivedPackRow.imported_at >= _day_start(flt.received_from))
        if flt.received_to is not None:
            conditions.append(ReceivedPackRow.imported_at < _day_start(flt.received_to + timedelta(days=1)))
        for word in flt.text.lower().split():
            conditions.append(ReceivedPackRow.search_text.like(f"%{_escape(word)}%", escape="\\"))
        return conditions

    def organisations(self) -> list[str]:
        with self._sessions() as session:
            rows = session.execute(select(ReceivedPackRow.organisation_key, ReceivedPackRow.organisation).distinct()
                                   .order_by(ReceivedPackRow.organisation_key, ReceivedPackRow.organisation))
            return [organisation for _key, organisation in rows]

    @property
    def shared(self) -> bool:
        """True on a team server: other screeners change the register too (the window polls ``stamp``)."""
        bind = self._sessions.kw.get("bind")
        return bind is not None and bind.dialect.name == "postgresql"

    def stamp(self) -> tuple[Any, ...]:
        """Changes whenever the register does (a pack imported, moved, superseded or its signer confirmed): one
        cheap query, to poll."""
        with self._sessions() as session:
            return tuple(session.execute(select(func.count(), func.max(ReceivedPackRow.imported_at),
                                                func.max(ReceivedPackRow.changed_at),
                                                func.sum(ReceivedPackRow.row_version))).one())

    def count(self) -> int:
        """How many cases the register lists (whatever the filter): each once, however many versions arrived.

        Every pack less the superseded ones: two small index scans (the superseded packs have a partial index of
        their own, 0008), where counting the current packs would read the register's wide index whole.
        """
        packs = select(func.count()).select_from(ReceivedPackRow).scalar_subquery()
        superseded = (select(func.count()).select_from(ReceivedPackRow)
                      .where(ReceivedPackRow.superseded == true()).scalar_subquery())
        with self._sessions() as session:
            return int(session.scalar(select(packs - superseded)) or 0)

    def case_refs(self) -> list[str]:
        """Every case reference in the register (for linking precedents)."""
        with self._sessions() as session:
            return list(session.scalars(select(ReceivedPackRow.case_ref).distinct().order_by(ReceivedPackRow.case_ref)))

    # -- one case ----------------------------------------------------------------------------------------------

    def get(self, pack_id: int) -> ReceivedCase:
        with self._sessions() as session:
            return self._received(session, self._row(session, pack_id))

    @staticmethod
    def _received(session: Session, row: ReceivedPackRow) -> ReceivedCase:
        pack_id = row.id
        annotations = {a.section_id: Annotation(a.section_id, SectionStatus(a.status), a.comment, a.author, a.at,
                                                a.row_version)
                       for a in session.scalars(select(AnnotationRow).where(AnnotationRow.pack_id == pack_id))}
        checklist = {c.item_id: ChecklistAnswer(c.item_id, CheckAnswer(c.answer), c.note, c.author, c.at,
                                                c.row_version)
                     for c in session.scalars(select(ChecklistAnswerRow).where(ChecklistAnswerRow.pack_id == pack_id))}
        triage = tuple(_assessment(t) for t in session.scalars(select(TriageRow).where(TriageRow.pack_id == pack_id)
                                                               .order_by(TriageRow.id)))
        history = tuple(
            HistoryEntry(e.seq, e.kind, e.actor, e.at, json.loads(e.payload_json), e.hash)
            for e in session.scalars(select(EventRow).where(EventRow.stream == stream_of(row.case_ref))
                                     .order_by(EventRow.seq)))
        return ReceivedCase(_register_row(row), Case.from_json(json.loads(row.case_json)), row.previous_id,
                            annotations, checklist, triage, history, row.row_version)

    def since_previous(self, pack_id: int) -> "SincePrevious | None":
        """What a version is compared with its previous one by (``services.roundtrip.version_changes``), in four
        small reads: both cases, the previous version's number, when this one was imported and when each of its
        annotations and checklist answers was written. None for a first version."""
        with self._sessions() as session:
            row = self._row(session, pack_id)
            if row.previous_id is None:
                return None
            previous = session.execute(select(ReceivedPackRow.version, ReceivedPackRow.case_json)
                                       .where(ReceivedPackRow.id == row.previous_id)).one()
            annotations = {section: at for section, at in session.execute(
                select(AnnotationRow.section_id, AnnotationRow.at).where(AnnotationRow.pack_id == pack_id))}
            checklist = {item: at for item, at in session.execute(
                select(ChecklistAnswerRow.item_id, ChecklistAnswerRow.at).where(ChecklistAnswerRow.pack_id == pack_id))}
            return SincePrevious(Case.from_json(json.loads(row.case_json)),
                                 Case.from_json(json.loads(previous.case_json)), previous.version,
                                 _register_row(row).imported_at, annotations, checklist)

    def pack_bytes(self, pack_id: int) -> bytes:
        """The original pack exactly as received (checked against its SHA-256)."""
        with self._sessions() as session:
            sha256 = self._row(session, pack_id).sha256
            data = session.scalar(select(PackBlobRow.data).where(PackBlobRow.sha256 == sha256))
        if data is None:  # imported before schema 0004: the bytes are in the data folder
            try:
                data = self.pack_path(sha256).read_bytes()
            except OSError as exc:
                raise UserError(_("The original pack file is missing or unreadable ({reason}).")
                                .format(reason=exc.strerror)) from None
        if hashlib.sha256(data).hexdigest() != sha256:
            raise UserError(_("The stored original pack {sha} has been altered.").format(sha=sha256[:12]))
        return data

    def get_row(self, pack_id: int) -> RegisterRow:
        with self._sessions() as session:
            return _register_row(self._row(session, pack_id))

    def annotate(self, pack_id: int, section_id: str, status: SectionStatus, comment: str, actor: str,
                 based_on: int | None = None, member: str | None = None) -> Annotation:
        """Set a section's status and comment (``annotations.GENERAL`` for the general comment).

        ``based_on``: the annotation's ``version`` the screener started from (0: there was none); if it changed
        meanwhile, ``EditConflict`` and nothing saved. None: whatever is stored is replaced. ``member``: the
        fingerprint of the screener's certificate; on a team database only its members write.
        """
        with self._write() as session:
            row = self._locked(session, pack_id)
            check_member(*acting_member(session, self._member(member)))
            self._require_open(row)
            at = utcnow()
            existing = _pack_item(session, AnnotationRow, pack_id, section_id=section_id)
            _check_based_on(existing, based_on, _("the annotation of section “{section}”").format(section=section_id),
                            lambda r: Annotation(section_id, SectionStatus(r.status), r.comment, r.author, r.at,
                                                 r.row_version),
                            Annotation(section_id, status, comment, actor, at))
            existing.status, existing.comment, existing.author, existing.at = status.value, comment, actor, at
            EventLog.append(session, stream_of(row.case_ref), "annotation", actor, {
                "sha256": row.sha256, "section": section_id, "status": status.value, "comment": comment})
            _drop_draft(session, pack_id, annotation_draft(section_id), actor)
            session.flush()
            return Annotation(section_id, status, comment, actor, at, existing.row_version)

    def answer_check(self, pack_id: int, item_id: str, answer: CheckAnswer, note: str, actor: str,
                     based_on: int | None = None, member: str | None = None) -> ChecklistAnswer:
        """Answer a checklist item (``based_on`` and ``member`` as for ``annotate``)."""
        with self._write() as session:
            row = self._locked(session, pack_id)
            check_member(*acting_member(session, self._member(member)))
            self._require_open(row)
            at = utcnow()
            existing = _pack_item(session, ChecklistAnswerRow, pack_id, item_id=item_id)
            _check_based_on(existing, based_on, _("the answer to checklist item “{item}”").format(item=item_id),
                            lambda r: ChecklistAnswer(item_id, CheckAnswer(r.answer), r.note, r.author, r.at,
                                                      r.row_version),
                            ChecklistAnswer(item_id, answer, note, actor, at))
            existing.answer, existing.note, existing.author, existing.at = answer.value, note, actor, at
            EventLog.append(session, stream_of(row.case_ref), "checklist", actor, {
                "sha256": row.sha256, "item": item_id, "answer": answer.value, "note": note})
            _drop_draft(session, pack_id, check_draft(item_id), actor)
            session.flush()
            return ChecklistAnswer(item_id, answer, note, actor, at, existing.row_version)

    def assess(self, pack_id: int, service: TriageService, risks: str, benefits: str,
               recommendation: TriageRecommendation, precedents: tuple[str, ...], actor: str,
               based_on: int | None = None, member: str | None = None) -> TriageAssessment:
        """Record one service's triage assessment; ``precedents`` must be case references in the register
        (``based_on`` as for ``annotate``; on a team, ``member`` must have the service's role)."""
        with self._write() as session:
            row = self._locked(session, pack_id)
            check_triage(*acting_member(session, self._member(member)), service)
            self._require_open(row)
            known = set(session.scalars(select(ReceivedPackRow.case_ref)
                                        .where(ReceivedPackRow.case_ref.in_(precedents))))
            unknown = [ref for ref in precedents if ref not in known]
            if unknown:
                raise UserError(_("These precedents are not cases in the register: {refs}.")
                                .format(refs=", ".join(unknown)))
            at = utcnow()
            existing = _pack_item(session, TriageRow, pack_id, service=service.value)
            _check_based_on(existing, based_on, _("the {service} triage assessment").format(service=service.value),
                            _assessment, TriageAssessment(service, risks, benefits, recommendation, precedents,
                                                          actor, at))
            existing.risks, existing.benefits = risks, benefits
            existing.recommendation, existing.precedents_json = recommendation.value, json.dumps(list(precedents))
            existing.assessor, existing.at = actor, at
            EventLog.append(session, stream_of(row.case_ref), "triage", actor, {
                "sha256": row.sha256, "service": service.value, "risks": risks, "benefits": benefits,
                "recommendation": recommendation.value, "precedents": list(precedents)})
            _drop_draft(session, pack_id, TRIAGE_DRAFT, actor)
            session.flush()
            return TriageAssessment(service, risks, benefits, recommendation, precedents, actor, at,
                                    existing.row_version)

    def state(self, pack_id: int) -> ScreeningState:
        """Where the case stands, with the facts the stage rules need (signer, checklist)."""
        received = self.get(pack_id)
        return self._state(received)

    @staticmethod
    def _state(received: ReceivedCase) -> ScreeningState:
        case = received.case
        items = checklist_items(load_question_set(case.form_id, case.form_version), case.answers)
        decision = transparency = route = None
        for entry in received.history:
            if entry.kind != "stage" or entry.details.get("sha256") != received.row.sha256:
                continue
            move = Move.from_json(entry.details["move"])
            if entry.details["to"] == Stage.AWAITING_DECISION.value:
                route = move.outcome
            if move.outcome in DECISIONS:
                decision = move
            if move.outcome in (Outcome.PUBLISH, Outcome.EXEMPT_FROM_PUBLICATION):
                transparency = move
        return ScreeningState(stage=received.row.stage, signer_confirmed=received.row.signer_confirmed,
                              route=route, decision=decision, transparency=transparency,
                              unanswered_items=unanswered(items, received.checklist),
                              unmet_items=unmet(items, received.checklist),
                              exception_needed=needs_exception(case.answers))

    def move(self, pack_id: int, move: Move, actor: str, based_on: int | None = None,
             member: str | None = None) -> StageEvent:
        """Apply a stage outcome (rules in ``domain.screening.stages``) and record it in the history.

        ``based_on``: the ``row_version`` of the ``ReceivedCase`` the screener decided on; if the case changed
        meanwhile (another screener moved it), ``EditConflict`` and nothing saved. The rules are always checked
        against the case as it stands when the move is made. On a team database, ``member`` (the fingerprint of
        the screener's certificate) must have the role the move needs (``domain.screening.team.check_move``).
        """
        trusted = self._trusted_fingerprints() if self._trusted_fingerprints is not None else None
        with self._write() as session:
            row = self._locked(session, pack_id)
            if trusted is not None:  # the rules read "signer confirmed": this case's, in line with the trust store
                self._sync_signer(session, row, trusted, actor)
            if based_on is not None and row.row_version != based_on:
                raise EditConflict(_("this case (it is now at stage “{stage}”)").format(stage=row.stage),
                                   row.changed_by, row.changed_at, Stage(row.stage), move)
            received = self._received(session, row)
            if received.row.superseded:
                raise UserError(_("A later version of this case has been received; screen that version instead."))
            check_move(*acting_member(session, self._member(member)), received.row.stage, move)
            new, event = apply(self._state(received), move, actor, utcnow())
            row.stage = new.stage.value
            row.changed_by, row.changed_at = actor[:300], event.at
            if move.outcome in DECISIONS:
                row.decided_at = event.at
            if move.exemption_ground is not None:
                row.exemption_ground = move.exemption_ground.value
            EventLog.append(session, stream_of(row.case_ref), "stage", actor, {
                "sha256": row.sha256, "from": event.from_stage.value, "to": event.to_stage.value,
                "move": move.to_json(), "label": OUTCOME_LABELS[move.outcome]})
            _drop_draft(session, pack_id, OUTCOME_DRAFT, actor)
        return event

    # -- drafts: typed, not yet recorded ----------------------------------------------------------------------------

    def save_drafts(self, pack_id: int, values: dict[str, dict[str, Any]], author: str) -> None:
        """Keep what ``author`` has typed (``key -> fields``), replacing their earlier drafts of the same keys, in one
        transaction. Drafts are work in progress: no history event; recording the assessment removes its draft.
        Each screener has their own drafts: another typing on the same case changes none of them."""
        if not values:
            return
        at, author = utcnow(), author[:300]
        with self._sessions.begin() as session:
            self._row(session, pack_id)
            for key, value in values.items():
                row = session.scalar(select(ScreeningDraftRow).filter_by(pack_id=pack_id, author=author, key=key))
                if row is None:
                    row = ScreeningDraftRow(pack_id=pack_id, author=author, key=key)
                    session.add(row)
                row.value_json, row.saved_at = _canonical_json(value), at

    def drafts(self, pack_id: int, author: str) -> dict[str, dict[str, Any]]:
        """``author``'s drafts on the pack, ``key -> fields`` as typed."""
        with self._sessions() as session:
            rows = session.execute(select(ScreeningDraftRow.key, ScreeningDraftRow.value_json)
                                   .where(ScreeningDraftRow.pack_id == pack_id,
                                          ScreeningDraftRow.author == author[:300]))
            return {key: json.loads(value) for key, value in rows}

    def discard_draft(self, pack_id: int, key: str, author: str) -> None:
        """Forget ``author``'s draft (they cleared the form, or it matches what is recorded)."""
        with self._sessions.begin() as session:
            _drop_draft(session, pack_id, key, author)

    def note_record_exported(self, pack_id: int, record_sha256: str, actor: str) -> None:
        with self._write() as session:
            row = self._locked(session, pack_id)
            EventLog.append(session, stream_of(row.case_ref), "record_exported", actor,
                          {"sha256": row.sha256, "record_sha256": record_sha256, "stage": row.stage})

    # -- transparency ------------------------------------------------------------------------------------------

    def transparency_entries(self) -> list[TransparencyEntry]:
        """Approved shares published without an exemption, oldest decision first: a case once, by its latest
        version published (an approval published stands while a later version of the case is screened)."""
        later = aliased(ReceivedPackRow)
        published_later = select(later.id).where(later.case_ref == ReceivedPackRow.case_ref,
                                                 later.version > ReceivedPackRow.version,
                                                 later.stage.in_((Stage.PUBLISHED.value, Stage.EXEMPT.value)))
        query = (select(ReceivedPackRow).where(ReceivedPackRow.stage == Stage.PUBLISHED.value,
                                               ReceivedPackRow.exemption_ground.is_(None),
                                               ~published_later.exists())
                 .order_by(ReceivedPackRow.decided_at, ReceivedPackRow.id))
        entries: list[TransparencyEntry] = []
        with self._sessions() as session:
            for row in session.scalars(query):
                decision = self._decision_label(session, row)
                entries.append(TransparencyEntry(
                    reference=row.case_ref, organisation=row.organisation, organisation_type=row.org_type,
                    datasets=row.datasets, purpose=row.purpose, legal_gateway=row.legal_gateway,
                    public_benefit=row.public_benefit,
                    start=row.decided_at.date().isoformat() if row.decided_at else "", end=row.retention,
                    status=decision, exemption=_("None"), outputs=self._outputs(session, row.case_ref)))
        return entries

    @staticmethod
    def _outputs(session: Session, case_ref: str) -> str:
        """The published outputs of the case's latest benefits report, as one cell."""
        payload_json = session.scalar(select(EventRow.payload_json).where(
            EventRow.stream == stream_of(case_ref), EventRow.kind == BENEFITS_IMPORTED).order_by(EventRow.seq.desc())
            .limit(1))
        if payload_json is None:
            return ""
        return "; ".join(f"{o['title']} <{o['url']}> ({o['published_on']})"
                         for o in json.loads(payload_json).get("outputs", []))

    @staticmethod
    def _decision_label(session: Session, row: ReceivedPackRow) -> str:
        for payload_json in session.scalars(
                select(EventRow.payload_json).where(EventRow.stream == stream_of(row.case_ref),
                                                    EventRow.kind == "stage").order_by(EventRow.seq.desc())):
            payload = json.loads(payload_json)
            outcome = payload["move"]["outcome"]
            if payload.get("sha256") == row.sha256 and outcome in {o.value for o in DECISIONS}:
                if payload["move"].get("exception"):
                    return _("{decision}, as an exception to the policy authorised by the National Statistician: "
                             "{exception}").format(decision=OUTCOME_LABELS[Outcome(outcome)],
                                                   exception=payload["move"]["exception"])
                return OUTCOME_LABELS[Outcome(outcome)]
        return OUTCOME_LABELS[Outcome.APPROVED]

    # -- signers -----------------------------------------------------------------------------------------------

    def sync_signers(self, actor: str, trusted: frozenset[str] | None = None) -> int:
        """Bring "signer confirmed" in line with the trust store for packs still in received or first screening.

        A signer added to the trust store confirms their packs; a signer removed un-confirms the packs that have not
        yet left first screening (later stages stand). Each change is recorded in the case's history. Returns the
        number of packs changed.

        On a team server each screener has their own trust store, so there it only ever confirms: one screener who
        has not added a signer must not take back another's confirmation.
        """
        if trusted is None:
            if self._trusted_fingerprints is None:
                return 0
            trusted = self._trusted_fingerprints()
        early = (Stage.RECEIVED.value, Stage.FIRST_SCREENING.value)
        is_trusted = ReceivedPackRow.signer_fingerprint.in_(sorted(trusted))
        with self._sessions() as session:
            shared = session.get_bind().dialect.name == "postgresql"
            wrong = (and_(ReceivedPackRow.signer_confirmed.is_(false()), is_trusted) if shared
                     else ReceivedPackRow.signer_confirmed != is_trusted)
            changing = select(ReceivedPackRow.case_ref).where(ReceivedPackRow.stage.in_(early), wrong)
            if session.scalar(changing.limit(1)) is None:  # the usual case: nothing to do, and no lock taken
                return 0
        with self._write() as session:  # only the rows that change: a register holds thousands
            EventLog.begin_write(session)
            for case_ref in sorted(set(session.scalars(changing))):  # one order for every writer: no deadlock
                EventLog.lock_stream(session, stream_of(case_ref))
            rows = session.scalars(select(ReceivedPackRow).where(ReceivedPackRow.stage.in_(early), wrong)
                                   .execution_options(populate_existing=True)).all()
            for row in rows:
                self._sync_signer(session, row, trusted, actor)
        return len(rows)

    @staticmethod
    def _sync_signer(session: Session, row: ReceivedPackRow, trusted: frozenset[str], actor: str) -> bool:
        """Within a write transaction holding the case's lock: bring one pack's "signer confirmed" in line with
        ``trusted`` (by ``sync_signers``'s rules) and record the change; whether it changed."""
        if row.stage not in (Stage.RECEIVED.value, Stage.FIRST_SCREENING.value):
            return False
        confirmed = row.signer_fingerprint in trusted
        shared = session.get_bind().dialect.name == "postgresql"
        if row.signer_confirmed == confirmed or (shared and not confirmed):  # a team server only confirms
            return False
        row.signer_confirmed = confirmed
        row.changed_by, row.changed_at = actor[:300], utcnow()
        EventLog.append(session, stream_of(row.case_ref), "signer_confirmed" if confirmed else "signer_unconfirmed",
                        actor, {"sha256": row.sha256, "signer_fingerprint": row.signer_fingerprint})
        return True

    @staticmethod
    def _row(session: Session, pack_id: int) -> ReceivedPackRow:
        row = session.get(ReceivedPackRow, pack_id)
        if row is None:
            raise ReceivedPackNotFound(pack_id)
        return row

    @staticmethod
    def _require_open(row: ReceivedPackRow) -> None:
        if row.stage in _CLOSED:
            raise UserError(_("This case is closed ({stage}); its screening can no longer change.")
                            .format(stage=row.stage))


def _assessment(t: TriageRow) -> TriageAssessment:
    return TriageAssessment(TriageService(t.service), t.risks, t.benefits, TriageRecommendation(t.recommendation),
                            tuple(json.loads(t.precedents_json)), t.assessor, t.at, t.row_version)


def _check_based_on(row: ItemRow, based_on: int | None, what: str, current: Callable[[Any], Any],
                    refused: Any) -> None:
    """``EditConflict`` when ``row`` (an annotation, answer or assessment) is no longer the version the screener
    started from (0: they saw none, and ``row`` was just added to the session)."""
    if based_on is None:
        return
    stored = row.row_version if row.id is not None else 0
    if stored != based_on:
        who = getattr(row, "author", None) or getattr(row, "assessor", "")
        raise EditConflict(what, str(who or ""), row.at, current(row) if stored else None, refused)


def _escape(text: str) -> str:
    return text.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
