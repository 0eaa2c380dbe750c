"""Two screeners on one case in the window: the second is told who changed what and when, sees the new state,
and keeps their own text to record again (the same repository rules as a team server; SQLite here)."""

from __future__ import annotations

import pytest

from onsshare_desktop.domain.screening.annotations import SectionStatus
from onsshare_desktop.domain.screening.stages import STAGE_LABELS, Move, Outcome, Stage
from onsshare_desktop.store.database import open_database
from tests.gui.screening.test_workspace import choose, click, open_workspace, record
from tests.screening_data import trusted_requester  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("trusted_requester")
OTHER = "Olu Other <olu.other@ons.gov.uk>"


@pytest.fixture
def other(data_paths):
    """Another screener's app on the same database."""
    db = open_database(data_paths)
    yield db
    db.close()


def test_an_annotation_changed_by_someone_else_is_not_overwritten(qtbot, database, other, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr("onsshare_desktop.gui.screening.workspace.show_error",
                        lambda parent, title, exc: shown.append((title, exc)))
    workspace = open_workspace(qtbot, database)
    page = workspace.section_page("benefit")
    workspace.go_to("Public benefit")
    other.screening.annotate(workspace.pack_id, "benefit", SectionStatus.CONCERN, "Their concern", OTHER)
    choose(page.ui.statusCombo, SectionStatus.ACCEPTABLE.value)
    qtbot.keyClicks(page.ui.commentEdit, "My own careful words")
    click(qtbot, workspace, page.ui.saveAnnotationButton)
    [(title, exc)] = shown
    assert "typed is kept" in title and "Olu Other" in str(exc) and "benefit" in str(exc)
    assert database.screening.get(workspace.pack_id).annotations["benefit"].comment == "Their concern"
    qtbot.waitUntil(lambda: workspace.received.annotations.get("benefit") is not None, timeout=5000)
    assert workspace.received.annotations["benefit"].author == OTHER  # the window shows the new state
    assert page.ui.commentEdit.toPlainText() == "My own careful words"  # and keeps what was typed
    click(qtbot, workspace, page.ui.saveAnnotationButton)  # recorded on top, knowingly
    stored = database.screening.get(workspace.pack_id).annotations["benefit"]
    assert stored.comment == "My own careful words" and len(shown) == 1


def test_a_move_made_by_someone_else_meanwhile_is_not_repeated(qtbot, database, other) -> None:
    workspace = open_workspace(qtbot, database)
    other.screening.move(workspace.pack_id, Move(Outcome.START_FIRST_SCREENING), OTHER)
    message = record(qtbot, workspace, Outcome.START_FIRST_SCREENING)
    assert "Olu Other" in message
    assert database.screening.get_row(workspace.pack_id).stage == Stage.FIRST_SCREENING
    assert [e.kind for e in database.screening.get(workspace.pack_id).history].count("stage") == 1
    qtbot.waitUntil(lambda: workspace.received.row.stage == Stage.FIRST_SCREENING, timeout=5000)


def test_the_register_shows_other_screeners_imports_by_itself(qtbot, database, other) -> None:
    from onsshare_desktop.gui.screening.register import RegisterView
    from tests.screening_data import SCREENER, example_case, incoming, register_read

    database.screening.add_pack(incoming(), SCREENER)
    view = RegisterView(database.screening, None, poll_ms=50)  # a team server polls every few seconds
    qtbot.addWidget(view)
    view.reload()
    register_read(qtbot, view)
    assert view.model.rowCount() == 1
    other.screening.add_pack(incoming(example_case().copy_as_new()), OTHER)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    model = view.model
    other.screening.move(1, Move(Outcome.START_FIRST_SCREENING), OTHER)  # a move elsewhere shows too

    def stages() -> list[str]:
        return [model.index(row, model.STAGE).data() for row in range(model.rowCount())]

    qtbot.waitUntil(lambda: STAGE_LABELS[Stage.FIRST_SCREENING] in stages(), timeout=5000)
