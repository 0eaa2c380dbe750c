"""The database failing a recording action: the window says so in plain words with Try again, nothing typed is lost,
and trying again records the same input once; the window never waits for the database (issue 16, "Faults").

Each recording action of the screener's window is tried against a use case that fails once the way a team server
does when it restarts or the network drops (the driver's ``OperationalError``), and once against a real PostgreSQL
server that stops accepting connections mid-test; a use case held open by the test shows the window still turning.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTimer, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from onsshare_desktop.domain.screening.annotations import GENERAL, SectionStatus
from onsshare_desktop.domain.screening.checklist import CheckAnswer
from onsshare_desktop.domain.screening.stages import Outcome, Stage
from onsshare_desktop.domain.screening.triage import TriageRecommendation, TriageService
from onsshare_desktop.gui.screening.workspace import ReviewWorkspace
from onsshare_desktop.gui.service_calls import SLOW_MS
from tests.gui.screening.test_workspace import choose, open_workspace, settle
from tests.screening_data import case_read, SCREENER, trusted_requester  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("trusted_requester")


def dropped_connection() -> Exception:
    """What psycopg raises through SQLAlchemy when the server goes away mid-statement."""
    from sqlalchemy.exc import OperationalError

    return OperationalError("INSERT INTO events ...", {}, Exception(
        "server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally"))


def fail_once(monkeypatch: pytest.MonkeyPatch, workspace: ReviewWorkspace, method: str) -> list[str]:
    """Make the workspace's use case ``method`` fail once as a dropped connection, then work; lists the calls."""
    review = workspace._review
    real = getattr(review, method)
    calls: list[str] = []

    def failing_once(*args: Any, **kwargs: Any) -> Any:
        calls.append("failed" if not calls else "called")
        if len(calls) == 1:
            raise dropped_connection()
        return real(*args, **kwargs)

    monkeypatch.setattr(review, method, failing_once)
    return calls


def annotate(qtbot, workspace: ReviewWorkspace) -> None:  # type: ignore[no-untyped-def]
    page = workspace.section_page("benefit")
    workspace.go_to("Public benefit")
    choose(page.ui.statusCombo, SectionStatus.CONCERN.value)
    qtbot.keyClicks(page.ui.commentEdit, "Benefit not shown")
    qtbot.mouseClick(page.ui.saveAnnotationButton, Qt.MouseButton.LeftButton)


def answer_check(qtbot, workspace: ReviewWorkspace) -> None:  # type: ignore[no-untyped-def]
    workspace.go_to("Checklist")
    combo = workspace.findChild(QComboBox, "check_legal-gateway")
    choose(combo, CheckAnswer.MET.value)  # an answer is recorded as it is chosen


def assess(qtbot, workspace: ReviewWorkspace) -> None:  # type: ignore[no-untyped-def]
    ui = workspace.ui
    workspace.go_to("Triage")
    choose(ui.serviceCombo, TriageService.LEGAL_SERVICES.value)
    qtbot.keyClicks(ui.risksEdit, "Gateway wording")
    choose(ui.recommendationCombo, TriageRecommendation.SUPPORT.value)
    qtbot.mouseClick(ui.saveAssessmentButton, Qt.MouseButton.LeftButton)


def move(qtbot, workspace: ReviewWorkspace) -> None:  # type: ignore[no-untyped-def]
    ui = workspace.ui
    workspace.go_to("Outcome")
    choose(ui.outcomeCombo, Outcome.START_FIRST_SCREENING.value)
    qtbot.keyClicks(ui.noteEdit, "Starting now")
    qtbot.mouseClick(ui.recordOutcomeButton, Qt.MouseButton.LeftButton)


def request(qtbot, workspace: ReviewWorkspace) -> None:  # type: ignore[no-untyped-def]
    page = workspace.section_page("benefit")
    workspace.go_to("Public benefit")
    qtbot.keyClicks(page.ui.commentEdit, "Say which councils will use it.")
    qtbot.mouseClick(page.askButton, Qt.MouseButton.LeftButton)


