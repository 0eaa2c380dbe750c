"""Offline help: pages shipped in resources/help shown in the app's own viewer, F1 for the current screen, a Help menu
in both modes, the policy text."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from onsshare_desktop.gui.help.window import HelpWindow
from onsshare_desktop.resources import resource_path
from tests.screening_data import case_read, SCREENER, incoming, trusted_requester  # noqa: F401 - fixture

HELP = resource_path("help")


def press_f1(qtbot, widget) -> None:
    """F1 as a person presses it: in the active window (shortcuts only reach the active window)."""
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
    qtbot.keyClick(widget, Qt.Key.Key_F1)


def help_of(window) -> HelpWindow:
    found = window.findChild(HelpWindow, "helpWindow")
    assert found is not None and found.isVisible()
    return found


def test_f1_in_the_drafts_window_opens_the_requester_guide(qtbot, services, example_files) -> None:
    from onsshare_desktop.gui.main_window import MainWindow

    window = MainWindow(example_files)
    qtbot.addWidget(window)
    window.show()
    window.set_services(services)
    press_f1(qtbot, window)
    shown = help_of(window)
    assert shown.page() == "requester.html#drafts" and "Your drafts" in shown.browser.toPlainText()
    assert [a.text() for a in window.ui.helpMenu.actions()][:3] == [
        "Help for this &screen", "&Guide", "The data sharing &policy"]


@pytest.mark.usefixtures("trusted_requester")
def test_the_screener_has_a_help_menu_and_f1_follows_the_page(qtbot, services) -> None:
    from onsshare_desktop.gui.screening.window import ScreenerWindow

    pack_id = services.database.screening.add_pack(incoming(), SCREENER).id
    window = ScreenerWindow(services, SCREENER)
    qtbot.addWidget(window)
    window.show()
    assert "&Help" in [a.text() for a in window.menuBar().actions()]
    press_f1(qtbot, window)
    assert help_of(window).page() == "screener.html#register"
    workspace = case_read(qtbot, window.open_case(pack_id))
    workspace.go_to("Triage")
    press_f1(qtbot, workspace.ui.risksEdit)
    shown = help_of(window)
    assert shown.page() == "screener.html#triage"
    assert len(window.findChildren(HelpWindow)) == 1  # one help window, reused


def test_f1_in_a_request_opens_the_page_about_filling_it(qtbot, services, example_files) -> None:
    from onsshare_desktop.gui.main_window import MainWindow

    window = MainWindow(example_files)
    qtbot.addWidget(window)
    window.set_services(services)
    window.ui.newRequestButton.click()
    [editor] = window._editors.values()
    press_f1(qtbot, editor)
    assert help_of(editor).page() == "requester.html#request"
    window.close_editors()


def test_the_policy_page_and_links_work_without_a_network(qtbot) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    window.policy_button.click()
    text = window.browser.toPlainText()
    assert "The ONS Data Sharing Policy" in text and "Policy statement" in text
    assert "legal gateway" in text
    window.contents_button.click()
    assert window.page() == "index.html"
    window.browser.setSource(window.browser.source().resolved("screener.html"))
    window.back_button.click()
    assert window.page() == "index.html"


@pytest.mark.parametrize("page", sorted(p.name for p in HELP.glob("*.html")))
def test_every_help_link_leads_to_a_shipped_page_and_anchor(page: str) -> None:
    html = (HELP / page).read_text(encoding="utf-8")
    for target in re.findall(r'href="([^"]+)"', html):
        assert "://" not in target, f"{page} links outside the app: {target}"
        name, _hash, anchor = target.partition("#")
        assert name == "policy.html" or (HELP / name).is_file(), f"{page}: {target}"
        if anchor:
            assert f'name="{anchor}"' in (HELP / name).read_text(encoding="utf-8"), f"{page}: {target}"


def test_every_help_topic_the_windows_ask_for_exists() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in resource_path("..", "onsshare_desktop", "gui").rglob("*.py"))
    topics = set(re.findall(r'"(\w+\.html)#([\w-]+)"', source))
    topics |= {("screener.html", a) for a in ("triage", "checklist", "outcome", "history", "case", "register",
                                               "first-run")}
    for name, anchor in topics:
        assert f'name="{anchor}"' in (HELP / name).read_text(encoding="utf-8"), f"{name}#{anchor}"
