"""The drafts list's round trip: the Status column (returned with the unanswered count, then the decision), "Open
the decision letter" and the benefits report dialog, whose refusals write nothing and keep what was typed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from onsshare_desktop.domain.documents import Decision
from onsshare_desktop.gui.drafts_model import DraftsModel
from onsshare_desktop.gui.main_window import MainWindow
from onsshare_desktop.identity.store import IdentityStore
from onsshare_desktop.pack.documents import build_signed_document
from onsshare_desktop.pack.verify import Verdict, verify_pack
from onsshare_desktop.services.requester import PACK_EXPORTED, import_decision, paths_documents
from tests.gui.test_requester_roundtrip import returned  # noqa: F401 - the fixture
from tests.pack.document_support import sample_decision
from tests.screening_data import example_case, screener

PASSPHRASE = "requester passphrase 7"


@pytest.fixture
def shown(monkeypatch) -> list[str]:  # noqa: ANN001
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a: messages.append(f"{title}: {text}"))
    return messages


@pytest.fixture
def window(qtbot, services) -> MainWindow:  # noqa: ANN001
    window = MainWindow([])
    qtbot.addWidget(window)
    window.set_services(services)
    window.show()
    return window


def status(window: MainWindow, draft_id: int) -> str:
    model = window.drafts_model
    return model.index(model.row_of(draft_id), DraftsModel.STATUS).data()


def decided(services, data_paths, decision: Decision = Decision.APPROVED_WITH_CONDITIONS,  # noqa: ANN001
            keep: bool = True) -> int:
    """A draft whose version 1 was exported, with a decision letter on it imported from a trusted screener."""
    from dataclasses import replace

    from tests.screening_data import trust

    case = example_case()
    draft_id = services.database.drafts.create(case)
    v1_sha = "ab" * 32
    services.database.drafts.record_event(draft_id, PACK_EXPORTED, {"sha256": v1_sha, "version": 1,
                                                                     "case": case.to_json()})
    services.database.drafts.save(draft_id, case.after_export(v1_sha))
    ons = screener()
    trust(data_paths, ons)
    letter = replace(sample_decision(case.case_ref, v1_sha), version=1, decision=decision)
    data = build_signed_document(letter, case.form_id, case.form_version, ons, datetime.now(UTC)).pdf
    import_decision(services.database, data, services.use_cases.trust.verifying_store(),
                    keep_in=paths_documents(services.paths) if keep else None)
    return draft_id


def test_the_status_column_follows_the_return_note_and_its_responses(qtbot, services, returned, window,  # noqa: F811
                                                                     shown) -> None:  # noqa: ANN001
    draft_id, path = returned
    plain = services.database.drafts.create(example_case())
    window.import_document(path)
    qtbot.waitUntil(lambda: status(window, draft_id) == "Returned (2 unanswered)", timeout=20_000)
    assert status(window, plain) == "" and window.selected_draft_id() == draft_id
    assert not window.documents.actionOpenLetter.isEnabled() and not window.documents.actionBenefits.isEnabled()
    editor = window.open_draft(draft_id)
    editor.requests_panel.edits["0b7ac3a0-1111-4222-8333-944455556666"].setPlainText("Cardiff and Swansea.")
    assert editor.save_now()
    assert status(window, draft_id) == "Returned (1 unanswered)"  # refreshed as the draft saves
    model = window.drafts_model
    model.sort(DraftsModel.STATUS, Qt.SortOrder.DescendingOrder)
    assert model.draft_at(0).id == draft_id


def test_open_the_letter_opens_the_kept_file_or_says_why_not(qtbot, services, data_paths, window, shown,
                                                            monkeypatch) -> None:  # noqa: ANN001
    opened: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True)
    kept = decided(services, data_paths)
    window.reload()
    window.select_draft(kept)
    assert status(window, kept) == "Approved with conditions" and window.documents.actionOpenLetter.isEnabled()
    assert window.documents.open_letter()
    assert opened[0].parent == paths_documents(services.paths) and opened[0].read_bytes().startswith(b"%PDF")

    services.database.drafts.delete(kept)
    not_kept = decided(services, data_paths, Decision.DECLINED, keep=False)
    window.reload()
    window.select_draft(not_kept)
    assert status(window, not_kept) == "Declined" and not window.documents.actionBenefits.isEnabled()
    assert window.documents.open_letter() is False and "Import it again" in shown[-1] and len(opened) == 1


def test_the_benefits_report_refuses_what_it_cannot_carry_and_keeps_what_was_typed(
        qtbot, services, data_paths, window, shown, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    draft_id = decided(services, data_paths)
    IdentityStore(services.paths.identity).create("Rhian Pritchard", "Shelter Cymru", "rhian@example.org",
                                                  PASSPHRASE)
    window.reload()
    window.select_draft(draft_id)
    dialog = window.documents.export_benefits()
    assert dialog is not None
    target = tmp_path / "benefits.pdf"
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append("where") or ("", ""))
    dialog.ui.benefitsEdit.setPlainText("Two councils changed their allocation rules.")
    dialog.add_output("Housing need in Wales", "", "1 March 2027")
    qtbot.mouseClick(dialog.exportButton, Qt.MouseButton.LeftButton)
    problems = dialog.ui.problemLabel.text()
    assert "Output 1 needs a title and a link." in problems and "YYYY-MM-DD" in problems and not asked
    dialog.ui.outputsTable.item(0, 1).setText("https://example.org/housing")
    dialog.ui.outputsTable.item(0, 2).setText("2027-02-30")  # not a real date
    qtbot.mouseClick(dialog.exportButton, Qt.MouseButton.LeftButton)
    assert "YYYY-MM-DD" in dialog.ui.problemLabel.text() and not asked
    dialog.ui.outputsTable.item(0, 2).setText("2027-03-01")
    qtbot.mouseClick(dialog.exportButton, Qt.MouseButton.LeftButton)  # cancelled where to save: nothing written
    assert asked == ["where"] and dialog.isVisible() and not target.exists()
    assert dialog.ui.benefitsEdit.toPlainText() == "Two councils changed their allocation rules."

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr("onsshare_desktop.gui.passphrase.ask_passphrase", lambda *a: PASSPHRASE)
    qtbot.mouseClick(dialog.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(s.startswith("Benefits report exported") for s in shown), timeout=30_000)
    report = verify_pack(target.read_bytes(), services.use_cases.trust.verifying_store())
    assert report.verdict is not Verdict.REFUSED and report.kind == "benefits"
    assert [o.title for o in report.document.outputs] == ["Housing need in Wales"]
