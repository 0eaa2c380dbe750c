"""What a CLI command needs: the data folder and, opened on first use, the database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from onsshare_desktop.paths import DataPaths, resolve_data_dir

if TYPE_CHECKING:
    from onsshare_desktop.store.database import Database


class CliContext:
    def __init__(self, data_dir: str | None) -> None:
        self._data_dir = data_dir
        self._database: Database | None = None

    @property
    def paths(self) -> DataPaths:
        return DataPaths(resolve_data_dir(self._data_dir))

    @property
    def database(self) -> "Database":
        if self._database is None:
            from onsshare_desktop.store.database import open_database

            self._database = open_database(self.paths)
        return self._database

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None
