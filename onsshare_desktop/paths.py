"""Where the app keeps its files: one data folder, chosen by ``--data-dir``, ``ONSSHARE_DATA_DIR`` or platformdirs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

APP_NAME = "onsshare-desktop"
DATA_DIR_ENV = "ONSSHARE_DATA_DIR"


def default_data_dir() -> Path:
    """The platform's per-user data folder (e.g. ``~/.local/share/onsshare-desktop`` on Linux)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``explicit`` if given, else ``$ONSSHARE_DATA_DIR``, else the platform default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


class DataPaths(NamedTuple):
    """The files and folders inside one data folder.

    A NamedTuple rather than a frozen dataclass: it is on the path to the first window, where importing
    ``dataclasses`` and building the class cost about 8 ms.
    """

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "onsshare.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def packs(self) -> Path:
        return self.root / "packs"

    @property
    def identity(self) -> Path:
        return self.root / "identity"

    @property
    def decryption_identity(self) -> Path:
        """The screening team's decryption identity (opens encrypted packs: identity.decryption)."""
        return self.root / "decryption-identity"

    @property
    def trust(self) -> Path:
        """The trust store: one PEM per signer certificate trusted on purpose."""
        return self.root / "trust"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    def ensure(self) -> "DataPaths":
        """Create the data folder (private to the user) if needed and return ``self``."""
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self
