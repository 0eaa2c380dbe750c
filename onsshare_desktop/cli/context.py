"""What a CLI command needs: the data folder and, opened on first use, the database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _
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


def read_input_file(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a file named on the command line: all of them, or at most ``limit + 1`` (so the caller can
    tell the file is too large); ``UserError`` in plain words when it cannot be read."""
    try:
        with path.open("rb") as fh:
            return fh.read(-1 if limit is None else limit + 1)
    except OSError as exc:
        raise UserError(_("cannot read {path}: {reason}").format(path=path, reason=exc.strerror)) from None
