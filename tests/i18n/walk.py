"""Walk a window and collect every text a person can see or hear: labels, buttons, tooltips, accessible names and
descriptions, window titles, placeholders, tab titles, list and tree items, table headers, combo box choices, group
box titles, menu titles and menu items (menus count even when closed).

``english_left(texts, sources)`` is what a walk in Welsh must not find: texts equal to an English source text whose
Welsh translation differs from it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit, QListWidget, QMainWindow, QMenu,
    QPlainTextEdit, QTabWidget, QTextEdit, QTreeWidget, QTreeWidgetItemIterator, QWidget, QWizard,
)

_TAGS = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    return html.unescape(_TAGS.sub("", text)).strip() if "<" in text else text.strip()


def _menu_texts(menu: QMenu, where: str) -> Iterable[tuple[str, str]]:
    yield f"{where} menu", menu.title()
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield f"{where} › {action.text()}", action.text()
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            yield f"{where} › {action.text()} (tooltip)", action.toolTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} › {action.text()}")


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """``(where, text)`` for every text shown by ``window`` and its visible widgets (and its menus)."""
    found: list[tuple[str, str]] = [(f"{window.objectName()} title", window.windowTitle())]
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if widget is not window and (not widget.isVisibleTo(window) or widget.window() is not window):
            continue
        name = widget.objectName() or type(widget).__name__
        for what, text in _widget_texts(widget):
            if text and text.strip():
                found.append((f"{name} {what}", text))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.menu() is not None and action.isVisible():
                found += list(_menu_texts(action.menu(), window.objectName()))
    return found


def _widget_texts(widget: QWidget) -> Iterable[tuple[str, str]]:
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield "text", _plain(widget.text())
    elif isinstance(widget, QAbstractButton):
        yield "text", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "title", widget.title()
    elif isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        yield "placeholder", widget.placeholderText()
        if isinstance(widget, QTextEdit) and widget.isReadOnly():
            for line in widget.toPlainText().splitlines():
                yield "text", line
    elif isinstance(widget, QComboBox):
        yield "placeholder", widget.placeholderText()
        for n in range(widget.count()):
            yield f"choice {n}", widget.itemText(n)
    elif isinstance(widget, QTabWidget):
        for n in range(widget.count()):
            yield f"tab {n}", widget.tabText(n)
            yield f"tab {n} tooltip", widget.tabToolTip(n)
    if isinstance(widget, QWizard):
        yield "wizard page title", widget.currentPage().title() if widget.currentPage() else ""
        yield "wizard page subtitle", widget.currentPage().subTitle() if widget.currentPage() else ""
    if isinstance(widget, QListWidget):
        for n in range(widget.count()):
            for line in widget.item(n).text().splitlines():
                yield f"item {n}", line
            yield f"item {n} tooltip", widget.item(n).toolTip()
    elif isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        for column in range(widget.columnCount()):
            yield f"header {column}", header.text(column)
        iterator = QTreeWidgetItemIterator(widget)
        while iterator.value() is not None:
            item = iterator.value()
            for column in range(widget.columnCount()):
                yield f"item {column}", item.text(column)
                yield f"item {column} tooltip", item.toolTip(column)
            iterator += 1
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount()):
            yield f"header {column}", str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def english_sources(translations: Mapping[str, str]) -> dict[str, str]:
    """The English texts (also without their ``&`` mnemonic marks) whose translation differs, with it."""
    sources: dict[str, str] = {}
    for english, welsh in translations.items():
        if welsh and welsh != english:
            sources[english] = welsh
            bare = english.replace("&&", "\0").replace("&", "").replace("\0", "&")
            if bare and bare not in sources and bare != welsh.replace("&", ""):
                sources[bare] = welsh
    return sources


def english_left(texts: Iterable[tuple[str, str]], sources: Mapping[str, str]) -> list[str]:
    """``where: text`` for each text that is an English source with a different Welsh translation."""
    return sorted({f"{where}: {text!r}" for where, text in texts if text.strip() in sources})
