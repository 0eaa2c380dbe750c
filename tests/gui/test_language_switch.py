"""The window's language: chosen on the first run or in the View menu, defaulting to the system's, remembered per
data folder, overridden by ``--lang``, and applied at once to every open window without losing what was typed.

The switching tests run on a pseudo-Welsh catalogue (``tests.i18n.pseudo``: every message translated), so they find
any text that stays English after a switch, whatever the real catalogues hold yet; the walks in real Welsh are in
``tests/gui/test_welsh_walk.py``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QLabel, QTextEdit

from onsshare_desktop import i18n
from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.gui.app import Application
from onsshare_desktop.gui.language import LANGUAGE_KEY, MENU_TEXTS, apply_language
from tests.i18n.pseudo import START, install_pseudo_welsh, pseudo_sources
from tests.i18n.walk import english_left, visible_texts
from tests.screening_data import case_read, SCREENER, incoming, trusted_requester  # noqa: F401 - fixture


@pytest.fixture(autouse=True)
def english_afterwards(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    apply_language(i18n.ENGLISH)


@pytest.fixture
def pseudo_welsh(monkeypatch, tmp_path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """"cy" loads the pseudo-Welsh catalogues; returns the English texts that then have a translation."""
    install_pseudo_welsh(monkeypatch, tmp_path)
    return pseudo_sources()


def system_language_is(monkeypatch, code: str) -> None:  # type: ignore[no-untyped-def]
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "cy_GB.UTF-8" if code == "cy" else "en_GB.UTF-8")


def started(qtbot, data_paths, language: str | None = None) -> Application:  # type: ignore[no-untyped-def]
    app = Application(data_paths, language=language)
    qtbot.addWidget(app.window)
    app.start()
    qtbot.waitUntil(lambda: app.services is not None, timeout=20_000)
    return app


def settings(data_paths) -> QSettings:  # type: ignore[no-untyped-def]
    return QSettings(str(data_paths.root / "settings.ini"), QSettings.Format.IniFormat)


def test_a_welsh_system_opens_in_welsh_and_offers_the_choice_on_the_first_run(qtbot, data_paths, monkeypatch,
                                                                                pseudo_welsh) -> None:
    system_language_is(monkeypatch, "cy")
    app = started(qtbot, data_paths)
    assert i18n.current_language() == "cy"
    assert app.window.ui.actionNew.text().startswith(START)  # made in Welsh, not switched afterwards
    offer = app.window.language_offer
    assert offer is not None and offer.isVisible() and offer.buttons["cy"].isChecked()
    assert app.window.language_actions["cy"].isChecked()
    assert settings(data_paths).value(LANGUAGE_KEY) is None  # nothing chosen yet: the system's, not remembered
    offer.buttons["en"].click()
    assert i18n.current_language() == "en" and app.window.language_offer is None
    assert settings(data_paths).value(LANGUAGE_KEY) == "en"
    app.shutdown()


def test_the_choice_is_remembered_over_the_system_language_and_lang_overrides_it(qtbot, data_paths, monkeypatch,
                                                                                  pseudo_welsh) -> None:
    system_language_is(monkeypatch, "en")
    app = started(qtbot, data_paths)
    assert i18n.current_language() == "en" and app.window.language_offer is not None
    app.window.language_actions["cy"].trigger()  # View › Cymraeg
    assert i18n.current_language() == "cy" and app.window.language_offer is None
    app.shutdown()
    app.window.close()

    apply_language("en")
    again = started(qtbot, data_paths)
    assert i18n.current_language() == "cy"  # remembered, though the system says English
    assert again.window.language_offer is None and again.window.language_actions["cy"].isChecked()
    again.shutdown()
    again.window.close()

    once = started(qtbot, data_paths, language="en")  # --lang en: this run only
    assert i18n.current_language() == "en"
    once.shutdown()
    assert settings(data_paths).value(LANGUAGE_KEY) == "cy"


def test_the_language_items_are_in_the_view_menu_in_their_own_words_and_reachable_by_keyboard(
        qtbot, data_paths, monkeypatch, pseudo_welsh) -> None:
    system_language_is(monkeypatch, "en")
    app = started(qtbot, data_paths)
    view = app.window.ui.viewMenu
    items = [a for a in view.actions() if a.objectName().startswith("actionLanguage_")]
    assert [a.text() for a in items] == ["E&nglish", "C&ymraeg"] and all(a.isCheckable() for a in items)
    app.window.language_actions["cy"].trigger()
    assert [a.text() for a in items] == ["E&nglish", "C&ymraeg"]  # never translated
    assert app.window.language_actions["cy"].isChecked() and not app.window.language_actions["en"].isChecked()
    app.shutdown()


def test_switching_mid_draft_keeps_the_page_the_typing_and_the_focus_and_leaves_no_other_language(
        qtbot, data_paths, monkeypatch, pseudo_welsh) -> None:
    system_language_is(monkeypatch, "en")
    app = started(qtbot, data_paths)
    assert app.services is not None
    draft_id = app.services.database.drafts.create(Case.new(load_question_set()))
    app.window.reload()
    editor = app.window.open_draft(draft_id)
    editor.resize(1024, 700)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.go_to_field("benefit", "beneficiaries", "beneficiaries")
    field = QApplication.focusWidget()
    assert isinstance(field, QTextEdit)
    qtbot.keyClicks(field, "Housing need in Cymru")  # switched before the autosave fires
    assert editor.has_unsaved_changes()
    typed = field.toPlainText()
    assert typed == "Housing need in Cymru"

    app.window.language_actions["cy"].trigger()
    QCoreApplication.processEvents()

    assert editor.current_section().id == "benefit" and editor.isVisible()
    assert app.services.database.drafts.get(draft_id).case.answers  # saved first
    now = QApplication.focusWidget()
    assert now is not field and isinstance(now, type(field)) and editor.isAncestorOf(now)
    assert now.toPlainText() == typed and now.textCursor().position() == len(typed)
    assert editor.windowTitle().startswith(START) or START in editor.windowTitle()
    left = english_left([*visible_texts(app.window), *visible_texts(editor)], pseudo_welsh)
    assert left == [], "English left after switching to Welsh:\n" + "\n".join(left)

    app.window.language_actions["en"].trigger()
    QCoreApplication.processEvents()
    welsh = [f"{where}: {text!r}" for where, text in [*visible_texts(app.window), *visible_texts(editor)]
             if START in text]
    assert welsh == [], "Welsh left after switching back to English:\n" + "\n".join(welsh)
    assert editor.current_section().id == "benefit"
    app.window.close_editors()
    app.shutdown()


@pytest.mark.usefixtures("trusted_requester")
def test_switching_in_screener_mode_keeps_open_cases_their_pages_and_typing_and_records_nothing(
        qtbot, data_paths, monkeypatch, pseudo_welsh) -> None:
    from onsshare_desktop.gui.screening.mode import AppMode
    from onsshare_desktop.identity.profile import Profile, save_profile
    from onsshare_desktop.store.screening import annotation_draft

    system_language_is(monkeypatch, "en")
    save_profile(data_paths.identity, Profile("Sam Screener", "Office for National Statistics",
                                              "sam.screener@ons.gov.uk"))
    app = started(qtbot, data_paths)
    assert app.services is not None
    screening = app.services.database.screening
    pack_id = screening.add_pack(incoming(), SCREENER).id
    app.switch_mode(AppMode.SCREENER)
    window = app.screener
    assert window is not None
    window.resize(1024, 700)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.register.reload()
    workspace = case_read(qtbot, window.open_case(pack_id))
    workspace.go_to("Public benefit")
    comment = workspace.section_page("benefit").ui.commentEdit
    comment.setFocus()
    qtbot.keyClicks(comment, "Which councils?")
    history = len(screening.get(pack_id).history)

    window.language_actions["cy"].trigger()
    QCoreApplication.processEvents()

    renewed = case_read(qtbot, window.ui.tabs.currentWidget())  # the case is read again on a worker thread
    assert renewed is not workspace and window.open_cases() == [pack_id]
    assert renewed.ui.navList.currentRow() == workspace_row(renewed, "benefit")
    assert renewed.section_page("benefit").ui.commentEdit.toPlainText() == "Which councils?"
    assert QApplication.focusWidget() is renewed.section_page("benefit").ui.commentEdit
    assert len(screening.get(pack_id).history) == history  # switching records nothing
    assert annotation_draft("benefit") in screening.drafts(pack_id, window.actor)
    left = english_left(visible_texts(window), pseudo_welsh)
    assert left == [], "English left after switching to Welsh:\n" + "\n".join(left)

    window.language_actions["en"].trigger()
    QCoreApplication.processEvents()
    case_read(qtbot, window.ui.tabs.currentWidget())
    welsh = [f"{where}: {text!r}" for where, text in visible_texts(window) if START in text]
    assert welsh == [], "Welsh left after switching back to English:\n" + "\n".join(welsh)
    assert window.ui.tabs.currentWidget().section_page("benefit").ui.commentEdit.toPlainText() == "Which councils?"
    window.close()
    app.shutdown()


def workspace_row(workspace, section_id: str) -> int:  # type: ignore[no-untyped-def]
    from onsshare_desktop.gui.screening.workspace import PAGE_ROLE

    page = workspace.section_page(section_id).objectName()
    return next(n for n in range(workspace.ui.navList.count()) if workspace.ui.navList.item(n).data(PAGE_ROLE) == page)


def test_a_request_window_busy_attaching_follows_once_it_is_done(qtbot, services, monkeypatch,
                                                                 pseudo_welsh) -> None:
    from onsshare_desktop.gui.wizard.editor import RequestEditor

    draft_id = services.database.drafts.create(Case.new(services.question_set))
    editor = RequestEditor(services, draft_id)
    qtbot.addWidget(editor)
    editor.show()
    busy = [True]
    monkeypatch.setattr(editor, "is_busy", lambda: busy[0])
    apply_language("cy")
    editor.retranslate()
    assert not editor.ui.nextButton.text().startswith(START)  # waits
    busy[0] = False
    qtbot.waitUntil(lambda: editor.ui.nextButton.text().startswith(START), timeout=3000)


@pytest.mark.usefixtures("trusted_requester")
def test_a_case_with_an_action_under_way_follows_once_it_ends(qtbot, services, monkeypatch, pseudo_welsh) -> None:
    from onsshare_desktop.gui.screening.window import ScreenerWindow
    from onsshare_desktop.gui.screening.workspace import ReviewWorkspace

    pack_id = services.database.screening.add_pack(incoming(), SCREENER).id
    window = ScreenerWindow(services, SCREENER)
    qtbot.addWidget(window)
    window.show()
    workspace = case_read(qtbot, window.open_case(pack_id))
    busy = [True]
    monkeypatch.setattr(ReviewWorkspace, "busy", property(lambda self: busy[0]))
    apply_language("cy")
    window.retranslate()
    assert window.ui.tabs.currentWidget() is workspace  # an export is being signed: left alone for now
    assert window.ui.tabs.tabText(0).startswith(START)  # the rest of the window is in the new language
    busy[0] = False
    qtbot.waitUntil(lambda: window.ui.tabs.currentWidget() is not workspace, timeout=3000)
    renewed = window.ui.tabs.currentWidget()
    assert isinstance(renewed, ReviewWorkspace) and renewed.ui.backButton.text().startswith(START)


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (Alt+letter chooses the item), lower case."""
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_view_menu_item_has_its_own_alt_key_in_both_languages(qtbot, services, example_files,
                                                                      language) -> None:
    """The real catalogues: English and Cymraeg are reached from the keyboard (View, then N or Y) in either."""
    from onsshare_desktop.gui.main_window import MainWindow
    from onsshare_desktop.gui.screening.window import ScreenerWindow

    apply_language(language)
    drafts = MainWindow(example_files)
    screener = ScreenerWindow(services, SCREENER)
    for window in (drafts, screener):
        qtbot.addWidget(window)
    for menu in (drafts.ui.viewMenu, screener.ui.menuView):
        keys = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        for code in ("en", "cy"):  # one press of its key chooses it (not cycling through items that share it)
            key = mnemonic(MENU_TEXTS[code])
            assert key is not None and keys.count(key) == 1, (menu.title(), keys)


