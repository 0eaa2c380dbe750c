"""Drafts repository: create, read, save, copy, soft-delete, restore and search requester drafts."""

from __future__ import annotations

import builtins
import json
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.drafts import Draft, DraftSummary
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.questions import ROLE_TITLE, load_question_set
from onsshare_desktop.domain.validation import completeness
from onsshare_desktop.i18n import _
from onsshare_desktop.store.events import DEFAULT_ACTOR, EventLog
from onsshare_desktop.store.models import DraftRow, EventRow, utcnow


class DraftNotFound(UserError):
    def __init__(self, draft_id: int) -> None:
        super().__init__(_("There is no draft number {id}.").format(id=draft_id))
        self.draft_id = draft_id


def _summary(row: DraftRow) -> DraftSummary:
    return DraftSummary(row.id, row.case_ref, row.title, row.organisation, row.completeness, row.updated_at,
                        row.deleted_at)


SUMMARY_COLUMNS = (DraftRow.id, DraftRow.case_ref, DraftRow.title, DraftRow.organisation, DraftRow.completeness,
                   DraftRow.updated_at, DraftRow.deleted_at)  # in DraftSummary's order


def draft_stream(case_ref: str) -> str:
    """The history stream of a case: every draft holding ``case_ref`` appends there."""
    return f"draft:{case_ref}"


def _changes(old: Case, new: Case) -> dict[str, Any]:
    """A small description of what a save changed: question ids (not values) and other changed parts."""
    keys = old.answers.keys() | new.answers.keys()
    changed: dict[str, Any] = {"answers": sorted(k for k in keys if old.answers.get(k) != new.answers.get(k))}
    if old.attachments != new.attachments:
        changed["attachments"] = sorted(a.sha256 for a in new.attachments)
    if (old.version, old.previous_pack_sha256) != (new.version, new.previous_pack_sha256):
        changed["version"] = new.version
    return changed


def _fill(row: DraftRow, case: Case) -> None:
    qs = load_question_set(case.form_id, case.form_version)
    row.case_ref = case.case_ref
    row.title = case.title[:300]
    row.organisation = case.organisation[:300]
    row.completeness = completeness(qs, case.answers)
    row.form_id = case.form_id
    row.form_version = case.form_version
    row.case_json = json.dumps(case.to_json(), ensure_ascii=False)


