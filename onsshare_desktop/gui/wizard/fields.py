"""One input widget per question type, built from the question set.

Every input takes the question id as ``objectName`` and the label as ``accessibleName``, and offers the same
small interface (``QuestionInput``): ``value()`` returns the answer in its JSON form (``None`` when unanswered),
``set_value()`` shows a stored answer without emitting ``value_changed``, and ``focus_widgets()`` lists the
widgets that take keyboard focus, in tab order. ``create_input`` picks the widget for a question's type.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QEvent, QMimeData, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from onsshare_desktop.domain.control_chars import CONTROL_RE, strip_controls
from onsshare_desktop.domain.questions import Question
from onsshare_desktop.gui.combo_popup import open_on_an_item


class QuestionInput(Protocol):
    """What the page needs from an input, whatever its question type.

    A composite input (``repeating.RepeatingInput``) also offers ``set_revealed``, ``show_problems`` and
    ``focus_path`` for the fields inside it; ``block.FieldBlock`` passes them on when present.

    Signals:
        value_changed(object): the person changed the answer; carries ``value()``.

    Text inputs also have ``controls_removed(int)``: pasted or dropped text carried that many control characters
    (invisible terminal and formatting codes, see ``domain.control_chars``), which were left out.
    """

    question: Question

    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...

    def focus_widgets(self) -> list[QWidget]: ...


def _name(widget: QWidget, question: Question, object_name: str | None = None, accessible: str | None = None) -> None:
    widget.setObjectName(object_name or question.id)
    widget.setAccessibleName(accessible or question.label)
    if question.help:
        widget.setAccessibleDescription(question.help)


class TextInput(QLineEdit):
    """One line of text (also e-mail and phone, which validation checks); control characters are left out."""

    value_changed = Signal(object)
    controls_removed = Signal(int)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        _name(self, question)
        self.setPlaceholderText(question.placeholder or self._default_placeholder())
        self.textEdited.connect(self._on_text_edited)

    def _on_text_edited(self, text: str) -> None:
        if CONTROL_RE.search(text):  # pasted or dropped: a key press cannot type one
            cursor = self.cursorPosition()
            cleaned, removed = strip_controls(text)
            self.setText(cleaned)
            self.setCursorPosition(max(0, cursor - removed))
            self.controls_removed.emit(removed)
        self.value_changed.emit(self.value())

    def _default_placeholder(self) -> str:
        return {"email": self.tr("name@example.org"), "date": self.tr("YYYY-MM-DD")}.get(self.question.type, "")

    def value(self) -> Any:
        return self.text() if self.text() != "" else None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))
        self.setCursorPosition(0)  # show the start of a long answer

    def focus_widgets(self) -> list[QWidget]:
        return [self]


UK_DATE = QRegularExpression(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")


class DateInput(TextInput):
    """A date typed the UK way (29/11/2026; also 29.11.2026 or 29-11-2026) or as 2026-11-29; kept as 2026-11-29.
    Something that is not a real date is kept as typed, and validation says so."""

    def _default_placeholder(self) -> str:
        return self.tr("DD/MM/YYYY")

    def value(self) -> Any:
        from datetime import date

        text = self.text().strip()
        match = UK_DATE.match(text)
        if match.hasMatch():
            try:
                return date(int(match.captured(3)), int(match.captured(2)), int(match.captured(1))).isoformat()
            except ValueError:
                return text
        return text or None

    def set_value(self, value: Any) -> None:
        from datetime import date

        try:
            shown = date.fromisoformat(str(value)).strftime("%d/%m/%Y") if value else ""
        except ValueError:
            shown = str(value)
        self.setText(shown)
        self.setCursorPosition(0)


class IntegerInput(TextInput):
    """A whole number, 0 or more; digits only."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,15}"), self))
        self.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)

    def value(self) -> Any:
        return int(self.text()) if self.text() else None


