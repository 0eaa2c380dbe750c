"""Start the GUI: show the main window at once, then open the database off the UI thread and fill the list.

The data folder is locked for the life of the window (a second copy of the app is told, not allowed in), a
damaged database is set aside with the latest backup offered, and a backup can be restored at any time.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from onsshare_desktop.gui.announce import install_accessibility
from onsshare_desktop.gui.contrast import apply_readable_palette
from onsshare_desktop.gui.language import apply_language, save_language, saved_language, show_checked, start_language
from onsshare_desktop.i18n import ENGLISH
from onsshare_desktop.gui.main_window import MainWindow
from onsshare_desktop.gui.screening.mode import AppMode, load_mode, save_mode
from onsshare_desktop.gui.ui_thread_gc import UiThreadCollector
from onsshare_desktop.gui.workers import Worker
from onsshare_desktop.paths import DataPaths, resolve_data_dir
from onsshare_desktop.resources import resource_path

if TYPE_CHECKING:
    from onsshare_desktop.domain.drafts import DraftSummary
    from onsshare_desktop.gui.screening.window import ScreenerWindow
    from onsshare_desktop.services.container import Services
    from onsshare_desktop.services.startup import DataFolderLock
    from onsshare_desktop.gui.services import AppServices  # built in a worker: the dataclass costs 4 ms at start-up

EXIT_WHEN_SHOWN = "ONSSHARE_EXIT_WHEN_SHOWN"  # "1": quit once the window is shown (the bundle's start-up benchmark)


def preload_pdf_libraries() -> None:
    """Import pyHanko's reader and validator ahead of need, so a screener's first verification is quick."""
    from onsshare_desktop import offline

    offline.install()  # first: keeps pyHanko from importing aiohttp, which the app never uses
    import pyhanko.pdf_utils.reader  # noqa: F401
    import pyhanko.sign.validation  # noqa: F401


def build_services(paths: DataPaths, lock: DataFolderLock, database_url: str | None = None,
                   saved_url: str | None = None) -> AppServices:
    """Lock the data folder, open the database (the team server: ``database_url`` (``--database-url``), else
    ``$ONSSHARE_DATABASE_URL``, else ``saved_url`` from the screener settings, if any: see
    ``services.team_database``) and load the question set (slow imports, a server maybe far: run in a worker)."""
    from onsshare_desktop.services.startup import open_services
    from onsshare_desktop.services.team_database import resolve_database_url

    return app_services(open_services(paths, lock, resolve_database_url(database_url, saved_url)))


def app_services(services: Services) -> AppServices:
    """What the windows are handed: the open ``services`` with the question set and whether passphrases may be
    remembered (slow imports: run in a worker)."""
    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.gui.services import AppServices

    return AppServices(paths=services.paths, database=services.database, question_set=load_question_set(),
                       secrets=services.secrets, secrets_secure=services.identity.keyring_status().secure)


def read_drafts_list(database: Path) -> list[DraftSummary] | None:
    """The start-up drafts list (plain sqlite3; see ``services.startup.quick_drafts``), imported on the worker
    thread."""
    from onsshare_desktop.services.startup import quick_drafts

    return quick_drafts(database)


class Application:
    """Owns the QApplication-level objects for one run: the main window, the data-folder lock and the services."""

    def __init__(self, paths: DataPaths, database_url: str | None = None, language: str | None = None) -> None:
        """``database_url``: a screening team's server (``--database-url``); else ``ONSSHARE_DATABASE_URL`` or the
        one saved in the screener settings; else the data folder's own database. ``language``: the language to
        open in (``--lang``; not remembered); else the one chosen before; else the system's (see ``gui.language``).
        """
        self.paths = paths
        self._database_url = database_url
        self.services: AppServices | None = None
        self._lock: DataFolderLock | None = None
        self.settings = QSettings(str(paths.ensure().root / "settings.ini"), QSettings.Format.IniFormat)
        self.language = start_language(self.settings, language)
        try:
            apply_language(self.language)  # before any window is made: every text is made in it
        except OSError:  # a damaged installation: open in English rather than not at all (self-test names it)
            logging.getLogger(__name__).exception("the %s catalogue could not be loaded", self.language)
            self.language = ENGLISH
            apply_language(ENGLISH)
        examples = sorted(resource_path("examples").glob("*.json"))
        self.window = MainWindow(examples)
        self.window.restore_requested.connect(self._on_restore_requested)
        self.window.screener_mode_requested.connect(lambda: self.switch_mode(AppMode.SCREENER))
        self.window.language_requested.connect(self.set_language)
        self.window.offer_languages(language is None and saved_language(self.settings) is None)  # the first run
        self.screener: ScreenerWindow | None = None
        self.mode = load_mode(self.settings)
        self._quick_list = Worker(read_drafts_list, paths.database)
        self._quick_list.signals.finished.connect(self._on_quick_list_read)

    @property
    def lock(self) -> DataFolderLock:
        """The data folder's lock, made on first use (after the window shows: its imports cost 3 ms before)."""
        if self._lock is None:
            from onsshare_desktop.services.startup import folder_lock

            self._lock = folder_lock(self.paths)
        return self._lock

    def start(self) -> None:
        """Show the window, then (once the event loop has painted it) open the database in a worker, and meanwhile
        read the drafts list with plain sqlite3 in another (SQLAlchemy's import alone takes longer)."""
        self.window.show()
        QTimer.singleShot(0, self._start_workers)

    def _start_workers(self) -> None:
        self._quick_list.start()
        self._open()

    def _on_quick_list_read(self, drafts: list[DraftSummary] | None) -> None:
        if drafts is not None and self.services is None:
            self.window.show_drafts_preview(drafts)

    def _open(self) -> None:
        from onsshare_desktop.gui.screening.team_url import saved_database_url

        # the URL is resolved in the worker: services.team_database's imports (dataclasses, inspect) would hold up
        # the UI thread just after the window is shown
        self._run(build_services, self._on_services_ready, self._on_services_failed, self.paths, self.lock,
                  self._database_url, saved_database_url(self.settings))

    def _run(self, fn, on_finished, on_failed, *args) -> None:  # type: ignore[no-untyped-def]
        worker = Worker(fn, *args)
        worker.signals.finished.connect(on_finished)
        worker.signals.failed.connect(on_failed)
        worker.start()

    def _on_services_ready(self, services: AppServices) -> None:
        self.services = services = in_current_language(services)  # the language may have changed meanwhile
        self.window.set_services(services)
        if self.mode is AppMode.SCREENER:
            self._show_screener()

    def switch_mode(self, mode: AppMode) -> None:
        """Show the requester's drafts or the screener's register, and remember the choice."""
        self.mode = mode
        save_mode(self.settings, mode)
        if self.services is None:
            return  # applied once the database is open
        if mode is AppMode.SCREENER:
            self.window.close_editors()
            self._show_screener()
        else:
            self.window.show()
            self.window.reload()
            if self.screener is not None:
                self.screener.hide()

    def _show_screener(self) -> None:
        from onsshare_desktop.gui.screening.window import ScreenerWindow

        assert self.services is not None
        if self.screener is None:
            self.screener = ScreenerWindow.for_services(self.services)
            self.screener.ui.actionRequesterMode.triggered.connect(lambda: self.switch_mode(AppMode.REQUESTER))
            self.screener.language_requested.connect(self.set_language)
            self.screener.resize(self.window.size())
        self.screener.show()
        self.screener.raise_()
        self.window.hide()
        Worker(preload_pdf_libraries).start()

    def set_language(self, code: str) -> None:
        """Switch the whole app to ``code`` now, and remember it for this data folder.

        Every window shows the new language at once (``retranslate``): the drafts list, each open request on the
        page it was on with nothing typed lost, the screener's register and open cases on the pages they were on.
        A window with an export or a file being attached under way follows as soon as that is done.
        """
        save_language(self.settings, code)
        self.window.offer_languages(False)
        if code == self.language:
            self.window.retranslate_language_choice()
            if self.screener is not None:
                show_checked(self.screener.language_actions)
            return
        try:
            apply_language(code)
        except OSError as exc:
            from onsshare_desktop.gui.errors import show_error

            show_error(self.window, QCoreApplication.translate("Application", "The language could not be changed."), exc)
            self.window.retranslate_language_choice()
            return
        self.language = code
        if self.services is not None:
            self.services = in_current_language(self.services)
            self.window.set_services(self.services)
            if self.screener is not None:
                self.screener.set_services(self.services)
        self.window.retranslate()
        if self.screener is not None:
            self.screener.retranslate()
        from onsshare_desktop.gui.help.window import HelpWindow

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, HelpWindow):
                widget.retranslate()

    def _on_services_failed(self, exc: BaseException) -> None:
        from onsshare_desktop.gui.errors import show_error
        from onsshare_desktop.gui.recovery import Recovery, ask_recovery
        from onsshare_desktop.services.startup import damaged_database

        damaged = damaged_database(exc)
        if damaged is not None:
            choice = ask_recovery(self.window, damaged)
            if choice is Recovery.RESTORE and damaged.latest_backup is not None:
                self._restore(damaged.latest_backup)
                return
            if choice is Recovery.START_EMPTY:
                self._open()
                return
        else:
            show_error(self.window, QCoreApplication.translate("Application", "Your drafts could not be opened."), exc)
        self.window.close()

    def _on_restore_requested(self) -> None:
        from onsshare_desktop.gui.recovery import choose_backup
        from onsshare_desktop.services.startup import backups

        backup = choose_backup(self.window, backups(self.paths))
        if backup is None:
            return
        self.window.close_editors()
        self.window.detach_services()
        if self.screener is not None:
            self.screener.close()
            self.screener.deleteLater()
            self.screener = None
        if self.services is not None:
            self.services.database.close()
            self.services = None
        self._restore(backup)

    def _restore(self, backup: Path) -> None:
        from onsshare_desktop.services.startup import restore_and_open

        def restore_then_open(paths: DataPaths, lock: DataFolderLock) -> AppServices:
            return app_services(restore_and_open(paths, lock, backup))

        self._run(restore_then_open, self._on_restored, self._on_services_failed, self.paths, self.lock)

    def _on_restored(self, services: AppServices) -> None:
        self._on_services_ready(services)
        self.window.statusBar().showMessage(QCoreApplication.translate(
            "Application", "Backup restored. The drafts you had before were backed up first."), 10_000)

    def shutdown(self) -> None:
        QThreadPool.globalInstance().waitForDone()
        if self.services is not None:
            self.services.database.close()
        self.lock.release()


