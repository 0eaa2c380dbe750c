"""Backups of the app's database with SQLite's online backup API: taken, listed, pruned, checked and restored.

Backups are self-contained single files (rollback journal, no ``-wal``) named
``onsshare-<UTC timestamp>-<reason>.sqlite3`` in the data folder's ``backups/``, so sorting names sorts by age.
They are taken on start (at most daily), before every migration, before a restore and on request; only the
newest ``BACKUP_KEEP`` are kept. Files in the folder that do not follow the naming are never touched.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.backup_files import NAME_RE, STAMP_FORMAT, BackupInfo, latest_backup, list_backups
from onsshare_desktop.store.integrity import DatabaseUnavailable, check_database, companion_files, quarantine
from onsshare_desktop.store.revision import known_revisions

__all__ = ["BackupInfo", "BackupRefused", "RestoreResult", "backup_database", "backup_if_due", "latest_backup",
           "list_backups", "prune_backups", "restore_backup", "validate_backup"]

BACKUP_KEEP = 7
DAILY_INTERVAL = timedelta(days=1)


class BackupRefused(UserError):
    """A file offered for restore is not a sound backup of this app's database; the message says why."""

    exit_status = 2


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup it restored and where the database it replaced went.

    ``previous_backup`` is a backup of the replaced database (when it was sound), ``previous_quarantine`` the
    folder it was moved to (when it was damaged); both None when there was no database.
    """

    restored_from: Path
    previous_backup: Path | None
    previous_quarantine: Path | None


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows; NTFS journals renames itself
        return
    _fsync_file(path)


def copy_database(source: Path, target: Path, *, source_immutable: bool = False) -> Path:
    """Copy the SQLite database ``source`` into a new single file ``target`` (online backup API, durable).

    Safe while other connections write to ``source``. The copy is written beside ``target`` and renamed into
    place only when complete, so ``target`` is never half-written.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    options = "mode=ro&immutable=1" if source_immutable else "mode=ro"
    src = sqlite3.connect(f"file:{source}?{options}", uri=True, timeout=10)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    _fsync_file(partial)
    os.replace(partial, target)
    _fsync_dir(target.parent)
    return target


def prune_backups(backup_dir: Path, keep: int = BACKUP_KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups, and copies a crash left half-written; return what went."""
    doomed = [b.path for b in list_backups(backup_dir)[keep:]]
    doomed += [p for p in backup_dir.glob("onsshare-*.sqlite3.partial") if NAME_RE.match(p.name[:-8])]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def backup_database(source: Path, backup_dir: Path, reason: str = "manual", keep: int = BACKUP_KEEP,
                    now: datetime | None = None) -> Path:
    """Back ``source`` up into ``backup_dir`` for ``reason`` (lowercase letters, digits, dashes); prune; return it."""
    when = now or datetime.now(UTC)
    name = f"onsshare-{when.astimezone(UTC).strftime(STAMP_FORMAT)}-{reason}.sqlite3"
    if not NAME_RE.match(name):
        raise ValueError(f"invalid backup reason {reason!r}")
    target = copy_database(source, backup_dir / name)
    prune_backups(backup_dir, keep)
    return target


def backup_if_due(source: Path, backup_dir: Path, interval: timedelta = DAILY_INTERVAL, keep: int = BACKUP_KEEP,
                  now: datetime | None = None) -> Path | None:
    """Take a ``daily`` backup unless one (of any reason) is younger than ``interval``; return it if taken."""
    when = now or datetime.now(UTC)
    backups = list_backups(backup_dir)
    if backups and when - backups[0].created_at < interval:
        return None
    return backup_database(source, backup_dir, "daily", keep, when)


def validate_backup(file: Path) -> None:
    """Raise ``BackupRefused`` unless ``file`` is a sound SQLite database made by this app (or an older one)."""
    if not file.is_file():
        raise BackupRefused(_("{path} is not a file that can be restored.").format(path=file))
    try:
        report = check_database(file, quick=False, immutable=True)
    except DatabaseUnavailable as exc:
        raise BackupRefused(_("{path} cannot be restored: it cannot be read.").format(path=file)) from exc
    if not report.ok:
        raise BackupRefused(_("{path} cannot be restored: it is damaged or not a database ({why}).").format(
            path=file, why="; ".join(report.problems[:3])))
    conn = sqlite3.connect(f"file:{file}?mode=ro&immutable=1", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = (conn.execute("SELECT version_num FROM alembic_version").fetchone()
                    if "alembic_version" in tables else None)
    except sqlite3.DatabaseError as exc:
        raise BackupRefused(_("{path} cannot be restored: {why}.").format(path=file, why=exc)) from None
    finally:
        conn.close()
    if revision is None or "drafts" not in tables:
        raise BackupRefused(_("{path} is a database, but not one of onsshare-desktop.").format(path=file))
    if revision[0] not in known_revisions():
        raise BackupRefused(_("{path} was made by a newer version of onsshare-desktop (schema {rev}); update "
                              "the app to restore it.").format(path=file, rev=revision[0]))


def restore_backup(paths: DataPaths, backup_file: Path, keep: int = BACKUP_KEEP) -> RestoreResult:
    """Replace the database in ``paths`` with ``backup_file`` after checking it; nothing is lost on the way.

    The current database is first backed up (reason ``before-restore``) when sound, or quarantined when damaged.
    The caller must hold the data folder's lock and have closed every connection to the database. Raises
    ``BackupRefused`` (nothing changed) when ``backup_file`` is not a sound backup of this app.
    """
    validate_backup(backup_file)
    paths.ensure()
    database = paths.database
    for stale in paths.root.glob(".restore-*.sqlite3"):  # left by a restore that was killed half-way
        stale.unlink(missing_ok=True)
    staged = copy_database(backup_file, paths.root / f".restore-{os.getpid()}.sqlite3", source_immutable=True)
    try:
        previous_backup = previous_quarantine = None
        if database.exists():
            if check_database(database).ok:
                _checkpoint(database)
                previous_backup = backup_database(database, paths.backups, "before-restore", keep)
            else:
                previous_quarantine = quarantine(database, paths.quarantine)
        # The replaced database's WAL must not be replayed onto the restored file: it is checkpointed (and
        # backed up) above, so removing it loses nothing.
        for leftover in companion_files(database):
            leftover.unlink()
        os.replace(staged, database)
        _fsync_dir(paths.root)
    finally:
        staged.unlink(missing_ok=True)
    return RestoreResult(backup_file, previous_backup, previous_quarantine)


def _checkpoint(database: Path) -> None:
    conn = sqlite3.connect(database, timeout=10)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
