"""Start-up as the user meets it: instant window, one app per data folder, a damaged database, restoring a backup."""

from __future__ import annotations

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.gui.app import Application
from onsshare_desktop.gui.recovery import Recovery
from onsshare_desktop.store.backups import backup_database, list_backups
from onsshare_desktop.store.database import open_database
from tests.store.test_integrity import _damage


def fill(data_paths, *titles: str) -> None:
    db = open_database(data_paths)
    try:
        for title in titles:
            db.drafts.create(Case.new(load_question_set()).with_answer("project_title", title))
    finally:
        db.close()


def started(qtbot, data_paths) -> tuple[Application, list]:
    app = Application(data_paths)
    qtbot.addWidget(app.window)
    fills: list[int] = []
    app.window.drafts_loaded.connect(fills.append)
    app.start()
    assert app.window.isVisible()  # shown before the database is open
    # past the quick start-up list (if any): the list as filled from the opened database
    qtbot.waitUntil(lambda: app.services is not None and bool(fills), timeout=20_000)
    return app, fills[-1:]


def titles(app: Application) -> list[str]:
    return sorted(d.title for d in app.window.visible_drafts())


def test_window_shows_first_then_fills_from_a_worker(qtbot, data_paths) -> None:
    app, args = started(qtbot, data_paths)
    assert args == [0]
    assert app.window.ui.pagesStack.currentWidget() is app.window.ui.emptyPage
    assert data_paths.database.exists() and app.lock.held
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
    assert not app.lock.held


def test_a_second_app_on_the_same_data_folder_is_told_and_stops(qtbot, data_paths, monkeypatch) -> None:
    first, _ = started(qtbot, data_paths)
    told: list[str] = []
    monkeypatch.setattr("onsshare_desktop.gui.errors.show_error", lambda _p, title, exc: told.append(str(exc)))
    second = Application(data_paths)
    qtbot.addWidget(second.window)
    second.start()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert "another onsshare-desktop" in told[0].lower() or "in use" in told[0].lower()
    qtbot.waitUntil(lambda: not second.window.isVisible())
    second.shutdown()
    assert first.lock.held
    first.shutdown()


def test_a_damaged_database_is_set_aside_and_the_latest_backup_restored(qtbot, data_paths, monkeypatch) -> None:
    fill(data_paths, "Saved yesterday")
    backup_database(data_paths.database, data_paths.backups, "daily")
    fill(data_paths, "Typed today")
    _damage(data_paths.database)
    asked: list[str] = []
    monkeypatch.setattr("onsshare_desktop.gui.recovery.ask_recovery",
                        lambda _parent, damaged: asked.append(str(damaged)) or Recovery.RESTORE)
    app, _ = started(qtbot, data_paths)
    assert "set aside" in asked[0] or "moved to" in asked[0]
    assert titles(app) == ["Saved yesterday"]
    assert any(data_paths.quarantine.iterdir())  # the damaged file is kept, not deleted
    app.shutdown()


def test_a_damaged_database_can_be_replaced_by_an_empty_one(qtbot, data_paths, monkeypatch) -> None:
    fill(data_paths, "Lost page")
    _damage(data_paths.database)
    monkeypatch.setattr("onsshare_desktop.gui.recovery.ask_recovery", lambda *_a: Recovery.START_EMPTY)
    app, args = started(qtbot, data_paths)
    assert args == [0] and any(data_paths.quarantine.iterdir())
    app.shutdown()


def test_restore_a_backup_from_the_menu(qtbot, data_paths, monkeypatch) -> None:
    fill(data_paths, "Before")
    backup = backup_database(data_paths.database, data_paths.backups, "manual")
    fill(data_paths, "After")
    app, _ = started(qtbot, data_paths)
    assert titles(app) == ["After", "Before"]
    monkeypatch.setattr("onsshare_desktop.gui.recovery.choose_backup", lambda _parent, backups: backup)
    with qtbot.waitSignal(app.window.drafts_loaded, timeout=20_000):
        app.window.ui.actionRestoreBackup.trigger()
    assert titles(app) == ["Before"]
    assert any(b.reason == "before-restore" for b in list_backups(data_paths.backups))
    app.shutdown()


def test_quitting_from_the_damage_dialog_closes_the_window(qtbot, data_paths, monkeypatch) -> None:
    fill(data_paths, "x")
    _damage(data_paths.database)
    monkeypatch.setattr("onsshare_desktop.gui.recovery.ask_recovery", lambda *_a: Recovery.QUIT)
    app = Application(data_paths)
    qtbot.addWidget(app.window)
    app.start()
    qtbot.waitUntil(lambda: not app.window.isVisible(), timeout=20_000)
    app.shutdown()


def test_switching_to_screener_mode_is_remembered_for_the_next_start(qtbot, data_paths) -> None:
    from onsshare_desktop.gui.screening.mode import AppMode

    app, _ = started(qtbot, data_paths)
    app.window.ui.actionScreenerMode.trigger()
    assert app.screener is not None and app.screener.isVisible() and not app.window.isVisible()
    qtbot.addWidget(app.screener)
    app.shutdown()

    again = Application(data_paths)
    qtbot.addWidget(again.window)
    with qtbot.waitSignal(again.window.drafts_loaded, timeout=20_000):
        again.start()
    assert again.mode is AppMode.SCREENER
    qtbot.waitUntil(lambda: again.screener is not None and again.screener.isVisible())
    qtbot.addWidget(again.screener)
    again.screener.ui.actionRequesterMode.trigger()
    assert again.window.isVisible() and not again.screener.isVisible()
    assert again.mode is AppMode.REQUESTER
    again.shutdown()
