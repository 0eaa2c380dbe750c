from __future__ import annotations

import pytest

import sqlite3

from sqlalchemy import text

from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.database import open_database
from onsshare_desktop.store.engine import sqlite_engine
from onsshare_desktop.store.migrate import HEAD_REVISION, current_revision, upgrade_to_head


@pytest.mark.sqlite_only
def test_every_pooled_connection_gets_the_pragmas(database) -> None:
    engine = database.engine
    connections = [engine.connect() for _ in range(3)]  # three distinct pooled DBAPI connections
    try:
        for conn in connections:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    finally:
        for conn in connections:
            conn.close()


def test_migrates_an_empty_file_to_head(tmp_path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    engine = sqlite_engine(path)
    assert current_revision(engine) is None
    assert upgrade_to_head(engine, backup_dir=tmp_path / "backups") is None  # nothing worth backing up
    assert current_revision(engine) == HEAD_REVISION
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"drafts", "events", "alembic_version"} <= tables
    engine.dispose()


def test_alembic_head_matches_the_constant() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from onsshare_desktop.store.migrate import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_heads() == [HEAD_REVISION]


def test_a_database_is_backed_up_before_it_is_migrated(tmp_path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:  # a database from before any migration: user data, no alembic table
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('precious')")
    engine = sqlite_engine(path)
    backup = upgrade_to_head(engine, backup_dir=tmp_path / "backups")
    engine.dispose()
    assert backup is not None and backup.exists()
    assert sqlite3.connect(backup).execute("SELECT body FROM notes").fetchall() == [("precious",)]


def test_reopening_an_up_to_date_database_keeps_drafts(data_paths: DataPaths) -> None:
    from onsshare_desktop.domain.case import Case
    from onsshare_desktop.domain.questions import load_question_set

    db = open_database(data_paths)
    draft_id = db.drafts.create(Case.new(load_question_set()).with_answer("project_title", "Kept"))
    db.close()
    db = open_database(data_paths)
    assert db.drafts.get(draft_id).case.title == "Kept"
    db.close()


def test_events_are_append_only(database) -> None:
    with database.engine.begin() as conn:
        conn.execute(text("INSERT INTO events (stream, seq, kind, actor, at, payload_json, prev_hash, hash) "
                          "VALUES ('s', 1, 'k', 'a', '2026-01-01 00:00:00', '{}', :z, :z)"), {"z": "0" * 64})
    import pytest
    from sqlalchemy.exc import IntegrityError

    for statement in ("UPDATE events SET actor = 'x'", "DELETE FROM events"):
        with pytest.raises(IntegrityError, match="append-only"):
            with database.engine.begin() as conn:
                conn.execute(text(statement))
