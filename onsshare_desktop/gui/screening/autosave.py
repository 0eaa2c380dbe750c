"""Keep what a screener types on a case as they type it, like the requester's autosave.

``DraftKeeper`` gathers changed forms (``key -> fields``) and writes them in one transaction at most
``AUTOSAVE_DELAY_MS`` after the first unsaved change, on a worker thread: on a team's server a write is a network
round trip, and typing must never wait for it. ``flush()`` writes at once and waits (the workspace calls it on
changing page, closing the case and quitting). Drafts carry no history event; recording an assessment removes its
draft (see ``services.case_review``). A failed write keeps the changes and tries again.

Writes are numbered: one that reaches the database after a newer one (a slow background write overtaken by a
``flush``) is skipped, so the database never goes back to older text.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from onsshare_desktop.gui.workers import Worker
from onsshare_desktop.services.case_review import CaseReview

AUTOSAVE_DELAY_MS = 300  # as the requester's wizard
SAVE_RETRY_MS = 2000


class DraftKeeper(QObject):
    """Writes a case's drafts soon after each change.

    Signals:
    saved(): every change so far is on disk.
    save_failed(str): a write failed (in words); the changes are kept and tried again.
    """

    saved = Signal()
    save_failed = Signal(str)

    def __init__(self, case: CaseReview, author: str, parent: QObject | None = None) -> None:
        """``case``: where the drafts are kept; ``author``: the screener typing (each has their own drafts on a
        case; see ``set_actor``)."""
        super().__init__(parent)
        self._case = case
        self.author = author
        self._pending: dict[str, dict[str, Any]] = {}  # changes not written yet
        self._typed: dict[str, dict[str, Any]] = {}  # every form changed in this window and not recorded since
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._save_in_background)
        self._writing: Worker | None = None  # the background write under way, if any
        self._write_lock = threading.Lock()  # one write at a time, in the order of their numbers
        self._numbered = 0  # the number of the latest write asked for (UI thread)
        self._written = 0  # the number of the latest write that reached the database (under the lock)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    def stored(self) -> dict[str, dict[str, Any]]:
        """The drafts on disk with the unsaved changes over them (reads the database: see ``over``)."""
        return self.over(self._case.drafts(self.author))

    def over(self, drafts: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """``drafts`` (as read from the database) with this window's changes over them: what the screener typed
        here wins over a read that may have started before it was written."""
        return {**drafts, **self._typed, **self._pending}

    def set(self, key: str, value: dict[str, Any]) -> None:
        """``key``'s form now holds ``value``; written within ``AUTOSAVE_DELAY_MS``."""
        self._pending[key] = self._typed[key] = value
        if not self._timer.isActive():
            self._timer.start(AUTOSAVE_DELAY_MS)

    def forget(self, key: str, recorded: dict[str, Any] | None = None) -> None:
        """Drop ``key``'s unsaved change (its form was just recorded, which removed the stored draft). With
        ``recorded`` (the form as it was when recorded), only if nothing was typed since (else it is still kept)."""
        if recorded is None or self._typed.get(key, recorded) == recorded:
            self._pending.pop(key, None)
            self._typed.pop(key, None)

    def pending(self) -> dict[str, dict[str, Any]]:
        """The changes not written yet (they go over the stored drafts)."""
        return dict(self._pending)

    def discard(self, key: str) -> None:
        """Remove ``key``'s draft, saved or not (the form is back to what is recorded); written on a worker."""
        self._pending.pop(key, None)
        self._typed.pop(key, None)
        worker = Worker(self._discard, key, self.author)
        worker.signals.failed.connect(self._on_discard_failed)  # a draft equal to what is recorded: harmless
        worker.start()

    def _discard(self, key: str, author: str) -> None:
        with self._write_lock:
            self._case.discard_draft(key, author)

    @Slot(object)
    def _on_discard_failed(self, _exc: BaseException) -> None:
        pass  # the draft stays; it shows what is recorded anyway, and goes with the next recording

    def has_pending(self, key: str) -> bool:
        """Whether ``key`` has a change not written yet."""
        return key in self._pending

    def has_unsaved(self) -> bool:
        return bool(self._pending)

    def _write(self, number: int, values: dict[str, dict[str, Any]], author: str) -> dict[str, dict[str, Any]]:
        """Write ``values`` unless a newer write got there first (it held them, or newer text); returns ``values``,
        which are on disk either way (any thread)."""
        with self._write_lock:
            if number > self._written:
                self._case.save_drafts(values, author)
                self._written = number
        return values

    def _take(self) -> tuple[int, dict[str, dict[str, Any]]]:
        self._numbered += 1
        return self._numbered, dict(self._pending)

    def _saved(self, written: dict[str, dict[str, Any]]) -> None:
        for key, value in written.items():
            if self._pending.get(key) is value:  # not changed again since: nothing left to write for it
                del self._pending[key]
        if not self._pending:
            self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        from onsshare_desktop.gui.errors import describe

        self._timer.start(SAVE_RETRY_MS)
        self.save_failed.emit(describe(exc)[0])

    @Slot()
    def _save_in_background(self) -> None:
        if not self._pending:
            return
        if self._writing is not None:  # one background write at a time; this one comes after it
            self._timer.start(AUTOSAVE_DELAY_MS)
            return
        number, values = self._take()
        worker = self._writing = Worker(self._write, number, values, self.author)
        worker.signals.finished.connect(self._on_written)  # slots of this object: never called once it is gone
        worker.signals.failed.connect(self._on_write_failed)
        worker.start()

    @Slot(object)
    def _on_written(self, values: dict[str, dict[str, Any]]) -> None:
        self._writing = None
        self._saved(values)

    @Slot(object)
    def _on_write_failed(self, exc: BaseException) -> None:
        self._writing = None
        self._failed(exc)

    @Slot()
    def flush(self) -> bool:
        """Write every unsaved change now and wait for it; False (and a retry later) if the database refused."""
        self._timer.stop()
        if not self._pending:
            return True
        number, values = self._take()
        try:
            self._write(number, values, self.author)
        except Exception as exc:  # noqa: BLE001 - the edits are kept, shown and retried
            self._failed(exc)
            return False
        self._saved(values)
        return True
