"""Capture the main window (empty, then with the examples) into docs/screenshots/. Run under Xvfb:

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/capture_main_window.py [OUTPUT_FOLDER]
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

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent  # tests write elsewhere


def main() -> int:
    qt_app = QApplication(sys.argv[:1])
    app = Application(DataPaths(Path(tempfile.mkdtemp(prefix="onsshare-shots-"))))
    app.window.resize(1024, 640)

    def shoot(name: str) -> None:
        qt_app.processEvents()
        app.window.grab().save(str(OUT / name))

    def on_loaded(_count: int) -> None:
        app.window.drafts_loaded.disconnect(on_loaded)
        shoot("main-window-empty.png")
        assert app.services is not None
        for path in sorted(resource_path("examples").glob("*.json")):
            app.services.database.drafts.create(load_case(path.read_bytes()))
        app.window.reload()
        QTimer.singleShot(300, lambda: (shoot("main-window-drafts.png"), qt_app.quit()))

    app.window.drafts_loaded.connect(on_loaded)
    app.start()
    qt_app.exec()
    app.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
