"""The register view: filters typed and chosen as a person would, opening a case, import and CSV export."""

from __future__ import annotations

import pytest

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from onsshare_desktop.domain.screening.importing import ImportResult, ImportStatus
from onsshare_desktop.domain.screening.stages import Stage
from onsshare_desktop.gui.screening.register import RegisterView
from onsshare_desktop.gui.screening.register_model import RegisterModel
from tests.screening_data import SCREENER, generate_register, incoming, trusted_requester  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("trusted_requester")


def make_view(qtbot, database, importer=None) -> RegisterView:
    view = RegisterView(database.screening, importer)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    reload(qtbot, view)
    return view


def shown(qtbot, view: RegisterView) -> None:
    """Wait until the table shows the latest reload's first page (it is read on a worker thread)."""
    qtbot.waitUntil(lambda: not view.reading, timeout=20_000)


def reload(qtbot, view: RegisterView) -> None:
    view.reload()
    shown(qtbot, view)


def shown_refs(view: RegisterView) -> list[str]:
    model = view.model
    return [model.index(r, RegisterModel.REFERENCE).data() for r in range(model.rowCount())]


def test_filters_narrow_a_register_of_10000_cases(qtbot, database) -> None:
    generate_register(database, 10_000)
    view = make_view(qtbot, database)
    ui = view.ui
    qtbot.waitUntil(lambda: view.model.rowCount() == 10_000, timeout=20_000)  # the newest 500 first, then the rest
    assert ui.countLabel.text() == "10,000 cases"
    with qtbot.waitSignal(view.register_loaded):
        qtbot.keyClicks(ui.searchEdit, "gen-000042")
    assert shown_refs(view) == ["ONS-DSR-GEN-000042"]
    assert ui.countLabel.text() == "1 of 10,000 cases"
    ui.searchEdit.clear()
    reload(qtbot, view)
    ui.stageCombo.setCurrentIndex(ui.stageCombo.findData(Stage.THIRD_SCREENING.value))
    shown(qtbot, view)
    stages = {view.model.row_at(r).stage for r in range(view.model.rowCount())}
    assert stages == {Stage.THIRD_SCREENING}
    ui.stageCombo.setCurrentIndex(0)
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("signer_not_confirmed"))
    shown(qtbot, view)
    assert all(not view.model.row_at(r).signer_confirmed for r in range(view.model.rowCount()))
    ui.statusCombo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: "reading the rest" not in ui.countLabel.text(), timeout=20_000)  # all 10,000 again
    with qtbot.waitSignal(view.register_loaded):
        qtbot.keyClicks(ui.organisationEdit, "bristol")
    assert {view.model.row_at(r).organisation for r in range(view.model.rowCount())} == {"University of Bristol"}
    ui.organisationEdit.clear()
    view.set_received_range(date(2024, 1, 2), date(2024, 1, 2))
    shown(qtbot, view)
    assert view.model.rowCount() == 24 and ui.fromDateEdit.isEnabled()


def test_a_large_register_shows_its_newest_cases_at_once_and_the_rest_without_losing_the_selection(
        qtbot, database) -> None:
    from onsshare_desktop.gui.screening.register import FIRST_PAGE

    generate_register(database, FIRST_PAGE * 3)
    view = RegisterView(database.screening, None)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.register_loaded, timeout=20_000) as loaded:
        reload(qtbot, view)
        assert view.model.rowCount() == FIRST_PAGE, "only the first page is read first"
        assert "reading the rest" in view.ui.countLabel.text()
        view.ui.registerView.selectRow(7)
        chosen = view.selected_pack_id()
    assert loaded.args == [FIRST_PAGE * 3] and view.model.rowCount() == FIRST_PAGE * 3
    assert view.selected_pack_id() == chosen
    assert view.ui.countLabel.text() == f"{FIRST_PAGE * 3:,} cases"
    received = [view.model.row_at(r).imported_at for r in range(view.model.rowCount())]
    assert received == sorted(received, reverse=True), "still newest first"


def test_a_slower_read_for_earlier_filters_is_dropped(qtbot, database) -> None:
    from onsshare_desktop.gui.screening.register import FIRST_PAGE

    generate_register(database, FIRST_PAGE * 2)
    view = RegisterView(database.screening, None)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.register_loaded, timeout=20_000) as loaded:
        view.reload()  # the whole register: its rest is read on a worker
        view.ui.searchEdit.setText("gen-000042")
        view.reload()  # one case: its read supersedes the first one's
    assert loaded.args == [1]
    qtbot.wait(500)  # the first reload's rest arrives, and is dropped
    assert shown_refs(view) == ["ONS-DSR-GEN-000042"]


