"""The screener reads a case's questions in the screener's own language and its answers as the requester wrote them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from onsshare_desktop import i18n
from tests.screening_data import case_read, SCREENER, example_case, incoming, trusted_requester  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("trusted_requester")


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language(i18n.ENGLISH)


def open_case(qtbot, services, pack_id: int):
    from onsshare_desktop.gui.screening.window import ScreenerWindow

    window = ScreenerWindow(services, SCREENER)
    qtbot.addWidget(window)
    return case_read(qtbot, window.open_case(pack_id))


def test_a_screener_working_in_welsh_sees_welsh_questions_and_the_answers_as_written(qtbot, services) -> None:
    pack_id = services.database.screening.add_pack(incoming(), SCREENER).id
    i18n.set_language(i18n.WELSH)
    workspace = open_case(qtbot, services, pack_id)
    assert "Y parti sy'n gwneud cais" in workspace.page_names()
    shown = workspace.section_page("requester").ui.answersBrowser.toPlainText()
    assert "Enw'r sefydliad" in shown and "Welsh Government" in shown  # the requester's answer, untranslated
    assert "Gweinyddiaeth ddatganoledig" in shown  # a stored choice value shown by its Welsh label


def test_a_case_written_in_welsh_reads_in_english_for_an_english_screener(qtbot, services) -> None:
    with i18n.use_language(i18n.WELSH):  # the requester worked in Welsh: the answers are stored the same way
        case = example_case().with_answer("org_name", "Llywodraeth Cymru")
    pack_id = services.database.screening.add_pack(incoming(case), SCREENER).id
    workspace = open_case(qtbot, services, pack_id)
    assert "Requesting party" in workspace.page_names()
    shown = workspace.section_page("requester").ui.answersBrowser.toPlainText()
    assert "Organisation name" in shown and "Llywodraeth Cymru" in shown  # English question, Welsh answer
    assert "Devolved administration" in shown and "Gweinyddiaeth" not in shown


def test_the_overview_says_which_language_the_request_was_written_in(qtbot, services) -> None:
    welsh_pack = services.database.screening.add_pack(incoming(language="cy"), SCREENER).id
    english_pack = services.database.screening.add_pack(incoming(salt="en"), SCREENER).id
    overview = open_case(qtbot, services, welsh_pack).section_page("general").ui.answersBrowser.toPlainText()
    assert "Language of the request: Welsh" in overview
    overview = open_case(qtbot, services, english_pack).section_page("general").ui.answersBrowser.toPlainText()
    assert "Language of the request: English" in overview
    from onsshare_desktop.gui.language import apply_language

    apply_language(i18n.WELSH)  # the window's language: both catalogues
    try:
        overview = open_case(qtbot, services, welsh_pack).section_page("general").ui.answersBrowser.toPlainText()
    finally:
        apply_language(i18n.ENGLISH)
    assert "Iaith y cais: Cymraeg" in overview  # named in the screener's language
