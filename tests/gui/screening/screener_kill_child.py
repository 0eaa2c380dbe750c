"""Child process of the screener kill test: open a received case and type a section comment until killed.

Usage: ``python kill_child.py DATA_DIR PACK_ID``. After each batch of keystrokes it prints
``ACK <time.monotonic()> <characters typed so far>`` and lets the event loop run for a moment, as between a person's
keystrokes. The parent kills it with SIGKILL at some point.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from onsshare_desktop.domain.questions import load_question_set  # noqa: E402
from onsshare_desktop.gui.screening.workspace import ReviewWorkspace  # noqa: E402
from onsshare_desktop.paths import DataPaths  # noqa: E402
from onsshare_desktop.store.database import open_database  # noqa: E402

SECTION = "benefit"
TRIAGE_TEXT = "Linkage risk "


def typed_text(batches: int) -> str:
    """What the child has typed after ``batches`` batches (the parent computes the same)."""
    return "".join(f"{n:04d} " for n in range(batches))


def main(data_dir: str, pack_id: str) -> None:
    app = QApplication([])
    database = open_database(DataPaths(Path(data_dir)))
    workspace = ReviewWorkspace(database.screening, load_question_set(), int(pack_id), "Sam Screener <sam@ons>")
    workspace.show()
    while not workspace.is_loaded:  # the case is read on a worker thread
        QTest.qWait(10)
    workspace.go_to("Triage")
    QTest.keyClicks(workspace.ui.risksEdit, TRIAGE_TEXT)
    workspace.go_to("Public benefit")
    field = workspace.section_page(SECTION).ui.commentEdit
    batch = 0
    while True:
        QTest.keyClicks(field, f"{batch:04d} ")
        batch += 1
        print(f"ACK {time.monotonic():.4f} {len(field.toPlainText())}", flush=True)
        QTest.qWait(30)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