class DraftRepository:
    """All reads and writes of drafts; each method is one short transaction.

    Every change appends an event to the case's history stream (``draft_stream``) in the same transaction,
    recorded under ``actor``.
    """

    def __init__(self, sessions: sessionmaker[Session], actor: str = DEFAULT_ACTOR) -> None:
        self._sessions = sessions
        self._actor = actor

    def create(self, case: Case, copied_from: str | None = None) -> int:
        """Store ``case`` as a new draft and return its id."""
        with self._sessions.begin() as session:
            row = DraftRow()
            _fill(row, case)
            session.add(row)
            session.flush()
            payload: dict[str, Any] = {"draft": row.id, "form": f"{case.form_id}/{case.form_version}",
                                       "completeness": row.completeness}
            if copied_from:
                payload["copied_from"] = copied_from
            self._record(session, row, "draft.created", payload)
            return row.id

    def get(self, draft_id: int) -> Draft:
        with self._sessions() as session:
            row = self._row(session, draft_id)
            return Draft(row.id, Case.from_json(json.loads(row.case_json)), row.updated_at, row.deleted_at)

    def save(self, draft_id: int, case: Case) -> DraftSummary:
        """Replace the draft's case (autosave) and return its refreshed summary."""
        with self._sessions.begin() as session:
            row = self._row(session, draft_id)
            changes = _changes(Case.from_json(json.loads(row.case_json)), case)
            _fill(row, case)
            row.updated_at = utcnow()
            session.flush()
            if len(changes) > 1 or changes["answers"]:
                self._record(session, row, "draft.saved",
                             {"draft": row.id, "completeness": row.completeness, **changes})
            return _summary(row)

    def copy_as_new(self, draft_id: int) -> int:
        """A new draft with the same answers under a fresh case reference."""
        source = self.get(draft_id).case
        copy = source.copy_as_new()
        title = copy.title
        if title:
            copy = copy.with_role_answer(ROLE_TITLE, _("Copy of {title}").format(title=title)[:150])
        return self.create(copy, copied_from=source.case_ref)

    def delete(self, draft_id: int) -> None:
        """Move the draft to the Deleted view (restorable)."""
        with self._sessions.begin() as session:
            row = self._row(session, draft_id)
            if row.deleted_at is None:
                row.deleted_at = utcnow()
                self._record(session, row, "draft.deleted", {"draft": row.id})

    def restore(self, draft_id: int) -> None:
        with self._sessions.begin() as session:
            row = self._row(session, draft_id)
            if row.deleted_at is not None:
                row.deleted_at = None
                self._record(session, row, "draft.restored", {"draft": row.id})

    def list(self, search: str = "", deleted: bool = False) -> list[DraftSummary]:
        """Drafts (or deleted drafts), most recently edited first, filtered by a case-insensitive search."""
        query = select(*SUMMARY_COLUMNS).order_by(DraftRow.updated_at.desc(), DraftRow.id.desc())
        query = query.where(DraftRow.deleted_at.is_not(None) if deleted else DraftRow.deleted_at.is_(None))
        if search.strip():
            needle = f"%{search.strip().lower()}%"
            query = query.where(or_(func.lower(DraftRow.title).like(needle),
                                    func.lower(DraftRow.organisation).like(needle),
                                    func.lower(DraftRow.case_ref).like(needle)))
        with self._sessions() as session:  # Core rows from the covering index ix_drafts_list: no ORM objects
            return [DraftSummary(*values) for values in session.connection().execute(query)]

    def count(self) -> int:
        with self._sessions() as session:
            return int(session.scalar(select(func.count()).select_from(DraftRow)) or 0)

    def find_by_previous_pack(self, case_ref: str, pack_sha256: str) -> Draft | None:
        """The draft of ``case_ref`` that follows the exported pack ``pack_sha256`` (the version after it)."""
        with self._sessions() as session:
            for row in session.scalars(select(DraftRow).where(DraftRow.case_ref == case_ref,
                                                              DraftRow.deleted_at.is_(None))):
                case = Case.from_json(json.loads(row.case_json))
                if case.previous_pack_sha256 == pack_sha256:
                    return Draft(row.id, case, row.updated_at, row.deleted_at)
        return None

    def find_by_case_ref(self, case_ref: str) -> Draft | None:
        with self._sessions() as session:
            row = session.scalar(select(DraftRow).where(DraftRow.case_ref == case_ref, DraftRow.deleted_at.is_(None))
                                 .order_by(DraftRow.id.desc()).limit(1))
            return None if row is None else Draft(row.id, Case.from_json(json.loads(row.case_json)), row.updated_at,
                                                  row.deleted_at)

    def record_event(self, draft_id: int, kind: str, payload: dict[str, Any]) -> None:
        """Add an event to the draft's history (exports, documents received)."""
        with self._sessions.begin() as session:
            self._record(session, self._row(session, draft_id), kind, payload)

    def draft_events(self, case_ref: str, *kinds: str) -> builtins.list[dict[str, Any]]:
        """The payloads of the draft history's events of ``kinds``, oldest first."""
        with self._sessions() as session:
            return [json.loads(p) for p in session.scalars(
                select(EventRow.payload_json).where(EventRow.stream == draft_stream(case_ref),
                                                    EventRow.kind.in_(kinds)).order_by(EventRow.seq))]

    def events_by_case(self, case_refs: builtins.list[str], *kinds: str
                       ) -> dict[str, builtins.list[tuple[str, dict[str, Any]]]]:
        """For each of ``case_refs`` that has any, its history's events of ``kinds`` as ``(kind, payload)``, oldest
        first (one query over the streams' index, for the drafts list)."""
        streams = {draft_stream(ref): ref for ref in case_refs}
        if not streams:
            return {}
        with self._sessions() as session:
            by_stream = EventLog.kinds_by_stream(session, builtins.list(streams), kinds)
        return {streams[stream]: events for stream, events in by_stream.items()}

    def _record(self, session: Session, row: DraftRow, kind: str, payload: dict[str, Any]) -> None:
        EventLog.append(session, draft_stream(row.case_ref), kind, self._actor, payload)

    @staticmethod
    def _row(session: Session, draft_id: int) -> DraftRow:
        row = session.get(DraftRow, draft_id)
        if row is None:
            raise DraftNotFound(draft_id)
        return row
