"""Child process of the kill test: open the editor on a draft and type into it until killed.

Usage: ``python kill_child.py DATA_DIR DRAFT_ID``. After each batch of keystrokes it prints
``ACK <time.monotonic()> <characters typed so far>`` and then lets the event loop run for a moment, as
between a person's keystrokes. The parent kills it with SIGKILL at some point.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTextEdit  # noqa: E402

from onsshare_desktop.domain.questions import load_question_set  # noqa: E402
from onsshare_desktop.gui.services import AppServices
from onsshare_desktop.gui.wizard.editor import RequestEditor  # noqa: E402
from onsshare_desktop.identity.secrets import MemorySecretStore  # noqa: E402
from onsshare_desktop.paths import DataPaths  # noqa: E402
from onsshare_desktop.store.database import open_database  # noqa: E402

FIELD = "org_address"


def typed_text(batches: int) -> str:
    """What the child has typed after ``batches`` batches (the parent computes the same)."""
    return "".join(f"{n:04d} " for n in range(batches))


def main(data_dir: str, draft_id: str) -> None:
    app = QApplication([])
    paths = DataPaths(Path(data_dir))
    services = AppServices(paths, open_database(paths), load_question_set(), MemorySecretStore(),
                           secrets_secure=False)
    editor = RequestEditor(services, int(draft_id))
    editor.show()
    field = editor.findChild(QTextEdit, FIELD)
    assert field is not None
    batch = 0
    while True:
        QTest.keyClicks(field, f"{batch:04d} ")
        batch += 1
        print(f"ACK {time.monotonic():.4f} {len(field.toPlainText())}", flush=True)
        QTest.qWait(30)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
