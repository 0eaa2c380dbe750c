"""Shared fixtures: every test gets a temp data folder, a fresh database file and an in-memory keyring.

No test may touch the user's real data folder or keyring; Qt runs offscreen.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from onsshare_desktop.paths import DATA_DIR_ENV, DataPaths  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
EXAMPLES_DIR = REPO_ROOT / "resources" / "examples"


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the test ends."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every user folder (data, config, cache, home) at a fresh temp dir."""
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    data = home / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(data))
    return data


@pytest.fixture
def data_paths(isolated_dirs: Path) -> DataPaths:
    return DataPaths(isolated_dirs).ensure()


@pytest.fixture
def database(data_paths: DataPaths) -> Iterator["object"]:
    """A fresh, migrated SQLite database file opened through the production factory."""
    from onsshare_desktop.store.database import open_database

    db = open_database(data_paths)
    yield db
    db.close()


@pytest.fixture
def example_files() -> list[Path]:
    return sorted(EXAMPLES_DIR.glob("*.json"))