def test_the_help_window_follows_the_language_and_reads_the_welsh_pages_where_there_are_some(
        qtbot, tmp_path, monkeypatch) -> None:
    from onsshare_desktop.gui.help import window as help_window_module
    from onsshare_desktop.gui.help.window import HelpWindow

    pages = tmp_path / "help"
    (pages / "cy").mkdir(parents=True)
    (pages / "guide.html").write_text("<html><head><title>Guide</title></head><body>In English</body></html>")
    (pages / "other.html").write_text("<html><head><title>Other</title></head><body>Only in English</body></html>")
    (pages / "cy" / "guide.html").write_text("<html><head><title>Canllaw</title></head><body>Yn Gymraeg</body></html>")
    monkeypatch.setattr(help_window_module, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show_topic("guide.html")
    assert "In English" in window.browser.toPlainText()
    apply_language("cy")
    window.retranslate()
    assert "Yn Gymraeg" in window.browser.toPlainText() and "Canllaw" in window.windowTitle()
    window.show_topic("other.html")
    assert "Only in English" in window.browser.toPlainText()  # not translated yet: the English page
    apply_language("en")
    window.show_topic("guide.html")
    window.retranslate()
    assert "In English" in window.browser.toPlainText()


def test_a_missing_welsh_catalogue_opens_the_app_in_english_rather_than_not_at_all(qtbot, data_paths, monkeypatch,
                                                                                    tmp_path) -> None:
    from onsshare_desktop.gui import language

    monkeypatch.setattr(language, "catalogue_path", lambda code: str(tmp_path / "missing.qm"))
    app = Application(data_paths, language="cy")
    qtbot.addWidget(app.window)
    assert app.language == "en" and i18n.current_language() == "en"
    assert app.window.ui.actionNew.text() == "&New request"


@pytest.mark.usefixtures("trusted_requester")
def test_texts_from_the_question_set_follow_a_switch_both_ways(qtbot, services) -> None:
    """The real catalogues and the Welsh question set: a request's pages and a case's sections are made again from
    the question set in the new language (labels, help, section titles), and back."""
    from onsshare_desktop.gui.screening.window import ScreenerWindow
    from onsshare_desktop.gui.wizard.editor import RequestEditor

    english, welsh = load_question_set(language="en"), load_question_set(language="cy")
    draft_id = services.database.drafts.create(Case.new(services.question_set))
    editor = RequestEditor(services, draft_id)
    editor.show()
    editor.go_to("benefit", focus_first=False)
    window = ScreenerWindow(services, SCREENER)
    qtbot.addWidget(window)
    window.show()
    workspace = case_read(qtbot, window.open_case(services.database.screening.add_pack(incoming(), SCREENER).id))
    assert workspace is not None

    def shown_titles() -> tuple[str, list[str]]:
        page = editor.pages["benefit"]
        case = window.ui.tabs.currentWidget()
        return page.title.text(), [case.ui.navList.item(n).text() for n in range(case.ui.navList.count())]

    for language, qs in (("cy", welsh), ("en", english)):
        apply_language(language)
        editor.retranslate()
        window.retranslate()
        case_read(qtbot, window.ui.tabs.currentWidget())  # made again, the case read on a worker thread
        title, listed = shown_titles()
        benefit = next(s for s in qs.sections if s.id == "benefit")
        assert title == benefit.title and editor.question_set.language == language
        assert any(item.startswith(benefit.title) for item in listed), listed
        label = editor.pages["benefit"].findChild(QLabel, "benefits:label")
        assert label is not None and label.text() == qs.question("benefits").label
    editor.close()
