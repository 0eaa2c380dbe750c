"""One import of received packs from the window: the decryption key when envelopes are among the files, then the
verification on worker processes with a progress dialog that can stop it.

Encrypted packs (``.p7m``) need the team's decryption key: its remembered passphrase is tried first, then the
screener is asked (the same loop as for signing, ``gui.action_steps.unlock_then``), before any file is read.
Cancel stops the import between files: what was imported stays, nothing else is read.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from onsshare_desktop.gui.action_steps import ActionSteps, unlock_then
from onsshare_desktop.gui.announce import announce
from onsshare_desktop.gui.progress import progress_dialog

if TYPE_CHECKING:
    from onsshare_desktop.domain.screening.importing import ImportResult
    from onsshare_desktop.services.identity import SigningKey

Importer = Callable[..., "list[ImportResult]"]
"""``importer(paths, progress=..., cancelled=..., key=...)``: verify and store (worker thread); ``key`` is the
unlocked decryption identity, or None."""
EnvelopeKey = Callable[[Sequence[Path]], "SigningKey | None"]
"""The decryption key to unlock before importing ``paths``, or None when none of them is an envelope."""

PROGRESS_AFTER_MS = 500  # an import of a few packs finishes before a dialog would be worth showing


class ImportFlow(QObject):
    """Signals:
    finished(object): the list of ``ImportResult`` (shorter than the files when the import was stopped).
    failed(object): the exception that stopped it (shown by the caller).
    abandoned(): the screener cancelled the passphrase question; nothing was read.
    """

    finished = Signal(object)
    failed = Signal(object)
    abandoned = Signal()

    def __init__(self, parent: QWidget, importer: Importer, envelope_key: EnvelopeKey | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._importer = importer
        self._envelope_key = envelope_key
        self._stop = threading.Event()
        self._progress: QProgressDialog | None = None
        self.stopped = False
        self._failed = False
        self._percent, self._message = 0, ""
        self._focus_before: QWidget | None = None
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.timeout.connect(self._show_progress)

    def start(self, paths: Sequence[Path]) -> None:
        """Import ``paths`` (files or folders); ends with exactly one of the signals."""
        paths = list(paths)
        steps = ActionSteps(self._parent, self.tr("The import stopped."), self._on_done, report=self._report)
        key = self._envelope_key(paths) if self._envelope_key is not None else None
        if key is None:
            self._import(steps, paths, None)
            return
        unlock_then(steps, key, self._ask, lambda unlocked: self._import(steps, paths, unlocked))

    def _ask(self, retry: bool) -> str | None:
        from onsshare_desktop.gui.passphrase import passphrase_dialog

        prompt = self.tr("That passphrase does not unlock the decryption key. Try again.") if retry else self.tr(
            "Some of these packs are encrypted for ONS. Type the passphrase of the team's decryption key to open "
            "them.")
        dialog = passphrase_dialog(self._parent, self.tr("Open encrypted packs"), prompt)
        return dialog.textValue() if dialog.exec() else None

    def _import(self, steps: ActionSteps, paths: list[Path], key: Any) -> None:
        self._progress_timer.start(PROGRESS_AFTER_MS)  # the dialog only if the import is still running by then
        steps.run(partial(self._importer, cancelled=self._stop.is_set, key=key), paths, then=steps.finish,
                  progress=self._on_progress)

    def _show_progress(self) -> None:
        progress = progress_dialog(self._parent, self.tr("Importing packs"),
                                   self.tr("Checking signatures and importing…"), self.tr("Import progress"),
                                   stop=self.tr("Stop"))
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.stop)
        progress.setValue(self._percent)
        if self._message:
            progress.setLabelText(self._message)
        self._focus_before = QApplication.focusWidget()
        progress.show()
        self._progress = progress

    def stop(self) -> None:
        """Stop after the files being checked now (UI thread; also the progress dialog's Stop button)."""
        self.stopped = True
        self._stop.set()
        if self._progress is not None:
            self._progress.setLabelText(self.tr("Stopping after the packs being checked now…"))
            announce(self._progress, self._progress.labelText())

    def _on_progress(self, percent: int, message: str) -> None:
        self._percent, self._message = percent, message or self._message
        progress = self._progress  # setValue() on a modal dialog processes events, which may close it
        if progress is None or self._stop.is_set():
            return
        if message and message != progress.labelText():
            progress.setLabelText(message)
        progress.setValue(percent)

    def _close_progress(self, progress: QProgressDialog) -> None:
        """Hide the progress dialog and give the keyboard back to where it was in the window (the window itself is
        activated again by ``gui.dialog_focus``)."""
        progress.hide()
        progress.deleteLater()
        window = self._parent.window()
        before = self._focus_before
        if before is not None and before.isVisible() and before.window() is window:
            before.setFocus(Qt.FocusReason.OtherFocusReason)

    def _report(self, _parent: QWidget, _title: str, exc: BaseException) -> None:
        self._failed = True
        self.failed.emit(exc)

    def _on_done(self, results: Any) -> None:
        self._progress_timer.stop()
        if self._progress is not None:
            self._close_progress(self._progress)
            self._progress = None
        if results is None:  # the passphrase question was cancelled (or ``failed`` has been emitted)
            if not self._failed:
                self.abandoned.emit()
        else:
            self.finished.emit(results)
        self.deleteLater()