def in_current_language(services: AppServices) -> AppServices:
    """``services`` with its question set in the app's current language."""
    from dataclasses import replace

    from onsshare_desktop.domain.questions import load_question_set

    question_set = load_question_set(services.question_set.form_id, services.question_set.version)
    return services if question_set is services.question_set else replace(services, question_set=question_set)


def keep_keyboard_after_dialogs() -> None:
    """Keyboard users keep a window to type into when a dialog closes (``gui.dialog_focus``)."""
    from onsshare_desktop.gui.dialog_focus import DialogFocusReturn

    app = QApplication.instance()
    if isinstance(app, QApplication):
        DialogFocusReturn(app)


def run_gui(data_dir: str | None = None, database_url: str | None = None, language: str | None = None) -> int:
    """Run the app until the last window closes; returns the exit status. ``language``: ``--lang``, if given."""
    logging.getLogger("pyhanko.sign.diff_analysis").setLevel(logging.CRITICAL)
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setApplicationName("onsshare-desktop")
    qt_app.setApplicationDisplayName(QCoreApplication.translate("Application", "ONS data sharing requests"))
    apply_readable_palette(qt_app)
    install_accessibility()
    collector = UiThreadCollector(qt_app)  # workers must never free UI-thread objects (see ui_thread_gc)
    app = Application(DataPaths(resolve_data_dir(data_dir)), database_url, language)
    qt_app.aboutToQuit.connect(app.shutdown)
    qt_app.aboutToQuit.connect(collector.stop)
    app.start()
    if os.environ.get(EXIT_WHEN_SHOWN) == "1":
        QTimer.singleShot(0, lambda: os._exit(0))  # the event loop has shown the window: stop the clock here
    QTimer.singleShot(0, keep_keyboard_after_dialogs)  # once the window shows: nothing of it on the start-up path
    return int(qt_app.exec())
