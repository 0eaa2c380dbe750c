"""Drop-down lists that open with an item highlighted.

With nothing chosen (current index -1), Qt opens a combo box's list with its first row current but not
selected: nothing looks highlighted, and the first Down goes to the second item. ``open_on_an_item`` makes the
chosen item, or the first when none is chosen yet, current and highlighted each time the list opens.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox, QWidget


class _HighlightOnShow(QObject):
    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self._combo = combo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and self._combo.count():
            combo = self._combo
            row = combo.currentIndex() if combo.currentIndex() >= 0 else 0
            combo.view().setCurrentIndex(combo.model().index(row, combo.modelColumn()))
        return False


def open_on_an_item(combo: QComboBox) -> None:
    """Make ``combo``'s list open with its chosen item (or its first item) highlighted. Safe to call twice."""
    if combo.property("opensOnAnItem"):
        return
    combo.setProperty("opensOnAnItem", True)
    combo.view().installEventFilter(_HighlightOnShow(combo))


def open_all_on_an_item(root: QWidget) -> None:
    """``open_on_an_item`` for every combo box inside ``root``."""
    for combo in root.findChildren(QComboBox):
        open_on_an_item(combo)
