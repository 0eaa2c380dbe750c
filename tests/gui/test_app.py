from __future__ import annotations

from onsshare_desktop.gui.app import Application


def test_window_shows_first_then_fills_from_a_worker(qtbot, data_paths) -> None:
    app = Application(data_paths)
    qtbot.addWidget(app.window)
    with qtbot.waitSignal(app.window.drafts_loaded, timeout=20_000) as blocker:
        app.start()
        assert app.window.isVisible()  # shown before the database is open
    assert blocker.args == [0]
    assert app.window.ui.pagesStack.currentWidget() is app.window.ui.emptyPage
    assert data_paths.database.exists()
    app.shutdown()


def test_a_stored_drafts_list_shows_before_the_database_is_open(qtbot, data_paths) -> None:
    from onsshare_desktop.domain.case_io import load_case
    from onsshare_desktop.resources import resource_path
    from onsshare_desktop.store.database import open_database

    database = open_database(data_paths)
    example = load_case(next(iter(sorted(resource_path("examples").glob("*.json")))).read_bytes())
    for _ in range(3):
        database.drafts.create(example.copy_as_new())
    database.close()

    app = Application(data_paths)
    qtbot.addWidget(app.window)
    fills: list[tuple[int, bool]] = []
    app.window.drafts_loaded.connect(lambda count: fills.append((count, app.services is None)))
    app.start()
    qtbot.waitUntil(lambda: len(fills) == 2, timeout=20_000)
    assert fills == [(3, True), (3, False)]  # first the quick read, then the opened database
    assert app.window.drafts_model.rowCount() == 3
    assert app.window.ui.actionNew.isEnabled()
    app.shutdown()