class TextAreaInput(QTextEdit):
    """Several lines of plain text that grows with its content up to ``MAX_LINES``, then scrolls.

    Pasted or dropped text is inserted as plain text without its control characters.
    """

    value_changed = Signal(object)
    controls_removed = Signal(int)
    MIN_LINES = 3
    MAX_LINES = 14

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        _name(self, question)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(question.placeholder)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self._fit_height)
        self.textChanged.connect(lambda: self.value_changed.emit(self.value()))
        self._fit_height()

    def value(self) -> Any:
        text = self.toPlainText()
        return text if text != "" else None

    def set_value(self, value: Any) -> None:
        blocked = self.blockSignals(True)
        self.setPlainText("" if value is None else str(value))
        self.blockSignals(blocked)
        self._fit_height()

    def focus_widgets(self) -> list[QWidget]:
        return [self]

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt's name
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        cleaned, removed = strip_controls(source.text())
        self.textCursor().insertText(cleaned)
        self.ensureCursorVisible()
        if removed:
            self.controls_removed.emit(removed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        line = self.fontMetrics().lineSpacing()
        margins = self.contentsMargins()
        chrome = margins.top() + margins.bottom() + 2 * int(self.document().documentMargin())
        content = int(self.document().size().height()) - 2 * int(self.document().documentMargin())
        height = max(self.MIN_LINES * line, min(self.MAX_LINES * line, content)) + chrome
        if height != self.height():
            self.setFixedHeight(height)


class ChoiceInput(QComboBox):
    """One of the question's choices; nothing chosen until the person picks one."""

    value_changed = Signal(object)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        _name(self, question)
        for choice in question.choices:
            self.addItem(choice.label, choice.value)
        self.setPlaceholderText(self.tr("Choose…"))
        self.setCurrentIndex(-1)
        open_on_an_item(self)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(20)
        self.currentIndexChanged.connect(lambda _index: self.value_changed.emit(self.value()))

    def value(self) -> Any:
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_value(self, value: Any) -> None:
        blocked = self.blockSignals(True)
        self.setCurrentIndex(self.findData(value) if value is not None else -1)
        self.blockSignals(blocked)

    def focus_widgets(self) -> list[QWidget]:
        return [self]


class YesNoInput(QWidget):
    """Yes / No radio buttons (arrow keys move between them); neither is ticked until answered."""

    value_changed = Signal(object)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        _name(self, question)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.yes = QRadioButton(self.tr("Yes"), self)
        self.no = QRadioButton(self.tr("No"), self)
        for button, suffix in ((self.yes, "yes"), (self.no, "no")):
            _name(button, question, f"{question.id}:{suffix}", f"{question.label}: {button.text()}")
            button.toggled.connect(self._on_button_toggled)
            button.installEventFilter(self)
            layout.addWidget(button)
        layout.addStretch(1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Arrow keys choose as they move (Qt only moves the focus while neither is ticked): Right/Down picks No,
        Left/Up picks Yes."""
        if event.type() == QEvent.Type.KeyPress and watched in (self.yes, self.no):
            key = event.key()  # type: ignore[attr-defined]
            target = {Qt.Key.Key_Right: self.no, Qt.Key.Key_Down: self.no,
                      Qt.Key.Key_Left: self.yes, Qt.Key.Key_Up: self.yes}.get(key)
            if target is not None:
                target.setFocus(Qt.FocusReason.TabFocusReason)
                if not target.isChecked():
                    target.setChecked(True)
                return True
        return super().eventFilter(watched, event)

    def _on_button_toggled(self, checked: bool) -> None:
        if checked:
            self.value_changed.emit(self.value())

    def value(self) -> Any:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_value(self, value: Any) -> None:
        for button in (self.yes, self.no):
            button.blockSignals(True)
        # Auto-exclusive buttons cannot all be unticked directly.
        self.yes.setAutoExclusive(False)
        self.no.setAutoExclusive(False)
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)
        self.yes.setAutoExclusive(True)
        self.no.setAutoExclusive(True)
        for button in (self.yes, self.no):
            button.blockSignals(False)

    def focus_widgets(self) -> list[QWidget]:
        return [self.yes, self.no]


class _ClickToToggle(QObject):
    """Lets a click on a statement label tick its check box, as a check box's own text would."""

    def __init__(self, box: QCheckBox) -> None:
        super().__init__(box)
        self._box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and self._box.isEnabled():
            self._box.toggle()
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return False


def wrapped_check_box(text: str, parent: QWidget) -> tuple[QCheckBox, QHBoxLayout]:
    """A check box with its text in a word-wrapped label beside it (a check box's own text never wraps,
    so long statements would be clipped in a narrow window or at large font sizes)."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    box = QCheckBox(parent)
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setBuddy(box)
    label.installEventFilter(_ClickToToggle(box))
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    return box, row


class MultiChoiceInput(QWidget):
    """Any of the question's choices, one check box each."""

    value_changed = Signal(object)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        _name(self, question)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for choice in question.choices:
            box, row = wrapped_check_box(choice.label, self)
            _name(box, question, f"{question.id}:{choice.value}", choice.label)
            box.toggled.connect(lambda _checked: self.value_changed.emit(self.value()))
            layout.addLayout(row)
            self.boxes[choice.value] = box

    def value(self) -> Any:
        chosen = [value for value, box in self.boxes.items() if box.isChecked()]
        return chosen or None

    def set_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for choice_value, box in self.boxes.items():
            blocked = box.blockSignals(True)
            box.setChecked(choice_value in chosen)
            box.blockSignals(blocked)

    def focus_widgets(self) -> list[QWidget]:
        return list(self.boxes.values())


class ConfirmInput(QWidget):
    """A check box beside a word-wrapped statement ("I confirm …"); ticking it is the answer ``True``."""

    value_changed = Signal(object)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"{question.id}:confirm")
        self.box, row = wrapped_check_box(question.label, self)
        _name(self.box, question)
        self.setLayout(row)
        self.box.toggled.connect(lambda _checked: self.value_changed.emit(self.value()))

    def value(self) -> Any:
        return True if self.box.isChecked() else None

    def set_value(self, value: Any) -> None:
        blocked = self.box.blockSignals(True)
        self.box.setChecked(value is True)
        self.box.blockSignals(blocked)

    def focus_widgets(self) -> list[QWidget]:
        return [self.box]


def create_input(question: Question, parent: QWidget | None = None) -> QWidget:
    """The input widget for ``question`` (see ``QuestionInput`` for what every one offers)."""
    simple: dict[str, type[QWidget]] = {
        "text": TextInput, "email": TextInput, "phone": TextInput, "date": DateInput, "integer": IntegerInput,
        "textarea": TextAreaInput, "choice": ChoiceInput, "yes_no": YesNoInput, "multichoice": MultiChoiceInput,
        "confirm": ConfirmInput,
    }
    if question.type == "repeating":
        from onsshare_desktop.gui.wizard.repeating import RepeatingInput

        return RepeatingInput(question, parent)
    try:
        return simple[question.type](question, parent)  # type: ignore[call-arg]
    except KeyError:
        raise ValueError(f"no input widget for question type {question.type!r}") from None
