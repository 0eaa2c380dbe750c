"""Drive the wizard as a person would: typing and clicking, or with the keyboard alone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from onsshare_desktop.domain.questions import Question
from onsshare_desktop.gui.wizard.editor import RequestEditor


def child(root: QWidget, name: str) -> QWidget:
    found = root.findChild(QWidget, name)
    assert found is not None, f"no widget named {name!r}"
    return found


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text``; new lines with the Return key."""
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, line)


def click(qtbot: QtBot, button: QWidget) -> None:
    """Click a button, check box or radio button on its indicator/text, where a person would click."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def choose_by_keys(qtbot: QtBot, combo: QComboBox, value: str) -> None:
    """Pick a choice with the Down key from "nothing chosen"."""
    target = combo.findData(value)
    while combo.currentIndex() < target:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def fill(qtbot: QtBot, root: QWidget, question: Question, value: Any) -> None:
    """Answer ``question`` (whose input is inside ``root``) with ``value`` by typing and clicking."""
    kind = question.type
    if kind in ("text", "email", "phone", "date", "integer", "textarea"):
        widget = child(root, question.id)
        assert isinstance(widget, (QLineEdit, QTextEdit))
        type_text(qtbot, widget, str(value))
    elif kind == "choice":
        combo = child(root, question.id)
        assert isinstance(combo, QComboBox)
        combo.setFocus()
        choose_by_keys(qtbot, combo, value)
    elif kind == "yes_no":
        click(qtbot, child(root, f"{question.id}:{'yes' if value else 'no'}"))
    elif kind == "multichoice":
        for item in value:
            click(qtbot, child(root, f"{question.id}:{item}"))
    elif kind == "confirm":
        click(qtbot, child(root, question.id))
    elif kind == "repeating":
        for index, entry in enumerate(value):
            click(qtbot, child(root, f"{question.id}:add"))
            box = child(root, f"{question.id}:{index}")
            for sub in question.fields:
                if sub.id in entry:
                    fill(qtbot, box, sub, entry[sub.id])
    else:
        raise ValueError(kind)


def fill_current_page(qtbot: QtBot, editor: RequestEditor, answers: dict[str, Any]) -> None:
    """Answer every question now shown on the current page (conditions are re-checked after each answer)."""
    page = editor.pages[editor.current_section().id]
    for question in editor.current_section().questions:
        if question.type == "attachments" or question.id not in answers:
            continue
        QApplication.processEvents()  # lay out questions a condition has just shown, as the screen would
        block = child(page, f"{question.id}:block")
        if block.isVisible():
            fill(qtbot, page, question, answers[question.id])


class KeyboardOnly:
    """Fill the whole wizard pressing keys only, reacting to whichever widget has the focus.

    It presses Tab to move on, types into text fields, uses Down in lists, Space on check boxes, radio
    buttons and buttons, Alt+Right at the end of a page, and Space on Finish.
    """

    def __init__(self, qtbot: QtBot, editor: RequestEditor, answers: dict[str, Any]) -> None:
        self.qtbot, self.editor, self.answers = qtbot, editor, answers
        self.done: set[str] = set()
        self.visited: list[str] = []
        self.trail: list[str] = []

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focused(), key, modifier)

    def answer_for(self, widget: QWidget) -> tuple[Question, Any, str] | None:
        """The question, the wanted answer and a key for "already answered" for a focused input."""
        qs = self.editor.question_set
        name = widget.objectName()
        box = widget.parentWidget()
        while box is not None and box is not self.editor:  # a sub-field inside entry "datasets:0"?
            parent_id, _, index = box.objectName().partition(":")
            if index.isdigit():
                question = qs.question(parent_id)
                sub = next((f for f in question.fields if f.id == name), None)
                if sub is None:
                    return None
                return sub, self.answers[parent_id][int(index)].get(sub.id), f"{parent_id}[{index}].{name}"
            box = box.parentWidget()
        question_id = name.partition(":")[0]
        if question_id not in self.answers:
            return None
        return qs.question(question_id), self.answers[question_id], name

    def step(self) -> bool:
        """Act on the focused widget; False once Finish has been pressed."""
        QApplication.processEvents()  # as between a person's keystrokes
        widget = self.focused()
        name = widget.objectName()
        self.trail.append(name)
        if name == "finishButton":
            assert widget.isEnabled()
            self.press(Qt.Key.Key_Space)
            return False
        if name in ("backButton", "nextButton"):
            assert self.editor.ui.nextButton.isEnabled(), (
                f"end of the last page and Finish not reachable: {self.editor.pages['declaration'].problems}")
            self.visited.append(self.editor.current_section().id)
            self.press(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
            return True
        if isinstance(widget, QAbstractButton) and name.endswith(":add"):
            question_id = name.removesuffix(":add")
            entries = self.editor.case().answers.get(question_id) or []
            if len(entries) < len(self.answers[question_id]):
                self.press(Qt.Key.Key_Space)  # adds an entry and moves into it
                return True
        found = self.answer_for(widget)
        if found is not None and found[2] not in self.done:
            question, value, key = found
            self.done.add(key)
            self._answer(widget, question, value)
        self.press(Qt.Key.Key_Tab)
        return True

    def _answer(self, widget: QWidget, question: Question, value: Any) -> None:
        kind = question.type
        if kind in ("text", "email", "phone", "date", "integer", "textarea"):
            type_text(self.qtbot, widget, str(value))
        elif kind == "choice":
            assert isinstance(widget, QComboBox)
            choose_by_keys(self.qtbot, widget, value)
        elif kind == "yes_no":
            # Focus is on "Yes": Space ticks it; Right moves to "No" and ticks it.
            self.done.update({f"{question.id}:yes", f"{question.id}:no"})
            if not value:
                self.press(Qt.Key.Key_Right)  # focus moves to "No"
            self.press(Qt.Key.Key_Space)
        elif kind == "multichoice":
            if widget.objectName().partition(":")[2] in value:
                self.press(Qt.Key.Key_Space)
        elif kind == "confirm":
            if value:
                self.press(Qt.Key.Key_Space)

    def run(self, limit: int = 2000) -> None:
        for _ in range(limit):
            if not self.step():
                return
        raise AssertionError(f"Finish not reached after {limit} key steps; visited {self.visited}")
