"""The keyboard goes back to the window when one of its modal dialogs closes.

A window manager normally activates a dialog's window when the dialog closes. Without one (a locked-down session
in a secure room, or one that has exited), or with one that does not, X11's input focus falls back to "whatever
is under the pointer". Qt ignores that kind of focus, so no window of the app is active: every key a keyboard user
presses afterwards (Tab, Ctrl+W) is lost until they click. ``DialogFocusReturn``, made once for the application,
asks for the activation itself in that case only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QWindow


class DialogFocusReturn(QObject):
    """Watches each modal dialog that gets the keyboard (an event filter on that dialog only, not on the whole
    application); when it hides and, once the event loop has turned, no window of the app is active, activates
    the modal dialog still open, or else the dialog's window.

    Nothing happens when the person had moved to another application (the dialog did not have the keyboard).
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusWindowChanged.connect(self._on_focus_window_changed)

    def _on_focus_window_changed(self, window: QWindow | None) -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if w.windowHandle() is window), None) \
            if window is not None else None
        if isinstance(dialog, QDialog) and dialog.isModal():
            dialog.installEventFilter(self)  # once: installing again only moves it to the front

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent  # here: its enums are built when a dialog first has the keyboard, not at start

        if event.type() == QEvent.Type.Hide and isinstance(watched, QDialog) and watched.isWindow() \
                and _had_keyboard(watched):
            parent = watched.parentWidget()
            if parent is not None:
                window, shown = parent.window(), _shown_windows()
                QTimer.singleShot(0, window, lambda: give_keyboard_back(window, shown))
        return False


def _had_keyboard(dialog: QDialog) -> bool:
    handle = dialog.windowHandle()
    return QApplication.activeWindow() is dialog or (handle is not None and QApplication.focusWindow() is handle)


def _shown_windows() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


def give_keyboard_back(window: QWidget, shown_before: set[int]) -> None:
    """If no window of the app is active, activate the open modal dialog, or else ``window`` (when shown).

    Nothing happens if a window was shown meanwhile (``shown_before``: those shown before): whoever showed it
    activates it, and asking for another would put it behind.
    """
    active = QApplication.activeWindow()
    if active is not None and active.isVisible():
        return
    if _shown_windows() - shown_before:
        return
    target = QApplication.activeModalWidget() or window
    if target.isVisible():
        target.activateWindow()
