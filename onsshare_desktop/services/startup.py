"""Opening a data folder for the window: lock it, open its database, read the drafts list early, restore a backup.

The window (``gui.app``) shows itself first and then calls these on worker threads: each may take a while (the
database opens, may be migrated or found damaged, a team server may be far away), and none touches Qt.

The data folder's lock (``DataFolderLock``) is held for the life of the window: a second copy of the app is told
the folder is in use (``DataFolderInUse``) instead of being let in. A database that fails its check is set aside and
``DatabaseDamaged`` says where, and which backup is the latest.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from onsshare_desktop.domain.drafts import DraftSummary
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.services.container import Services
    from onsshare_desktop.store.backups import BackupInfo
    from onsshare_desktop.store.integrity import DatabaseDamaged as DatabaseDamaged
    from onsshare_desktop.store.lock import DataFolderLock as DataFolderLock


def folder_lock(paths: DataPaths) -> DataFolderLock:
    """The lock of ``paths`` (not taken yet: ``acquire`` it, ``release`` it when the window goes)."""
    from onsshare_desktop.store.lock import DataFolderLock

    return DataFolderLock(paths)


def open_services(paths: DataPaths, lock: DataFolderLock, database_url: str | None = None) -> Services:
    """Take ``lock`` (if not held yet), then open the database, keeping passphrases in the OS keyring.

    ``database_url``: a screening team's server (see ``services.team_database``); None: the data folder's file.
    The database trusts the same signers the window verifies against.

    Raises:
        DataFolderInUse: another copy of the app holds the folder.
        DatabaseDamaged: the database failed its check and was set aside.
    """
    from onsshare_desktop.services.container import Services

    if not lock.held:
        lock.acquire()
    services = Services.with_keyring(paths, database_url)
    services.database  # noqa: B018 - opened (created, migrated) here, on the caller's worker thread
    return services


def restore_and_open(paths: DataPaths, lock: DataFolderLock, backup: Path) -> Services:
    """Take ``lock`` (if not held yet), replace the database with ``backup`` (the current one is backed up first),
    then open the data folder's own database."""
    from onsshare_desktop.store.backups import restore_backup

    if not lock.held:
        lock.acquire()
    restore_backup(paths, backup)
    return open_services(paths, lock)


def quick_drafts(database: Path) -> list[DraftSummary] | None:
    """The drafts list read with plain sqlite3 while the database is still being opened (SQLAlchemy's import alone
    takes longer); None when it cannot be read that way (no database yet, an older schema)."""
    from onsshare_desktop.store.quick_list import read_drafts_list

    return read_drafts_list(database)


def backups(paths: DataPaths) -> list[BackupInfo]:
    """The backups of ``paths``, newest first."""
    from onsshare_desktop.services.maintenance import MaintenanceService

    return MaintenanceService(paths).backups()


def damaged_database(exc: BaseException) -> DatabaseDamaged | None:
    """``exc`` when it says the database was damaged and set aside (the window then offers a backup); else None."""
    from onsshare_desktop.store.integrity import DatabaseDamaged

    return exc if isinstance(exc, DatabaseDamaged) and exc.quarantine_dir is not None else None
