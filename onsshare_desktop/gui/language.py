"""The window's language: which one, remembered, and switching to it while the app runs.

One language for the whole app (``i18n.LANGUAGES``: English, Cymraeg). At start-up it is ``--lang`` if given, else
the one chosen before (the ``language`` key of the data folder's ``settings.ini``, beside the mode), else the
system's (``i18n.system_language``: ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``). ``apply_language``
switches both catalogues: gettext for ``_()`` (``i18n.set_language``) and the Qt catalogue for ``tr()`` (a
``QTranslator`` with ``resources/i18n/onsshare_<code>.qm``, also carrying Qt's own OK, Cancel, Next...). Windows then
show the new language through their ``retranslate()`` (see ``gui.app.Application.set_language``).

The language choice itself is named in each language's own words (English, Cymraeg), never translated.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTranslator, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from onsshare_desktop import i18n
from onsshare_desktop.resources import resource_path

LANGUAGE_KEY = "language"
LANGUAGE_NAMES = {i18n.ENGLISH: "English", i18n.WELSH: "Cymraeg"}
"""Each language in its own words, as a language choice shows it (never translated)."""
MENU_TEXTS = {i18n.ENGLISH: "E&nglish", i18n.WELSH: "C&ymraeg"}
"""The View menu's items: own-language names with Alt keys (N, Y) no other item of either View menu uses, in either
language (tests/gui/test_language_switch.py)."""
TOOLTIPS = {i18n.ENGLISH: "Show the app in English", i18n.WELSH: "Dangos yr ap yn Gymraeg"}
"""Said in the language each item switches to, so that someone who reads only that language finds it."""

OFFER_TEXT = "Choose your language · Dewiswch eich iaith"
"""The first run's language offer, in both languages (never translated: it is read before the choice)."""

OFFER_STYLE = ("#languageOffer { background: palette(alternate-base); border-left: 3px solid #1d70b8; }"
               " #languageOfferLabel { font-weight: bold; }")

_translator: QTranslator | None = None


def saved_language(settings: QSettings) -> str | None:
    """The language chosen before in this data folder, or None if none was chosen yet (the first run)."""
    value = settings.value(LANGUAGE_KEY)
    return i18n.normalise(str(value)) if value else None


def save_language(settings: QSettings, code: str) -> None:
    """Remember ``code`` as this data folder's language (also ends the first-run language offer)."""
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()


def start_language(settings: QSettings, override: str | None = None) -> str:
    """The language to open in: ``override`` (``--lang``), else the saved choice, else the system's."""
    return i18n.normalise(override) or saved_language(settings) or i18n.system_language()


def catalogue_path(code: str) -> str:
    """The compiled Qt catalogue of ``code`` (English, the source language, has none)."""
    return str(resource_path("i18n", f"{i18n.DOMAIN}_{code}.qm"))


def apply_language(code: str) -> None:
    """Make ``code`` the language of ``_()`` and of every ``tr()`` from now on (widgets already built keep their
    texts until retranslated). Raises ``ValueError`` for a language the app does not speak, ``OSError`` when its
    Qt catalogue cannot be read."""
    global _translator
    if code not in i18n.LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    app = QCoreApplication.instance()
    translator = None
    if code != i18n.ENGLISH:
        translator = QTranslator(app)
        if not translator.load(catalogue_path(code)):
            raise OSError(f"the {LANGUAGE_NAMES[code]} catalogue {catalogue_path(code)} could not be read")
    i18n.set_language(code)
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator.deleteLater()
        _translator = None
    if translator is not None:
        QCoreApplication.installTranslator(translator)
        _translator = translator


def current_language() -> str:
    """The app's language now."""
    return i18n.current_language()


def add_language_actions(menu: QMenu, owner: QObject, chosen: Callable[[str], None],
                         before: QAction | None = None) -> dict[str, QAction]:
    """Put one checkable item per language (English, Cymraeg) into ``menu`` (before ``before``, after a separator),
    the current language checked; choosing one calls ``chosen(code)``. Returns the actions by language code."""
    group = QActionGroup(owner)
    group.setExclusive(True)
    actions: dict[str, QAction] = {}
    separator = menu.addSeparator()
    for code in i18n.LANGUAGES:
        action = menu.addAction(MENU_TEXTS[code])  # not QAction(text, parent): it builds QIcon's enums (2 ms)
        action.setObjectName(f"actionLanguage_{code}")
        action.setCheckable(True)
        action.setChecked(code == current_language())
        action.setToolTip(TOOLTIPS[code])
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: chosen(c))
        actions[code] = action
    if before is not None:
        for moved in (separator, *actions.values()):
            menu.removeAction(moved)
            menu.insertAction(before, moved)
    return actions


def show_checked(actions: dict[str, QAction], code: str | None = None) -> None:
    """Check the item of ``code`` (the current language when None)."""
    code = code or current_language()
    for language, action in actions.items():
        action.setChecked(language == code)


class LanguageOffer(QFrame):
    """The first run's language choice, at the top of the drafts window, in both languages at once: "Choose your
    language · Dewiswch eich iaith" with a button per language (the current one marked). Choosing, here or in the
    View menu, remembers the choice and the offer goes.

    Signals:
    chosen(str): the language code whose button was pressed.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageOffer")
        self.setStyleSheet(OFFER_STYLE)
        self.setAccessibleName(OFFER_TEXT)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(OFFER_TEXT, self)
        self.label.setObjectName("languageOfferLabel")
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.buttons: dict[str, QPushButton] = {}
        for code in i18n.LANGUAGES:
            button = QPushButton(LANGUAGE_NAMES[code], self)
            button.setObjectName(f"languageOfferButton_{code}")
            button.setToolTip(TOOLTIPS[code])
            button.setAccessibleDescription(OFFER_TEXT)
            button.setCheckable(True)
            button.setAutoDefault(True)  # Enter presses the focused one, as Space does
            button.clicked.connect(lambda _checked=False, c=code: self.chosen.emit(c))
            layout.addWidget(button)
            self.buttons[code] = button
        self.show_current()

    def show_current(self) -> None:
        """Mark the button of the language shown now."""
        for code, button in self.buttons.items():
            button.setChecked(code == current_language())
