"""What a cold start does before the main window shows, checked in a fresh interpreter.

PySide6 builds the Python enums of a Qt class the first time Python touches the class, and Python 3.11 builds
enums slowly: the ``Qt`` namespace alone (93 enums) was a third of the app's start-up overhead. These tests keep
it, and classes the window does not use, off the path to the first shown window.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Starts the app as ``run_gui`` does, up to the shown window, without running the event loop (so no worker opens
# the database), then touches ``Qt`` to prove that the enum probe sees enums being built.
PROBE = """
import enum, json, os, sys
from pathlib import Path

built = []
build = enum.EnumType._create_

def probe(cls, class_name, *args, **kwargs):
    made = build(cls, class_name, *args, **kwargs)
    built.append(made)
    return made

enum.EnumType._create_ = probe

from PySide6.QtWidgets import QApplication
from onsshare_desktop.gui.app import Application
from onsshare_desktop.paths import DataPaths

qt_app = QApplication(sys.argv[:1])
app = Application(DataPaths(Path(sys.argv[1])))
app.start()
ui = app.window.ui
state = {
    "visible": app.window.isVisible(),
    "page": ui.pagesStack.currentWidget().objectName(),
    "shortcuts": {a.objectName(): a.shortcut().toString() for a in (ui.actionNew, ui.actionFind, ui.actionQuit)},
    "modules": sorted(sys.modules),
}
before_show = len(built)
from PySide6.QtCore import Qt
Qt.AlignmentFlag
state["before_show"] = [e.__qualname__ for e in built[:before_show]]
state["after_touching_qt"] = [e.__qualname__ for e in built[before_show:]]
print(json.dumps(state))
sys.stdout.flush()
os._exit(0)
"""


def start_up_state(data_dir: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", PROBE, str(data_dir)], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def owners(qualnames: list[str]) -> set[str]:
    """``{"Qt", "QFont"}`` for ``["Qt.AlignmentFlag", "QFont.Weight"]``."""
    return {name.split(".")[0] for name in qualnames if "." in name}


def test_the_main_window_shows_without_building_the_qt_namespace_or_unused_classes(tmp_path: Path) -> None:
    state = start_up_state(tmp_path)

    assert state["visible"] and state["page"] == "loadingPage"
    assert state["shortcuts"] == {"actionNew": "Ctrl+N", "actionFind": "Ctrl+F", "actionQuit": "Ctrl+Q"}
    built = owners(state["before_show"])
    # Qt: the namespace; QEvent: its 177-member Type; QMessageBox: error and confirm paths only; the rest: names
    # uic imports but never uses
    assert built & {"Qt", "QEvent", "QMessageBox", "QGradient", "QPainter", "QBrush", "QUrl"} == set()
    assert any(name.startswith("Qt.") for name in state["after_touching_qt"]), "the enum probe saw nothing"
    # imported when first needed, after the window shows (dataclasses and the data-folder lock: about 11 ms)
    assert not {"onsshare_desktop.gui.errors", "onsshare_desktop.gui.drafts_model", "onsshare_desktop.gui.services",
                "onsshare_desktop.store.lock", "dataclasses", "getpass", "sqlalchemy"} & set(state["modules"])
