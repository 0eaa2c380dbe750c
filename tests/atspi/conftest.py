"""Fixtures of the AT-SPI suite: one desktop session per test run, one app process per module.

The suite needs the Debian packages in ``harness.APT_PACKAGES`` (``./dev.sh`` installs them when run as root); when
they are missing, every test here is skipped with the reason and the command that installs them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.atspi.harness import APT_PACKAGES, Desktop, RunningApp, missing_requirements


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).resolve().parent
    ours = [item for item in items if here in Path(str(item.fspath)).resolve().parents]
    if not ours:
        return
    missing = missing_requirements()
    if missing:
        reason = (f"AT-SPI tests need {', '.join(missing)}; install them with "
                  f"`apt-get install -y {APT_PACKAGES}` (./dev.sh does it when run as root)")
        for item in ours:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    session = Desktop(tmp_path_factory.mktemp("desktop")).start()
    yield session
    session.stop()


def launch(desktop: Desktop, data_dir: Path) -> Iterator[RunningApp]:
    """Start the app on ``data_dir`` and stop it afterwards (for module-scoped fixtures)."""
    app = RunningApp(desktop, data_dir).start()
    try:
        yield app
    finally:
        app.stop()
