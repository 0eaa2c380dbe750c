"""What a CLI command needs: the data folder and its services (the database opens on first use)."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _
from onsshare_desktop.paths import DataPaths, resolve_data_dir

if TYPE_CHECKING:
    from onsshare_desktop.services.container import Services


class CliContext:
    """One command's data folder and ``services`` (every use case goes through them)."""

    def __init__(self, data_dir: str | None, database_url: str | None = None) -> None:
        self._data_dir = data_dir
        self._database_url = database_url

    @cached_property
    def database_url(self) -> str | None:
        """The team server (``--database-url``, else ``$ONSSHARE_DATABASE_URL``); None: the data folder's file."""
        from onsshare_desktop.services.team_database import resolve_database_url

        return resolve_database_url(self._database_url)

    @cached_property
    def paths(self) -> DataPaths:
        return DataPaths(resolve_data_dir(self._data_dir))

    @cached_property
    def services(self) -> Services:
        from onsshare_desktop.services.container import Services

        return Services.with_keyring(self.paths, database_url=self.database_url)

    def close(self) -> None:
        if "services" in self.__dict__:
            self.services.close()


def read_input_file(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a file named on the command line: all of them, or at most ``limit + 1`` (so the caller can
    tell the file is too large); ``UserError`` in plain words when it cannot be read."""
    try:
        with path.open("rb") as fh:
            return fh.read(-1 if limit is None else limit + 1)
    except OSError as exc:
        raise UserError(_("cannot read {path}: {reason}").format(path=path, reason=exc.strerror)) from None


def write_output_file(path: Path, data: bytes) -> None:
    """Write ``data`` to a file named on the command line; ``UserError`` in plain words when it cannot be."""
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise UserError(_("cannot write {path}: {reason}").format(path=path, reason=exc.strerror)) from None
