"""Cold start, as whole processes: to the main window shown, and to the drafts list filled (1,000 drafts)."""

from __future__ import annotations

import compileall
import tempfile
from pathlib import Path

from bench.core import ROOT, Row, Settings, interleaved, python_script, summarise, time_process

BASELINE = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard
app = QApplication(sys.argv[:1])
wizard = QWizard()
wizard.show()
QTimer.singleShot(0, lambda: os._exit(0))
app.exec()
"""

APP_SHOWN = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from onsshare_desktop.gui.app import Application
from onsshare_desktop.paths import DataPaths
qt_app = QApplication(sys.argv[:1])
app = Application(DataPaths(Path(sys.argv[1])))
app.start()
QTimer.singleShot(0, lambda: os._exit(0))
qt_app.exec()
"""

APP_FILLED = """
import os, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from onsshare_desktop.gui.app import Application
from onsshare_desktop.paths import DataPaths
qt_app = QApplication(sys.argv[:1])
app = Application(DataPaths(Path(sys.argv[1])))
def done(count):
    if count != int(sys.argv[2]):
        os._exit(3)
    os._exit(0)
app.window.drafts_loaded.connect(done)
app.start()
qt_app.exec()
"""


def fill_drafts(data_dir: Path, count: int) -> None:
    """A data folder holding ``count`` drafts made from the example cases."""
    from onsshare_desktop.domain.case_io import load_case
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.resources import resource_path
    from onsshare_desktop.store.database import open_database

    examples = [load_case(p.read_bytes()) for p in sorted(resource_path("examples").glob("*.json"))]
    database = open_database(DataPaths(data_dir))
    try:
        for i in range(count):
            database.drafts.create(examples[i % len(examples)].copy_as_new())
    finally:
        database.close()


def compile_app() -> None:
    """Write the app's bytecode first, as an installed app has it (pip and PyInstaller compile it).

    Where ``PYTHONDONTWRITEBYTECODE`` is set nothing else writes it, and every timed start would compile the app's
    modules from source (15-20 ms), a cost the baseline's modules (PySide6, the standard library) never pay.
    """
    compileall.compile_dir(ROOT / "onsshare_desktop", quiet=1)


def run(settings: Settings) -> list[Row]:
    compile_app()
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        empty, full = Path(tmp) / "empty", Path(tmp) / "full"
        fill_drafts(empty, 0)
        fill_drafts(full, settings.drafts)
        baseline, shown, filled = interleaved(
            settings.repeats,
            lambda: time_process(python_script(BASELINE)),
            lambda: time_process(python_script(APP_SHOWN) + [str(empty)]),
            lambda: time_process(python_script(APP_FILLED) + [str(full), str(settings.drafts)]),
        )
    return [
        summarise("cold start to main window shown", shown, "ms", "<= 1.3 x bare QWizard", baseline=baseline,
                  met=lambda _m, r: r is not None and r <= 1.3),
        summarise(f"cold start to drafts list filled ({settings.drafts} drafts)", filled, "ms",
                  "<= 2.5 x bare QWizard", baseline=baseline, met=lambda _m, r: r is not None and r <= 2.5),
    ]
