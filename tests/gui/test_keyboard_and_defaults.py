"""Keyboard and defaults as a new user meets them: focus starts where the work is, irreversible steps default to the
safe answer and say what they will do, shortcuts do not clash, arrows and drop-downs behave."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QWidget

from onsshare_desktop.domain.screening.stages import Outcome
from onsshare_desktop.gui.main_window import MainWindow
from tests.screening_data import case_read, SCREENER, incoming, trusted_requester  # noqa: F401 - fixture


@pytest.fixture
def main_window(qtbot, example_files) -> MainWindow:
    window = MainWindow(example_files)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    return window


def test_first_start_focuses_start_a_new_request_and_enter_presses_it(qtbot, main_window, services) -> None:
    main_window.set_services(services)
    qtbot.waitUntil(main_window.ui.newRequestButton.hasFocus)
    with qtbot.waitSignal(main_window.drafts_loaded):
        qtbot.keyClick(main_window.ui.newRequestButton, Qt.Key.Key_Return)
    assert len(services.database.drafts.list("")) == 1
    main_window.close_editors()


def test_after_a_restart_enter_opens_the_selected_draft(qtbot, main_window, services, example_files) -> None:
    from onsshare_desktop.domain.case_io import load_case

    draft_id = services.database.drafts.create(load_case(example_files[0].read_bytes()))
    main_window.set_services(services)
    view = main_window.ui.draftsView
    qtbot.waitUntil(view.hasFocus)
    assert main_window.selected_draft_id() == draft_id
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = main_window._editors.get(draft_id)
    assert editor is not None and editor.isVisible()
    main_window.close_editors()


def pressing_enter(monkeypatch) -> list[tuple[str, str]]:
    """Every message box is answered by pressing Enter (its default button); lists (question, button pressed)."""
    answered: list[tuple[str, str]] = []

    def enter(box: QMessageBox) -> int:
        button = box.defaultButton()
        answered.append((box.text(), button.text() if button else ""))
        if button is not None:
            button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", enter)
    return answered


@pytest.mark.usefixtures("trusted_requester")
def test_recording_an_outcome_says_what_it_does_asks_once_and_defaults_to_cancel(qtbot, services,
                                                                                  monkeypatch) -> None:
    from onsshare_desktop.gui.screening.workspace import ReviewWorkspace

    pack_id = services.database.screening.add_pack(incoming(), SCREENER).id
    workspace = case_read(qtbot, ReviewWorkspace(services.database.screening, services.question_set, pack_id, SCREENER))
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.go_to("Outcome")
    ui = workspace.ui
    assert ui.outcomeCombo.currentIndex() == -1 and not ui.recordOutcomeButton.isEnabled()  # nothing pre-chosen
    ui.outcomeCombo.setCurrentIndex(ui.outcomeCombo.findData(Outcome.START_FIRST_SCREENING.value))
    details: list[str] = []
    monkeypatch.setattr(QMessageBox, "setInformativeText", lambda box, text: details.append(text))
    answered = pressing_enter(monkeypatch)
    qtbot.mouseClick(ui.recordOutcomeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(answered))  # asked once the move is checked against the case (on a worker)
    qtbot.waitUntil(lambda: not workspace.recording)
    assert answered == [("Record “Start first screening”?", "Cancel")]
    assert "from “Received” to “First screening”" in details[0]
    assert services.database.screening.get_row(pack_id).stage.value == "received"  # Enter did nothing


def test_trusting_a_signer_defaults_to_cancel(qtbot, services, monkeypatch, tmp_path) -> None:
    from onsshare_desktop.gui.screening.trust_dialog import TrustDialog
    from onsshare_desktop.identity.certificates import certificate_pem
    from onsshare_desktop.identity.trust import TrustStore
    from tests.screening_data import stranger

    store = TrustStore(services.paths.root / "trust")
    dialog = TrustDialog(store)
    qtbot.addWidget(dialog)
    pem = tmp_path / "mallory.pem"
    pem.write_bytes(certificate_pem(stranger().certificate))
    monkeypatch.setattr(dialog, "ask_certificate_file", lambda: pem)
    answered = pressing_enter(monkeypatch)
    dialog.ui.importCertButton.click()
    assert [button for _text, button in answered] == ["Cancel"] and store.list() == []


def mnemonics(widgets: list[QWidget]) -> list[str]:
    keys = []
    for widget in widgets:
        text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        found = re.search(r"&([^&\s])", text.replace("&&", ""))
        if found:
            keys.append(found.group(1).lower())
    return keys


@pytest.mark.usefixtures("trusted_requester")
def test_no_two_alt_keys_clash_on_any_page_of_a_case(qtbot, services) -> None:
    from onsshare_desktop.gui.screening.window import ScreenerWindow

    pack_id = services.database.screening.add_pack(incoming(trusted=False), SCREENER).id
    window = ScreenerWindow(services, SCREENER)
    qtbot.addWidget(window)
    window.show()
    workspace = case_read(qtbot, window.open_case(pack_id))
    menus = [action.text() for action in window.menuBar().actions()]
    menu_keys = [m.group(1).lower() for m in (re.search(r"&(\w)", t) for t in menus) if m]
    for name in workspace.page_names():
        workspace.go_to(name)
        shown = [w for w in workspace.findChildren(QWidget) if w.isVisibleTo(window) and w.isEnabled()]
        keys = mnemonics(shown) + menu_keys
        clashes = sorted({k for k in keys if keys.count(k) > 1})
        assert clashes == [], f"{name}: Alt+{', Alt+'.join(clashes)} used twice"


@pytest.mark.usefixtures("trusted_requester")
def test_the_outcome_list_opens_with_its_first_item_highlighted(qtbot, services) -> None:
    """Qt opened it with the first row current but not selected: nothing looked highlighted, and the first Down
    picked the second outcome."""
    from PySide6.QtWidgets import QComboBox

    from onsshare_desktop.domain.screening.stages import Move
    from onsshare_desktop.gui.screening.window import ScreenerWindow

    pack_id = services.database.screening.add_pack(incoming(), SCREENER).id
    services.database.screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), SCREENER)
    window = ScreenerWindow(services, SCREENER)
    qtbot.addWidget(window)
    window.show()
    workspace = case_read(qtbot, window.open_case(pack_id))
    workspace.go_to("Outcome")
    combo = workspace.findChild(QComboBox, "outcomeCombo")
    assert combo.count() > 1 and combo.currentIndex() == -1
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_F4)
    assert [i.row() for i in combo.view().selectionModel().selectedIndexes()] == [0]
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    assert combo.currentIndex() == 0  # Enter picks what is highlighted
    qtbot.keyClick(combo, Qt.Key.Key_F4)
    assert [i.row() for i in combo.view().selectionModel().selectedIndexes()] == [0]


def test_open_all_on_an_item_reaches_every_list_inside_a_widget(qtbot) -> None:
    from PySide6.QtWidgets import QComboBox, QVBoxLayout

    from onsshare_desktop.gui.combo_popup import open_all_on_an_item

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    combos = [QComboBox(root), QComboBox(root)]
    for combo in combos:
        combo.addItems(["Received", "First screening", "Returned"])
        combo.setCurrentIndex(-1)
        layout.addWidget(combo)
    open_all_on_an_item(root)
    open_all_on_an_item(root)  # twice is harmless
    root.show()
    for combo in combos:
        combo.showPopup()
        assert [i.row() for i in combo.view().selectionModel().selectedIndexes()] == [0]
        combo.hidePopup()
