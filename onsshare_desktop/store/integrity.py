"""Is a SQLite file sound? ``integrity_check`` (``quick_check`` for large files), and quarantine when it is not.

A damaged database is never repaired in place, dropped or overwritten: it is moved, together with its ``-wal``
and ``-shm`` files, into ``quarantine/<timestamp>/`` of the data folder, and ``DatabaseDamaged`` tells the user
where it went and which backup can be restored.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.backup_files import latest_backup
from onsshare_desktop.store.lock import in_use_elsewhere

SQLITE_HEADER = b"SQLite format 3\x00"
QUICK_CHECK_ABOVE_BYTES = 64 * 1024 * 1024  # integrity_check ran 25 ms on 20 MB here; quick_check past 64 MB
MAX_REPORTED_PROBLEMS = 20
BUSY_TIMEOUT_S = 10.0
_DAMAGE_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB: everything else is not the file's fault
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class IntegrityReport:
    """The outcome of a check: ``ok``, which pragma ran, and SQLite's own words for each problem found."""

    ok: bool
    method: str
    problems: tuple[str, ...] = ()


class DatabaseUnavailable(UserError):
    """The database could not be checked just now (unreadable, locked by another program): not damage.

    Nothing was moved; trying again after closing the other program, or fixing the permissions, may work.
    """

    exit_status = 3

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(_("The database {path} could not be checked: {reason}. Nothing was changed; close other "
                           "programs using it and try again.").format(path=path, reason=reason))
        self.path = path


class DatabaseDamaged(UserError):
    """The app's database failed its check on open and was moved aside.

    Attributes:
        quarantine_dir: where the damaged files now are (nothing was deleted); None when they were left in place
            because another onsshare-desktop is using them (it must be closed first).
        latest_backup: the newest backup that can be restored, or None when there is none.
        report: what the check found.
    """

    exit_status = 3

    def __init__(self, quarantine_dir: Path | None, latest_backup: Path | None, report: IntegrityReport) -> None:
        if quarantine_dir is None:
            super().__init__(_("The database is damaged and cannot be used safely. Another onsshare-desktop is "
                               "still using it: close it, then start again so the damaged files can be set aside "
                               "and a backup offered."))
        else:
            offer = (_("The latest backup, {name}, can be restored (onsshare-desktop restore \"{path}\").").format(
                         name=latest_backup.name, path=latest_backup) if latest_backup
                     else _("There is no backup to restore; a new, empty database will be started."))
            super().__init__(_("The database is damaged and cannot be used safely. Nothing was deleted: the "
                               "damaged files were moved to {folder}. {offer}").format(folder=quarantine_dir,
                                                                                       offer=offer))
        self.quarantine_dir = quarantine_dir
        self.latest_backup = latest_backup
        self.report = report


def companion_files(database: Path) -> list[Path]:
    """The database's ``-wal``, ``-shm`` and ``-journal`` files that exist now."""
    return [p for p in (database.with_name(database.name + s) for s in COMPANION_SUFFIXES) if p.exists()]


def check_database(path: Path, quick: bool | None = None, immutable: bool = False) -> IntegrityReport:
    """Check the SQLite file at ``path`` (which must exist) through a read-only connection.

    Read-only matters: a read-write connection would checkpoint, or delete a WAL it finds invalid, on close,
    destroying the evidence before quarantine. ``quick`` None picks ``quick_check`` for files larger than
    ``QUICK_CHECK_ABOVE_BYTES``. ``immutable`` ignores any ``-wal`` (for files that are not live databases,
    such as backups offered for restore). A file that is not a SQLite database is reported as not ok, with why.
    Raises ``DatabaseUnavailable`` when the file cannot be read or stays locked: that is not damage.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DatabaseUnavailable(path, exc.strerror or str(exc)) from None
    if quick is None:
        quick = size > QUICK_CHECK_ABOVE_BYTES
    method = "quick_check" if quick else "integrity_check"
    if size == 0:
        return IntegrityReport(True, method)  # SQLite treats an empty file as an empty database
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnavailable(path, exc.strerror or str(exc)) from None
    if header != SQLITE_HEADER:
        return IntegrityReport(False, method, (_("not a SQLite database (the file does not start with its "
                                                 "signature)"),))
    options = "mode=ro&immutable=1" if immutable else "mode=ro"
    try:
        conn = sqlite3.connect(f"file:{path}?{options}", uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            rows = conn.execute(f"PRAGMA {method}({MAX_REPORTED_PROBLEMS})").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in _DAMAGE_CODES:
            return IntegrityReport(False, method, (str(exc),))
        raise DatabaseUnavailable(path, str(exc)) from None
    problems = tuple(str(row[0]) for row in rows)
    if problems == ("ok",):
        return IntegrityReport(True, method)
    return IntegrityReport(False, method, problems)


def quarantine(database: Path, quarantine_root: Path, now: datetime | None = None) -> Path:
    """Move ``database`` and its companion files into a new folder under ``quarantine_root``; return it."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    target = quarantine_root / stamp
    suffix = 1
    while target.exists():
        suffix += 1
        target = quarantine_root / f"{stamp}-{suffix}"
    target.mkdir(parents=True, mode=0o700)
    for file in [database, *companion_files(database)]:
        if file.exists():
            os.replace(file, target / file.name)
    return target


def ensure_sound(paths: DataPaths) -> IntegrityReport:
    """Check the data folder's database (if there is one); when damaged, quarantine it and raise ``DatabaseDamaged``.

    The files are not moved while another process holds the data folder's lock (moving them from under it
    would send its next saves into the quarantine); ``DatabaseDamaged.quarantine_dir`` is then None.
    """
    if not paths.database.exists():
        return IntegrityReport(True, "none")
    report = check_database(paths.database)
    if not report.ok:
        moved_to = None if in_use_elsewhere(paths) else quarantine(paths.database, paths.quarantine)
        raise DatabaseDamaged(moved_to, latest_backup(paths.backups), report)
    return report
