"""The whole offline round trip through the windows, across two data folders: a requester's app and a screener's
app, each with its own data folder, database, keyring and signing identity (set up beforehand, as each person does
once), trusting each other's certificate.

v1 exported from the requester's window -> imported in the screener's register -> requests asked on a section page
-> "Return for more information" writes the signed return note -> the requester imports it, sees each request
beside its question, answers on the review page, edits an answer and exports v2 -> the screener imports v2 (one
case, version 2, the stage resumed), sees what changed word by word, records the decision and exports the letter
-> the requester imports the letter, sees the decision in the drafts list and opens it -> the benefits report ->
the screener imports it and the transparency CSV lists its outputs.

Everything is done with the windows' own buttons, menus and keys. The test plays the person at each desk: it
picks the files in the file dialogs (handing the files from one app to the other), answers message boxes with the
button a person would press, and records what the system's PDF viewer was asked to open. Slow steps (export,
import, signing) run on worker threads: the test waits for their results with ``qtbot.waitUntil``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QTextEdit

from onsshare_desktop.domain.questions import QuestionSet, load_question_set
from onsshare_desktop.domain.screening.stages import Outcome
from onsshare_desktop.gui.drafts_model import DraftsModel
from onsshare_desktop.gui.main_window import MainWindow
from onsshare_desktop.gui.screening.register_model import RegisterModel
from onsshare_desktop.gui.screening.window import ScreenerWindow
from onsshare_desktop.gui.services import AppServices
from onsshare_desktop.gui.wizard.editor import RequestEditor
from onsshare_desktop.identity.secrets import MemorySecretStore
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.services.container import Services
from tests.gui.export_support import save_by_browsing
from tests.gui.screening.test_workspace import fill_checklist, record
from tests.screening_data import case_read

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "charity-aggregated-census.json"
PASSPHRASE = "correct horse battery staple"
SLOW = 60_000  # ms: signing and verifying on a shared, busy machine


@dataclass
class Desk:
    """The person in front of the apps: what the dialogs were answered with, and what was shown.

    ``files`` are the files the next file dialogs choose (one per dialog, in order); ``press`` maps a message box's
    title to the button text pressed there (else its default button is pressed, as Enter does).
    """

    files: list[Path] = field(default_factory=list)
    press: dict[str, str] = field(default_factory=dict)
    shown: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    opened: list[Path] = field(default_factory=list)

    def choose(self, *_args: object, **_kwargs: object) -> tuple[str, str]:
        assert self.files, "a file dialog opened that the test did not expect"
        return str(self.files.pop(0)), ""

    def answer(self, box: QMessageBox) -> int:
        text = f"{box.windowTitle()}: {box.text()} {box.informativeText()}"
        self.shown.append(text)
        if box.icon() is QMessageBox.Icon.Warning:
            self.warnings.append(text)
        wanted = self.press.get(box.windowTitle())
        button = next((b for b in box.buttons() if b.text() == wanted), None) if wanted else box.defaultButton()
        if button is not None:
            button.click()
        return 0

    def information(self, _parent: object, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        self.shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def desk(monkeypatch: pytest.MonkeyPatch) -> Desk:
    person = Desk(press={"Record the outcome": "&Record outcome"})
    monkeypatch.setattr(QFileDialog, "getSaveFileName", person.choose)
    save_by_browsing(monkeypatch)  # the export dialog: Browse… (answered by person.choose), then Save
    monkeypatch.setattr(QFileDialog, "getOpenFileName", person.choose)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([person.choose()[0]], ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: person.answer(box))
    monkeypatch.setattr(QMessageBox, "information", person.information)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: person.opened.append(Path(url.toLocalFile())) or True)
    return person


def data_folder(root: Path, name: str, organisation: str, email: str) -> AppServices:
    """One person's app: a data folder with its database, an in-memory keyring remembering the passphrase, and
    a signing identity."""
    paths = DataPaths(root).ensure()
    secrets = MemorySecretStore()
    use_cases = Services(paths, secrets)
    info = use_cases.identity.create(name, organisation, email, PASSPHRASE)
    use_cases.identity.remember(info.fingerprint, PASSPHRASE)
    return AppServices(paths=paths, database=Services.open_database(paths, secrets), question_set=load_question_set(),
                       secrets=secrets, secrets_secure=True)


@pytest.fixture
def folders(tmp_path: Path) -> Iterator[tuple[AppServices, AppServices]]:
    requester = data_folder(tmp_path / "requester", "Rhian Pritchard", "Shelter Cymru", "rhian@example.org")
    screener = data_folder(tmp_path / "ons", "Sam Screener", "Office for National Statistics", "sam@ons.example")
    requester.use_cases.trust.add(screener.use_cases.identity.certificate_pem())  # fingerprints checked by phone
    screener.use_cases.trust.add(requester.use_cases.identity.certificate_pem())
    yield requester, screener
    requester.database.close()
    screener.database.close()


def open_editor(qtbot, window: MainWindow, draft_id: int) -> RequestEditor:  # noqa: ANN001
    """Select the draft in the list and press Enter, as the requester does."""
    window.select_draft(draft_id)
    qtbot.keyClick(window.ui.draftsView, Qt.Key.Key_Return)
    [editor] = [w for w in QApplication.topLevelWidgets() if isinstance(w, RequestEditor) and w.isVisible()
                and w.draft_id == draft_id]
    return editor


def go_to_section(qtbot, editor: RequestEditor, section_id: str) -> None:  # noqa: ANN001
    listing = editor.ui.sectionList
    titles = {s.id: s.title for s in editor.question_set.sections}
    row = next(r for r in range(listing.count()) if listing.item(r).text().startswith(titles[section_id]))
    rect = listing.visualItemRect(listing.item(row))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.current_section().id == section_id


def export_from_review(qtbot, editor: RequestEditor, desk: Desk, target: Path) -> None:  # noqa: ANN001
    """Press "Export signed pack" on the review page and wait for the pack (signed on a worker)."""
    go_to_section(qtbot, editor, editor.question_set.sections[-1].id)
    desk.files.append(target)
    before = len(desk.shown)
    qtbot.mouseClick(editor.pages[editor.question_set.sections[-1].id].ui.finishButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(s.startswith("Pack exported") for s in desk.shown[before:]), timeout=SLOW)
    assert target.exists() and not desk.warnings


def status_of(window: MainWindow, draft_id: int) -> str:
    model = window.drafts_model
    return model.index(model.row_of(draft_id) or 0, DraftsModel.STATUS).data()


def import_into_register(qtbot, window: ScreenerWindow, desk: Desk, path: Path) -> str:  # noqa: ANN001
    desk.files.append(path)
    with qtbot.waitSignal(window.register.import_finished, timeout=SLOW):
        qtbot.mouseClick(window.register.ui.importButton, Qt.MouseButton.LeftButton)
    listing = window.register.ui.importResultsList
    return " ".join(listing.item(i).text() for i in range(listing.count()))


def open_from_register(qtbot, window: ScreenerWindow, pack_id: int):  # noqa: ANN001, ANN201
    window.register.select_pack(pack_id)
    qtbot.keyClick(window.register.ui.registerView, Qt.Key.Key_Return)
    workspace = case_read(qtbot, window.ui.tabs.currentWidget())  # the case is read on a worker thread
    assert workspace.pack_id == pack_id
    return workspace


def register_rows(window: ScreenerWindow) -> list[tuple[str, str, str]]:
    model = window.register.model
    return [(model.index(r, RegisterModel.VERSION).data(), model.index(r, RegisterModel.STAGE).data(),
             model.index(r, RegisterModel.STATUS).data()) for r in range(model.rowCount())]


def wait_for_register(qtbot, window: ScreenerWindow, rows: list[tuple[str, str]]) -> None:  # noqa: ANN001
    """Until the register (read again on a worker after a change) lists ``rows`` as (version, stage)."""
    def listed() -> list[tuple[str, str]]:
        return [(v, s) for v, s, _status in register_rows(window)]

    try:
        qtbot.waitUntil(lambda: listed() == rows, timeout=SLOW)
    except AssertionError:
        assert listed() == rows  # says what the register lists instead
        raise


def test_the_whole_round_trip_through_both_windows(qtbot, desk: Desk, folders, tmp_path: Path) -> None:  # noqa: ANN001
    requester, screener = folders
    qs: QuestionSet = requester.question_set
    benefits_section = next(s.id for s in qs.sections if any(q.id == "benefits" for q in s.questions))
    drafts = MainWindow([EXAMPLE])
    qtbot.addWidget(drafts)
    drafts.set_services(requester)
    drafts.show()
    ons = ScreenerWindow.for_services(screener, "Sam Screener <sam@ons.example>")
    qtbot.addWidget(ons)
    ons.resize(1280, 820)
    ons.show()

    # -- the requester starts from the example, completes it and exports version 1 ----------------------------
    drafts.ui.openExampleButton.menu().actions()[0].trigger()
    [editor] = [w for w in QApplication.topLevelWidgets() if isinstance(w, RequestEditor) and w.isVisible()]
    draft_id = editor.draft_id
    v1 = tmp_path / "handed-over" / "v1.pdf"
    v1.parent.mkdir()
    export_from_review(qtbot, editor, desk, v1)
    editor.close()
    assert status_of(drafts, draft_id) == ""

    # -- the screener imports it, asks for more information and returns it ---------------------------------------
    assert "imported" in import_into_register(qtbot, ons, desk, v1)
    v1_id = ons.register.selected_pack_id()
    workspace = open_from_register(qtbot, ons, v1_id)
    record(qtbot, workspace, Outcome.START_FIRST_SCREENING)
    page = workspace.section_page(benefits_section)
    workspace.go_to(qs.section(benefits_section).title)
    qtbot.keyClicks(page.ui.commentEdit, "Say which councils will use the results.")
    qtbot.mouseClick(page.askButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not workspace.recording, timeout=10000)  # recorded, and the case read, on workers
    assert "Request recorded" in page.ui.annotationInfoLabel.text()
    note = tmp_path / "handed-over" / "return-note.pdf"
    desk.files.append(note)
    record(qtbot, workspace, Outcome.RETURN_FOR_INFORMATION, "See the return note")
    qtbot.waitUntil(lambda: "Signed return note written to" in workspace.ui.outcomeMessageLabel.text(),
                    timeout=SLOW)
    assert note.exists()
    qtbot.waitUntil(lambda: not workspace.recording, timeout=SLOW)  # the case read again, then the register
    qtbot.waitUntil(lambda: not ons.register.refreshing, timeout=SLOW)  # (read on a worker too)
    assert [(v, s) for v, s, _status in register_rows(ons)] == [("1", "Returned for more information")]

    # -- the requester imports the return note, answers, edits and exports version 2 -----------------------------
    desk.files.append(note)
    drafts.ui.actionImportDocument.trigger()
    qtbot.waitUntil(lambda: any(s.startswith("Return note imported") for s in desk.shown), timeout=SLOW)
    assert status_of(drafts, draft_id) == "Returned (1 unanswered)"
    editor = open_editor(qtbot, drafts, draft_id)
    asks = [w.text() for w in editor.findChildren(type(editor.ui.savedLabel)) if w.objectName() == "onsRequestLabel"]
    assert asks == ["ONS asks: Say which councils will use the results."]
    go_to_section(qtbot, editor, benefits_section)
    answer = editor.findChild(QTextEdit, "benefits")
    qtbot.mouseClick(answer.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.keyClick(answer, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(answer, " Cardiff and Swansea will change their allocation rules.")
    go_to_section(qtbot, editor, qs.sections[-1].id)
    panel = editor.requests_panel
    assert panel is not None and panel.countLabel.text().startswith("0 of 1 request answered")
    [response] = panel.edits.values()
    qtbot.keyClicks(response, "Cardiff and Swansea councils.")
    assert panel.countLabel.text().startswith("1 of 1 request answered")
    v2 = tmp_path / "handed-over" / "v2.pdf"
    export_from_review(qtbot, editor, desk, v2)
    editor.close()
    assert status_of(drafts, draft_id) == ""  # version 3 in the making: nothing has come back about version 2

    # -- the screener imports version 2: one case, its next version, what changed -------------------------------
    imported = import_into_register(qtbot, ons, desk, v2)
    assert "version 2" in imported
    v2_id = ons.register.selected_pack_id()
    # one case, at version 2 resumed where it was returned from; version 1 is among its versions
    wait_for_register(qtbot, ons, [("2 (2 received)", "First screening")])
    workspace = open_from_register(qtbot, ons, v2_id)
    assert [(r.version, r.stage.value, r.superseded) for r in workspace.versions.versions] == [
        (1, "returned", True), (2, "first_screening", False)]
    nav = [workspace.ui.navList.item(i).text() for i in range(workspace.ui.navList.count())]
    assert any(t.startswith(qs.section(benefits_section).title + " · changed since v1") for t in nav)
    workspace.go_to(qs.section(benefits_section).title)
    html = workspace.section_page(benefits_section).ui.answersBrowser.toHtml()
    assert "Changed since version 1" in html and "allocation rules." in html
    assert "Say which councils will use the results." in html and "Cardiff and Swansea councils." in html

    # ... records the decision and exports the decision letter
    fill_checklist(qtbot, workspace)
    for outcome in (Outcome.PROCEED_TO_DSWG, Outcome.RECOMMEND_APPROVAL):
        assert "Recorded" in record(qtbot, workspace, outcome)
    record(qtbot, workspace, Outcome.APPROVED_WITH_CONDITIONS, decided_by="deputy_director",
           decider_name="Dana Director", conditions="Outputs pass disclosure control.")
    letter = tmp_path / "handed-over" / "decision-letter.pdf"
    desk.files.append(letter)
    qtbot.mouseClick(workspace.ui.exportDecisionButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Signed decision letter written to" in workspace.ui.outcomeMessageLabel.text(),
                    timeout=SLOW)

    # -- the requester imports the letter: the drafts list shows the decision, and the letter opens --------------
    desk.files.append(letter)
    drafts.ui.actionImportDocument.trigger()
    qtbot.waitUntil(lambda: any(s.startswith("Decision letter imported") for s in desk.shown), timeout=SLOW)
    assert "Outputs pass disclosure control." in desk.shown[-1]
    assert status_of(drafts, draft_id) == "Approved with conditions"
    assert drafts.selected_draft_id() == draft_id and drafts.documents.actionOpenLetter.isEnabled()
    drafts.activateWindow()
    qtbot.waitUntil(drafts.isActiveWindow)
    drafts.ui.draftsView.setFocus()
    qtbot.keyClick(drafts.ui.draftsView, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert len(desk.opened) == 1 and desk.opened[0].read_bytes() == letter.read_bytes()

    # ... and reports the benefits, signed
    assert drafts.documents.actionBenefits.isEnabled()
    drafts.documents.actionBenefits.trigger()
    dialog = drafts.documents.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.ui.benefitsEdit.hasFocus()
    qtbot.mouseClick(dialog.exportButton, Qt.MouseButton.LeftButton)
    assert "Describe the benefits realised." in dialog.ui.problemLabel.text()  # nothing written
    qtbot.keyClicks(dialog.ui.benefitsEdit, "Two councils changed their allocation rules.")
    qtbot.mouseClick(dialog.ui.addOutputButton, Qt.MouseButton.LeftButton)
    table = dialog.ui.outputsTable
    assert table.isAncestorOf(QApplication.focusWidget())  # the new output's title, ready to type in
    for number, text in enumerate(("Housing need in Wales", "https://example.org/housing", "2027-03-01")):
        if number:  # the next cell, and F2 to edit it
            qtbot.keyClick(table, Qt.Key.Key_Right)
            qtbot.keyClick(table, Qt.Key.Key_F2)
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=number, t=text: table.item(0, n).text() == t)  # Enter commits on the next turn
    assert dialog.outputs() == [("Housing need in Wales", "https://example.org/housing", "2027-03-01")]
    report = tmp_path / "handed-over" / "benefits-report.pdf"
    desk.files.append(report)
    qtbot.mouseClick(dialog.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(s.startswith("Benefits report exported") for s in desk.shown), timeout=SLOW)
    assert report.exists() and not dialog.isVisible()

    # -- the screener publishes, imports the benefits report, and the transparency CSV lists the outputs --------
    record(qtbot, workspace, Outcome.PUBLISH, register_checked="yes")
    assert "benefits report for" in import_into_register(qtbot, ons, desk, report)
    qtbot.waitUntil(lambda: [status.endswith("missing: DSA, MoU, DPIA, ethics, end date · benefits reported")
                             for _v, _s, status in register_rows(ons)] == [True], timeout=SLOW)
    csv_file = tmp_path / "transparency.csv"
    desk.files.append(csv_file)
    qtbot.mouseClick(ons.register.ui.exportCsvButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrote" in ons.register.ui.importResultsLabel.text(), timeout=SLOW)  # on a worker
    [row] = list(csv.DictReader(io.StringIO(csv_file.read_text(encoding="utf-8"))))
    assert row["Outputs"] == "Housing need in Wales <https://example.org/housing> (2027-03-01)"
    assert not desk.warnings and not desk.files
