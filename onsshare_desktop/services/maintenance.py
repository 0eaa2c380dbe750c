"""Looking after the data folder: back up the database, restore a backup, check the tamper-evident history."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from onsshare_desktop.i18n import _
from onsshare_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.store.backups import BackupInfo as BackupInfo
    from onsshare_desktop.store.backups import RestoreResult
    from onsshare_desktop.store.database import Database
    from onsshare_desktop.store.events import VerifyReport as VerifyReport
    from onsshare_desktop.store.integrity import DatabaseDamaged as DatabaseDamaged


class MaintenanceService:
    """Backups and history checks of one data folder."""

    def __init__(self, paths: DataPaths) -> None:
        self._paths = paths

    def backups(self) -> list[BackupInfo]:
        """The backups, newest first."""
        from onsshare_desktop.store.backups import list_backups

        return list_backups(self._paths.backups)

    def back_up_now(self) -> Path:
        """Back the database up (after checking it is sound); the backup's path."""
        from onsshare_desktop.store.backups import backup_database
        from onsshare_desktop.store.integrity import ensure_sound

        paths = self._paths
        if not paths.database.exists():
            raise ServiceError(_("There is no database in {folder} to back up yet.").format(folder=paths.root))
        ensure_sound(paths)
        return backup_database(paths.database, paths.backups, "manual")

    def restore(self, backup: Path) -> RestoreResult:
        """Replace the database with ``backup`` (the current one is backed up first), holding the folder's lock."""
        from onsshare_desktop.store.backups import restore_backup
        from onsshare_desktop.store.lock import DataFolderLock

        with DataFolderLock(self._paths):
            return restore_backup(self._paths, backup)

    @staticmethod
    def verify_history(database: Database, stream: str | None = None) -> VerifyReport:
        """Recompute every hash chain (or ``stream``'s) and name the first bad event of each."""
        return database.events.verify(stream)
