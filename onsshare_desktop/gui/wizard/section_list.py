"""Size the section list's items for their word-wrapped text at the list's current width."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QListWidget, QStyle, QStyledItemDelegate, QStyleOptionViewItem

_PADDING = 8  # vertical space around each item's text


class WrappedItemDelegate(QStyledItemDelegate):
    """Gives each item the height its wrapped text needs at the width of the view.

    ``QListView`` computes word-wrapped item heights for a width that can differ from the width it paints at,
    which elides long section titles at large font sizes; this computes both from the viewport width.
    """

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        text_margin = self._view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1
        width = max(40, self._view.viewport().width() - 2 * self._view.spacing() - 2 * text_margin)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20),
                                                 int(Qt.TextFlag.TextWordWrap), text)
        return QSize(width, bounds.height() + _PADDING)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideNone
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
