"""The user's language, and translation of user-visible text outside Qt.

Qt code uses ``self.tr()`` / ``QCoreApplication.translate`` (catalogue ``resources/i18n/onsshare_cy.qm``, installed
by the window); everything else wraps user-visible strings in ``_()`` so that ``pybabel extract`` collects them
into the gettext catalogue ``resources/i18n/cy/LC_MESSAGES/onsshare.po``. Texts with a count use ``ngettext()``
everywhere, Qt code included, so one catalogue carries every plural form (Welsh has six).

The process has one language (``set_language``). A signed document is rendered, and re-rendered by the pages check,
in the language recorded in its manifest whatever the reader's language: ``use_language`` switches ``_()`` for the
current thread only, so a worker rendering a Welsh pack does not change the window's English.
"""

from __future__ import annotations

import contextlib
import gettext
import os
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from functools import cache
from typing import TypeVar

ENGLISH = "en"
WELSH = "cy"
LANGUAGES: tuple[str, ...] = (ENGLISH, WELSH)
"""Every language the app speaks, English (the source language) first."""

DOMAIN = "onsshare"
K = TypeVar("K")

_process_language = ENGLISH
_context_language: ContextVar[str | None] = ContextVar("onsshare_language", default=None)


def normalise(code: str | None) -> str | None:
    """``"cy"`` for ``"cy_GB.UTF-8"``, ``"cy-GB"`` or ``"CY"``; ``None`` for a language the app does not speak."""
    if not code:
        return None
    base = code.strip().replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def system_language(environ: dict[str, str] | None = None) -> str:
    """The language the system asks for (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``), else English.

    ``LANGUAGE`` may list several languages in order of preference (``cy:en``); the first the app speaks wins.
    """
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if not value:
            continue
        for candidate in value.split(":"):
            code = normalise(candidate)
            if code is not None:
                return code
        if variable != "LANGUAGE":  # a set locale variable that names another language means "not Welsh"
            return ENGLISH
    if environ is None:
        import locale  # only here: most starts find the language in the environment

        with contextlib.suppress(ValueError):
            code = normalise(locale.getlocale(locale.LC_MESSAGES)[0])
            if code is not None:
                return code
    return ENGLISH


@cache
def catalogue(code: str) -> gettext.NullTranslations:
    """The gettext catalogue of ``code`` (English, the source language, has none)."""
    if code == ENGLISH:
        return gettext.NullTranslations()
    from onsshare_desktop.resources import resource_path  # pathlib: not needed by --version

    path = resource_path("i18n", code, "LC_MESSAGES", f"{DOMAIN}.mo")
    with open(path, "rb") as mo:
        return gettext.GNUTranslations(mo)


def set_language(code: str) -> None:
    """Make ``code`` the language of the whole process (every thread not inside ``use_language``)."""
    global _process_language
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    catalogue(code)  # fail here, not at the first message, if the catalogue is missing
    _process_language = code


def current_language() -> str:
    """The language ``_()`` answers in here: the one ``use_language`` chose, else the process's."""
    return _context_language.get() or _process_language


@contextlib.contextmanager
def use_language(code: str) -> Iterator[None]:
    """Within the block, ``_()`` and ``ngettext()`` on this thread answer in ``code``; other threads are untouched."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    catalogue(code)
    token = _context_language.set(code)
    try:
        yield
    finally:
        _context_language.reset(token)


def _(message: str) -> str:
    """Return ``message`` in the current language."""
    return catalogue(current_language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """``singular`` or ``plural`` (or, with a catalogue, the language's own form) for the count ``n``.

    Every text that shows a count uses this (``"{n} problem"`` / ``"{n} problems"``), never a fixed plural; Qt
    code uses it too, so one catalogue carries every plural form (Welsh has six).
    """
    return catalogue(current_language()).ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 - the conventional gettext name of the no-op marker
    """Mark ``message`` for the catalogue without translating it now.

    For texts defined when a module is imported (a table of an enum's labels): translating them then would fix
    them in the language of the moment. Keep the English here and translate where the text is shown, with
    ``_(text)`` or, for a whole table, ``Labels``.
    """
    return message


def N_plural(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802 - a marker, like N_
    """Mark a text with a count for the catalogue without translating it now (``N_`` for ``ngettext``); look it up
    later with ``ngettext(singular, plural, n)``."""
    return singular, plural


_LANGUAGE_NAMES = {ENGLISH: N_("English"), WELSH: N_("Welsh")}


def language_name(code: str) -> str:
    """The name of the language ``code`` in the current language ("Welsh", or "Cymraeg" in Welsh)."""
    return _(_LANGUAGE_NAMES[code])


class Labels(Mapping[K, str]):
    """A fixed table of user-visible texts (an enum's labels, marked with ``N_``) that answers every lookup in the
    current language, so a table built at import time still follows ``set_language`` and ``use_language``.

    Example::

        STATUS_LABELS = Labels({Status.OPEN: N_("Open"), Status.CLOSED: N_("Closed")})
        STATUS_LABELS[Status.OPEN]  # "Ar agor" inside use_language("cy")
    """

    def __init__(self, source: Mapping[K, str]) -> None:
        self._source = dict(source)

    def __getitem__(self, key: K) -> str:
        return _(self._source[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._source)

    def __len__(self) -> int:
        return len(self._source)

    def source(self, key: K) -> str:
        """The English text of ``key`` (what the catalogue is keyed by)."""
        return self._source[key]
