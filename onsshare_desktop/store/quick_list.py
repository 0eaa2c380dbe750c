"""The drafts list read at start-up with the standard library's ``sqlite3`` only, before SQLAlchemy is imported.

Importing SQLAlchemy and opening the database properly (integrity check, migrations, daily backup) takes most of
the app's start-up; the list a person waits for needs one indexed query. ``read_drafts_list`` gives that list from
an up-to-date database (or ``None`` when there is none yet, it is at another schema revision, or it cannot be
read), so the window can show it while ``open_database`` runs; the repository's ``DraftRepository.list`` then
replaces it. Read-only: it never creates, changes or locks the file beyond one read transaction.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from onsshare_desktop.domain.drafts import DraftSummary
from onsshare_desktop.store.revision import HEAD_REVISION

LIST_QUERY = ("SELECT id, case_ref, title, organisation, completeness, updated_at, deleted_at FROM drafts "
              "WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC")  # DraftRepository.list(), as SQL


def _required(value: datetime | None) -> datetime:
    """A time the list cannot do without (a NULL one means the file is not what we expect: fall back)."""
    if value is None:
        raise ValueError("missing time")
    return value


def _utc(value: str | None) -> datetime | None:
    if value is None:
        return None
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def read_drafts_list(database: Path) -> list[DraftSummary] | None:
    """The drafts (not deleted), most recently edited first, or ``None`` if the quick read does not apply."""
    if not database.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != HEAD_REVISION:
            return None
        return [DraftSummary(id_, ref, title, organisation, completeness, _required(_utc(updated)), _utc(deleted))
                for id_, ref, title, organisation, completeness, updated, deleted in connection.execute(LIST_QUERY)]
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        connection.close()
