"""Table model of the screener's register of received cases.

Filtering happens in SQL (``ScreeningRepository.register``); the model sorts itself (``sort``) on the raw
values ``SORT_ROLE`` gives, so dates and versions sort as dates and numbers and 10,000 rows sort in milliseconds
(a ``QSortFilterProxyModel`` calling ``data()`` n log n times takes seconds).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from onsshare_desktop.domain.dates import local_time
from onsshare_desktop.domain.screening.register import REGISTER_STATUS_LABELS, RegisterRow
from onsshare_desktop.domain.screening.stages import STAGE_LABELS
from onsshare_desktop.i18n import ngettext

if TYPE_CHECKING:
    from onsshare_desktop.services.roundtrip import AfterApproval

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RegisterModel(QAbstractTableModel):
    """Rows are ``RegisterRow`` objects, one per case (its latest version); ``ID_ROLE`` gives that version's
    received pack id. The Version column says how many versions arrived when there is more than one."""

    REFERENCE, VERSION, TITLE, ORGANISATION, ORG_TYPE, STAGE, STATUS, SIGNER, RECEIVED = range(9)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RegisterRow] = []
        self._after: Mapping[int, AfterApproval] = {}
        self._sort_column: int | None = None
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._headers = self._header_texts()

    def _header_texts(self) -> tuple[str, ...]:
        return (self.tr("Reference"), self.tr("Version"), self.tr("Title"), self.tr("Organisation"),
                self.tr("Organisation type"), self.tr("Stage"), self.tr("Status"), self.tr("Signer"),
                self.tr("Received"))

    def retranslate(self) -> None:
        """The language changed: the headers and cells read again."""
        self._headers = self._header_texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1))

    def set_rows(self, rows: Sequence[RegisterRow], after: Mapping[int, AfterApproval] | None = None) -> None:
        """Replace the rows (already filtered), keeping the current sort order. ``after``: for approved shares (by
        pack id), the records still missing and the benefits reports received, shown with the status."""
        self.beginResetModel()
        self._rows = list(rows)
        self._after = dict(after or {})
        if self._sort_column is not None:
            self._rows.sort(key=lambda r: self._sort_value(r, self._sort_column or 0),
                            reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def add_rows(self, rows: Sequence[RegisterRow], after: Mapping[int, AfterApproval] | None = None) -> None:
        """The whole register after its first page was shown (``set_rows``): rows not shown yet are added and
        those shown refreshed, keeping the sort order, the selection and the scroll position. If a row shown is no
        longer in ``rows`` (it changed meanwhile), the model is simply reset to ``rows``."""
        shown = {r.id: n for n, r in enumerate(self._rows)}
        wanted = {r.id for r in rows}
        if not shown.keys() <= wanted:
            self.set_rows(rows, after)
            return
        self._after.update(after or {})
        fresh = [r for r in rows if r.id not in shown]
        for row in rows:
            if row.id in shown:
                self._rows[shown[row.id]] = row
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1))
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        if self._sort_column is not None:
            self.sort(self._sort_column, self._sort_order)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self._rows[index.row()].id for index in old_persistent]
        self._sort_column, self._sort_order = column, order
        self._rows.sort(key=lambda r: self._sort_value(r, column), reverse=order == Qt.SortOrder.DescendingOrder)
        positions = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(old_persistent, [self.index(positions[pack_id], index.column())
                                                        for pack_id, index in zip(old_ids, old_persistent)])
        self.layoutChanged.emit()

    def row_at(self, row: int) -> RegisterRow:
        return self._rows[row]

    def row_of(self, pack_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.id == pack_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.SIGNER:
                return self.tr("Fingerprint %1").replace("%1", row.signer_fingerprint)
            if column == self.REFERENCE:
                return self.tr("Pack SHA-256 %1").replace("%1", row.sha256)
            if column == self.STATUS and row.id in self._after:
                return self._after_tooltip(self._after[row.id])
            if column == self.VERSION and row.versions > 1:
                return ngettext("Version {version} is the latest of the {n} version received of this case. Open "
                                "the case and choose Versions to see them all.",
                                "Version {version} is the latest of the {n} versions received of this case. Open "
                                "the case and choose Versions to see them all.", row.versions).format(
                    version=row.version, n=row.versions)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.VERSION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: RegisterRow, column: int) -> str:
        if column == self.REFERENCE:
            return row.case_ref
        if column == self.VERSION:
            return self.version_text(row.version, row.versions)
        if column == self.TITLE:
            return row.title or self.tr("(untitled request)")
        if column == self.ORGANISATION:
            return row.organisation
        if column == self.ORG_TYPE:
            return row.org_type
        if column == self.STAGE:
            return STAGE_LABELS[row.stage]
        if column == self.STATUS:
            after = self._after.get(row.id)
            if after is None:
                return REGISTER_STATUS_LABELS[row.status]
            text = self.tr("%1 · missing: %2").replace("%1", REGISTER_STATUS_LABELS[row.status]).replace(
                "%2", ", ".join(self._short_names()[m] for m in after.missing)) if after.missing else \
                self.tr("%1 · records complete").replace("%1", REGISTER_STATUS_LABELS[row.status])
            if after.benefits_reports:
                text += " · " + self.tr("benefits reported")
            return text
        if column == self.SIGNER:
            return row.signer_name
        return local_time(row.imported_at)

    def version_text(self, version: int, versions: int) -> str:
        """The Version cell: the latest version's number, and how many versions arrived when more than one."""
        if versions > 1:
            return self.tr("%1 (%2 received)").replace("%1", str(version)).replace("%2", str(versions))
        return str(version)

    def _sort_value(self, row: RegisterRow, column: int) -> Any:
        if column == self.VERSION:
            return row.version
        if column == self.RECEIVED:
            return row.imported_at.timestamp()
        if column == self.STAGE:
            return list(STAGE_LABELS).index(row.stage)
        return self._display(row, column).lower()

    def _short_names(self) -> dict[str, str]:
        return {"dsa": self.tr("DSA"), "mou": self.tr("MoU"), "dpia": self.tr("DPIA"), "ethics": self.tr("ethics"),
                "end_date": self.tr("end date")}

    def _after_tooltip(self, after: AfterApproval) -> str:
        from onsshare_desktop.domain.screening.share_records import RECORD_KIND_LABELS, RecordKind

        names = {kind.value: RECORD_KIND_LABELS[kind] for kind in RecordKind}
        names["end_date"] = self.tr("the share's end date")
        lines = [self.tr("Records of the share still missing: %1").replace(
            "%1", ", ".join(names[m] for m in after.missing)) if after.missing else
            self.tr("Every record of the share is recorded, and its end date.")]
        lines.append(self.tr("Benefits reports received: %1").replace("%1", str(after.benefits_reports)))
        return "\n".join(lines)
