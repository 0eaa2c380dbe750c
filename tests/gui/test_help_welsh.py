"""The offline help in Welsh: a Welsh page for every English one, with the same links and anchors, shown by the help
window when the app's language is Welsh (and again in English after switching back)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from onsshare_desktop import i18n
from onsshare_desktop.gui.help.window import HelpWindow, help_search_paths
from onsshare_desktop.gui.language import apply_language
from onsshare_desktop.resources import resource_path

HELP = resource_path("help")
WELSH = HELP / "cy"
ENGLISH_PAGES = sorted(p.name for p in HELP.glob("*.html"))


class Page(HTMLParser):
    """A help page's links, anchors, title and words."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.links: list[str] = []
        self.anchors: list[str] = []
        self.title = ""
        self.words: list[str] = []
        self._in_title = False
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "a" and found.get("href"):
            self.links.append(str(found["href"]))
        self.anchors += [str(found[key]) for key in ("id", "name") if found.get(key)]
        self._in_title = tag == "title"

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        self.words += re.findall(r"[\w'’]+", data.lower())

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False


@pytest.fixture(autouse=True)
def _english_afterwards(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    apply_language(i18n.ENGLISH)


def test_the_welsh_help_has_exactly_the_english_pages() -> None:
    assert ENGLISH_PAGES and sorted(p.name for p in WELSH.glob("*.html")) == ENGLISH_PAGES


@pytest.mark.parametrize("name", ENGLISH_PAGES)
def test_a_welsh_page_has_the_links_and_anchors_of_its_english_page_and_is_translated(name: str) -> None:
    english, welsh = Page(HELP / name), Page(WELSH / name)
    assert welsh.links == english.links, "the same links, in the same order"
    assert welsh.anchors == english.anchors, "the same anchors (F1 opens pages at them)"
    assert welsh.title.strip() and welsh.title != english.title
    assert runs(welsh.words) & runs(english.words) == set(), "English left on the Welsh page"


def runs(words: list[str], length: int = 5) -> set[tuple[str, ...]]:
    """Every run of ``length`` consecutive words (a phrase left in English shows up as a shared run)."""
    return {tuple(words[i:i + length]) for i in range(len(words) - length + 1)}


def test_help_pages_are_read_from_the_welsh_folder_first_in_welsh() -> None:
    assert help_search_paths(i18n.ENGLISH) == [str(HELP)]
    assert help_search_paths(i18n.WELSH) == [str(WELSH), str(HELP)]
    i18n.set_language(i18n.WELSH)
    assert help_search_paths() == [str(WELSH), str(HELP)]


def test_the_help_window_opens_in_the_apps_language_and_follows_a_switch(qtbot) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    window.show_topic("requester.html#drafts")
    assert "Your drafts" in window.browser.toPlainText()
    i18n.set_language(i18n.WELSH)
    window.retranslate()  # what the app calls on every open help window when the language changes
    assert window.page() == "requester.html#drafts"
    text = window.browser.toPlainText()
    assert "Eich drafftiau" in text and "Your drafts" not in text
    window.show_topic("identity.html")  # a link followed in Welsh stays Welsh
    assert "Eich hunaniaeth lofnodi" in window.browser.toPlainText()
    i18n.set_language(i18n.ENGLISH)
    window.show_topic("screener.html#triage")
    assert "Triage" in window.browser.toPlainText() and "Brysbennu" not in window.browser.toPlainText()


def test_the_policy_page_in_welsh_keeps_the_english_policy_and_says_why(qtbot) -> None:
    apply_language(i18n.WELSH)  # the gettext and the Qt catalogue, as the app switches
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show_topic("policy.html")
    text = window.browser.toPlainText()
    assert "Policy statement" in text and "a suitable legal gateway exists" in text  # the policy, as published
    assert "Dim ond yn Saesneg y cyhoeddir y polisi" in text and "Cynnwys y cymorth" in text
    assert re.search(r'<a href="index.html">', window.browser.toHtml()) is not None
