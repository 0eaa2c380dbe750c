"""The drafts list, driven as a person would: keyboard shortcuts, clicks, typing in the search box."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.case_io import load_case
from onsshare_desktop.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, services, example_files, monkeypatch):
    opened: list[int] = []
    monkeypatch.setattr(MainWindow, "open_draft", lambda self, draft_id: opened.append(draft_id))
    win = MainWindow(example_files)
    win.opened = opened
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def add_examples(services, example_files: list[Path]) -> list[int]:
    return [services.database.drafts.create(load_case(p.read_bytes())) for p in example_files]


def test_shows_loading_then_explains_itself_when_empty(window, services) -> None:
    assert window.ui.pagesStack.currentWidget() is window.ui.loadingPage
    assert not window.ui.actionNew.isEnabled()
    window.set_services(services)
    assert window.ui.pagesStack.currentWidget() is window.ui.emptyPage
    assert "signed PDF pack" in window.ui.emptyLabel.text()
    assert window.ui.newRequestButton.isVisible() and window.ui.openExampleButton.isEnabled()


def test_lists_drafts_with_title_organisation_edited_and_completeness(window, services, example_files) -> None:
    add_examples(services, example_files)
    window.set_services(services)
    assert window.ui.pagesStack.currentWidget() is window.ui.listPage
    model = window.ui.draftsView.model()
    assert model.rowCount() == len(example_files)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Title", "Organisation", "Last edited", "Complete", "Status"]
    titles = {model.index(r, 0).data() for r in range(model.rowCount())}
    expected = {load_case(p.read_bytes()).title for p in example_files}
    assert titles == expected
    assert model.index(0, 3).data() == "100 %"


def test_new_request_with_the_keyboard_creates_and_opens_a_draft(window, services, qtbot) -> None:
    window.set_services(services)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (summary,) = services.database.drafts.list()
    assert window.opened == [summary.id]
    assert window.ui.pagesStack.currentWidget() is window.ui.listPage


def test_opening_an_example_from_the_empty_state(window, services) -> None:
    window.set_services(services)
    window.ui.openExampleButton.menu().actions()[0].trigger()
    (summary,) = services.database.drafts.list()
    assert summary.completeness == 100 and window.opened == [summary.id]


def test_enter_opens_the_selected_draft(window, services, example_files, qtbot) -> None:
    ids = add_examples(services, example_files)
    window.set_services(services)
    window.ui.draftsView.setFocus()
    qtbot.keyClick(window.ui.draftsView, Qt.Key.Key_Return)
    assert window.opened == [window.selected_draft_id()] and window.opened[0] in ids


def test_search_filters_as_you_type(window, services, example_files, qtbot) -> None:
    add_examples(services, example_files)
    window.set_services(services)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.searchEdit.hasFocus()
    organisation = load_case(example_files[0].read_bytes()).organisation
    qtbot.keyClicks(window.ui.searchEdit, organisation.split()[0].lower())
    qtbot.waitUntil(lambda: window.ui.draftsView.model().rowCount() == 1)
    assert window.visible_drafts()[0].organisation == organisation
    qtbot.keyClicks(window.ui.searchEdit, "zzz-no-such-thing")
    qtbot.waitUntil(lambda: window.ui.draftsView.model().rowCount() == 0)
    assert window.statusBar().currentMessage() == "No drafts match your search."


def test_delete_then_restore_from_the_deleted_view(window, services, example_files, qtbot) -> None:
    add_examples(services, example_files)
    window.set_services(services)
    victim = window.selected_draft_id()
    qtbot.keyClick(window.ui.draftsView, Qt.Key.Key_Delete)
    assert victim not in [d.id for d in window.visible_drafts()]
    assert "Deleted drafts" in window.statusBar().currentMessage()
    window.ui.actionShowDeleted.trigger()
    assert window.ui.viewTitleLabel.text() == "Deleted drafts"
    assert [d.id for d in window.visible_drafts()] == [victim]
    assert not window.ui.actionDelete.isEnabled() and window.ui.actionRestore.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pagesStack.currentWidget() is window.ui.emptyPage
    assert "No deleted drafts" in window.ui.emptyLabel.text()
    window.ui.actionShowDeleted.trigger()
    assert victim in [d.id for d in window.visible_drafts()]


def test_copy_as_new(window, services, qtbot) -> None:
    services.database.drafts.create(Case.new(services.question_set).with_answer("project_title", "Original"))
    window.set_services(services)
    window.ui.actionCopyAsNew.trigger()
    titles = sorted(d.title for d in window.visible_drafts())
    assert titles == ["Copy of Original", "Original"]
    assert window.drafts_model.draft_at(0).case_ref != window.drafts_model.draft_at(1).case_ref


def test_open_shows_the_wizard_and_its_saves_refresh_the_list(qtbot, services, example_files) -> None:
    ids = add_examples(services, example_files)
    win = MainWindow(example_files)
    qtbot.addWidget(win)
    win.set_services(services)
    win.select_draft(ids[0])
    win.ui.actionOpen.trigger()
    editor = win._editors[ids[0]]
    qtbot.waitExposed(editor)
    case = services.database.drafts.get(ids[0]).case
    editor.draft_saved.emit(services.database.drafts.save(ids[0], case.with_answer("project_title", "Renamed")))
    assert any(d.title == "Renamed" for d in win.visible_drafts())
    assert win.open_draft(ids[0]) is editor  # opening again brings the same window forward
    editor.close()
    qtbot.waitUntil(lambda: ids[0] not in win._editors)


def test_finishing_the_wizard_starts_the_export_with_the_editor_as_parent(qtbot, services, example_files,
                                                                          monkeypatch) -> None:
    from onsshare_desktop.gui.pack_export import PackExportFlow

    started: list[tuple[object, object, object]] = []
    monkeypatch.setattr(PackExportFlow, "start",
                        lambda self, case, draft_id=None: started.append((self.parent(), case, draft_id)))
    (draft_id, *_rest) = add_examples(services, example_files)
    win = MainWindow(example_files)
    qtbot.addWidget(win)
    win.set_services(services)
    editor = win.open_draft(draft_id)
    case = services.database.drafts.get(draft_id).case
    editor.export_requested.emit(case)
    assert started == [(editor, case, draft_id)]  # the draft itself is exported (and moves on: RequestService)
    flow = started[0][0].findChild(PackExportFlow)
    flow.next_case = case.after_export("cd" * 32)  # what the export saved as the draft's next version
    flow.exported.emit(type("Result", (), {"sha256": "cd" * 32, "path": "x.pdf"})())
    assert (editor.case().version, editor.case().previous_pack_sha256) == (2, "cd" * 32)  # edits go into v2
    assert not editor.has_unsaved_changes()
    editor.close()


def test_identity_menu_opens_the_set_up_then_the_identity_dialog(qtbot, services, example_files,
                                                                  monkeypatch) -> None:
    from onsshare_desktop.gui.identity.identity_dialog import IdentityDialog
    from onsshare_desktop.gui.identity.setup import open_setup_wizard
    from onsshare_desktop.identity.store import IdentityStore

    shown: list[str] = []
    monkeypatch.setattr(IdentityDialog, "exec", lambda self: shown.append(self.ui.nameValueLabel.text()) or 0)
    win = MainWindow(example_files)
    qtbot.addWidget(win)
    assert not win.ui.actionIdentity.isEnabled()  # nothing to manage before the data folder is open
    win.set_services(services)
    win.ui.actionIdentity.trigger()
    wizard = open_setup_wizard(win)  # no identity yet: the guided set-up
    assert wizard is not None and shown == []
    wizard.reject()
    IdentityStore(services.paths.identity).create("Ana Jones", "Org", "ana@example.org", "a long passphrase")
    win.ui.actionIdentity.trigger()
    assert shown == ["Ana Jones"]


def test_check_the_history_from_the_help_menu(qtbot, services, example_files, monkeypatch) -> None:
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text: said.append((title, text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: said.append((title, text)))
    add_examples(services, example_files)
    win = MainWindow(example_files)
    qtbot.addWidget(win)
    win.set_services(services)
    win.ui.actionCheckHistory.trigger()
    qtbot.waitUntil(lambda: len(said) == 1, timeout=10_000)
    assert said[0][0] == "History checked" and f"{len(example_files)} recorded changes checked" in said[0][1]
    assert "hash" not in said[0][1] and "events" not in said[0][1]  # what it means, not how it is done

    with sqlite3.connect(services.paths.database) as raw:  # someone edits the history behind the app's back
        raw.execute("DROP TRIGGER events_no_update")
        raw.execute("UPDATE events SET actor = 'mallory' WHERE id = 1")
    win.ui.actionCheckHistory.trigger()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=10_000)
    title, text = said[1]
    assert title == "The history was changed" and "event 1" in text and "protection" in text
