"""The Help menu's first three items: help for the current screen (F1), the mode's guide, the policy.

Kept free of the ``Qt`` namespace and of the help window's imports: the drafts window builds its menu before it first
shows (see ``gui.main_window`` on start-up cost); the help window is imported when help is first asked for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

POLICY_PAGE = "policy.html"


def open_help(window: QWidget, topic: str) -> None:
    from onsshare_desktop.gui.help.window import show_help

    show_help(window, topic)


def _texts(window: QWidget) -> dict[str, str]:
    """The three items' texts in the current language, by object name."""
    del window  # the same texts in every window (one context, "HelpMenu", in the Qt catalogue)
    return {"actionHelpHere": QCoreApplication.translate("HelpMenu", "Help for this &screen"),
            "actionHelpGuide": QCoreApplication.translate("HelpMenu", "&Guide"),
            "actionHelpPolicy": QCoreApplication.translate("HelpMenu", "The data sharing &policy")}


def retranslate_help_actions(window: QWidget) -> None:
    """After a change of language: the items ``add_help_actions`` put in ``window``'s menu, in the new language."""
    from PySide6.QtGui import QAction

    for name, text in _texts(window).items():
        action = window.findChild(QAction, name)
        if action is not None:
            action.setText(text)


def add_help_actions(window: QWidget, menu: QMenu, topic: Callable[[], str], guide: str) -> None:
    """Put "Help for this screen" (F1), the mode's guide and the policy at the top of ``menu``; ``topic()`` names
    the current screen's page (``screener.html#triage``)."""
    first = menu.actions()[0] if menu.actions() else None
    added = []
    texts = _texts(window)
    for name, target in (("actionHelpHere", None), ("actionHelpGuide", guide), ("actionHelpPolicy", POLICY_PAGE)):
        action = menu.addAction(texts[name])  # not QAction(text, parent): that builds QIcon's enums (start-up cost)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False, t=target: open_help(window, t or topic()))
        added.append(action)
    added[0].setShortcuts([QKeySequence("F1")])
    if first is not None:
        for action in added:
            menu.removeAction(action)
            menu.insertAction(first, action)
        menu.insertSeparator(first)
