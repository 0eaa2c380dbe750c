"""Integrity check on open: a damaged database is quarantined with its -wal/-shm, never dropped or overwritten."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.backups import backup_database
from onsshare_desktop.store.database import open_database
from onsshare_desktop.store.integrity import DatabaseDamaged, check_database, quarantine


def _fill(paths: DataPaths, drafts: int = 40) -> None:
    db = open_database(paths)
    qs = load_question_set()
    try:
        for i in range(drafts):
            db.drafts.create(Case.new(qs).with_answer("project_title", f"Study {i} " + "x" * 500))
    finally:
        db.close()


def _damage(path: Path) -> None:
    """Overwrite the middle of the file with garbage, as a failing disk or a stray write would."""
    data = bytearray(path.read_bytes())
    page = 4096
    start = (len(data) // page // 2) * page
    data[start + 8:start + 2 * page] = b"\xa5" * (2 * page - 8)
    path.write_bytes(bytes(data))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_sound_database_passes_both_checks(data_paths: DataPaths) -> None:
    _fill(data_paths, 3)
    assert check_database(data_paths.database).ok
    report = check_database(data_paths.database, quick=True)
    assert report.ok and report.method == "quick_check"


def test_an_empty_file_is_an_empty_database(tmp_path: Path) -> None:
    (tmp_path / "empty.sqlite3").touch()
    assert check_database(tmp_path / "empty.sqlite3").ok


def test_a_file_that_is_not_a_database_is_named(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("my shopping list\n")
    report = check_database(path)
    assert not report.ok and "not a SQLite database" in report.problems[0]


def test_a_damaged_page_is_found(data_paths: DataPaths) -> None:
    _fill(data_paths)
    _damage(data_paths.database)
    report = check_database(data_paths.database)
    assert not report.ok and report.problems


def test_opening_a_damaged_database_quarantines_it_and_offers_the_latest_backup(data_paths: DataPaths) -> None:
    _fill(data_paths)
    backup = backup_database(data_paths.database, data_paths.backups, "manual")
    _damage(data_paths.database)
    wal = data_paths.database.with_name(data_paths.database.name + "-wal")
    wal.write_bytes(b"leftover write-ahead log")  # a crash can leave one: it goes along, untouched
    fingerprints = {data_paths.database.name: _sha(data_paths.database), wal.name: _sha(wal)}

    with pytest.raises(DatabaseDamaged) as caught:
        open_database(data_paths)
    err = caught.value
    assert err.latest_backup == backup
    assert err.quarantine_dir.parent == data_paths.quarantine
    assert str(err.quarantine_dir) in str(err) and backup.name in str(err)
    moved = {p.name: _sha(p) for p in err.quarantine_dir.iterdir() if not p.name.endswith("-shm")}
    assert moved == fingerprints  # moved byte for byte (the -shm index, rebuilt by any reader, goes along too)
    assert not data_paths.database.exists() and not wal.exists()
    assert backup.exists()

    db = open_database(data_paths)  # the user can carry on: a fresh database (or restore the backup)
    try:
        assert db.drafts.count() == 0
    finally:
        db.close()


def test_damage_without_any_backup_says_so(data_paths: DataPaths) -> None:
    data_paths.database.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(data_paths)
    assert caught.value.latest_backup is None
    assert "no backup" in str(caught.value)


def test_quarantine_never_overwrites_an_earlier_one(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 11, 25, tzinfo=UTC)
    folders = []
    for body in (b"first", b"second"):
        (tmp_path / "db.sqlite3").write_bytes(body)
        folders.append(quarantine(tmp_path / "db.sqlite3", tmp_path / "q", now=now))
    assert folders[0] != folders[1]
    assert [(f / "db.sqlite3").read_bytes() for f in folders] == [b"first", b"second"]


def test_a_locked_database_is_unavailable_not_damaged(data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another program holding an exclusive lock must never get a healthy database quarantined."""
    import sqlite3

    from onsshare_desktop.store import integrity

    _fill(data_paths, 2)
    monkeypatch.setattr(integrity, "BUSY_TIMEOUT_S", 0.05)
    holder = sqlite3.connect(data_paths.database, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("DELETE FROM drafts WHERE id < 0")
        with pytest.raises(integrity.DatabaseUnavailable, match="could not be checked"):
            open_database(data_paths)
    finally:
        holder.close()
    assert data_paths.database.exists() and not data_paths.quarantine.exists()
    assert check_database(data_paths.database).ok


def test_an_unreadable_database_is_unavailable_not_damaged(tmp_path: Path) -> None:
    from onsshare_desktop.store.integrity import DatabaseUnavailable

    with pytest.raises(DatabaseUnavailable):
        check_database(tmp_path / "gone.sqlite3")
