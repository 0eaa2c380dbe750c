"""The drafts model sorts itself on raw values and keeps selections across a sort."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt

from onsshare_desktop.domain.drafts import DraftSummary
from onsshare_desktop.gui.drafts_model import ID_ROLE, DraftsModel

START = datetime(2026, 1, 1, tzinfo=UTC)
DRAFTS = [DraftSummary(1, "ONS-DSR-2026-AAAAAA", "beta study", "Zeta Org", 90, START + timedelta(days=2), None),
          DraftSummary(2, "ONS-DSR-2026-BBBBBB", "Alpha study", "eta org", 10, START + timedelta(days=9), None),
          DraftSummary(3, "ONS-DSR-2026-CCCCCC", "gamma study", "Beta Org", 55, START, None)]


def _ids(model: DraftsModel) -> list[int]:
    return [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]


def test_sorts_by_each_column_and_keeps_the_order_on_refill(qtmodeltester) -> None:
    model = DraftsModel()
    model.set_drafts(DRAFTS)
    qtmodeltester.check(model)
    model.sort(DraftsModel.EDITED, Qt.SortOrder.DescendingOrder)
    assert _ids(model) == [2, 1, 3]
    model.sort(DraftsModel.TITLE)
    assert _ids(model) == [2, 1, 3]  # case-insensitive: Alpha, beta, gamma
    model.sort(DraftsModel.ORGANISATION)
    assert _ids(model) == [3, 2, 1]
    model.sort(DraftsModel.COMPLETE, Qt.SortOrder.DescendingOrder)
    assert _ids(model) == [1, 3, 2]
    model.set_drafts(list(reversed(DRAFTS)))
    assert _ids(model) == [1, 3, 2]


def test_a_selection_follows_its_draft_through_a_sort(qtbot) -> None:
    from PySide6.QtWidgets import QTableView

    model = DraftsModel()
    model.set_drafts(DRAFTS)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectionModel().select(model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                 | QItemSelectionModel.SelectionFlag.Rows)
    model.sort(DraftsModel.EDITED, Qt.SortOrder.DescendingOrder)
    assert [i.data(ID_ROLE) for i in view.selectionModel().selectedRows()] == [1]
