from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from onsshare_desktop.gui.screening.window import ScreenerWindow
from tests.screening_data import case_read, SCREENER, example_case, incoming, register_read, trusted_requester  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("trusted_requester")


def test_opening_cases_in_tabs_and_closing_them(qtbot, services) -> None:
    first = services.database.screening.add_pack(incoming(), SCREENER).id
    second = services.database.screening.add_pack(incoming(example_case("university-business-survey")), SCREENER).id
    window = ScreenerWindow(services, SCREENER)
    qtbot.addWidget(window)
    window.show()
    register_read(qtbot, window.register)  # read on a worker thread
    assert window.register.model.rowCount() == 2 and not window.ui.actionImportPacks.isEnabled()
    window.register.select_pack(first)
    qtbot.mouseClick(window.register.ui.openButton, Qt.MouseButton.LeftButton)
    assert window.open_cases() == [first] and window.ui.tabs.count() == 2
    case_read(qtbot, window.ui.tabs.widget(1))  # the tab is named once the case is read
    assert window.ui.tabs.tabText(1) == "ONS-DSR-EXAMPLE-0001 v1"
    again = case_read(qtbot, window.open_case(first))
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
    register_read(qtbot, window.register)
    workspace = case_read(qtbot, window.open_case(pack_id))
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
    workspace = case_read(qtbot, window.open_case(current))
    item = workspace.ui.triageTree.topLevelItem(0)
    workspace.ui.triageTree.itemActivated.emit(item, 2)
    qtbot.waitUntil(lambda: window.open_cases() == [current, earlier])  # the precedent is looked up on a worker
    assert window.ui.tabs.currentWidget().pack_id == earlier
    window.open_case_ref("ONS-DSR-NOWHERE")  # looked up on a worker
    qtbot.waitUntil(lambda: "not in the register" in window.statusBar().currentMessage())
    assert window.open_cases() == [current, earlier]


def test_a_case_with_two_versions_is_one_row_and_each_version_opens_from_the_case(qtbot, services) -> None:
    from onsshare_desktop.gui.screening.compare_versions import CompareVersionsDialog
    from onsshare_desktop.gui.screening.register_model import RegisterModel
    from tests.screening_data import next_version

    screening = services.database.screening
    v1 = incoming()
    first = screening.add_pack(v1, SCREENER).id
    other = screening.add_pack(incoming(example_case("university-business-survey")), SCREENER).id
    second = screening.add_pack(incoming(next_version(v1.case, v1.sha256).with_answer(
        "benefits", "Benefits as said in version 2.")), SCREENER).id
    window = ScreenerWindow(services, SCREENER)
    qtbot.addWidget(window)
    window.show()
    register = window.register
    register_read(qtbot, register)
    model = register.model
    assert model.rowCount() == 2 and register.ui.countLabel.text() == "2 cases"
    assert [model.row_at(r).id for r in range(2)] == [second, other]
    version = model.index(0, RegisterModel.VERSION)
    assert version.data() == "2 (2 received)" and model.index(1, RegisterModel.VERSION).data() == "1"
    assert "latest of the 2 versions received" in version.data(Qt.ItemDataRole.ToolTipRole)
    statuses = [register.ui.statusCombo.itemText(i) for i in range(register.ui.statusCombo.count())]
    assert "Superseded by a later version" not in statuses
    with qtbot.waitSignal(register.register_loaded):
        qtbot.keyClicks(register.ui.searchEdit, "example-0001")
    assert [model.row_at(r).id for r in range(model.rowCount())] == [second]

    register.select_pack(second)
    qtbot.keyClick(register.ui.registerView, Qt.Key.Key_Return)
    workspace = case_read(qtbot, window.ui.tabs.currentWidget())
    assert window.open_cases() == [second]
    workspace.go_to("Versions")
    page = workspace.versions
    assert workspace.ui.pagesStack.currentWidget() is page and workspace.help_anchor() == "versions"
    tree = page.versionsTree
    cells = [[tree.topLevelItem(r).text(c) for c in (0, 3, 4)] for r in range(tree.topLevelItemCount())]
    v2_sha = screening.get_row(second).sha256
    assert cells == [["1", "Superseded by a later version", v1.sha256[:16] + "…"],
                     ["2 (shown here)", "Open", v2_sha[:16] + "…"]]
    assert tree.topLevelItem(0).toolTip(4) == v1.sha256
    assert page.chosen_id() == second and not page.openButton.isEnabled() and not page.compareButton.isEnabled()
    assert page.chosenLabel.text().startswith(f"Version 2: pack SHA-256 {v2_sha}, received ")
    tree.setCurrentItem(tree.topLevelItem(0))
    assert page.openButton.isEnabled() and page.compareButton.isEnabled()
    assert page.chosenLabel.text().startswith(f"Version 1: pack SHA-256 {v1.sha256}, received ")
    qtbot.mouseClick(page.compareButton, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in workspace.findChildren(CompareVersionsDialog) if d.isVisible()]
    assert (dialog.ui.fromCombo.currentData(), dialog.ui.toCombo.currentData()) == (1, 2)
    qtbot.waitUntil(lambda: not dialog.reading)  # read on a worker
    assert dialog.ui.summaryLabel.text().startswith("From version 1 to version 2: 1 answer")
    dialog.reject()
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # Enter opens the chosen version in its own tab
    assert window.open_cases() == [second, first]
    assert window.ui.tabs.currentWidget().pack_id == first
    case_read(qtbot, window.ui.tabs.currentWidget())
    assert window.ui.tabs.tabText(window.ui.tabs.currentIndex()) == "ONS-DSR-EXAMPLE-0001 v1"
