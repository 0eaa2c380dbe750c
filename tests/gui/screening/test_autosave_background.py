"""The screener's autosave writes on a worker thread (a team server's round trip never holds up typing), and a slow
background write overtaken by a flush never puts older text back."""

from __future__ import annotations

import threading
import time

from onsshare_desktop.gui.screening.autosave import AUTOSAVE_DELAY_MS, DraftKeeper

AUTHOR = "Sam Screener <sam@ons.gov.uk>"


class SlowCase:
    """Stands in for ``services.case_review.CaseReview``: each write waits for ``release`` (a slow server)."""

    def __init__(self) -> None:
        self.stored: dict[str, dict] = {}
        self.writes: list[dict] = []
        self.release = threading.Event()
        self.writing = threading.Event()

    def drafts(self, author: str) -> dict:
        return dict(self.stored)

    def save_drafts(self, values: dict, author: str) -> None:
        self.writing.set()
        self.release.wait(10)
        self.writes.append(dict(values))
        self.stored.update(values)

    def discard_draft(self, key: str, author: str) -> None:
        self.stored.pop(key, None)


def test_typing_goes_on_while_a_slow_server_saves(qtbot) -> None:
    case = SlowCase()
    keeper = DraftKeeper(case, AUTHOR)  # type: ignore[arg-type]
    keeper.set("annotation:benefit", {"comment": "Which"})
    qtbot.waitUntil(case.writing.is_set, timeout=5000)  # the write has started, and is stuck at the server
    started = time.monotonic()
    keeper.set("annotation:benefit", {"comment": "Which councils?"})  # the window carries on meanwhile
    assert time.monotonic() - started < 0.1
    with qtbot.waitSignal(keeper.saved, timeout=10_000):
        case.release.set()
    assert case.stored["annotation:benefit"]["comment"] == "Which councils?", "the newer text follows"
    assert not keeper.has_unsaved()


def test_a_flush_overtaking_a_slow_write_is_not_undone_by_it(qtbot) -> None:
    case = SlowCase()
    keeper = DraftKeeper(case, AUTHOR)  # type: ignore[arg-type]
    keeper.set("triage", {"risks": "older"})
    qtbot.wait(AUTOSAVE_DELAY_MS + 50)
    qtbot.waitUntil(case.writing.is_set, timeout=5000)
    keeper.set("triage", {"risks": "newer"})
    threading.Timer(0.3, case.release.set).start()  # the server answers while the flush waits its turn
    assert keeper.flush()
    qtbot.wait(200)
    assert case.stored["triage"] == {"risks": "newer"}
    assert case.writes[-1] == {"triage": {"risks": "newer"}}
