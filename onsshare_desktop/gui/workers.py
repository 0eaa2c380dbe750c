"""Run slow work (export, signing, import, verification, opening the database) off the UI thread.

Usage::

    worker = Worker(export_pack, case, path)           # any callable and its arguments
    worker.signals.finished.connect(self._on_export_finished)
    worker.signals.failed.connect(self._on_export_failed)
    worker.start()

The callable may accept a ``progress`` keyword (a ``Callable[[int, str], None]``); pass ``with_progress=True`` and
connect ``signals.progress`` (percent, message). Hand workers frozen domain objects, never ORM rows or Sessions.
The signals are emitted on the UI thread. This module holds each started worker until it has reported, so callers
need not keep a reference to it.

Why not a ``QRunnable`` that owns its signals: the pool frees a finished runnable on its own thread, and with it
the signals object, a UI-thread ``QObject``. Qt forbids that, and PySide crashes at random when it happens. Here a
pool thread touches one ``QObject`` only, the relay, which lives as long as the process; the worker and its
signals are held on the UI thread until they have reported, so they are freed there.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    """Signals:
    finished(object): the callable's return value.
    failed(object): the exception it raised.
    progress(int, str): percent done and what is happening.
    """

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, str)


class Worker:
    """One call to run on the global thread pool, reporting through ``signals`` on the UI thread."""

    def __init__(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False, **kwargs: Any) -> None:
        self.signals = WorkerSignals()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._with_progress = with_progress
        self._token = next(_tokens)
        self._outcome: tuple[bool, Any] | None = None

    def start(self) -> None:
        """Queue the call on the global thread pool (call this on the UI thread)."""
        relay = _the_relay()
        if self._with_progress:
            self._kwargs["progress"] = partial(relay.progressed.emit, self._token)
        _running[self._token] = self  # until it has reported: see the module's docstring
        QThreadPool.globalInstance().start(partial(_run, relay, self._token))

    def _call(self) -> None:
        """Run the callable and keep its outcome (pool thread)."""
        try:
            self._outcome = (True, self._fn(*self._args, **self._kwargs))
        except Exception as exc:  # handed to the UI thread, which decides how to tell the user
            log.debug("worker failed", exc_info=True)
            self._outcome = (False, exc)

    def _report(self) -> None:
        """Emit the outcome (UI thread)."""
        assert self._outcome is not None
        succeeded, value = self._outcome
        self._outcome = None  # an exception's traceback refers back to this worker: no cycle outlives the report
        (self.signals.finished if succeeded else self.signals.failed).emit(value)


class _Relay(QObject):
    """Carries a pool thread's news to the UI thread: only the worker's number crosses."""

    ended = Signal(int)
    progressed = Signal(int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self.ended.connect(self._on_ended)  # queued: emitted on pool threads, received where the relay lives
        self.progressed.connect(self._on_progressed)

    @Slot(int)
    def _on_ended(self, token: int) -> None:
        _running.pop(token)._report()

    @Slot(int, int, str)
    def _on_progressed(self, token: int, percent: int, message: str) -> None:
        worker = _running.get(token)
        if worker is not None:
            worker.signals.progress.emit(percent, message)


_tokens = itertools.count(1)
_running: dict[int, Worker] = {}  # read on pool threads, changed on the UI thread only
_relay: _Relay | None = None


def _the_relay() -> _Relay:
    """The relay, made on first use on the UI thread (which it then belongs to) and kept for good."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


def _run(relay: _Relay, token: int) -> None:
    """The pool thread's part: call, then tell the UI thread, holding no reference to the worker meanwhile."""
    _running[token]._call()
    relay.ended.emit(token)