def test_sorting_by_clicking_a_header(qtbot, database) -> None:
    generate_register(database, 50)
    view = make_view(qtbot, database)
    header = view.ui.registerView.horizontalHeader()
    view.ui.registerView.sortByColumn(RegisterModel.REFERENCE, Qt.SortOrder.AscendingOrder)
    assert shown_refs(view)[0] == "ONS-DSR-GEN-000000"
    assert header.sortIndicatorSection() == RegisterModel.REFERENCE


def test_opening_the_selected_case(qtbot, database) -> None:
    pack_id = database.screening.add_pack(incoming(), SCREENER).id
    view = make_view(qtbot, database)
    assert view.selected_pack_id() == pack_id  # the first row is selected, so Open case is reachable by keyboard
    assert view.ui.openButton.isEnabled()
    view.ui.registerView.clearSelection()
    assert not view.ui.openButton.isEnabled()
    view.ui.registerView.selectRow(0)
    with qtbot.waitSignal(view.case_opened) as opened:
        qtbot.mouseClick(view.ui.openButton, Qt.MouseButton.LeftButton)
    assert opened.args == [pack_id]


class FakeImporter:
    """Stores every ``good*`` file as a pack and refuses the rest, like the real importer but without PDFs."""

    def __init__(self, database) -> None:
        self.database = database
        self.calls: list[list[Path]] = []

    def __call__(self, paths: Sequence[Path], progress=None, cancelled=lambda: False, key=None) -> list[ImportResult]:
        self.calls.append(list(paths))
        results = []
        for n, path in enumerate(paths):
            if cancelled():
                break
            if progress is not None:
                progress(100 * n // len(paths), f"Checking {path.name}")
            if path.name.startswith("good"):
                stored = self.database.screening.add_pack(incoming(), SCREENER)
                results.append(ImportResult(str(path), ImportStatus.IMPORTED, "ok", stored.id))
            else:
                results.append(ImportResult(str(path), ImportStatus.REFUSED, "the signature does not match"))
        return results


def test_import_by_dialog_lists_refusals_and_selects_the_new_case(qtbot, database, monkeypatch, tmp_path) -> None:
    importer = FakeImporter(database)
    view = make_view(qtbot, database, importer)
    files = [tmp_path / "good.pdf", tmp_path / "tampered.pdf"]
    monkeypatch.setattr(view, "ask_pack_files", lambda: files)
    with qtbot.waitSignal(view.import_finished, timeout=5000) as done:
        qtbot.mouseClick(view.ui.importButton, Qt.MouseButton.LeftButton)
    assert [r.status for r in done.args[0]] == [ImportStatus.IMPORTED, ImportStatus.REFUSED]
    assert importer.calls == [files]
    assert "1 imported, 0 already here, 1 refused" in view.ui.importResultsLabel.text()
    listing = view.ui.importResultsList
    assert listing.isVisible() and "tampered.pdf: refused: the signature does not match" in listing.item(0).text()
    assert "good.pdf: imported" in listing.item(1).text()  # refusals are listed first
    shown(qtbot, view)
    assert view.model.rowCount() == 1 and view.selected_pack_id() == done.args[0][0].pack_id


def test_import_a_folder_and_by_drag_and_drop(qtbot, database, monkeypatch, tmp_path) -> None:
    importer = FakeImporter(database)
    view = make_view(qtbot, database, importer)
    monkeypatch.setattr(view, "ask_folder", lambda: tmp_path)
    with qtbot.waitSignal(view.import_finished, timeout=5000):
        qtbot.mouseClick(view.ui.importFolderButton, Qt.MouseButton.LeftButton)
    assert importer.calls[-1] == [tmp_path]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "good-dropped.pdf"))])
    assert view.acceptDrops()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(view.import_finished, timeout=5000):
        view.dropEvent(drop)  # Qt delivers drops only during a real drag, so call the handler as Qt would
    assert importer.calls[-1] == [tmp_path / "good-dropped.pdf"]


