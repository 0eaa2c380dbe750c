"""Capture the main window (empty, on the first run with its choice of language; then with the examples) into
docs/screenshots/. Run under Xvfb (``--lang cy``: the same in Welsh, as main-window-cy-*.png):

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/capture_main_window.py [OUTPUT_FOLDER] [--lang cy]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from onsshare_desktop.domain.case_io import load_case
from onsshare_desktop.gui.app import Application
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.resources import resource_path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import shots_language  # noqa: E402

OUT, LANGUAGE = shots_language.parse()  # tests write elsewhere


def main() -> int:
    qt_app = QApplication(sys.argv[:1])
    app = Application(DataPaths(Path(tempfile.mkdtemp(prefix="onsshare-shots-"))), language=LANGUAGE)
    app.window.offer_languages(True)  # the first run, as a new user sees it
    app.window.resize(1024, 640)

    def shoot(name: str) -> None:
        qt_app.processEvents()
        app.window.grab().save(str(OUT / shots_language.named("main-window-", name, LANGUAGE)))

    def on_loaded(_count: int) -> None:
        app.window.drafts_loaded.disconnect(on_loaded)
        shoot("empty")
        assert app.services is not None
        for path in sorted(resource_path("examples").glob("*.json")):
            app.services.database.drafts.create(load_case(path.read_bytes()))
        app.window.offer_languages(False)  # chosen by now
        app.window.reload()
        QTimer.singleShot(300, lambda: (shoot("drafts"), qt_app.quit()))

    app.window.drafts_loaded.connect(on_loaded)
    app.start()
    qt_app.exec()
    app.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
