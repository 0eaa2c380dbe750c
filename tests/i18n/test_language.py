"""The process language, the per-thread language documents are rendered in, and the system default."""

from __future__ import annotations

import threading

import pytest

from onsshare_desktop import i18n


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    i18n.set_language(i18n.ENGLISH)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "cy_GB.UTF-8"}, "cy"),
        ({"LANGUAGE": "cy:en", "LANG": "en_GB.UTF-8"}, "cy"),
        ({"LANGUAGE": "fr:cy"}, "cy"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "cy_GB.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LC_MESSAGES": "cy_GB@euro"}, "cy"),
        ({}, "en"),
    ],
)
def test_system_language_follows_the_posix_variables_in_order(environ, expected):
    assert i18n.system_language(environ) == expected


@pytest.mark.parametrize("code", ["cy", "CY", "cy-GB", "cy_GB.UTF-8"])
def test_normalise_accepts_the_usual_spellings_of_welsh(code):
    assert i18n.normalise(code) == "cy"


def test_normalise_refuses_a_language_the_app_does_not_speak():
    assert i18n.normalise("fr_FR") is None
    with pytest.raises(ValueError):
        i18n.set_language("fr")


def test_use_language_switches_only_the_current_thread():
    i18n.set_language(i18n.ENGLISH)
    seen: list[str] = []
    inside = threading.Event()
    release = threading.Event()

    def worker() -> None:
        with i18n.use_language(i18n.WELSH):
            seen.append(i18n.current_language())
            inside.set()
            release.wait(5)
        seen.append(i18n.current_language())

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(5)
    assert i18n.current_language() == i18n.ENGLISH  # the window's language is untouched meanwhile
    release.set()
    thread.join(5)
    assert seen == ["cy", "en"]


def test_set_language_is_the_default_for_every_thread():
    i18n.set_language(i18n.WELSH)
    seen: list[str] = []
    thread = threading.Thread(target=lambda: seen.append(i18n.current_language()))
    thread.start()
    thread.join(5)
    assert seen == ["cy"]
