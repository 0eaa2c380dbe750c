"""Keep what a screener types on a case as they type it, like the requester's autosave.

``DraftKeeper`` gathers changed forms (``key -> fields``) and writes them in one transaction at most
``AUTOSAVE_DELAY_MS`` after the first unsaved change, and at once on ``flush()`` (the workspace calls it on changing
page, closing the case and quitting). Drafts carry no history event; recording an assessment removes its draft (see
``services.case_review``). A failed write keeps the changes and tries again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

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
        self._pending: dict[str, dict[str, Any]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    def stored(self) -> dict[str, dict[str, Any]]:
        """The drafts on disk with the unsaved changes over them."""
        return {**self._case.drafts(self.author), **self._pending}

    def set(self, key: str, value: dict[str, Any]) -> None:
        """``key``'s form now holds ``value``; written within ``AUTOSAVE_DELAY_MS``."""
        self._pending[key] = value
        if not self._timer.isActive():
            self._timer.start(AUTOSAVE_DELAY_MS)

    def forget(self, key: str) -> None:
        """Drop ``key``'s unsaved change (its form was just recorded, which removed the stored draft)."""
        self._pending.pop(key, None)

    def discard(self, key: str) -> None:
        """Remove ``key``'s draft, saved or not (the form is back to what is recorded)."""
        self._pending.pop(key, None)
        self._case.discard_draft(key, self.author)

    def has_unsaved(self) -> bool:
        return bool(self._pending)

    @Slot()
    def flush(self) -> bool:
        """Write every unsaved change now; False (and a retry later) if the database refused."""
        self._timer.stop()
        if not self._pending:
            return True
        pending = dict(self._pending)
        try:
            self._case.save_drafts(pending, self.author)
        except Exception as exc:  # noqa: BLE001 - the edits are kept, shown and retried
            from onsshare_desktop.gui.errors import describe

            self._timer.start(SAVE_RETRY_MS)
            self.save_failed.emit(describe(exc)[0])
            return False
        for key, value in pending.items():
            if self._pending.get(key) is value:
                del self._pending[key]
        self.saved.emit()
        return True
