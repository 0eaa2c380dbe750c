"""Python's cyclic garbage collector, run on the UI thread only.

Left alone, the collector runs in whichever thread happens to allocate. A pool thread busy signing a pack could then
free a Qt object that lives on the UI thread (a dialog or a signals object caught in a reference cycle), which Qt
forbids and which crashes PySide at random. While ``UiThreadCollector`` runs, automatic collection is off and the
UI thread collects on a timer, each generation as soon as the collector's own thresholds ask for it.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

INTERVAL_MS = 250


class UiThreadCollector(QObject):
    """Collect cyclic garbage every ``interval_ms`` on the thread this object belongs to (make it on the UI thread)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(interval_ms)
        gc.disable()

    @Slot()
    def collect(self) -> int:
        """Collect the oldest generation whose count is over its threshold (what automatic collection would do);
        how many unreachable objects were found."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for number in range(3):
            if counts[number] <= thresholds[number]:
                break
            generation = number
        return gc.collect(generation) if generation >= 0 else 0

    def stop(self) -> None:
        """Collect everything once and give collection back to Python."""
        self._timer.stop()
        gc.enable()
        gc.collect()