def test_stop_ends_an_import_between_files_and_says_the_rest_were_not_imported(qtbot, database,
                                                                                tmp_path) -> None:
    import threading

    first_checked, carry_on = threading.Event(), threading.Event()
    importer = FakeImporter(database)

    def slow(paths, progress=None, cancelled=lambda: False, key=None):
        def progress_then_wait(percent, message):
            progress(percent, message)
            if percent > 0:  # the second file: wait until the screener has pressed Stop
                first_checked.set()
                carry_on.wait(5)
        return importer(paths, progress_then_wait, cancelled, key)

    view = make_view(qtbot, database, slow)
    files = [tmp_path / f"good-{n}.pdf" for n in range(5)]
    flow = view.import_paths(files)
    assert flow is not None and not view.ui.importButton.isEnabled()
    assert view.import_paths(files) is None, "one import at a time"
    qtbot.waitUntil(first_checked.is_set, timeout=5000)
    with qtbot.waitSignal(view.import_finished, timeout=5000) as done:
        flow.stop()  # what the progress dialog's Stop button does
        carry_on.set()
    assert 1 <= len(done.args[0]) < len(files)
    assert view.ui.importResultsLabel.text().startswith("Stopped: the files not yet checked were not imported.")
    assert view.ui.importButton.isEnabled()


def test_export_transparency_csv(qtbot, database, monkeypatch, tmp_path) -> None:
    view = make_view(qtbot, database)
    target = tmp_path / "register.csv"
    monkeypatch.setattr(view, "ask_csv_target", lambda: target)
    qtbot.mouseClick(view.ui.exportCsvButton, Qt.MouseButton.LeftButton)  # written on a worker thread
    qtbot.waitUntil(lambda: "Wrote" in view.ui.importResultsLabel.text())
    assert target.read_text(encoding="utf-8").startswith("Reference,Organisation,Organisation type")
    assert "Wrote 0 published shares" in view.ui.importResultsLabel.text()


@pytest.mark.parametrize("width", [1024, 1400, 1920])
def test_titles_stay_readable_whatever_the_window_width(qtbot, database, width: int) -> None:
    database.screening.store_incoming(incoming(), SCREENER)
    view = make_view(qtbot, database)
    view.resize(width, 600)
    qtbot.waitUntil(lambda: view.ui.registerView.viewport().width() < width)
    table = view.ui.registerView
    assert table.columnWidth(RegisterModel.TITLE) >= 240
    if width >= 1400:  # every column fits: nothing to scroll to
        assert table.horizontalScrollBar().maximum() == 0


def test_a_register_of_one_case_says_one_case(qtbot, database) -> None:
    generate_register(database, 1)  # issue 12: it read "1 cases"
    view = make_view(qtbot, database)
    assert view.ui.countLabel.text() == "1 case"


def test_a_register_with_second_versions_lists_each_case_once_and_filters_cases(qtbot, database) -> None:
    """1,000 cases, every 5th at version 2 with its returned version 1 superseded: 1,200 packs, 1,000 rows."""
    from bench.register import register_rows
    from onsshare_desktop.gui.screening.register import FIRST_PAGE

    generate_register(database, 1_000, second_versions=5)
    view = make_view(qtbot, database)
    ui = view.ui
    qtbot.waitUntil(lambda: view.model.rowCount() == 1_000, timeout=20_000)  # the first page, then the rest
    assert view.model.rowCount() > FIRST_PAGE and ui.countLabel.text() == "1,000 cases"
    rows = [view.model.row_at(r) for r in range(view.model.rowCount())]
    assert len({r.case_ref for r in rows}) == 1_000 and not any(r.superseded for r in rows)
    seconds = [r for r in rows if r.version == 2]
    assert len(seconds) == 200 and all(r.versions == 2 for r in seconds)
    assert {view.model.index(view.model.row_of(r.id), RegisterModel.VERSION).data() for r in seconds} == {
        "2 (2 received)"}
    assert [ui.statusCombo.itemData(i) for i in range(ui.statusCombo.count())] == [
        None, "signer_not_confirmed", "open", "closed"]
    ui.stageCombo.setCurrentIndex(ui.stageCombo.findData(Stage.RETURNED.value))  # the cases returned now
    shown(qtbot, view)
    qtbot.waitUntil(lambda: "reading the rest" not in ui.countLabel.text(), timeout=20_000)
    current_returned = {r["case_ref"] for r in register_rows(1_000, 7, second_versions=5)
                        if r["stage"] == Stage.RETURNED.value and not r["superseded"]}
    assert set(shown_refs(view)) == current_returned  # not the 200 cases whose version 1 was returned


