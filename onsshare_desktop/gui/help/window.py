"""The help window: the pages in ``resources/help/`` (in Welsh: ``resources/help/cy/``) in a QTextBrowser (links between pages, Back and Forward), and
the policy text. It never opens a web browser and never uses the network.

``show_help(owner, topic)`` opens (or brings forward) the help window of ``owner``'s window at ``topic``, a page name
with an optional anchor (``"screener.html#triage"``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from onsshare_desktop.resources import resource_path

HELP_DIR = "help"
POLICY_PAGE = "policy.html"
CONTENTS_PAGE = "index.html"


def help_search_paths(language: str | None = None) -> list[str]:
    """Where the help pages are read from for ``language`` (None: the app's current language):
    ``resources/help/<language>/`` first (the Welsh pages are ``resources/help/cy/requester.html`` and so on), then
    the English pages in ``resources/help/`` (so a page not yet translated still opens)."""
    from onsshare_desktop.i18n import ENGLISH, current_language

    english = resource_path(HELP_DIR)
    language = language or current_language()
    translated = english / language
    return ([str(translated)] if language != ENGLISH and translated.is_dir() else []) + [str(english)]


class HelpBrowser(QTextBrowser):
    """Reads pages from ``resources/help``; ``policy.html`` is made from the policy text. Links to anything else
    (a web address) are not followed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpBrowser")
        self.setOpenLinks(True)
        self.setOpenExternalLinks(False)
        self.setSearchPaths(help_search_paths())

    def loadResource(self, kind: int, name: QUrl) -> Any:  # noqa: N802 - Qt override
        if name.scheme() not in ("", "file", "qrc"):
            return None  # offline: no web pages
        if name.fileName() == POLICY_PAGE:
            from onsshare_desktop.gui.help.policy import policy_html

            from onsshare_desktop.i18n import ENGLISH, current_language

            text = resource_path("policy", "ons-data-sharing-policy.txt").read_text(encoding="utf-8")
            note = "" if current_language() == ENGLISH else self.tr(
                "The policy is published in English only, so it is shown here in English.")
            return policy_html(text, self.tr("The ONS Data Sharing Policy"), self.tr("Help contents"), note)
        return super().loadResource(kind, name)


class HelpWindow(QWidget):
    """A window with the help pages: Back, Forward, Contents, the policy; Esc closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.browser = HelpBrowser(self)
        self.back_button = QPushButton(self)
        self.forward_button = QPushButton(self)
        self.contents_button = QPushButton(self)
        self.policy_button = QPushButton(self)
        self._texts()
        row = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.contents_button, self.policy_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.contents_button.clicked.connect(lambda: self.show_topic(CONTENTS_PAGE))
        self.policy_button.clicked.connect(lambda: self.show_topic(POLICY_PAGE))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, activated=self.browser.backward)
        QShortcut(QKeySequence("Esc"), self, activated=self.close)
        self.resize(760, 640)

    def _texts(self) -> None:
        self.setWindowTitle(self.tr("Help: ONS data sharing requests"))
        self.back_button.setText(self.tr("&Back"))
        self.forward_button.setText(self.tr("&Forward"))
        self.contents_button.setText(self.tr("&Contents"))
        self.policy_button.setText(self.tr("The &policy"))

    def retranslate(self) -> None:
        """The app's language changed: the buttons, and the page shown, in the new language."""
        self._texts()
        self.browser.setSearchPaths(help_search_paths())
        self.browser.reload()
        self.setWindowTitle(self.tr("Help: %1").replace("%1", self.browser.documentTitle() or self.tr("contents")))

    def show_topic(self, topic: str) -> None:
        """Show ``topic`` (``page.html`` or ``page.html#anchor``) in the app's current language."""
        self.browser.setSearchPaths(help_search_paths())
        self.browser.setSource(QUrl(topic))
        self.setWindowTitle(self.tr("Help: %1").replace("%1", self.browser.documentTitle() or self.tr("contents")))

    def page(self) -> str:
        """The page shown now (``screener.html#triage``)."""
        return self.browser.source().toString()


def show_help(owner: QWidget, topic: str = CONTENTS_PAGE) -> HelpWindow:
    """Open ``owner``'s window's help at ``topic``, reusing the help window it opened before."""
    window = owner.window()
    help_window = window.findChild(HelpWindow, "helpWindow")
    if help_window is None:
        help_window = HelpWindow(window)
    help_window.show_topic(topic)
    help_window.show()
    help_window.raise_()
    help_window.activateWindow()
    return help_window
