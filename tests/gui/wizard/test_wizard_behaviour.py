"""The wizard's behaviour: conditions, validation in words, review links, Finish, titles and shortcuts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from onsshare_desktop.domain.flow import visible_answers
from onsshare_desktop.domain.questions import QuestionSet
from onsshare_desktop.domain.validation import validate_answers
from onsshare_desktop.gui.services import AppServices
from onsshare_desktop.gui.wizard.editor import SECTION_ROLE, RequestEditor
from wizard_answers import complete_answers
from wizard_driver import child, choose_by_keys, click, fill_current_page


def listed_sections(editor: RequestEditor) -> list[str]:
    listing = editor.ui.sectionList
    return [listing.item(row).data(SECTION_ROLE) for row in range(listing.count())]


def message(editor: RequestEditor, question_id: str) -> str:
    label = child(editor, f"{question_id}:message")
    assert isinstance(label, QLabel)
    return label.text() if label.isVisible() else ""


def test_dpia_section_follows_the_living_individuals_answer_both_ways(
        qtbot: QtBot, open_editor: Any, new_draft: int, qs: QuestionSet) -> None:
    editor = open_editor(new_draft)
    editor.go_to("data")
    assert "dpia" not in listed_sections(editor)

    click(qtbot, child(editor, "living_individuals:yes"))
    qtbot.waitUntil(lambda: "dpia" in listed_sections(editor))
    editor.go_to("security")
    qtbot.mouseClick(editor.ui.nextButton, Qt.MouseButton.LeftButton)
    assert editor.current_section().id == "dpia"
    choose_by_keys(qtbot, child(editor, "dpia_status"), "completed")  # type: ignore[arg-type]

    editor.go_to("data")
    click(qtbot, child(editor, "living_individuals:no"))
    qtbot.waitUntil(lambda: "dpia" not in listed_sections(editor))
    editor.go_to("security")
    qtbot.mouseClick(editor.ui.nextButton, Qt.MouseButton.LeftButton)
    assert editor.current_section().id == "ethics"  # the DPIA page is skipped

    case = editor.case()
    assert case.answers["dpia_status"] == "completed"  # kept in the draft...
    assert "dpia_status" not in case.to_json(qs)["answers"]  # ...but left out of the case that is exported
    assert not [p for p in validate_answers(qs, case.answers) if p.section_id == "dpia"]


def test_conditional_question_shows_and_hides_live_and_keeps_its_answer(
        qtbot: QtBot, open_editor: Any, new_draft: int, qs: QuestionSet) -> None:
    editor = open_editor(new_draft)
    other_block = child(editor, "org_type_other:block")
    org_type = child(editor, "org_type")
    assert not other_block.isVisible()

    org_type.setFocus()
    choose_by_keys(qtbot, org_type, "other")  # type: ignore[arg-type]
    assert other_block.isVisible()
    qtbot.keyClicks(child(editor, "org_type_other"), "Regulator")
    qtbot.keyClick(org_type, Qt.Key.Key_Up)  # back to "Business"
    assert not other_block.isVisible()
    assert editor.case().answers["org_type_other"] == "Regulator"
    assert "org_type_other" not in visible_answers(qs, editor.case().answers)


def test_validation_is_shown_in_words_beside_the_field_and_never_blocks(
        qtbot: QtBot, open_editor: Any, new_draft: int) -> None:
    editor = open_editor(new_draft)
    email = child(editor, "contact_email")
    assert message(editor, "contact_email") == ""  # untouched: no nagging

    qtbot.keyClicks(email, "jo.bloggs")
    assert "does not look like an e-mail address" in message(editor, "contact_email")
    qtbot.keyClicks(email, "@example.org")
    assert message(editor, "contact_email") == ""

    qtbot.keyClicks(child(editor, "project_title"), "x" * 151)
    assert message(editor, "project_title") == "Too long: 151 characters, the limit is 150."
    qtbot.keyClicks(child(editor, "contact_phone"), "call me")
    assert "digits, spaces and + ( ) -" in message(editor, "contact_phone")

    assert editor.ui.nextButton.isEnabled()  # problems never block moving on
    qtbot.mouseClick(editor.ui.nextButton, Qt.MouseButton.LeftButton)
    assert editor.current_section().id == "data"
    qtbot.mouseClick(editor.ui.backButton, Qt.MouseButton.LeftButton)
    assert message(editor, "org_name") == "Required."  # shown once the page has been left
    email_field = child(editor, "contact_email")
    assert isinstance(email_field, QLineEdit) and email_field.accessibleName() == "Lead contact e-mail"


def test_date_and_integer_fields_are_checked(qtbot: QtBot, open_editor: Any, new_draft: int) -> None:
    editor = open_editor(new_draft)
    editor.go_to("declaration")
    qtbot.keyClicks(child(editor, "declaration_date"), "25/13/2026")  # no 13th month (25/11/2026 is accepted)
    assert message(editor, "declaration_date") == "Give a date as YYYY-MM-DD."
    date = child(editor, "declaration_date")
    assert isinstance(date, QLineEdit)
    date.clear()
    qtbot.keyClicks(date, "2026-11-25")
    assert message(editor, "declaration_date") == ""
    assert editor.case().answers["declaration_date"] == "2026-11-25"

    editor.go_to("data")
    click(qtbot, child(editor, "datasets:add"))
    records = child(child(editor, "datasets:0"), "dataset_records")
    qtbot.keyClicks(records, "12a3")  # letters are not accepted
    assert editor.case().answers["datasets"] == [{"dataset_records": 123}]


def test_review_lists_problems_as_links_to_the_fields(qtbot: QtBot, open_editor: Any, new_draft: int) -> None:
    editor = open_editor(new_draft)
    editor.go_to("data")
    click(qtbot, child(editor, "datasets:add"))
    editor.go_to("declaration")
    review = editor.pages["declaration"]
    tree = review.ui.summaryTree
    assert not review.ui.finishButton.isEnabled()
    assert "problems to put right" in review.ui.statusLabel.text()

    items = {tree.topLevelItem(i).child(j).text(0): tree.topLevelItem(i).child(j)
             for i in range(tree.topLevelItemCount()) for j in range(tree.topLevelItem(i).childCount())}
    assert items["Lead contact e-mail"].text(1) == "Required."
    tree.setFocus()
    tree.setCurrentItem(items["Lead contact e-mail"])
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert editor.current_section().id == "requester"
    assert child(editor, "contact_email").hasFocus()

    editor.go_to("declaration")
    entry_item = items["Datasets requested, entry 1: Dataset name"]
    tree = review.ui.summaryTree
    entry_item = next(tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
                      for j in range(tree.topLevelItem(i).childCount())
                      if tree.topLevelItem(i).child(j).text(0) == "Datasets requested, entry 1: Dataset name")
    rect = tree.visualItemRect(entry_item)
    tree.scrollToItem(entry_item)
    rect = tree.visualItemRect(entry_item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.current_section().id == "data"
    assert child(child(editor, "datasets:0"), "dataset_name").hasFocus()


def test_finish_needs_no_problems_and_without_an_export_handler_closes(
        qtbot: QtBot, open_editor: Any, services: AppServices, qs: QuestionSet) -> None:
    from onsshare_desktop.domain.case import Case

    answers = complete_answers(qs)
    draft = services.database.drafts.create(Case.new(qs))
    case = services.database.drafts.get(draft).case
    for question_id, value in answers.items():
        case = case.with_answer(question_id, value)
    services.database.drafts.save(draft, case.with_answer("declare_truthful", None))
    editor = open_editor(draft)
    editor.go_to("declaration")
    finish = editor.pages["declaration"].ui.finishButton
    assert not finish.isEnabled()
    assert editor.pages["declaration"].ui.statusLabel.text() == "1 problem to put right before you can export the pack."

    click(qtbot, child(editor, "declare_truthful"))
    assert finish.isEnabled()
    with qtbot.waitSignal(editor.closed):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert services.database.drafts.get(draft).case.answers["declare_truthful"] is True


def test_keyboard_shortcuts_move_between_sections(qtbot: QtBot, open_editor: Any, new_draft: int) -> None:
    editor = open_editor(new_draft)
    field = child(editor, "project_title")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert editor.current_section().id == "data"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_section().id == "justification"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert editor.current_section().id == "requester"
    assert field.hasFocus()  # moving to a page focuses its first field
    assert not editor.ui.backButton.isEnabled()


def test_section_list_shows_completeness_and_the_title_follows_the_project(
        qtbot: QtBot, open_editor: Any, new_draft: int, qs: QuestionSet) -> None:
    editor = open_editor(new_draft)
    fill_current_page(qtbot, editor, complete_answers(qs))
    qtbot.waitUntil(lambda: editor.ui.sectionList.item(0).text() == "Requesting party\nComplete")
    assert editor.ui.sectionList.item(1).text() == "Data requested\n0% complete"
    assert editor.windowTitle().startswith("Short title of the request answer — ONS-DSR-")

    editor.ui.sectionList.setCurrentRow(2)  # choosing a section in the list opens it
    assert editor.current_section().id == "justification"


def test_pages_fit_1024x700_without_clipping_even_with_large_fonts(
        qtbot: QtBot, open_editor: Any, services: AppServices, qs: QuestionSet) -> None:
    from onsshare_desktop.domain.case import Case

    case = Case.new(qs)
    for question_id, value in complete_answers(qs).items():
        case = case.with_answer(question_id, value)
    editor = open_editor(services.database.drafts.create(case))
    font = editor.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    editor.setFont(font)
    editor.resize(1024, 700)
    for section_id, page in editor.pages.items():
        editor.go_to(section_id, focus_first=False)
        QApplication.processEvents()  # lay the page out
        needed = page.content.minimumSizeHint().width()
        assert needed <= page.viewport().width(), f"{section_id}: needs {needed} px, has {page.viewport().width()}"
    assert editor.minimumSizeHint().width() <= 1024 and editor.minimumSizeHint().height() <= 700
