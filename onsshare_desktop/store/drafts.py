"""Drafts repository: create, read, save, copy, soft-delete, restore and search requester drafts."""

from __future__ import annotations

import json

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, defer, sessionmaker

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.drafts import Draft, DraftSummary
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.validation import completeness
from onsshare_desktop.i18n import _
from onsshare_desktop.store.models import DraftRow, utcnow


class DraftNotFound(UserError):
    def __init__(self, draft_id: int) -> None:
        super().__init__(_("There is no draft number {id}.").format(id=draft_id))
        self.draft_id = draft_id


def _summary(row: DraftRow) -> DraftSummary:
    return DraftSummary(row.id, row.case_ref, row.title, row.organisation, row.completeness, row.updated_at,
                        row.deleted_at)


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
    """All reads and writes of drafts; each method is one short transaction."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def create(self, case: Case) -> int:
        """Store ``case`` as a new draft and return its id."""
        with self._sessions.begin() as session:
            row = DraftRow()
            _fill(row, case)
            session.add(row)
            session.flush()
            return row.id

    def get(self, draft_id: int) -> Draft:
        with self._sessions() as session:
            row = self._row(session, draft_id)
            return Draft(row.id, Case.from_json(json.loads(row.case_json)), row.updated_at, row.deleted_at)

    def save(self, draft_id: int, case: Case) -> DraftSummary:
        """Replace the draft's case (autosave) and return its refreshed summary."""
        with self._sessions.begin() as session:
            row = self._row(session, draft_id)
            _fill(row, case)
            row.updated_at = utcnow()
            session.flush()
            return _summary(row)

    def copy_as_new(self, draft_id: int) -> int:
        """A new draft with the same answers under a fresh case reference."""
        copy = self.get(draft_id).case.copy_as_new()
        title = copy.title
        if title:
            copy = copy.with_answer("project_title", _("Copy of {title}").format(title=title)[:150])
        return self.create(copy)

    def delete(self, draft_id: int) -> None:
        """Move the draft to the Deleted view (restorable)."""
        with self._sessions.begin() as session:
            self._row(session, draft_id).deleted_at = utcnow()

    def restore(self, draft_id: int) -> None:
        with self._sessions.begin() as session:
            self._row(session, draft_id).deleted_at = None

    def list(self, search: str = "", deleted: bool = False) -> list[DraftSummary]:
        """Drafts (or deleted drafts), most recently edited first, filtered by a case-insensitive search."""
        query = select(DraftRow).options(defer(DraftRow.case_json)).order_by(DraftRow.updated_at.desc(), DraftRow.id.desc())
        query = query.where(DraftRow.deleted_at.is_not(None) if deleted else DraftRow.deleted_at.is_(None))
        if search.strip():
            needle = f"%{search.strip().lower()}%"
            query = query.where(or_(func.lower(DraftRow.title).like(needle),
                                    func.lower(DraftRow.organisation).like(needle),
                                    func.lower(DraftRow.case_ref).like(needle)))
        with self._sessions() as session:
            return [_summary(row) for row in session.scalars(query)]

    def count(self) -> int:
        with self._sessions() as session:
            return int(session.scalar(select(func.count()).select_from(DraftRow)) or 0)

    @staticmethod
    def _row(session: Session, draft_id: int) -> DraftRow:
        row = session.get(DraftRow, draft_id)
        if row is None:
            raise DraftNotFound(draft_id)
        return row
