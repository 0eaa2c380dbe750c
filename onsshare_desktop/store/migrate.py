"""Bring a database up to the newest schema; refuse one set up by a newer version of the app.

The same Alembic migrations run on SQLite and PostgreSQL. A SQLite file is backed up first (SQLite backup API); a
team's PostgreSQL server is upgraded only on purpose (``onsshare-desktop --database-url URL db upgrade``, by
whoever looks after it) and the app otherwise refuses a server whose schema is older or newer than its own.

Alembic is imported only when a migration is due, so an up-to-date database opens without paying for it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _
from onsshare_desktop.store.backups import backup_database
from onsshare_desktop.store.revision import HEAD_REVISION, MIGRATIONS_DIR, known_revisions

__all__ = ["HEAD_REVISION", "MIGRATIONS_DIR", "SchemaNotReady", "SchemaTooNew", "check_schema", "current_revision",
           "upgrade_to_head"]


class SchemaTooNew(UserError):
    """The database was set up by a newer version of the app: this one must not write to it."""

    def __init__(self, revision: str) -> None:
        super().__init__(_(
            "This database was set up by a newer version of onsshare-desktop (schema {revision}; this version "
            "knows up to {head}). Install the newer version to use it; nothing was changed.").format(
                revision=revision, head=HEAD_REVISION))


class SchemaNotReady(UserError):
    """A team server that is empty or at an older schema: its administrator upgrades it on purpose."""

    def __init__(self, revision: str | None, where: str) -> None:
        command = f"onsshare-desktop --database-url {where} db upgrade"
        super().__init__(
            _("The team database at {where} is empty. Prepare it once with: {command}").format(
                where=where, command=command) if revision is None else
            _("The team database at {where} has an older schema ({revision}; this version needs {head}). "
              "Whoever looks after the server upgrades it with: {command}").format(
                where=where, revision=revision, head=HEAD_REVISION, command=command))


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _has_user_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def check_schema(engine: Engine) -> str | None:
    """The database's revision; ``SchemaTooNew`` when this version of the app does not know it."""
    revision = current_revision(engine)
    if revision is not None and revision not in known_revisions():
        raise SchemaTooNew(revision)
    return revision


def upgrade_to_head(engine: Engine, backup_dir: Path | None = None) -> Path | None:
    """Migrate ``engine``'s database to ``HEAD_REVISION``; returns the pre-migration backup, if one was taken.

    Raises ``SchemaTooNew`` (and changes nothing) when the database is newer than this version of the app.
    """
    revision = check_schema(engine)
    if revision == HEAD_REVISION:
        return None
    backup: Path | None = None
    database = engine.url.database
    if engine.dialect.name == "sqlite" and database and backup_dir is not None and _has_user_tables(engine):
        backup = backup_database(Path(database), backup_dir, f"pre-migration-{revision or 'none'}")

    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":  # two administrators upgrading at once: one waits for the other
            connection.execute(text("SELECT pg_advisory_xact_lock(7368226001)"))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
