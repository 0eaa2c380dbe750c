"""A question's label, input and validation message, stacked; the unit pages and repeating entries are made of."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from onsshare_desktop.domain.questions import Question
from onsshare_desktop.gui.announce import announce
from onsshare_desktop.gui.wizard.fields import create_input
from onsshare_desktop.i18n import ngettext

MESSAGE_STYLE = "color: #a4000f;"  # dark red, readable on light backgrounds (WCAG AA)
NOTE_STYLE = "color: palette(placeholder-text);"
COUNT_FROM = 0.8  # the character count shows once an answer is this share of its limit


class FieldBlock(QWidget):
    """Label, input and the problems with the answer, in words, under the input.

    Problems are only shown once the block is *revealed*: after the person edits the answer, leaves the page,
    or opens the review page; an untouched new form is not covered in "Required.".

    Signals:
        value_changed(str, object): the question id and its new answer.
    """

    value_changed = Signal(str, object)

    def __init__(self, question: Question, path: str | None = None, parent: QWidget | None = None,
                 with_help: bool = False) -> None:
        super().__init__(parent)
        self.question = question
        self.path = path or question.id
        self._messages: list[str] = []
        self._revealed = False
        self.setObjectName(f"{question.id}:block")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        # No layout.setAlignment(AlignTop): an aligned layout takes its sizeHint() height (worked out at its
        # preferred width), not the height its word-wrapped labels need at the width it is given, so in a narrower
        # block the help texts were squeezed and cut off and the message overlapped the input, and in a wider one an
        # empty band was left below. Unaligned, the block gets its heightForWidth() from the form's grid.
        self.input: Any = create_input(question, self)
        self.label: QLabel | None = None
        if question.type != "confirm":  # a confirm input shows its statement itself
            text = question.label if question.required else self.tr("{label} (optional)").format(label=question.label)
            self.label = QLabel(text, self)
            self.label.setObjectName(f"{question.id}:label")
            self.label.setWordWrap(True)
            font = self.label.font()
            font.setBold(True)
            self.label.setFont(font)
            self.label.setBuddy(self.input.focus_widgets()[0] if self.input.focus_widgets() else self.input)
            layout.addWidget(self.label)
        if with_help and question.help:
            note = QLabel(question.help, self)
            note.setWordWrap(True)
            note.setStyleSheet(NOTE_STYLE)
            layout.addWidget(note)
        layout.addWidget(self.input)
        self.message = QLabel(self)
        self.message.setObjectName(f"{question.id}:message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.hide()
        layout.addWidget(self.message)
        self.count = QLabel(self)  # "27,412 of 30,000 characters", once the answer nears its limit
        self.count.setObjectName(f"{question.id}:count")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.count.hide()
        layout.addWidget(self.count)
        self.notice = QLabel(self)  # what was left out of pasted text
        self.notice.setObjectName(f"{question.id}:notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        self._spoken: list[tuple[QWidget, str]] = self._speak_required_or_optional()
        self.input.value_changed.connect(self._on_input_value_changed)
        if hasattr(self.input, "controls_removed"):
            self.input.controls_removed.connect(self._on_controls_removed)

    def _speak_required_or_optional(self) -> list[tuple[QWidget, str]]:
        """Say "(optional)" in the name as the label shows it, "Required." in the description; returns each
        focusable widget with its description before any problem is added (a repeating input's entries are
        blocks of their own)."""
        if self.question.type == "repeating":
            return []
        question = self.question
        optional = self.tr("{label} (optional)").format(label=question.label)
        spoken = []
        for widget in self.input.focus_widgets():
            if not question.required and question.label in widget.accessibleName():
                widget.setAccessibleName(widget.accessibleName().replace(question.label, optional, 1))
            description = widget.accessibleDescription()
            if question.required:
                description = " ".join(filter(None, (self.tr("Required."), description)))
            widget.setAccessibleDescription(description)
            spoken.append((widget, description))
        return spoken

    def _on_input_value_changed(self, value: Any) -> None:
        self.set_revealed(True)
        self._show_count(value)
        self.value_changed.emit(self.question.id, value)

    def _on_controls_removed(self, removed: int) -> None:
        self.notice.setText(ngettext(
            "{n} control character (an invisible terminal or formatting code) was left out of the pasted text.",
            "{n} control characters (invisible terminal or formatting codes) were left out of the pasted text.",
            removed).format(n=removed))
        self.notice.show()
        self.notice.setAccessibleDescription(self.notice.text())

    def _show_count(self, value: Any) -> None:
        limit = self.question.max_length
        length = len(value) if isinstance(value, str) else 0
        if limit is None or self.question.type != "textarea" or length < COUNT_FROM * limit:
            self.count.hide()
            return
        text = ngettext("{count} of {limit} character", "{count} of {limit} characters", limit).format(
            count=f"{length:,}", limit=f"{limit:,}")
        if length > limit:
            over = length - limit
            text += " · " + ngettext("{n} over the limit", "{n} over the limit", over).format(
                n=f"{over:,}")
        self.count.setText(text)
        self.count.setStyleSheet(MESSAGE_STYLE if length > limit else NOTE_STYLE)
        self.count.show()

    def value(self) -> Any:
        return self.input.value()

    def set_value(self, value: Any) -> None:
        self.input.set_value(value)
        self._show_count(value)

    def focus_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = self.input.focus_widgets()
        return widgets

    def is_revealed(self) -> bool:
        """Whether the block shows its problems (see ``set_revealed``)."""
        return self._revealed

    def set_revealed(self, revealed: bool) -> None:
        self._revealed = revealed
        if hasattr(self.input, "set_revealed"):
            self.input.set_revealed(revealed)
        self._refresh_message()

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """Show the problems whose path is this block's; pass the rest to a repeating input's entries."""
        self._messages = [message for path, message in problems if path == self.path]
        if hasattr(self.input, "show_problems"):
            self.input.show_problems([(p, m) for p, m in problems if p != self.path])
        self._refresh_message()

    def _refresh_message(self) -> None:
        """Show the problems under the input, put them first in its accessible description, and announce a new
        one to the person editing the field."""
        shown = self._revealed and bool(self._messages)
        text = " ".join(self._messages) if shown else ""
        changed = text != self.message.text()
        self.message.setText(text)
        self.message.setVisible(shown)
        for widget, description in self._spoken:
            widget.setAccessibleDescription(
                " ".join(filter(None, (self.tr("Error: {message}").format(message=text) if text else "",
                                       description))))
        if changed and text and any(widget.hasFocus() for widget, _ in self._spoken):
            announce(self, self.tr("{label}: {message}").format(label=self.question.label, message=text),
                     assertive=True)

    def problem_text(self) -> str:
        """The problems shown under the input ("" when none)."""
        return self.message.text()
