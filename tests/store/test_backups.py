"""Backups with the SQLite backup API: daily on open, before migrations, pruned to 7, checked and restored."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.backups import (BACKUP_KEEP, BackupRefused, backup_database, backup_if_due,
                                            list_backups, restore_backup)
from onsshare_desktop.store.database import open_database


def _titles(paths: DataPaths) -> list[str]:
    db = open_database(paths, daily_backup=False)
    try:
        return sorted(d.title for d in db.drafts.list())
    finally:
        db.close()


def _add(paths: DataPaths, *titles: str) -> None:
    db = open_database(paths, daily_backup=False)
    try:
        for title in titles:
            db.drafts.create(Case.new(load_question_set()).with_answer("project_title", title))
    finally:
        db.close()


def test_a_backup_is_a_self_contained_copy(data_paths: DataPaths) -> None:
    _add(data_paths, "Kept")
    backup = backup_database(data_paths.database, data_paths.backups, "manual")
    assert backup.parent == data_paths.backups and backup.name.endswith("-manual.sqlite3")
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("SELECT title FROM drafts").fetchall() == [("Kept",)]
    finally:
        conn.close()
    assert not list(data_paths.backups.glob("*.partial"))


def test_only_the_newest_seven_are_kept_and_other_files_are_left_alone(data_paths: DataPaths) -> None:
    _add(data_paths, "x")
    data_paths.backups.mkdir(exist_ok=True)
    (data_paths.backups / "my-own-copy.sqlite3").write_bytes(b"mine")
    start = datetime(2026, 1, 1, tzinfo=UTC)
    made = [backup_database(data_paths.database, data_paths.backups, "manual", now=start + timedelta(hours=i))
            for i in range(10)]
    assert [b.path for b in list_backups(data_paths.backups)] == made[::-1][:BACKUP_KEEP]
    assert (data_paths.backups / "my-own-copy.sqlite3").read_bytes() == b"mine"


def test_half_written_copies_from_a_crash_are_cleared(data_paths: DataPaths) -> None:
    _add(data_paths, "x")
    data_paths.backups.mkdir(exist_ok=True)
    stale = data_paths.backups / "onsshare-20260101T000000000000Z-daily.sqlite3.partial"
    stale.write_bytes(b"half")
    backup_database(data_paths.database, data_paths.backups, "manual")
    assert not stale.exists()


def test_daily_backup_is_taken_at_most_once_a_day(data_paths: DataPaths) -> None:
    _add(data_paths, "x")
    now = datetime(2026, 3, 1, 9, tzinfo=UTC)
    first = backup_if_due(data_paths.database, data_paths.backups, now=now)
    assert first is not None and first.name.endswith("-daily.sqlite3")
    assert backup_if_due(data_paths.database, data_paths.backups, now=now + timedelta(hours=23)) is None
    assert backup_if_due(data_paths.database, data_paths.backups, now=now + timedelta(hours=25)) is not None


def test_opening_an_existing_database_backs_it_up_once(data_paths: DataPaths) -> None:
    for _ in range(3):
        open_database(data_paths).close()
    assert [b.reason for b in list_backups(data_paths.backups)] == ["daily"]


def test_pre_migration_backups_use_the_same_folder_and_naming(data_paths: DataPaths) -> None:
    with sqlite3.connect(data_paths.database) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    open_database(data_paths).close()
    reasons = {b.reason for b in list_backups(data_paths.backups)}
    assert "pre-migration-none" in reasons


def test_restore_brings_the_backup_back_and_keeps_the_replaced_database(data_paths: DataPaths) -> None:
    _add(data_paths, "Before")
    backup = backup_database(data_paths.database, data_paths.backups, "manual")
    _add(data_paths, "After")
    result = restore_backup(data_paths, backup)
    assert _titles(data_paths) == ["Before"]
    assert result.restored_from == backup and result.previous_quarantine is None
    assert result.previous_backup is not None
    conn = sqlite3.connect(result.previous_backup)
    try:
        assert sorted(r[0] for r in conn.execute("SELECT title FROM drafts")) == ["After", "Before"]
    finally:
        conn.close()


def test_restore_over_a_damaged_database_quarantines_it(data_paths: DataPaths) -> None:
    _add(data_paths, "Before")
    backup = backup_database(data_paths.database, data_paths.backups, "manual")
    data_paths.database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    result = restore_backup(data_paths, backup)
    assert result.previous_quarantine is not None and result.previous_backup is None
    assert (result.previous_quarantine / data_paths.database.name).read_bytes().startswith(b"SQLite format 3")
    assert _titles(data_paths) == ["Before"]


def _other_database(path: Path, revision: str | None) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE drafts (id INTEGER)")
        if revision:
            conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
            conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    return path


@pytest.mark.parametrize("make, reason", [
    (lambda d: d / "missing.sqlite3", "not a file"),
    (lambda d: (d / "text.sqlite3").write_text("hello") and d / "text.sqlite3", "damaged or not a database"),
    (lambda d: _other_database(d / "other.sqlite3", None), "not one of onsshare-desktop"),
    (lambda d: _other_database(d / "newer.sqlite3", "9999"), "newer version"),
])
def test_restore_refuses_what_is_not_a_sound_backup_and_changes_nothing(data_paths: DataPaths, tmp_path: Path,
                                                                       make, reason: str) -> None:
    _add(data_paths, "Current")
    before = data_paths.database.read_bytes()
    with pytest.raises(BackupRefused, match=reason):
        restore_backup(data_paths, make(tmp_path))
    assert data_paths.database.read_bytes() == before
    assert list_backups(data_paths.backups) == []


def test_restore_refuses_a_damaged_backup(data_paths: DataPaths) -> None:
    _add(data_paths, *(f"Study {i} " + "y" * 800 for i in range(30)))
    backup = backup_database(data_paths.database, data_paths.backups, "manual")
    data = bytearray(backup.read_bytes())
    data[len(data) // 2:len(data) // 2 + 6000] = b"\x5a" * 6000
    backup.write_bytes(bytes(data))
    with pytest.raises(BackupRefused, match="damaged"):
        restore_backup(data_paths, backup)


def test_a_failed_daily_backup_does_not_lock_the_user_out(data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    import errno

    from onsshare_desktop.store import database as database_module

    _add(data_paths, "Still here")

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(database_module, "backup_if_due", disk_full)
    db = open_database(data_paths)
    try:
        assert [d.title for d in db.drafts.list()] == ["Still here"]
    finally:
        db.close()
    assert "daily backup" in caplog.text
