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
