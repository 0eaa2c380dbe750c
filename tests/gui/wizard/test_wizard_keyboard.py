"""The request window with the keyboard: it opens on the first question, Esc and Ctrl+W close it (saving), arrow keys
choose Yes/No, and a drop-down opens with an item highlighted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget


def test_a_new_request_opens_with_the_keyboard_on_its_first_question(qtbot, open_editor, new_draft) -> None:
    editor = open_editor(new_draft)
    first = editor.findChild(QWidget, "project_title")
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClicks(QApplication.focusWidget(), "Linking")  # typing goes into the answer, not the section list
    assert first.text() == "Linking" and editor.current_section().id == "requester"


@pytest.mark.parametrize("keys", [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                                  (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)], ids=["Esc", "Ctrl+W"])
def test_esc_and_ctrl_w_close_the_request_and_keep_what_was_typed(qtbot, open_editor, new_draft, services,
                                                                   keys) -> None:
    editor = open_editor(new_draft)
    field = editor.findChild(QWidget, "org_name")
    qtbot.keyClicks(field, "Welsh Government")
    with qtbot.waitSignal(editor.closed, timeout=2000):
        qtbot.keyClick(field, *keys)
    assert not editor.isVisible()
    assert services.database.drafts.get(new_draft).case.answers["org_name"] == "Welsh Government"


def test_right_and_left_arrows_choose_no_and_yes(qtbot, open_editor, new_draft) -> None:
    editor = open_editor(new_draft)
    editor.go_to("data")
    yes = editor.findChild(QAbstractButton, "living_individuals:yes")
    no = editor.findChild(QAbstractButton, "living_individuals:no")
    yes.setFocus()
    qtbot.keyClick(yes, Qt.Key.Key_Right)
    assert no.isChecked() and no.hasFocus() and not yes.isChecked()
    qtbot.keyClick(no, Qt.Key.Key_Left)
    assert yes.isChecked() and yes.hasFocus()
    assert editor.case().answers["living_individuals"] is True


def test_a_drop_down_opens_with_its_first_item_highlighted(qtbot, open_editor, new_draft) -> None:
    editor = open_editor(new_draft)
    combo = editor.findChild(QComboBox, "org_type")
    assert combo.currentIndex() == -1
    combo.showPopup()
    assert combo.view().currentIndex().row() == 0  # Enter now picks the first item; Down moves to the second
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    assert combo.currentIndex() == 0
    combo.showPopup()
    qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    assert combo.currentIndex() == 1


def test_a_date_can_be_typed_the_uk_way(qtbot, open_editor, new_draft) -> None:
    editor = open_editor(new_draft)
    editor.go_to("declaration")
    field = editor.findChild(QWidget, "declaration_date")
    assert field.placeholderText() == "DD/MM/YYYY"
    qtbot.keyClicks(field, "29/11/2026")
    assert editor.case().answers["declaration_date"] == "2026-11-29"  # kept in the standard form
    field.clear()
    qtbot.keyClicks(field, "31/02/2026")  # no such day: kept as typed, and the review says so
    assert editor.case().answers["declaration_date"] == "31/02/2026"
    field.set_value("2026-12-01")
    assert field.text() == "01/12/2026"
