"""Run slow work (export, signing, import, verification, opening the database) off the UI thread.

Usage::

    worker = Worker(export_pack, case, path)           # any callable and its arguments
    worker.signals.finished.connect(self._on_export_finished)
    worker.signals.failed.connect(self._on_export_failed)
    QThreadPool.globalInstance().start(worker)

The callable may accept a ``progress`` keyword (a ``Callable[[int, str], None]``); pass ``with_progress=True`` and
connect ``signals.progress`` (percent, message). Hand workers frozen domain objects, never ORM rows or Sessions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

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


class Worker(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False, **kwargs: Any) -> None:
        super().__init__()
        self.signals = WorkerSignals()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        if with_progress:
            self._kwargs["progress"] = self.signals.progress.emit

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except Exception as exc:  # handed to the GUI thread, which decides how to tell the user
            log.debug("worker failed", exc_info=True)
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)