def recorded_once(database, workspace: ReviewWorkspace, action: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``action``'s input is in the case exactly once (and its history has one entry for it)."""
    case = database.screening.get(workspace.pack_id)
    kinds = [e.kind for e in case.history]
    if action == "annotate":
        annotation = case.annotations.get("benefit")
        return (annotation is not None and (annotation.status, annotation.comment) == (
            SectionStatus.CONCERN, "Benefit not shown") and kinds.count("annotation") == 1)
    if action == "answer_check":
        answer = case.checklist.get("legal-gateway")
        return answer is not None and answer.answer == CheckAnswer.MET and kinds.count("checklist") == 1
    if action == "assess":
        return [(t.service, t.risks) for t in case.triage] == [(TriageService.LEGAL_SERVICES, "Gateway wording")]
    if action == "move":
        return case.row.stage == Stage.FIRST_SCREENING and kinds.count("stage") == 1
    from onsshare_desktop.services.roundtrip import case_requests

    return [r.text for r in case_requests(database.screening, case.row.case_ref)] == [
        "Say which councils will use it."]


ACTIONS: dict[str, tuple[str, Callable[..., None]]] = {
    # the action: (the use case that fails once, what the screener does)
    "annotate": ("annotate", annotate), "answer_check": ("answer_check", answer_check), "assess": ("assess", assess),
    "move": ("move", move), "request": ("request_amendment", request),
}


@pytest.mark.parametrize("action", list(ACTIONS))
def test_a_dropped_connection_is_said_plainly_and_try_again_records_the_same_input_once(
        qtbot, database, monkeypatch, action: str) -> None:
    workspace = open_workspace(qtbot, database)
    method, act = ACTIONS[action]
    calls = fail_once(monkeypatch, workspace, method)
    act(qtbot, workspace)
    settle(qtbot, workspace)
    bar = workspace.problemBar
    assert calls == ["failed"] and bar.isVisible()
    said = bar.label.text()
    assert "not recorded" in said and "What you typed is kept" in said and "Traceback" not in said
    assert "try again" in said.lower()
    assert not recorded_once(database, workspace, action)  # nothing of the failed attempt was recorded
    # announced and reachable by keyboard: the message names the label and describes Try again, which has the focus
    assert bar.label.accessibleName() == said and bar.retryButton.accessibleDescription() == said
    assert bar.retryButton.isVisible() and QApplication.focusWidget() is bar.retryButton
    if action == "assess":
        assert workspace.ui.risksEdit.toPlainText() == "Gateway wording"  # kept while not recorded
    if action == "move":
        assert workspace.ui.noteEdit.toPlainText() == "Starting now"
    if action in ("annotate", "request"):
        assert workspace.section_page("benefit").ui.commentEdit.toPlainText()

    qtbot.keyClick(bar.retryButton, Qt.Key.Key_Space)  # Try again, from the keyboard
    settle(qtbot, workspace)
    assert calls == ["failed", "called"]
    assert recorded_once(database, workspace, action)
    assert not bar.isVisible()
    assert workspace.received == database.screening.get(workspace.pack_id)  # the window shows it


def test_a_refusal_in_words_is_not_offered_again(qtbot, database) -> None:
    """A stage rule's refusal is no database fault: said beside the Record button as before, no Try again."""
    workspace = open_workspace(qtbot, database)
    ui = workspace.ui
    workspace.go_to("Outcome")
    choose(ui.outcomeCombo, Outcome.START_FIRST_SCREENING.value)
    qtbot.mouseClick(ui.recordOutcomeButton, Qt.MouseButton.LeftButton)
    settle(qtbot, workspace)
    choose(ui.outcomeCombo, Outcome.PROCEED_TO_DSWG.value)  # the checklist is not answered yet
    qtbot.mouseClick(ui.recordOutcomeButton, Qt.MouseButton.LeftButton)
    settle(qtbot, workspace)
    assert "checklist" in ui.outcomeMessageLabel.text() and not workspace.problemBar.isVisible()


class Gate:
    """Holds the worker that calls it until released; notes the threads it was called on (never holds the UI
    thread: the test would hang instead of failing)."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.released = threading.Event()
        self.threads: list[threading.Thread] = []

    def wrap(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        def held(*args: Any, **kwargs: Any) -> Any:
            self.threads.append(threading.current_thread())
            self.entered.set()
            if threading.current_thread() is not threading.main_thread():
                self.released.wait(timeout=30)
            return fn(*args, **kwargs)

        return held


@pytest.fixture
def gate() -> Iterator[Gate]:
    held = Gate()
    yield held
    held.released.set()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30000)
    QCoreApplication.processEvents()


def test_the_window_keeps_turning_while_the_database_is_slow(qtbot, database, monkeypatch, gate: Gate) -> None:
    workspace = open_workspace(qtbot, database)
    review = workspace._review
    monkeypatch.setattr(review, "annotate", gate.wrap(review.annotate))
    page = workspace.section_page(GENERAL)
    button = page.ui.saveAnnotationButton
    qtbot.keyClicks(page.ui.commentEdit, "Well prepared request.")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.entered.is_set, timeout=10000)
    ticks: list[int] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)  # the event loop turns while the database is silent
    timer.stop()
    assert not button.isEnabled() and workspace.cursor().shape() == Qt.CursorShape.BusyCursor
    button.clicked.emit()  # a second press while it runs starts nothing
    qtbot.keyClicks(page.ui.commentEdit, " More.")  # typing carries on
    qtbot.waitUntil(lambda: workspace.problemBar.isVisible(), timeout=SLOW_MS * 5)
    assert "Waiting for the database" in workspace.problemBar.label.text()
    assert not workspace.problemBar.retryButton.isVisible()
    gate.released.set()
    settle(qtbot, workspace)
    assert gate.threads and threading.main_thread() not in gate.threads
    assert len(gate.threads) == 1  # recorded once
    case = database.screening.get(workspace.pack_id)
    assert case.annotations[GENERAL].comment == "Well prepared request."
    assert button.isEnabled() and not workspace.problemBar.isVisible()
    assert page.ui.commentEdit.toPlainText() == "Well prepared request. More."  # what was typed meanwhile stays


@pytest.fixture
def team_database(postgres_server, data_paths) -> Iterator[tuple[object, str, object]]:  # type: ignore[no-untyped-def]
    """A database of its own on the test PostgreSQL server (its connections are cut in the test): (database
    opened by the app's factory, its name, the server)."""
    from onsshare_desktop.store.database import open_database

    name = postgres_server.create_database()
    db = open_database(data_paths, url=postgres_server.url_of(name))
    yield db, name, postgres_server
    db.close()
    postgres_server._execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    postgres_server.drop_database(name)


def test_a_team_server_refusing_connections_mid_action_then_back(qtbot, team_database) -> None:
    """A real server: the case is open, then the server stops taking connections and drops the app's own (as a
    restart does); recording says so with Try again; once the server is back, Try again records it once."""
    database, name, server = team_database
    workspace = open_workspace(qtbot, database)
    server._execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
    # the app's connections end (pg_terminate_backend waits up to 5 s for each to be gone)
    server._execute(f"SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = '{name}'")
    annotate(qtbot, workspace)
    settle(qtbot, workspace)
    bar = workspace.problemBar
    assert bar.isVisible() and bar.retryButton.isVisible(), bar.label.text()
    assert "not recorded" in bar.label.text() and "Traceback" not in bar.label.text()
    assert workspace.section_page("benefit").ui.commentEdit.toPlainText() == "Benefit not shown"
    server._execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    qtbot.keyClick(bar.retryButton, Qt.Key.Key_Return)
    settle(qtbot, workspace)
    assert not bar.isVisible(), bar.label.text()
    case = database.screening.get(workspace.pack_id)
    assert recorded_once(database, workspace, "annotate"), (case.annotations, [e.kind for e in case.history])


def test_a_record_of_the_share_is_tried_again_once_the_database_is_back(qtbot, database, monkeypatch) -> None:
    """The "Records of the share" page records on a worker too: a dropped connection is said with Try again, and
    trying again records the end date once."""
    import onsshare_desktop.services.roundtrip as roundtrip
    from tests.gui.screening.test_share_records import QS, approved

    pack_id = approved(database)
    workspace = case_read(qtbot, ReviewWorkspace(database.screening, QS, pack_id, SCREENER))
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.go_to("Records of the share")
    ui = workspace.share_records.ui
    real, calls = roundtrip.set_share_end, []

    def failing_once(*args: Any) -> Any:
        calls.append(args)
        if len(calls) == 1:
            raise dropped_connection()
        return real(*args)

    monkeypatch.setattr(roundtrip, "set_share_end", failing_once)
    qtbot.keyClicks(ui.endDateEdit, "2030-03-31")
    qtbot.keyClick(ui.endDateEdit, Qt.Key.Key_Return)
    settle(qtbot, workspace)
    bar = workspace.problemBar
    assert bar.isVisible() and "not recorded" in bar.label.text() and ui.endDateEdit.text() == "2030-03-31"
    assert ui.setEndButton.isEnabled()  # nothing under way any more
    qtbot.keyClick(bar.retryButton, Qt.Key.Key_Space)
    settle(qtbot, workspace)
    assert len(calls) == 2 and calls[0] == calls[1]  # the same input
    case_ref = database.screening.get_row(pack_id).case_ref
    assert roundtrip.share_records(database.screening, case_ref).end_date == "2030-03-31"
    assert len(database.screening.case_events(case_ref, "share_end")) == 1
    assert "The share ends on 2030-03-31." in ui.messageLabel.text() and not bar.isVisible()


def test_the_register_is_read_again_on_a_worker_after_a_change(qtbot, database, monkeypatch) -> None:
    """After something is recorded in a case the window reads the register again off the UI thread."""
    from onsshare_desktop.gui.screening.register import RegisterView
    from tests.screening_data import incoming, register_read

    view = RegisterView(database.screening, None)
    qtbot.addWidget(view)
    view.reload()
    register_read(qtbot, view)
    assert view.model.rowCount() == 0
    threads: list[threading.Thread] = []
    real = view._register.rows

    def rows(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(view._register, "rows", rows)
    database.screening.add_pack(incoming(), SCREENER)
    view.refresh_soon()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    assert threads and threading.main_thread() not in threads
    assert view.ui.countLabel.text() == "1 case"


def test_try_again_after_a_save_whose_answer_was_lost_records_nothing_twice(qtbot, database, monkeypatch) -> None:
    """The connection drops after the server committed but before the app heard: the screener is told it was not
    recorded and tries again, which meets their own change. That is no conflict: nothing is recorded twice and
    nothing more is said (the case is shown as it stands)."""
    shown: list[object] = []
    monkeypatch.setattr("onsshare_desktop.gui.screening.workspace.show_error", lambda *args: shown.append(args))
    workspace = open_workspace(qtbot, database)
    review = workspace._review
    real = review.annotate
    calls: list[int] = []

    def committed_then_dropped(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        result = real(*args, **kwargs)
        if len(calls) == 1:
            raise dropped_connection()
        return result

    monkeypatch.setattr(review, "annotate", committed_then_dropped)
    annotate(qtbot, workspace)
    settle(qtbot, workspace)
    assert workspace.problemBar.retryButton.isVisible()
    qtbot.keyClick(workspace.problemBar.retryButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: workspace.received.annotations.get("benefit") is not None, timeout=10000)
    settle(qtbot, workspace)
    assert len(calls) == 2 and shown == [] and not workspace.problemBar.isVisible()
    assert recorded_once(database, workspace, "annotate")


# -- opening a case: read on a worker, "Reading the case…" meanwhile; a fault said in the tab with Try again ----


def test_a_case_opens_at_once_and_its_read_held_by_the_database_leaves_the_window_turning(
        qtbot, database, monkeypatch) -> None:
    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.services.case_review import CaseReview
    from tests.screening_data import incoming

    pack_id = database.screening.add_pack(incoming(), SCREENER).id
    held, release = threading.Event(), threading.Event()
    real = CaseReview.state

    def held_state(self: CaseReview, author: str) -> Any:
        held.set()
        release.wait(3)
        return real(self, author)

    monkeypatch.setattr(CaseReview, "state", held_state)
    ticks: list[int] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1) if held.is_set() and not release.is_set() else None)
    timer.start()
    workspace = ReviewWorkspace(database.screening, load_question_set(), pack_id, SCREENER)
    qtbot.addWidget(workspace)
    workspace.show()
    assert not workspace.is_loaded and workspace.openingLabel.isVisible()
    assert workspace.openingLabel.text() == "Reading the case…" == workspace.openingLabel.accessibleName()
    qtbot.waitUntil(held.is_set, timeout=5000)
    qtbot.waitUntil(lambda: len(ticks) >= 20, timeout=2500)  # the window keeps turning while the read waits
    release.set()
    timer.stop()
    case_read(qtbot, workspace)
    assert not workspace.openingLabel.isVisible() and workspace.page_names()[0] == "Overview"
    assert workspace.received == database.screening.get(pack_id)


def test_a_case_whose_read_the_database_drops_says_so_in_its_tab_and_try_again_opens_it(
        qtbot, services, monkeypatch) -> None:
    from onsshare_desktop.gui.screening.window import ScreenerWindow
    from onsshare_desktop.services.case_review import CaseReview
    from tests.screening_data import incoming, register_read

    pack_id = services.database.screening.add_pack(incoming(), SCREENER).id
    real = CaseReview.state
    calls: list[threading.Thread] = []

    def failing_once(self: CaseReview, author: str) -> Any:
        calls.append(threading.current_thread())
        if len(calls) == 1:
            raise dropped_connection()
        return real(self, author)

    monkeypatch.setattr(CaseReview, "state", failing_once)
    window = ScreenerWindow(services, SCREENER)
    qtbot.addWidget(window)
    window.show()
    register_read(qtbot, window.register)
    workspace = window.open_case(pack_id)
    assert workspace is not None and window.ui.tabs.currentWidget() is workspace  # the tab opens at once
    assert window.ui.tabs.tabText(1) == "Reading…" and workspace.openingLabel.text() == "Reading the case…"
    bar = workspace.problemBar
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    said = bar.label.text()
    assert said.startswith("The case could not be opened.") and "try again" in said.lower()
    assert "Traceback" not in said and "OperationalError" not in said
    assert bar.label.accessibleName() == said and QApplication.focusWidget() is bar.retryButton
    assert not workspace.is_loaded and calls[0] is not threading.main_thread()
    qtbot.keyClick(bar.retryButton, Qt.Key.Key_Space)  # Try again, from the keyboard
    case_read(qtbot, workspace)
    assert len(calls) == 2 and not bar.isVisible() and not workspace.openingLabel.isVisible()
    assert workspace.received == services.database.screening.get(pack_id)
    assert window.ui.tabs.tabText(1) == "ONS-DSR-EXAMPLE-0001 v1"
    assert workspace.page_names()[0] == "Overview"


def test_a_case_whose_read_fails_otherwise_stops_saying_it_is_reading(qtbot, database, monkeypatch) -> None:
    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.services.case_review import CaseReview
    from tests.screening_data import incoming

    pack_id = database.screening.add_pack(incoming(), SCREENER).id

    def broken(self: CaseReview, author: str) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setattr(CaseReview, "state", broken)
    shown: list[tuple[Any, ...]] = []
    monkeypatch.setattr("onsshare_desktop.gui.errors.show_error", lambda *args: shown.append(args))
    workspace = ReviewWorkspace(database.screening, load_question_set(), pack_id, SCREENER)
    qtbot.addWidget(workspace)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.openingLabel.text() == "The case could not be opened.", timeout=5000)
    assert len(shown) == 1 and not workspace.is_loaded and not workspace.problemBar.isVisible()
