"""Fill a whole request through the wizard: by typing and clicking, and with the keyboard alone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from onsshare_desktop.domain.flow import visible_answers
from onsshare_desktop.domain.questions import QuestionSet
from onsshare_desktop.domain.validation import validate_answers
from onsshare_desktop.gui.services import AppServices
from wizard_answers import complete_answers
from wizard_driver import KeyboardOnly, child, fill_current_page


def _expected(qs: QuestionSet) -> dict[str, Any]:
    answers = complete_answers(qs)
    assert not validate_answers(qs, answers)
    return visible_answers(qs, answers)


def test_fill_a_complete_case_by_typing_and_clicking(qtbot: QtBot, open_editor: Any, new_draft: int,
                                                     services: AppServices, qs: QuestionSet) -> None:
    editor = open_editor(new_draft)
    answers = complete_answers(qs)
    visited = []
    while True:
        visited.append(editor.current_section().id)
        fill_current_page(qtbot, editor, answers)
        if not editor.ui.nextButton.isEnabled():
            break
        qtbot.mouseClick(editor.ui.nextButton, Qt.MouseButton.LeftButton)

    assert visited == [s.id for s in qs.sections]  # every section, including the DPIA one
    review = editor.pages["declaration"]
    assert review.ui.finishButton.isEnabled(), review.problems
    with qtbot.waitSignal(editor.export_requested) as exported:
        qtbot.mouseClick(review.ui.finishButton, Qt.MouseButton.LeftButton)
    case = exported.args[0]
    assert visible_answers(qs, case.answers) == _expected(qs)
    assert services.database.drafts.get(new_draft).case.answers == case.answers  # saved before export


def test_fill_a_complete_case_with_the_keyboard_only(qtbot: QtBot, open_editor: Any, new_draft: int,
                                                     qs: QuestionSet) -> None:
    editor = open_editor(new_draft)
    answers = complete_answers(qs)
    exported: list[Any] = []
    editor.export_requested.connect(exported.append)
    qtbot.waitUntil(child(editor, "project_title").hasFocus)  # a new request opens on its first question

    driver = KeyboardOnly(qtbot, editor, answers)
    driver.run()

    assert driver.visited == [s.id for s in qs.sections[:-1]]
    assert len(exported) == 1
    assert visible_answers(qs, exported[0].answers) == _expected(qs)
