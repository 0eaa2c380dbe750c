"""A new screener, keyboard only, from a fresh data folder to an exported signed screening record: the first-run
set-up, Ctrl+I to import, Tab and Enter to open the case, arrow keys through the pages and to choose the outcome,
Space to record it (confirmed in its question) and to export. Only the operating system's file choosers are answered by the test (as
the person would type a file name there)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from onsshare_desktop.gui.identity.setup import open_setup_wizard
from onsshare_desktop.gui.screening.actions import ScreenerActions
from onsshare_desktop.gui.screening.register import RegisterView
from onsshare_desktop.gui.screening.window import ScreenerWindow
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack.verify import verify_pack
from tests.screening_data import case_read, signed_pack, trusted_requester  # noqa: F401 - fixture

PASSPHRASE = "my new screener passphrase"
CTRL = Qt.KeyboardModifier.ControlModifier


def type_keys(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def key(qtbot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), k, modifier)


def tab_to(qtbot, target, limit: int = 80) -> None:
    """Press Tab until ``target`` has the keyboard focus (as a person would), failing if it never does."""
    for _press in range(limit):
        if QApplication.focusWidget() is target:
            return
        key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target, f"Tab never reached {target.objectName()}"


@pytest.mark.usefixtures("trusted_requester")
def test_a_new_screener_exports_a_signed_record_with_the_keyboard_only(qtbot, services, tmp_path,
                                                                       monkeypatch) -> None:
    pack = tmp_path / "received.pdf"
    pack.write_bytes(signed_pack())
    record = tmp_path / "record.pdf"
    monkeypatch.setattr(RegisterView, "ask_pack_files", lambda self: [pack])
    monkeypatch.setattr(ScreenerActions, "ask_record_path", lambda self, parent, suggested: record)

    window = ScreenerWindow.for_services(services)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()

    # First run: about you (Tab between fields, Enter is Next), then the key (Enter makes it)
    qtbot.waitUntil(lambda: open_setup_wizard(window) is not None)
    wizard = open_setup_wizard(window)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.about.name_edit)
    type_keys(qtbot, "Priya Screener")
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Office for National Statistics")
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "priya.screener@ons.gov.uk")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.key.passphrase_edit)
    type_keys(qtbot, PASSPHRASE)
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, PASSPHRASE)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=20_000)
    assert window.actor == "Priya Screener <priya.screener@ons.gov.uk>"

    # Import with Ctrl+I; Tab to the register and Enter opens the case
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(window.register.import_finished, timeout=20_000):
        qtbot.keyClick(window, Qt.Key.Key_I, CTRL)
    tab_to(qtbot, window.register.ui.registerView)
    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_Return)
    assert len(window.open_cases()) == 1
    workspace = case_read(qtbot, window.ui.tabs.currentWidget())  # the case is read on a worker thread

    # Down the page list to the Outcome page; Down picks the first outcome; Space records it after its question
    tab_to(qtbot, workspace.ui.navList)
    while workspace.ui.pagesStack.currentWidget() is not workspace.ui.outcomePage:
        key(qtbot, Qt.Key.Key_Down)
    tab_to(qtbot, workspace.ui.outcomeCombo)
    key(qtbot, Qt.Key.Key_Down)
    assert workspace.ui.outcomeCombo.currentData() == "start_first_screening"

    asked: list[str] = []

    def answer_record() -> None:  # Enter would be Cancel: Tab to "Record outcome", then Space
        box = QApplication.activeModalWidget()
        asked.append(box.text())
        for _press in range(4):
            if getattr(QApplication.focusWidget(), "text", lambda: "")() == "&Record outcome":
                break
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)

    tab_to(qtbot, workspace.ui.recordOutcomeButton)
    QTimer.singleShot(200, answer_record)
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(asked))  # asked once the move is checked against the case (on a worker)
    qtbot.waitUntil(lambda: not workspace.recording)  # then recorded on a worker
    assert asked == ["Record “Start first screening”?"]
    window.activateWindow()  # the window manager's part when the question closes (offscreen has none)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is workspace.ui.outcomeCombo  # the keyboard stays on the page
    assert services.database.screening.get_row(workspace.pack_id).stage.value == "first_screening"

    # Export: the key was made in the set-up and its passphrase remembered, so nothing more is asked
    tab_to(qtbot, workspace.ui.exportRecordButton)
    with qtbot.waitSignal(workspace.record_exported, timeout=60_000) as exported:
        key(qtbot, Qt.Key.Key_Space)
    assert Path(exported.args[0]) == record
    report = verify_pack(record.read_bytes(), TrustStore(services.paths.root / "trust"))
    assert report.signer is not None and report.signer.name == "Priya Screener"
