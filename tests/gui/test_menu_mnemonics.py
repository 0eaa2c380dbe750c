"""Every menu's mnemonics (the underlined letter: Alt+F opens File, then R picks the item under R) are unique within
the menu bar and within each menu, in English and in Welsh, in both main windows (the requester's drafts window and
the screener's window, with a case open). Two items under one letter make the key cycle between them instead of
choosing one: the screener's View menu once had "&Register…" and "&Requester mode".

Every action of a menu counts, shown or hidden: what is hidden now (Restore, say) shows in another state.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from onsshare_desktop import i18n
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.gui.language import apply_language
from tests.screening_data import SCREENER, incoming, trusted_requester  # noqa: F401 - fixture


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` in ``text`` (``&&`` is a literal ampersand), lower-cased; None if none."""
    n = 0
    while n < len(text) - 1:
        if text[n] == "&":
            if text[n + 1] != "&":
                return text[n + 1].lower()
            n += 1  # "&&": skip the pair
        n += 1
    return None


def clashes(texts: list[str]) -> list[str]:
    """Texts sharing a mnemonic, grouped: ``["R: &Register… / &Requester mode"]``."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            by_letter[letter].append(text)
    return [f"{letter.upper()}: {' / '.join(same)}" for letter, same in by_letter.items() if len(same) > 1]


def menu_clashes(menu: QMenu, where: str) -> Iterator[str]:
    actions = [a for a in menu.actions() if not a.isSeparator()]
    for clash in clashes([a.text() for a in actions]):
        yield f"{where}: {clash}"
    for action in actions:
        if action.menu() is not None:
            yield from menu_clashes(action.menu(), f"{where} › {action.text()}")


def window_clashes(window: QMainWindow, name: str) -> list[str]:
    QApplication.processEvents()
    menus = [a for a in window.menuBar().actions() if a.menu() is not None]
    assert menus, f"{name} has no menus"
    found = [f"{name} menu bar: {clash}" for clash in clashes([a.text() for a in menus])]
    for action in menus:
        found += menu_clashes(action.menu(), f"{name} › {action.text()}")
    return found


def test_mnemonic_reads_the_letter_after_a_single_ampersand() -> None:
    assert mnemonic("&File") == "f" and mnemonic("S&creener mode") == "c" and mnemonic("Fish && &Chips") == "c"
    assert mnemonic("Fish && chips") is None and mnemonic("No letter") is None and mnemonic("end&") is None
    assert clashes(["&Register…", "&Requester mode", "&Close case"]) == ["R: &Register… / &Requester mode"]


@pytest.fixture(params=[i18n.ENGLISH, i18n.WELSH])
def language(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    apply_language(request.param)
    yield request.param
    apply_language(i18n.ENGLISH)


def test_the_drafts_window_menus_have_unique_mnemonics(qtbot, services, example_files, language: str) -> None:
    from onsshare_desktop.gui.main_window import MainWindow

    services = dataclasses.replace(services, question_set=load_question_set())
    window = MainWindow(example_files)
    qtbot.addWidget(window)
    window.set_services(services)
    window.show()
    assert window_clashes(window, f"drafts window ({language})") == []


@pytest.mark.usefixtures("trusted_requester")
def test_the_screener_window_menus_have_unique_mnemonics(qtbot, services, language: str) -> None:
    from onsshare_desktop.gui.screening.window import ScreenerWindow

    services = dataclasses.replace(services, question_set=load_question_set())
    pack_id = services.database.screening.add_pack(incoming(), SCREENER).id
    window = ScreenerWindow(services, SCREENER)
    qtbot.addWidget(window)
    window.show()
    found = window_clashes(window, f"screener window, register ({language})")
    assert window.open_case(pack_id) is not None
    found += window_clashes(window, f"screener window, a case open ({language})")
    assert found == []
