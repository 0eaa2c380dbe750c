"""Open the app's database and the repositories over it.

Two kinds: the SQLite file in the data folder (the default: checked, backed up, migrated on open), or a screening
team's PostgreSQL server named by a URL (schema checked, never migrated behind the team's back).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.backups import backup_if_due
from onsshare_desktop.store.drafts import DraftRepository
from onsshare_desktop.store.engine import engine_for_url, parse_database_url, redacted, sqlite_engine
from onsshare_desktop.store.events import EventLog
from onsshare_desktop.store.integrity import ensure_sound
from onsshare_desktop.store.connection import connection_errors
from onsshare_desktop.store.migrate import HEAD_REVISION, SchemaNotReady, check_schema, upgrade_to_head
from onsshare_desktop.store.screening import ScreeningRepository
from onsshare_desktop.store.team import TeamRepository
from onsshare_desktop.store.trusted_signers import SharedTrustRepository

log = logging.getLogger(__name__)


@dataclass
class Database:
    """The open database and its repositories. Close it when done.

    On a team server, ``engine`` is the server (screening, history, team) and ``local_engine`` the data folder's
    SQLite file, where the requester's drafts stay.
    """

    engine: Engine
    sessions: sessionmaker[Session]
    drafts: DraftRepository
    events: EventLog
    screening: ScreeningRepository
    team: TeamRepository
    trusted_signers: SharedTrustRepository
    local_engine: Engine | None = None

    @property
    def shared(self) -> bool:
        """True on a team server (PostgreSQL): other screeners may change what this one sees."""
        return self.engine.dialect.name == "postgresql"

    def close(self) -> None:
        self.engine.dispose()
        if self.local_engine is not None:
            self.local_engine.dispose()


def _trusted_fingerprints(paths: DataPaths) -> frozenset[str]:
    """The fingerprints in the local trust store (read when a screening rule needs them)."""
    from onsshare_desktop.identity.trust import TrustStore

    return TrustStore(paths.trust).fingerprints()


def open_database(paths: DataPaths, *, daily_backup: bool = True,
                  trusted_fingerprints: Callable[[], frozenset[str]] | None = None,
                  url: str | URL | None = None, password: str | None = None,
                  acting_member: Callable[[], str | None] | None = None) -> Database:
    """Open the database: the SQLite file in the data folder ``paths``, or the team server at ``url``.

    ``trusted_fingerprints`` says which signers are trusted when a screening rule needs it (the services pass
    the trust store plus your own certificate); by default, the trust store alone.

    An existing SQLite database is checked first: a damaged one is quarantined and ``DatabaseDamaged`` raised
    (it names the latest backup to offer). It is backed up before a migration, and at most daily on open.

    A team server (``url``, ``password`` from the OS keyring if any) must already be at this version's schema:
    ``SchemaNotReady`` says how to prepare it, ``SchemaTooNew`` refuses one set up by a newer version, and
    ``DatabaseUnreachable`` explains a server that cannot be reached. The requester's drafts stay in the data
    folder's SQLite file all the same.

    ``acting_member`` gives the fingerprint of the certificate of the person working here: on a team database, the
    roles of that member are checked for every screening change not made on behalf of someone else.
    """
    if url is not None and parse_database_url(str(url)).get_backend_name() == "postgresql":
        local = _open_local(paths, daily_backup)
        try:
            server = _open_server(paths, url, password, trusted_fingerprints, acting_member)
        except BaseException:
            local.dispose()
            raise
        server.drafts = DraftRepository(sessionmaker(local, expire_on_commit=False))
        server.local_engine = local
        return server
    return _database(_open_local(paths, daily_backup), paths, trusted_fingerprints, acting_member)


def _open_local(paths: DataPaths, daily_backup: bool) -> Engine:
    """The data folder's SQLite file: checked, migrated (backed up first) and backed up daily."""
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
    return engine


def _database(engine: Engine, paths: DataPaths, trusted_fingerprints: Callable[[], frozenset[str]] | None,
              acting_member: Callable[[], str | None] | None) -> Database:
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(engine=engine, sessions=sessions, drafts=DraftRepository(sessions),
                    events=EventLog(sessions),
                    screening=ScreeningRepository(sessions, paths.packs,
                                                  trusted_fingerprints or (lambda: _trusted_fingerprints(paths)),
                                                  acting_member),
                    team=TeamRepository(sessions), trusted_signers=SharedTrustRepository(sessions))


def _open_server(paths: DataPaths, url: str | URL, password: str | None,
                 trusted_fingerprints: Callable[[], frozenset[str]] | None,
                 acting_member: Callable[[], str | None] | None) -> Database:
    engine = engine_for_url(url, password=password)
    try:
        with connection_errors(engine):
            revision = check_schema(engine)
        if revision != HEAD_REVISION:
            raise SchemaNotReady(revision, redacted(engine.url))
    except BaseException:
        engine.dispose()
        raise
    return _database(engine, paths, trusted_fingerprints, acting_member)


def upgrade_server(url: str | URL, password: str | None = None) -> tuple[str | None, str]:
    """Bring the team server at ``url`` to this version's schema; returns (revision before, revision after)."""
    engine = engine_for_url(url, password=password)
    try:
        with connection_errors(engine):
            before = check_schema(engine)
            upgrade_to_head(engine)
        return before, HEAD_REVISION
    finally:
        engine.dispose()
