from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from onsshare_desktop.gui.screening.window import ScreenerWindow
from tests.screening_data import SCREENER, example_case, incoming, trusted_requester  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("trusted_requester")


def test_opening_cases_in_tabs_and_closing_them(qtbot, services) -> None:
    first = services.database.screening.add_pack(incoming(), SCREENER).id
    second = services.database.screening.add_pack(incoming(example_case("university-business-survey")), SCREENER).id
    window = ScreenerWindow(services, SCREENER)
    qtbot.addWidget(window)
    window.show()
    assert window.register.model.rowCount() == 2 and not window.ui.actionImportPacks.isEnabled()
    window.register.select_pack(first)
    qtbot.mouseClick(window.register.ui.openButton, Qt.MouseButton.LeftButton)
    assert window.open_cases() == [first] and window.ui.tabs.count() == 2
    assert window.ui.tabs.tabText(1) == "ONS-DSR-EXAMPLE-0001 v1"
    again = window.open_case(first)
    assert window.ui.tabs.count() == 2 and window.ui.tabs.currentWidget() is again
    window.open_case(second)
    window.ui.tabs.tabCloseRequested.emit(1)
    assert window.open_cases() == [second]
    window.ui.tabs.tabCloseRequested.emit(0)  # the register tab stays
    assert window.ui.tabs.count() == 2
    window.ui.actionShowRegister.trigger()
    assert window.ui.tabs.currentIndex() == 0
    assert SCREENER in window.statusBar().currentMessage()


def test_a_change_in_a_case_refreshes_the_register(qtbot, services) -> None:
    pack_id = services.database.screening.add_pack(incoming(), SCREENER).id
    window = ScreenerWindow(services, SCREENER)
    qtbot.addWidget(window)
    workspace = window.open_case(pack_id)
    workspace.go_to("Outcome")
    workspace.ui.outcomeCombo.setCurrentIndex(workspace.ui.outcomeCombo.findData("start_first_screening"))
    with qtbot.waitSignal(window.register.register_loaded):
        qtbot.mouseClick(workspace.ui.recordOutcomeButton, Qt.MouseButton.LeftButton)
    assert window.register.model.row_at(0).stage.value == "first_screening"


def test_a_precedent_in_triage_opens_the_earlier_case(qtbot, services) -> None:
    from onsshare_desktop.domain.screening.triage import TriageRecommendation, TriageService

    screening = services.database.screening
    earlier = screening.add_pack(incoming(example_case("university-business-survey")), SCREENER).id
    earlier_ref = screening.get_row(earlier).case_ref
    current = screening.add_pack(incoming(), SCREENER).id
    screening.assess(current, TriageService.ETHICS, "r", "b", TriageRecommendation.SUPPORT, (earlier_ref,), SCREENER)
    window = ScreenerWindow(services, SCREENER)
    qtbot.addWidget(window)
    workspace = window.open_case(current)
    item = workspace.ui.triageTree.topLevelItem(0)
    workspace.ui.triageTree.itemActivated.emit(item, 2)
    assert window.open_cases() == [current, earlier]
    assert window.ui.tabs.currentWidget().pack_id == earlier
    assert window.open_case_ref("ONS-DSR-NOWHERE") is None
    assert "not in the register" in window.statusBar().currentMessage()
