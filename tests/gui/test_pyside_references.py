"""Guard against PySide6 builds that drop references to None/True/False on Python 3.11 (6.12.0 did: after a few
thousand ``setText`` calls the interpreter aborted with "none_dealloc"). The pin in pyproject.toml avoids them."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLineEdit

class Emitter(QObject):
    fired = Signal(int)

app = QApplication([])
edit = QLineEdit()
emitter = Emitter()
received = []
emitter.fired.connect(lambda n: received.append(n) and None)
before = sys.getrefcount(None)
for i in range(20_000):
    edit.setText("x")
    edit.setEnabled(True)
    emitter.fired.emit(i)
    edit.findChild(QLineEdit, "nothing")
print(sys.getrefcount(None) - before, len(received))
"""


def test_many_pyside_calls_leave_none_true_and_false_alone() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-2000:]
    drift, received = map(int, result.stdout.split())
    assert received == 20_000
    assert drift > -1000, f"PySide6 lost {-drift} references to None"
