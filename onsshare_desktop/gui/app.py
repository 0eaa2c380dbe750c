"""Start the GUI: show the main window at once, then open the database off the UI thread and fill the list."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from onsshare_desktop.gui.main_window import MainWindow
from onsshare_desktop.gui.services import AppServices
from onsshare_desktop.gui.workers import Worker
from onsshare_desktop.paths import DataPaths, resolve_data_dir
from onsshare_desktop.resources import resource_path

if TYPE_CHECKING:
    from pathlib import Path

    from onsshare_desktop.domain.drafts import DraftSummary


def build_services(paths: DataPaths) -> AppServices:
    """Open the database and load the question set (slow imports happen here, on a worker thread)."""
    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.identity.secrets import KeyringSecretStore, keyring_status
    from onsshare_desktop.store.database import open_database

    database = open_database(paths)
    return AppServices(paths=paths, database=database, question_set=load_question_set(),
                       secrets=KeyringSecretStore(), secrets_secure=keyring_status().secure)


def read_drafts_list(database: Path) -> list[DraftSummary] | None:
    """The start-up drafts list (plain sqlite3; see ``store.quick_list``), imported on the worker thread."""
    from onsshare_desktop.store.quick_list import read_drafts_list as read

    return read(database)


class Application:
    """Owns the QApplication-level objects for one run: the main window and the start-up worker."""

    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths
        self.services: AppServices | None = None
        examples = sorted(resource_path("examples").glob("*.json"))
        self.window = MainWindow(examples)
        self._startup = Worker(build_services, paths)
        self._startup.signals.finished.connect(self._on_services_ready)
        self._startup.signals.failed.connect(self._on_services_failed)
        self._quick_list = Worker(read_drafts_list, paths.database)
        self._quick_list.signals.finished.connect(self._on_quick_list_read)

    def start(self) -> None:
        """Show the window, then (once the event loop has painted it) open the database in a worker, and meanwhile
        read the drafts list with plain sqlite3 in another (SQLAlchemy's import alone takes longer)."""
        self.window.show()
        QTimer.singleShot(0, self._start_workers)

    def _start_workers(self) -> None:
        pool = QThreadPool.globalInstance()
        pool.start(self._quick_list)
        pool.start(self._startup)

    def _on_quick_list_read(self, drafts: list[DraftSummary] | None) -> None:
        if drafts is not None and self.services is None:
            self.window.show_drafts_preview(drafts)

    def _on_services_ready(self, services: AppServices) -> None:
        self.services = services
        self.window.set_services(services)

    def _on_services_failed(self, exc: BaseException) -> None:
        from onsshare_desktop.gui.errors import show_error

        show_error(self.window, self.window.tr("Your drafts could not be opened."), exc)
        self.window.close()

    def shutdown(self) -> None:
        QThreadPool.globalInstance().waitForDone()
        if self.services is not None:
            self.services.database.close()


def run_gui(data_dir: str | None = None) -> int:
    """Run the app until the last window closes; returns the exit status."""
    logging.getLogger("pyhanko.sign.diff_analysis").setLevel(logging.CRITICAL)
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setApplicationName("onsshare-desktop")
    qt_app.setApplicationDisplayName("ONS data sharing requests")
    app = Application(DataPaths(resolve_data_dir(data_dir)))
    qt_app.aboutToQuit.connect(app.shutdown)
    app.start()
    return int(qt_app.exec())
