"""Where the text cursor is in a focused field, and putting the focus and the cursor back there: a window rebuilt in
another language comes back with the keyboard exactly where it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def cursor_position(widget: QWidget) -> int:
    """The text cursor's position in a line or text edit; -1 for a widget without one."""
    if hasattr(widget, "cursorPosition"):
        return int(widget.cursorPosition())
    if hasattr(widget, "textCursor"):
        return int(widget.textCursor().position())
    return -1


def focus_at(widget: QWidget, cursor: int) -> None:
    """Give ``widget`` the focus with its text cursor at ``cursor`` (as ``cursor_position`` read it; -1: left
    where it is)."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    if cursor >= 0 and hasattr(widget, "setCursorPosition"):
        widget.setCursorPosition(cursor)
    elif cursor >= 0 and hasattr(widget, "textCursor"):
        text_cursor = widget.textCursor()
        text_cursor.setPosition(min(cursor, len(widget.toPlainText())))
        widget.setTextCursor(text_cursor)