# -- the window never waits for the database (issue 16, "Faults") ------------------------------------------------


def test_a_filter_read_held_by_the_database_leaves_the_window_turning_and_a_newer_filter_wins(
        qtbot, database, monkeypatch) -> None:
    import threading

    from PySide6.QtCore import QTimer

    generate_register(database, 50)
    view = make_view(qtbot, database)
    held, release, returned = threading.Event(), threading.Event(), threading.Event()
    real = view._register.rows

    def rows(flt, limit=None):  # the read for "gen-000001" waits on the database (here: on the test)
        if flt.text == "gen-000001":
            held.set()
            release.wait(3)
            returned.set()
        return real(flt, limit=limit)

    monkeypatch.setattr(view._register, "rows", rows)
    ticks: list[int] = []
    timer = QTimer(view, interval=10)
    timer.timeout.connect(lambda: ticks.append(1) if held.is_set() and not returned.is_set() else None)
    timer.start()
    qtbot.keyClicks(view.ui.searchEdit, "gen-000001")
    qtbot.waitUntil(held.is_set, timeout=5000)
    qtbot.waitUntil(lambda: len(ticks) >= 20, timeout=2500)  # the UI thread keeps turning while the read waits
    assert view.reading and not returned.is_set()
    qtbot.waitUntil(lambda: "Waiting for the database" in view.problemBar.label.text(), timeout=2500)
    view.ui.searchEdit.setText("gen-000002")  # typed on meanwhile: a newer read supersedes the held one
    view.reload()
    shown(qtbot, view)
    assert shown_refs(view) == ["ONS-DSR-GEN-000002"] and not view.problemBar.isVisible()
    release.set()
    qtbot.waitUntil(returned.is_set, timeout=5000)
    qtbot.wait(200)  # the held read's result arrives, and is dropped
    assert shown_refs(view) == ["ONS-DSR-GEN-000002"] and view.ui.countLabel.text() == "1 of 50 cases"


def test_a_register_read_the_database_drops_is_said_plainly_and_try_again_reads_it(
        qtbot, database, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.gui.screening.test_workspace_faults import dropped_connection

    generate_register(database, 3)
    view = make_view(qtbot, database)
    real = view._register.rows
    calls: list[str] = []

    def failing_once(flt, limit=None):
        calls.append(flt.text)
        if len(calls) == 1:
            raise dropped_connection()
        return real(flt, limit=limit)

    monkeypatch.setattr(view._register, "rows", failing_once)
    view.ui.searchEdit.setText("gen-000001")
    view.reload()
    bar = view.problemBar
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    said = bar.label.text()
    assert said.startswith("The register could not be read.") and "try again" in said.lower()
    assert "Traceback" not in said and "OperationalError" not in said
    assert bar.label.accessibleName() == said and QApplication.focusWidget() is bar.retryButton
    assert view.model.rowCount() == 3 and view.ui.searchEdit.text() == "gen-000001"  # kept as it was
    qtbot.keyClick(bar.retryButton, Qt.Key.Key_Space)  # Try again, from the keyboard
    shown(qtbot, view)
    assert calls == ["gen-000001", "gen-000001"]
    assert shown_refs(view) == ["ONS-DSR-GEN-000001"] and not bar.isVisible()


def test_a_transparency_export_the_database_drops_is_said_and_try_again_writes_it(
        qtbot, database, monkeypatch, tmp_path) -> None:
    from tests.gui.screening.test_workspace_faults import dropped_connection

    view = make_view(qtbot, database)
    target = tmp_path / "register.csv"
    monkeypatch.setattr(view, "ask_csv_target", lambda: target)
    real = view._register.transparency_csv
    calls: list[str] = []

    def failing_once():
        calls.append("called")
        if len(calls) == 1:
            raise dropped_connection()
        return real()

    monkeypatch.setattr(view._register, "transparency_csv", failing_once)
    qtbot.mouseClick(view.ui.exportCsvButton, Qt.MouseButton.LeftButton)
    bar = view.problemBar
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    assert bar.label.text().startswith("The transparency register could not be written.")
    assert not target.exists() and view.ui.exportCsvButton.isEnabled()
    qtbot.mouseClick(bar.retryButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrote" in view.ui.importResultsLabel.text(), timeout=5000)
    assert target.read_text(encoding="utf-8").startswith("Reference,") and not bar.isVisible()
