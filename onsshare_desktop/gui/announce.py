"""Tell screen-reader users about changes they cannot see: status text, progress, results and errors.

``announce`` sends a ``QAccessibleAnnouncementEvent`` (AT-SPI ``object:announcement``; Orca speaks it), polite for
progress and results, assertive for errors and refusals. ``announce_label`` does the same for a status label and
also makes the label's text its accessible name, so the status can be read again later.

Heading labels (``HeadingLabel``, or a label with the dynamic property ``heading`` set to true before its text, as
the ``.ui`` files do) are exposed with the heading role, so a screen reader can jump between them and
says "heading" when it reads a page's title.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QMainWindow, QWidget


def announce(source: QObject, text: str, assertive: bool = False) -> None:
    """Have assistive technology speak ``text`` (from ``source``'s window); nothing happens when none listens."""
    text = text.strip()
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def announce_label(label: QLabel, text: str, assertive: bool = False) -> None:
    """Show ``text`` in ``label``, name the label by it, and announce it when it changed."""
    changed = text != label.text()
    label.setText(text)
    label.setAccessibleName(text)
    if changed and label.isVisible():
        announce(label, text, assertive)


class HeadingLabel(QLabel):
    """A label that assistive technology reads as a heading (role heading, named by its text)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)  # the text after: setting it in the constructor would make the plain interface
        self.setText(text)


class _HeadingInterface(QAccessibleWidget):
    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name and isinstance(widget, QLabel):
            return widget.accessibleName() or widget.text()
        return super().text(kind)


def _factory(class_name: str, obj: QObject | None) -> QAccessibleWidget | None:
    if isinstance(obj, QLabel) and (class_name == "HeadingLabel" or obj.property("heading") is True):
        return _HeadingInterface(obj)
    return None


def install_accessibility() -> None:
    """Register the heading role for ``HeadingLabel`` (once per process, before windows are made)."""
    if not getattr(install_accessibility, "done", False):
        QAccessible.installFactory(_factory)
        install_accessibility.done = True  # type: ignore[attr-defined]


def announce_status_bar(window: QMainWindow) -> None:
    """Announce every message the window's status bar shows (politely), and name the bar by it."""
    bar = window.statusBar()

    def on_message_changed(text: str) -> None:
        bar.setAccessibleName(text)
        announce(bar, text)

    bar.messageChanged.connect(on_message_changed)
