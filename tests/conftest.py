"""Shared fixtures: every test gets a temp data folder, a fresh database and an in-memory keyring.

No test may touch the user's real data folder or keyring; Qt runs offscreen.

The ``database`` fixture is the production factory's SQLite file; in ``BOTH_DATABASES_DIRS`` it is parametrised to
run each test on SQLite and on a fresh PostgreSQL database (made from a migrated template) of the server named by
``ONSSHARE_TEST_POSTGRES_URL`` (``./dev.sh test`` starts a throw-away one). Without a server the PostgreSQL
variants are skipped with the reason (``ONSSHARE_TEST_POSTGRES_SKIP`` or a missing URL), never silently. Mark a
test ``sqlite_only`` when what it checks exists only on SQLite (the file, its pragmas, its backups).
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


@pytest.fixture(autouse=True)
def english_by_default(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts in English whatever the machine's locale (a test wanting Welsh sets it), and leaves the
    process in English (the command line sets the process language from its environment or ``--lang``)."""
    from onsshare_desktop import i18n

    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        if i18n.normalise(os.environ.get(variable, "").split(":")[0]) == i18n.WELSH:
            monkeypatch.delenv(variable)
    i18n.set_language(i18n.ENGLISH)
    yield
    i18n.set_language(i18n.ENGLISH)


@pytest.fixture
def data_paths(isolated_dirs: Path) -> DataPaths:
    return DataPaths(isolated_dirs).ensure()


BOTH_DATABASES_DIRS = ("tests/store", "tests/services", "tests/domain/screening", "tests/team", "tests/cli/test_screening.py")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database_backend" not in metafunc.fixturenames or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    where = Path(str(metafunc.definition.path)).relative_to(REPO_ROOT).as_posix()
    if any(where == folder or where.startswith(folder + "/") for folder in BOTH_DATABASES_DIRS):
        metafunc.parametrize("database_backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def database_backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: which database the ``database`` fixture opens."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def database_url(database_backend: str, request: pytest.FixtureRequest,
                 monkeypatch: pytest.MonkeyPatch) -> str | None:
    """None for the data folder's SQLite file, or the URL of a fresh, migrated PostgreSQL database (also set as
    ``ONSSHARE_DATABASE_URL``, so the command line run by the test works in it too)."""
    if database_backend == "sqlite":
        return None
    url = str(request.getfixturevalue("postgres_url"))
    monkeypatch.setenv("ONSSHARE_DATABASE_URL", url)
    return url


@pytest.fixture
def database(data_paths: DataPaths, database_url: str | None) -> Iterator["object"]:
    """A fresh, migrated database opened through the production factory (SQLite file, or PostgreSQL)."""
    from onsshare_desktop.store.database import open_database

    db = open_database(data_paths, url=database_url)
    yield db
    db.close()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator["object"]:
    """The test PostgreSQL server (``tests.postgres.TestServer``), or the test is skipped with the reason."""
    from tests.postgres import TestServer, server_or_skip_reason

    server = server_or_skip_reason()
    if not isinstance(server, TestServer):
        pytest.skip(server)
    yield server
    server.close()


@pytest.fixture
def postgres_url(postgres_server: "object") -> Iterator[str]:
    """An empty PostgreSQL database at this version's schema; its URL."""
    from tests.postgres import TestServer

    assert isinstance(postgres_server, TestServer)
    yield postgres_server.url_of(postgres_server.emptied_database())


@pytest.fixture
def example_files() -> list[Path]:
    return sorted(EXAMPLES_DIR.glob("*.json"))


@pytest.fixture
def pseudo_cy(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Welsh answers with the pseudo-Welsh catalogue (``tests.i18n_support``): every message marked ``ŵ·``."""
    from tests.i18n_support import pseudo_welsh

    with pseudo_welsh(monkeypatch):
        yield
