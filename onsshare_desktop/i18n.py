"""Translation markers for user-visible text outside Qt.

Qt code uses ``self.tr()`` / ``QCoreApplication.translate``; everything else wraps user-visible strings in
``_()`` so that ``xgettext``/``pybabel extract`` can collect them for the Welsh catalogue. Texts with a count use
``ngettext()`` everywhere, Qt code included. Until a catalogue is installed both return the English text.
"""

from __future__ import annotations

import gettext

_translation: gettext.NullTranslations = gettext.NullTranslations()


def install(translation: gettext.NullTranslations) -> None:
    """Make ``translation`` the catalogue used by ``_``."""
    global _translation
    _translation = translation


def _(message: str) -> str:
    """Return ``message`` in the user's language."""
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """``singular`` or ``plural`` (or, with a catalogue, the language's own form) for the count ``n``.

    Every text that shows a count uses this (``"{n} problem"`` / ``"{n} problems"``), never a fixed plural; Qt
    code uses it too, so one catalogue carries every plural form (Welsh has six).
    """
    return _translation.ngettext(singular, plural, n)
