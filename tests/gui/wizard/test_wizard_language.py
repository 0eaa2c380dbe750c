"""The request window shows the question set in the app's language at the time it opens."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from onsshare_desktop import i18n


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language(i18n.ENGLISH)


def test_a_request_opened_in_welsh_asks_its_questions_in_welsh(open_editor, new_draft) -> None:
    i18n.set_language(i18n.WELSH)
    editor = open_editor(new_draft)  # the services' question set was loaded in English (tests/gui/conftest.py)
    assert editor.question_set.language == "cy"
    guidance = editor.findChild(QLabel, "org_name:guidance").text()
    assert guidance.startswith("Rhowch enw cyfreithiol llawn y sefydliad")
    assert "&quot;providing sufficient and truthful information&quot; (dyfynnir y polisi yn Saesneg)" in guidance
    assert "Polisi Rhannu Data ONS" in guidance
    assert editor.findChild(QWidget, "org_name").accessibleName().startswith("Enw'r sefydliad")
    editor.close()
    i18n.set_language(i18n.ENGLISH)
    editor = open_editor(new_draft)
    assert editor.findChild(QLabel, "org_name:guidance").text().startswith("Give the full legal name")
