from __future__ import annotations

from collections.abc import Iterator

import pytest

from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.gui.services import AppServices
from onsshare_desktop.gui.ui_thread_gc import UiThreadCollector
from tests.reliability.offline import no_network  # noqa: F401  (fixture used below)


@pytest.fixture
def services(database, data_paths) -> Iterator[AppServices]:
    from onsshare_desktop.identity.secrets import MemorySecretStore

    yield AppServices(paths=data_paths, database=database, question_set=load_question_set(),
                      secrets=MemorySecretStore(), secrets_secure=True)


@pytest.fixture(autouse=True)
def gui_flows_run_offline(no_network):  # type: ignore[no-untyped-def]  # noqa: F811 - the fixture imported above
    """Every GUI test (wizard, export, screening, start-up) runs with the network refused and fails on any attempt."""
    yield no_network


@pytest.fixture(autouse=True)
def garbage_collected_on_the_ui_thread(qapp) -> Iterator[UiThreadCollector]:  # type: ignore[no-untyped-def]
    """As in the app (``gui.ui_thread_gc``): no worker thread frees a Qt object, in the test or after it."""
    collector = UiThreadCollector()
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def keyboard_back_after_dialogs(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """As in the app (``gui.dialog_focus``): a closing modal dialog gives the keyboard back to its window."""
    from onsshare_desktop.gui.dialog_focus import DialogFocusReturn

    keeper = DialogFocusReturn(qapp)
    yield
    keeper.setParent(None)  # type: ignore[call-overload]
    qapp.focusWindowChanged.disconnect(keeper._on_focus_window_changed)
