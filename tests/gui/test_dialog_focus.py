"""The keyboard goes back to the window when its modal dialog closes (gui.dialog_focus).

The offscreen platform, like X11 when focus falls back to the pointer, leaves no window active after a dialog
hides: the case the filter is for. ``tests/gui/conftest.py`` installs the filter for every GUI test, as the app
does.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMainWindow


def _window_with_field(qtbot) -> tuple[QMainWindow, QLineEdit]:
    window, field = QMainWindow(), QLineEdit()
    window.setCentralWidget(field)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    field.setFocus()
    return window, field


def _modal(parent, qtbot) -> QDialog:
    dialog = QDialog(parent)
    dialog.setModal(True)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_the_window_has_the_keyboard_again_when_its_dialog_closes(qtbot) -> None:
    window, field = _window_with_field(qtbot)
    _modal(window, qtbot).accept()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)  # where the keyboard was before the dialog


def test_a_dialog_closing_over_another_gives_the_keyboard_to_the_one_still_open(qtbot) -> None:
    window, _field = _window_with_field(qtbot)
    first = _modal(window, qtbot)
    _modal(first, qtbot).reject()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is first)


def test_a_dialog_that_did_not_have_the_keyboard_moves_nothing(qtbot) -> None:
    window, _field = _window_with_field(qtbot)
    dialog = _modal(window, qtbot)
    other = QMainWindow()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    other.hide()  # the person is elsewhere now: nothing of this app is active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is None)
    dialog.reject()
    qtbot.wait(50)
    assert QApplication.activeWindow() is None


def test_a_window_shown_as_the_dialog_closes_keeps_its_turn(qtbot) -> None:
    """A dialog that leads to a new window (as "New request" leads to the editor): the new one is not put behind."""
    window, _field = _window_with_field(qtbot)
    dialog = _modal(window, qtbot)
    editor = QMainWindow()
    qtbot.addWidget(editor)
    activated: list[QMainWindow] = []
    window.activateWindow = lambda: activated.append(window)  # type: ignore[method-assign]
    dialog.accept()
    editor.show()  # shown by the dialog's result, before the event loop turns
    qtbot.wait(50)
    assert activated == []
