"""Recording actions off the UI thread, with a plain message and **Try again** when the database fails them.

A click that records something (an assessment, a checklist answer, a triage assessment, a stage move, a request
to the requester) calls a use case that writes to the database: on a team's server, a network round trip that
may wait on the server, or fail when it restarts or the network drops. ``ServiceCalls`` runs each such call on a
worker (``gui.workers``) so the window keeps turning:

- while a call runs its ``controls`` are disabled (no double submit) and its owner shows a busy cursor; a call
  still running after ``SLOW_MS`` says so in the ``ProblemBar`` ("Waiting for the database…");
- success: ``then(result)`` on the UI thread;
- a refusal in words (a ``UserError`` that is not a database fault: a stage rule, a closed case, another
  screener's change first, ``EditConflict``): ``refused(exc)``, which says it in place as the window always has;
- a database fault (``services.faults.plain_fault``: server unreachable, restarted, connection dropped, busy; a
  SQLite file locked): the bar says what was not recorded and why, in plain words, and offers **Try again**
  (focused, so the keyboard is on it; the message is announced). Trying again runs the same call with the same
  input. The interrupted transaction was rolled back, so nothing was half-recorded, and nothing typed is lost:
  the controls still hold it and the drafts keep it;
- anything else is our bug: the app's error dialog (``gui.errors.show_error``), the input kept the same way.

Each call has a name (``annotate:purpose``, ``move``...): a name already running is not started again. The engine
bounds every wait (connect, statement, lock and TCP timeouts in ``store.engine``), so each call ends.

Signals of ``ServiceCalls``:
    changed(): a call started or ended (the owner updates its busy cursor).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.gui.announce import announce_label
from onsshare_desktop.gui.workers import Worker

log = logging.getLogger(__name__)

SLOW_MS = 1000  # a call running longer than this says so (progress for anything slower than a second)
PROBLEM_STYLE = "QFrame#problemBar { background: #fdecea; border: 1px solid #b00020; border-radius: 3px; }"
WAITING_STYLE = "QFrame#problemBar { background: #eef3fb; border: 1px solid #5b7db1; border-radius: 3px; }"


@dataclass
class ServiceCall:
    """One recording action: ``fn(*args)`` (a use case; any thread), and what to do with its outcome.

    Attributes:
        name: one call of each name runs at a time (``annotate:<section>``, ``move``...).
        fn: the use case to call, with ``args`` as given when the screener acted (a retry reuses them).
        not_recorded: what the screener is told was not done, in words ("The triage assessment was not recorded.").
        then: called with the result on the UI thread.
        refused: called with a refusal in words (a rule, another screener's change first); without it the
            refusal shows in the bar, without Try again.
        controls: disabled while the call runs.
        ended: called when the call has ended, whichever way (before ``then`` or the failure is said).
    """

    name: str
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    not_recorded: str
    then: Callable[[Any], None]
    refused: Callable[[UserError], None] | None = None
    controls: Sequence[QWidget] = field(default_factory=tuple)
    ended: Callable[[], None] | None = None


class ProblemBar(QFrame):
    """A strip across the top of a window part: a database fault in plain words with **Try again**, or that a
    call is waiting for the database. Hidden when there is nothing to say.

    Signals:
        retry_requested(): the screener pressed Try again.
    """

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemBar")
        self.label = QLabel(self)
        self.label.setObjectName("problemLabel")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retryButton = QPushButton(self)
        self.retryButton.setObjectName("tryAgainButton")
        self.retryButton.setAutoDefault(True)
        self.retryButton.clicked.connect(self.retry_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retryButton)
        self.retranslate()
        self.setVisible(False)

    def retranslate(self) -> None:
        self.retryButton.setText(self.tr("Tr&y again"))
        self.retryButton.setToolTip(self.tr("Do the same again, with what you had entered"))
        self.setAccessibleName(self.tr("Problem"))

    def show_problem(self, text: str, news: bool = True) -> None:
        """Say ``text`` with Try again. ``news`` (a new failure): announced at once, and the keyboard put on Try
        again; else (what is still failing, after something else changed) shown quietly, the focus left alone."""
        self.setStyleSheet(PROBLEM_STYLE)
        self.retryButton.setVisible(True)
        self.retryButton.setAccessibleDescription(text)
        self.setVisible(True)
        if news:
            announce_label(self.label, text, assertive=True)
        else:
            self.label.setText(text)
            self.label.setAccessibleName(text)
        self._fit()
        if news:
            self.retryButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_waiting(self, text: str) -> None:
        """Say that something is still under way (announced politely), nothing to press."""
        self.setStyleSheet(WAITING_STYLE)
        self.retryButton.setVisible(False)
        self.setVisible(True)
        announce_label(self.label, text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as the message needs at this width (a crowded window's layout would squeeze a wrapped label)."""
        layout = self.layout()
        height = layout.heightForWidth(self.width()) if layout is not None and self.width() > 0 else -1
        if height > 0:
            self.setMinimumHeight(height)

    def clear(self) -> None:
        self.label.clear()
        self.label.setAccessibleName("")
        self.retryButton.setAccessibleDescription("")
        self.setVisible(False)


class _Report(QObject):
    """Hands one call's outcome to its ``ServiceCalls`` (bound slots of a child: dropped once that is gone)."""

    def __init__(self, calls: ServiceCalls, call: ServiceCall) -> None:
        super().__init__(calls)
        self._calls, self._call = calls, call

    @Slot(object)
    def finished(self, result: Any) -> None:
        self.deleteLater()
        self._calls._on_finished(self._call, result)

    @Slot(object)
    def failed(self, exc: BaseException) -> None:
        self.deleteLater()
        self._calls._on_failed(self._call, exc)


class ServiceCalls(QObject):
    """The recording actions of one window part (``owner``), reporting faults in ``bar``; see the module."""

    changed = Signal()

    def __init__(self, owner: QWidget, bar: ProblemBar) -> None:
        super().__init__(owner)
        self._owner = owner
        self._bar = bar
        self._running: dict[str, ServiceCall] = {}
        self._failed: dict[str, tuple[ServiceCall, str]] = {}  # waiting for Try again, with their message
        self._held: dict[QWidget, bool] = {}  # controls disabled by running calls -> enabled before
        self._slow = QTimer(self, singleShot=True, interval=SLOW_MS)
        self._slow.timeout.connect(self._on_slow)
        self._waiting = False  # calls have run for longer than SLOW_MS
        self._refocus: QWidget | None = None  # where the keyboard goes back to after Try again succeeds
        bar.retry_requested.connect(self.retry)

    # -- state -------------------------------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        """Whether any call is running."""
        return bool(self._running)

    def running(self, name: str) -> bool:
        return name in self._running

    def failed(self) -> list[str]:
        """The names of the calls waiting for Try again."""
        return list(self._failed)

    # -- running -------------------------------------------------------------------------------------------------

    def run(self, call: ServiceCall) -> bool:
        """Start ``call`` on a worker; False (nothing started) when a call of its name is running already."""
        if call.name in self._running:
            return False
        self._failed.pop(call.name, None)
        self._running[call.name] = call
        for control in call.controls:
            self._hold(control)
        report = _Report(self, call)  # a child: once the owner is gone, nothing is reported to it
        worker = Worker(call.fn, *call.args)
        worker.signals.finished.connect(report.finished)
        worker.signals.failed.connect(report.failed)
        worker.start()
        if not self._slow.isActive():
            self._slow.start()
        self._show_bar()
        self.changed.emit()
        return True

    @Slot()
    def retry(self) -> None:
        """Run again every call that failed on a database fault, with the input it had."""
        failed, self._failed = self._failed, {}
        calls = [call for call, _message in failed.values()]
        self._refocus = next((c for call in calls for c in call.controls), None)
        for call in calls:
            self.run(call)
        self._show_bar()

    def hold_controls(self) -> None:
        """Disable again the controls of running calls (after the owner set every control's state afresh)."""
        for control in list(self._held):
            self._held[control] = control.isEnabled() or self._held[control]
            control.setEnabled(False)

    def _hold(self, control: QWidget) -> None:
        if control not in self._held:
            self._held[control] = control.isEnabled()
            control.destroyed.connect(lambda _obj=None, c=control: self._held.pop(c, None))
        control.setEnabled(False)

    def _release(self, call: ServiceCall) -> None:
        still_held = {c for other in self._running.values() for c in other.controls}
        for control in call.controls:
            if control not in still_held and control in self._held:
                control.setEnabled(self._held.pop(control))

    def _end(self, call: ServiceCall) -> None:
        self._running.pop(call.name, None)
        self._release(call)
        if not self._running:
            self._slow.stop()
            self._waiting = False
        self._show_bar()
        self.changed.emit()
        if call.ended is not None:
            call.ended()

    def _on_finished(self, call: ServiceCall, result: Any) -> None:
        self._end(call)
        refocus, self._refocus = self._refocus, None
        if refocus is not None and refocus in call.controls and refocus.isEnabled() and refocus.isVisible():
            refocus.setFocus(Qt.FocusReason.OtherFocusReason)  # back from Try again, which is hidden now
        call.then(result)

    def _on_failed(self, call: ServiceCall, exc: BaseException) -> None:
        from onsshare_desktop.services.faults import plain_fault

        self._end(call)
        fault = plain_fault(exc)
        if fault is not None:
            log.info("%s: %s", call.name, exc)
            self._failed[call.name] = (call, f"{call.not_recorded} {fault}")
            self._show_bar(focus=True)
        elif isinstance(exc, UserError) and call.refused is not None:
            call.refused(exc)
        else:  # a refusal nobody says in place, or our bug: the app's error dialog (details only for a bug)
            from onsshare_desktop.gui.errors import show_error

            show_error(self._owner, call.not_recorded + " " + self.tr("What you typed is kept."), exc)

    @Slot()
    def _on_slow(self) -> None:
        self._waiting = True
        self._show_bar()

    def _show_bar(self, focus: bool = False) -> None:
        """Failures first (with Try again), else "waiting" while calls have run for longer than ``SLOW_MS``."""
        if self._failed:
            messages = [message for _call, message in self._failed.values()]
            text = " ".join(messages) + " " + self.tr("What you typed is kept.")
            if focus or self._bar.label.text() != text or not self._bar.isVisible():
                self._bar.show_problem(text, news=focus)
        elif self._running and self._waiting:
            self._bar.show_waiting(self.tr("Waiting for the database… The window stays usable; what you did is "
                                           "recorded once the database answers."))
        else:
            self._bar.clear()
