"""One input per question type: names for assistive technology, answers in their JSON form, growing text."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from onsshare_desktop.domain.questions import Choice, Question, QuestionSet
from onsshare_desktop.gui.wizard.fields import TextAreaInput, create_input


def question(kind: str, **extra: Any) -> Question:
    return Question(id=f"q_{kind}", label=f"Label of {kind}", help="Help text.", policy_ref="x", type=kind, **extra)


CHOICES = (Choice("a", "Apple"), Choice("b", "Banana"))
SAMPLES: list[tuple[Question, Any]] = [
    (question("text"), "Some text"),
    (question("email"), "a@b.org"),
    (question("phone"), "+44 1"),
    (question("date"), "2026-01-31"),
    (question("integer"), 42),
    (question("textarea"), "Line one\nLine two"),
    (question("choice", choices=CHOICES), "b"),
    (question("multichoice", choices=CHOICES), ["a", "b"]),
    (question("yes_no"), False),
    (question("confirm"), True),
    (question("repeating", fields=(question("text"), question("integer"))), [{"q_text": "x", "q_integer": 3}, {}]),
]


@pytest.mark.parametrize(("q", "value"), SAMPLES, ids=[q.type for q, _ in SAMPLES])
def test_every_type_round_trips_its_answer_without_reporting_a_change(qtbot: QtBot, q: Question, value: Any) -> None:
    widget = create_input(q)
    qtbot.addWidget(widget)
    changes: list[Any] = []
    widget.value_changed.connect(changes.append)  # type: ignore[attr-defined]
    assert widget.value() is None  # type: ignore[attr-defined]

    widget.set_value(value)  # type: ignore[attr-defined]
    assert widget.value() == value  # type: ignore[attr-defined]
    widget.set_value(None)  # type: ignore[attr-defined]
    assert widget.value() is None  # type: ignore[attr-defined]
    assert changes == []


@pytest.mark.parametrize(("q", "value"), SAMPLES, ids=[q.type for q, _ in SAMPLES])
def test_every_input_is_named_by_question_id_and_label(qtbot: QtBot, q: Question, value: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    create_input(q, host)
    named = host.findChild(QWidget, q.id)
    assert named is not None and named.accessibleName() == q.label
    focusable = create_input(q, host).focus_widgets()  # type: ignore[attr-defined]
    assert focusable and all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in focusable)


def test_every_question_of_the_form_gets_an_input(qtbot: QtBot, qs: QuestionSet) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    for q in qs.questions():
        if q.type != "attachments":
            assert create_input(q, host).objectName() in (q.id, f"{q.id}:confirm")


def test_text_area_grows_with_its_text_then_scrolls(qtbot: QtBot) -> None:
    area = TextAreaInput(question("textarea"))
    qtbot.addWidget(area)
    area.resize(300, area.height())
    area.show()
    empty = area.height()
    area.set_value("\n".join(["line"] * 8))
    grown = area.height()
    area.set_value("\n".join(["line"] * 200))
    assert empty < grown < area.height() <= area.fontMetrics().lineSpacing() * (TextAreaInput.MAX_LINES + 2)


def test_unknown_type_is_a_bug() -> None:
    with pytest.raises(ValueError):
        create_input(Question("x", "X", "", "p", "attachments"))


def paste(widget: QWidget, text: str) -> None:
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setText(text)
    if isinstance(widget, TextAreaInput):
        widget.insertFromMimeData(mime)
    else:
        from PySide6.QtGui import QGuiApplication

        # setText, not setMimeData: a Python-made QMimeData handed to the clipboard is freed twice when the
        # application shuts down, and the test process then exits with SIGSEGV after every test passed.
        QGuiApplication.clipboard().setText(text)
        widget.setFocus()
        qt_paste = QKeySequence(QKeySequence.StandardKey.Paste)
        QTest.keyClick(widget, qt_paste[0].key(), qt_paste[0].keyboardModifiers())


@pytest.mark.parametrize("kind", ["textarea", "text"])
def test_pasted_control_characters_are_left_out_and_the_block_says_so(qtbot: QtBot, kind: str) -> None:
    from onsshare_desktop.gui.wizard.block import FieldBlock

    block = FieldBlock(question(kind, max_length=30_000))
    qtbot.addWidget(block)
    block.show()
    values: list[Any] = []
    block.value_changed.connect(lambda _qid, value: values.append(value))
    paste(block.input, "Costs\x1b[31m \x07rose\x00")
    assert block.value() == "Costs[31m rose"
    assert values[-1] == "Costs[31m rose"
    assert block.notice.isVisible() and "3 control characters" in block.notice.text()
    paste(block.input, "\x0c")
    assert "1 control character (" in block.notice.text() and block.value() == "Costs[31m rose"


def test_pasting_plain_text_shows_no_notice(qtbot: QtBot) -> None:
    from onsshare_desktop.gui.wizard.block import FieldBlock

    block = FieldBlock(question("textarea", max_length=30_000))
    qtbot.addWidget(block)
    block.show()
    paste(block.input, "Line\n\tindented")
    assert block.value() == "Line\n\tindented" and not block.notice.isVisible()


def test_a_long_answer_shows_its_character_count_as_the_limit_nears(qtbot: QtBot) -> None:
    from onsshare_desktop.gui.wizard.block import FieldBlock

    block = FieldBlock(question("textarea", max_length=30_000))
    qtbot.addWidget(block)
    block.show()
    block.set_value("x" * 10_000)
    assert not block.count.isVisible()  # far from the limit: no count
    block.set_value("x" * 27_412)
    assert block.count.isVisible() and block.count.text() == "27,412 of 30,000 characters"
    block.input.setPlainText("x" * 30_050)  # as if typed: the count follows each edit
    assert block.count.text() == "30,050 of 30,000 characters · 50 over the limit"
    block.input.setPlainText("short")
    assert not block.count.isVisible()
