"""Translation markers for user-visible text outside Qt.

Qt code uses ``self.tr()`` / ``QCoreApplication.translate``; everything else wraps user-visible strings in
``_()`` so that ``xgettext``/``pybabel extract`` can collect them for the Welsh catalogue. Until a catalogue is
installed ``_`` returns the English text unchanged.
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
