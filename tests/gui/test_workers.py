"""Workers run off the UI thread, report on it, and are freed on it (a Qt object freed on a pool thread crashes
PySide at random)."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from PySide6.QtCore import QThreadPool

from onsshare_desktop.gui.workers import Worker


def test_the_call_runs_on_a_pool_thread_and_reports_on_the_ui_thread(qtbot) -> None:
    ui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def slow_sum(a: int, b: int, progress) -> int:  # type: ignore[no-untyped-def]
        seen["call"] = threading.get_ident()
        progress(50, "half way")
        return a + b

    worker = Worker(slow_sum, 2, 3, with_progress=True)
    progress: list[tuple[int, str]] = []
    worker.signals.progress.connect(lambda percent, text: (progress.append((percent, text)),
                                                            seen.setdefault("progress", threading.get_ident())))
    worker.signals.finished.connect(lambda _result: seen.setdefault("finished", threading.get_ident()))
    with qtbot.waitSignal(worker.signals.finished, timeout=10000) as finished:
        worker.start()
    assert finished.args == [5] and progress == [(50, "half way")]
    assert seen["call"] != ui_thread and seen["progress"] == seen["finished"] == ui_thread


def test_an_exception_is_reported_as_failed(qtbot) -> None:
    def refuse() -> None:
        raise ValueError("no such pack")

    worker = Worker(refuse)
    worker.signals.finished.connect(lambda _result: pytest.fail("finished after an exception"))
    with qtbot.waitSignal(worker.signals.failed, timeout=10000) as failed:
        worker.start()
    [error] = failed.args
    assert isinstance(error, ValueError) and str(error) == "no such pack"


def test_every_worker_and_its_signals_are_freed_on_the_ui_thread(qtbot) -> None:
    ui_thread = threading.get_ident()
    freed_on: list[int] = []
    for n in range(60):
        worker = Worker(sum, range(n * 1000))
        weakref.finalize(worker.signals, lambda: freed_on.append(threading.get_ident()))
        with qtbot.waitSignal(worker.signals.finished, timeout=10000):
            worker.start()
        del worker  # the test lets go at once, as a dialog closed mid-work would
    assert QThreadPool.globalInstance().waitForDone(10000)
    gc.collect()
    assert len(freed_on) == 60 and set(freed_on) == {ui_thread}


def test_cyclic_garbage_made_on_a_pool_thread_is_collected_on_the_ui_thread(
        qtbot, garbage_collected_on_the_ui_thread) -> None:  # type: ignore[no-untyped-def]
    ui_thread = threading.get_ident()
    freed_on: list[int] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            freed_on.append(threading.get_ident())

    def make_garbage() -> None:  # enough allocations to trigger automatic collection many times over
        for _ in range(20_000):
            Cycle()

    thread = threading.Thread(target=make_garbage)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(freed_on) == 20_000, timeout=10000)
    assert set(freed_on) == {ui_thread}
