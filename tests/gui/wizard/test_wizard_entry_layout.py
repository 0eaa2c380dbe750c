"""The entries of a repeating question ("Datasets requested") are laid out whole: nothing cut off, nothing on top of
anything else and no empty band below, in a 1024x700 window and a wider one, also with fonts 1.6 times their size."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.case_io import load_case
from onsshare_desktop.gui.services import AppServices
from onsshare_desktop.gui.wizard.block import FieldBlock
from onsshare_desktop.gui.wizard.editor import RequestEditor
from onsshare_desktop.gui.wizard.repeating import EntryBox
from onsshare_desktop.resources import resource_path


@pytest.fixture(params=[1.0, 1.6], ids=["normal-font", "font-x1.6"])
def font_scale(request: Any, qapp: QApplication) -> Iterator[float]:
    """The application font at its size, then 1.6 times it (as a person with large text set would have)."""
    original = QApplication.font()
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * request.param)
    QApplication.setFont(font)
    yield request.param
    QApplication.setFont(original)


def _visible_children(widget: QWidget) -> list[QWidget]:
    return [child for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if child.isVisibleTo(widget) and not child.isWindow()]


def layout_faults(widget: QWidget, where: str = "") -> list[str]:
    """What is wrong with the layout inside ``widget``, recursively, in words (empty when nothing is).

    Children overlapping each other or sticking out of their parent, word-wrapped labels lower than their text
    needs at their width (cut off), and an empty band taller than a line below the last child.
    """
    where = f"{where}/{widget.objectName() or type(widget).__name__}"
    children = _visible_children(widget)
    faults = []
    for number, child in enumerate(children):
        name = f"{where}/{child.objectName() or type(child).__name__}"
        if not widget.rect().contains(child.geometry()):
            faults.append(f"{name} {child.geometry()} sticks out of {widget.rect()}")
        for other in children[number + 1:]:
            if child.geometry().intersects(other.geometry()):
                faults.append(f"{name} {child.geometry()} overlaps {other.objectName() or type(other).__name__} "
                              f"{other.geometry()}")
        if isinstance(child, QLabel) and child.wordWrap() and child.height() < child.heightForWidth(child.width()):
            faults.append(f"{name} ({child.text()[:30]!r}) is {child.height()} px high, its text needs "
                          f"{child.heightForWidth(child.width())}")
    if children and widget.layout() is not None:
        band = widget.height() - widget.contentsMargins().bottom() - max(c.geometry().bottom() + 1 for c in children)
        if band > widget.fontMetrics().lineSpacing():
            faults.append(f"{where}: an empty band of {band} px below its last child")
    for child in children:
        if child.layout() is not None:  # a composite: a field block, a repeating input, an entry, Yes/No
            faults += layout_faults(child, where)
    return faults


def dataset_faults(qtbot: QtBot, editor: RequestEditor) -> list[str]:
    """The layout faults of the "Datasets requested" block, its entries and what is in them, once the page has
    been laid out (text boxes grow to their text after they get their width, which takes a few passes)."""
    editor.go_to("data", focus_first=False)
    block = editor.findChild(FieldBlock, "datasets:block")
    assert block is not None and block.findChildren(EntryBox), "no dataset entry shown"
    try:
        qtbot.waitUntil(lambda: not layout_faults(block), timeout=2000)
    except qtbot.TimeoutError:
        pass  # the faults are listed below
    return layout_faults(block)


@pytest.mark.parametrize("size", [(1024, 700), (1400, 900)], ids=["1024x700", "1400x900"])
def test_an_empty_dataset_entry_showing_its_problems_is_laid_out_whole(
        qtbot: QtBot, open_editor: Any, services: AppServices, font_scale: float, size: tuple[int, int]) -> None:
    editor = open_editor(services.database.drafts.create(Case.new(services.question_set)))
    editor.resize(*size)
    editor.go_to("data", focus_first=False)
    qtbot.mouseClick(editor.findChild(QWidget, "datasets:add"), Qt.MouseButton.LeftButton)
    editor.go_to("requester", focus_first=False)  # leaving the page shows "Required." under the empty fields
    assert "Required." in editor.findChild(QLabel, "dataset_name:message").text()
    assert dataset_faults(qtbot, editor) == []


@pytest.mark.parametrize("size", [(1024, 700), (1400, 900)], ids=["1024x700", "1400x900"])
def test_the_entries_of_a_filled_in_request_are_laid_out_whole(
        qtbot: QtBot, open_editor: Any, services: AppServices, font_scale: float, size: tuple[int, int]) -> None:
    case = load_case(resource_path("examples", "welsh-government-housing.json").read_bytes())
    editor = open_editor(services.database.drafts.create(case))
    editor.resize(*size)
    assert dataset_faults(qtbot, editor) == []
