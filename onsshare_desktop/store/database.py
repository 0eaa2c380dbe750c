"""Open the app's database: engine with pragmas, migrations (with backup) and the repositories over it."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.backups import backup_if_due
from onsshare_desktop.store.drafts import DraftRepository
from onsshare_desktop.store.engine import sqlite_engine
from onsshare_desktop.store.events import EventLog
from onsshare_desktop.store.integrity import ensure_sound
from onsshare_desktop.store.migrate import upgrade_to_head
from onsshare_desktop.store.screening import ScreeningRepository

log = logging.getLogger(__name__)


@dataclass
class Database:
    """The open database and its repositories. Close it when done."""

    engine: Engine
    sessions: sessionmaker[Session]
    drafts: DraftRepository
    events: EventLog
    screening: ScreeningRepository

    def close(self) -> None:
        self.engine.dispose()


def _trusted_fingerprints(paths: DataPaths) -> frozenset[str]:
    """The fingerprints in the local trust store (read when a screening rule needs them)."""
    from onsshare_desktop.identity.trust import TrustStore

    return TrustStore(paths.trust).fingerprints()


def open_database(paths: DataPaths, *, daily_backup: bool = True,
                  trusted_fingerprints: Callable[[], frozenset[str]] | None = None) -> Database:
    """Open (creating and migrating as needed) the database in the data folder ``paths``.

    ``trusted_fingerprints`` says which signers are trusted when a screening rule needs it (the services pass
    the trust store plus your own certificate); by default, the trust store alone.

    An existing database is checked first: a damaged one is quarantined and ``DatabaseDamaged`` raised (it
    names the latest backup to offer). It is backed up before a migration, and at most daily on open.
    """
    paths.ensure()
    existed = paths.database.exists()
    ensure_sound(paths)
    engine = sqlite_engine(paths.database)
    upgrade_to_head(engine, backup_dir=paths.backups)
    if existed and daily_backup:
        try:
            backup_if_due(paths.database, paths.backups)
        except (OSError, sqlite3.Error):  # e.g. disk full: a missed daily backup must not lock the user out
            log.warning("daily backup of %s failed", paths.database, exc_info=True)
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(engine=engine, sessions=sessions, drafts=DraftRepository(sessions),
                    events=EventLog(sessions),
                    screening=ScreeningRepository(sessions, paths.packs,
                                                  trusted_fingerprints or (lambda: _trusted_fingerprints(paths))))
