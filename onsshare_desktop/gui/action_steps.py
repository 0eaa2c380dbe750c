"""The one GUI pattern for an action that needs dialogs and workers, and the one passphrase loop.

``ActionSteps`` chains the steps of one action: slow ones on worker threads (``run``), dialogs and quick ones on the
UI thread in between (``now``). ``unlock_then`` is how every action gets the signing key: the remembered passphrase
first (worker: the keyring may take seconds), then the person is asked (UI thread) and the answer tried (worker),
again while it is wrong. Exporting a pack and exporting a screening record both use them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from onsshare_desktop.gui.errors import show_error
from onsshare_desktop.gui.workers import Worker

if TYPE_CHECKING:
    from onsshare_desktop.services.identity import SigningKey, UnlockedIdentity

T = TypeVar("T")
Progress = Callable[[int, str], None]
ShowError = Callable[[QWidget, str, BaseException], None]


class ActionSteps(QObject):
    """One action as a chain of steps: slow ones on worker threads, dialogs on the UI thread in between.

    It belongs to the widget that started the action, so results that arrive after that widget is gone are
    dropped. An error ends the action: shown in plain words under ``error_title`` (by ``report``, the app's
    ``show_error`` unless given), then ``done(None)``.
    """

    def __init__(self, parent: QWidget, error_title: str, done: Callable[[Any], None],
                 report: ShowError | None = None) -> None:
        super().__init__(parent)
        self._parent_widget = parent
        self._error_title = error_title
        self._done = done
        self._report = report
        self._then: Callable[[Any], None] = self.finish
        self._on_failed: Callable[[BaseException], None] = self.fail

    @property
    def parent_widget(self) -> QWidget:
        return self._parent_widget

    def run(self, fn: Callable[..., T], *args: Any, then: Callable[[T], None],
            on_failed: Callable[[BaseException], None] | None = None, progress: Progress | None = None) -> None:
        """``fn(*args)`` on a worker thread, then ``then(result)`` on the UI thread (or ``on_failed(exc)``).

        With ``progress``, ``fn`` gets a ``progress`` keyword and its reports reach ``progress`` on the UI thread.
        """
        self._then, self._on_failed = then, on_failed or self.fail
        worker = Worker(fn, *args, with_progress=progress is not None)
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        if progress is not None:
            worker.signals.progress.connect(progress)
        worker.start()

    def now(self, step: Callable[[], None]) -> None:
        """Run ``step`` here on the UI thread (a dialog, or something quick); an exception ends the action."""
        try:
            step()
        except Exception as exc:  # noqa: BLE001 - shown to the user (plainly, or as our bug with details)
            self.fail(exc)

    def fail(self, exc: BaseException) -> None:
        (self._report or show_error)(self._parent_widget, self._error_title, exc)
        self.finish(None)

    def finish(self, result: Any) -> None:
        self._done(result)
        self.deleteLater()

    @Slot(object)
    def _on_worker_finished(self, result: Any) -> None:
        then = self._then
        self.now(lambda: then(result))

    @Slot(object)
    def _on_worker_failed(self, exc: BaseException) -> None:
        on_failed = self._on_failed
        self.now(lambda: on_failed(exc))


def unlock_then(steps: ActionSteps, key: SigningKey, ask: Callable[[bool], str | None],
                then: Callable[[UnlockedIdentity], None]) -> None:
    """Unlock ``key`` and carry on with ``then(signer)``; the person cancelling ends the action (``done(None)``).

    ``ask(retry)`` shows the passphrase dialog (``retry`` after a wrong one) and returns the passphrase or None.
    """
    from onsshare_desktop.services.identity import WrongPassphraseError

    def ask_and_try(retry: bool) -> None:
        passphrase = ask(retry)
        if passphrase is None:
            steps.finish(None)
            return
        steps.run(key.try_typed, passphrase, then=then, on_failed=wrong)

    def wrong(exc: BaseException) -> None:
        if isinstance(exc, WrongPassphraseError):
            ask_and_try(True)
        else:
            steps.fail(exc)

    def remembered(signer: UnlockedIdentity | None) -> None:
        if signer is not None:
            then(signer)
        else:
            ask_and_try(False)

    steps.run(key.try_remembered, then=remembered)
