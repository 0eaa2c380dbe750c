"""The self-test's window check: start the app as a user would, offscreen, and see its windows shown and filled."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _

TIMEOUT_S = 60.0


KNOWN_TEXT = ("MainWindow", "&New request")  # a menu item of the main window: (Qt context, English source)


def check_windows(folder: Path) -> str:
    """Open the main window in Welsh on a fresh data folder in ``folder`` (the Qt catalogue loaded, a known text
    translated through it and shown), wait for its drafts list, switch to the screener's register and back, then
    to English (the window follows at once), then close everything. Returns what was seen; raises ``UserError`` if a
    step fails. The process's language is what it was before, afterwards.

    Runs on Qt's offscreen platform (nothing appears on screen) unless a QApplication already exists.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    created = QApplication.instance() is None
    if created:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _quiet_offscreen_notices()
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    platform = QApplication.platformName() if isinstance(qt_app, QApplication) else "?"

    from onsshare_desktop.gui.app import Application
    from onsshare_desktop.gui.screening.mode import AppMode
    from onsshare_desktop.paths import DataPaths

    from onsshare_desktop.services.identity import Profile, save_profile

    paths = DataPaths(folder)
    # the screener has said who they are, so the register opens without the first-run welcome (a modal wizard)
    save_profile(paths.identity, Profile("Self Test", "onsshare-desktop", "self-test@example.invalid"))
    from onsshare_desktop.gui.language import apply_language
    from onsshare_desktop.i18n import ENGLISH, WELSH, current_language

    before = current_language()
    try:
        app = Application(paths, language=WELSH)
    except OSError as exc:
        apply_language(before)
        raise UserError(_("window: the Welsh catalogue could not be loaded ({reason})").format(reason=exc)) from exc
    lists: list[int] = []
    app.window.drafts_loaded.connect(lists.append)
    try:
        context, english = KNOWN_TEXT
        welsh = QCoreApplication.translate(context, english)
        if welsh == english or app.window.ui.actionNew.text() != welsh:
            raise UserError(_("window: the main window did not open in Welsh ({text!r})").format(
                text=app.window.ui.actionNew.text()))
        app.start()
        _wait(lambda: app.services is not None and bool(lists), _("the main window did not open its drafts list"))
        if not app.window.isVisible():
            raise UserError(_("window: the main window was not shown"))
        app.switch_mode(AppMode.SCREENER)
        _wait(lambda: app.screener is not None and app.screener.isVisible(), _("the screener's window did not show"))
        app.switch_mode(AppMode.REQUESTER)
        _wait(lambda: app.window.isVisible(), _("the main window did not come back from screener mode"))
        app.set_language(ENGLISH)
        if app.window.ui.actionNew.text() != english:
            raise UserError(_("window: the main window did not switch from Welsh to English"))
    finally:
        app.shutdown()
        for window in (app.screener, app.window):
            if window is not None:
                window.close()
                window.deleteLater()
        QCoreApplication.sendPostedEvents()
        apply_language(before)
    return _("main window shown in Welsh, drafts list filled, screener's register shown, switched to English "
             "({platform} platform)").format(platform=platform)


def _wait(done, failure: str) -> None:  # type: ignore[no-untyped-def]
    """Run the event loop until ``done()`` is true. A dialog the app opens meanwhile (an error shown to the user,
    possibly in its own modal loop) is closed by a watchdog timer and makes the check fail."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    dialogs: list[str] = []

    def close_dialog() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            dialogs.append(modal.windowTitle() or modal.objectName())
            modal.close()

    watchdog = QTimer()
    watchdog.timeout.connect(close_dialog)
    watchdog.start(50)
    deadline = time.monotonic() + TIMEOUT_S
    try:
        while not done() and not dialogs:
            QApplication.processEvents()
            if time.monotonic() > deadline:
                raise UserError(_("window: {failure} within {s:.0f} s").format(failure=failure, s=TIMEOUT_S))
            time.sleep(0.005)
    finally:
        watchdog.stop()
    if dialogs:
        raise UserError(_("window: {failure} (a dialog opened: {title})").format(failure=failure, title=dialogs[0]))


def _quiet_offscreen_notices() -> None:
    """Drop Qt's "This plugin does not support raise()" notices: the offscreen platform has no window manager."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if not message.startswith("This plugin does not support"):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)
