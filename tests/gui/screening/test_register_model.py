"""The register model, headless: Qt's model tester, display and sort values, 10,000 generated cases."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from onsshare_desktop.domain.screening.register import RegisterFilter, RegisterStatus
from onsshare_desktop.domain.screening.stages import Stage
from onsshare_desktop.gui.screening.register_model import ID_ROLE, SORT_ROLE, RegisterModel
from tests.screening_data import generate_register


def test_model_passes_qt_model_tester(qtmodeltester, database) -> None:
    generate_register(database, 1_000)
    model = RegisterModel()
    model.set_rows(database.screening.register())
    assert model.rowCount() == 1_000 and model.columnCount() == 9
    qtmodeltester.check(model, force_py=True)


@pytest.mark.slow
def test_model_passes_qt_model_tester_with_10000_cases(qtmodeltester, database) -> None:
    generate_register(database, 10_000)
    model = RegisterModel()
    model.set_rows(database.screening.register())
    qtmodeltester.check(model, force_py=True)


def test_10000_cases_load_and_sort_by_every_column(database) -> None:
    generate_register(database, 10_000)
    model = RegisterModel()
    proxy = model
    database.screening.register()  # warm the statement cache, as the app does on first show
    started = time.perf_counter()
    model.set_rows(database.screening.register())
    loaded = time.perf_counter()
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
    sorted_all = time.perf_counter()
    print(f"10,000 cases: query + model {1000 * (loaded - started):.0f} ms; "
          f"sorting by each of 9 columns {1000 * (sorted_all - loaded) / 9:.0f} ms per column")
    assert proxy.rowCount() == 10_000
    assert proxy.index(0, RegisterModel.RECEIVED).data(ID_ROLE) != proxy.index(1, RegisterModel.RECEIVED).data(ID_ROLE)
    refs = [proxy.index(r, RegisterModel.RECEIVED).data(SORT_ROLE) for r in range(0, 10_000, 500)]
    assert refs == sorted(refs, reverse=True) and refs[0] is not None


def test_display_sort_and_id_roles(database) -> None:
    generate_register(database, 30)
    model = RegisterModel()
    rows = database.screening.register()
    model.set_rows(rows)
    newest = rows[0]
    assert model.index(0, RegisterModel.REFERENCE).data() == newest.case_ref
    assert model.index(0, RegisterModel.STAGE).data(ID_ROLE) == newest.id
    assert model.index(0, RegisterModel.RECEIVED).data(SORT_ROLE) == newest.imported_at.timestamp()
    unconfirmed = next(n for n, r in enumerate(rows) if r.status == RegisterStatus.SIGNER_NOT_CONFIRMED)
    assert model.index(unconfirmed, RegisterModel.STATUS).data() == "Signer not confirmed"
    assert model.headerData(RegisterModel.ORGANISATION, Qt.Orientation.Horizontal) == "Organisation"
    assert model.row_of(newest.id) == 0


def test_sorting_by_raw_values_keeps_persistent_indexes(database) -> None:
    generate_register(database, 200)
    model = RegisterModel()
    model.set_rows(database.screening.register(RegisterFilter(stages=frozenset({Stage.RECEIVED,
                                                                                Stage.PUBLISHED}))))
    proxy = model
    selected = QPersistentModelIndex(model.index(3, RegisterModel.TITLE))
    selected_id = selected.data(ID_ROLE)
    proxy.sort(RegisterModel.RECEIVED, Qt.SortOrder.AscendingOrder)
    stamps = [proxy.index(r, RegisterModel.RECEIVED).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert stamps == sorted(stamps) and len(stamps) > 10
    proxy.sort(RegisterModel.STAGE, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, RegisterModel.STAGE).data() == "Received"
    assert proxy.index(proxy.rowCount() - 1, RegisterModel.STAGE).data() == "Approved, published"
    assert selected.isValid() and selected.data(ID_ROLE) == selected_id and selected.column() == RegisterModel.TITLE
    model.set_rows(database.screening.register())  # a refresh keeps the chosen order
    assert model.index(0, RegisterModel.STAGE).data() == "Received"
