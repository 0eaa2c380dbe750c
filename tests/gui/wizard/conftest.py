"""Fixtures for the wizard tests (``services`` comes from ``tests/gui/conftest.py``): drafts and editors."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.questions import QuestionSet, load_question_set
from onsshare_desktop.gui.services import AppServices
from onsshare_desktop.gui.wizard.editor import RequestEditor


@pytest.fixture
def qs() -> QuestionSet:
    return load_question_set()


@pytest.fixture
def new_draft(services: AppServices, qs: QuestionSet) -> int:
    return services.database.drafts.create(Case.new(qs))


OpenEditor = Callable[..., RequestEditor]


@pytest.fixture
def open_editor(qtbot: QtBot, services: AppServices) -> Iterator[OpenEditor]:
    """Open (and show, at 1024×768) an editor on a draft; closed at the end of the test if still open.

    Not registered with ``qtbot.addWidget``: the editor deletes itself when closed.
    """
    opened: list[RequestEditor] = []

    def _open(draft_id: int, **kwargs: Any) -> RequestEditor:
        editor = RequestEditor(services, draft_id, **kwargs)
        opened.append(editor)
        editor.resize(1024, 768)
        editor.show()
        qtbot.waitExposed(editor)
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
        return editor

    yield _open
    for editor in opened:
        if shiboken6.isValid(editor):
            editor.close()
