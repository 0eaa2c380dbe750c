"""Bring a database up to the newest schema, backing the file up first (SQLite backup API).

Alembic is imported only when a migration is due, so an up-to-date database opens without paying for it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text

from onsshare_desktop.store.backups import backup_database
from onsshare_desktop.store.revision import HEAD_REVISION, MIGRATIONS_DIR  # importers use them from here too

__all__ = ["HEAD_REVISION", "MIGRATIONS_DIR", "current_revision", "upgrade_to_head"]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _has_user_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def upgrade_to_head(engine: Engine, backup_dir: Path | None = None) -> Path | None:
    """Migrate ``engine``'s database to ``HEAD_REVISION``; returns the pre-migration backup, if one was taken."""
    if current_revision(engine) == HEAD_REVISION:
        return None
    backup: Path | None = None
    database = engine.url.database
    if engine.dialect.name == "sqlite" and database and backup_dir is not None and _has_user_tables(engine):
        backup = backup_database(Path(database), backup_dir, f"pre-migration-{current_revision(engine) or 'none'}")

    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
