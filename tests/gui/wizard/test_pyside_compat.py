"""PySide6 6.12 drops references to None/True/False on Python 3.11; importing the gui package guards against it."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests_paths import REPO_ROOT


def test_many_void_calls_do_not_abort_the_interpreter() -> None:
    script = textwrap.dedent("""
        import onsshare_desktop.gui
        from PySide6.QtCore import QObject, Signal
        from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QWidget
        app = QApplication([])
        line, box = QLineEdit(), QCheckBox()
        class Emitter(QObject):
            fired = Signal(object)
        emitter = Emitter()
        emitter.fired.connect(lambda value: None)
        for _ in range(30000):  # each call below dropped one reference on PySide6 6.12 + Python 3.11
            line.setText("x"); box.setChecked(True); line.findChild(QWidget, "nothing"); emitter.fired.emit(1)
        print("done")
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO_ROOT),
                                 "PATH": "/usr/bin:/bin"}, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "done"
