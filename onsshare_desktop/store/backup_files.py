"""Backup files by name: ``onsshare-<UTC timestamp>-<reason>.sqlite3`` in the data folder's ``backups/``.

Only naming and listing, so that the integrity check can name the latest backup without importing the backup
machinery (``store.backups`` imports the integrity check).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
NAME_RE = re.compile(r"^onsshare-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z0-9][a-z0-9-]{0,40})\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was taken (UTC) and why (``daily``, ``pre-migration-0001``…)."""

    path: Path
    created_at: datetime
    reason: str


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """The backups in ``backup_dir``, newest first."""
    if not backup_dir.is_dir():
        return []
    found = []
    for path in backup_dir.iterdir():
        match = NAME_RE.match(path.name)
        if match and path.is_file():
            created = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
            found.append(BackupInfo(path, created, match["reason"]))
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def latest_backup(backup_dir: Path) -> Path | None:
    backups = list_backups(backup_dir)
    return backups[0].path if backups else None
