"""The requester's side of the round trip in the window: a return note dropped on the drafts list is verified and
attached to the draft after the pack it answers; the draft shows each request beside its question and a response
field per request on the review page (with the count); export waits for every response; a decision letter is
imported the same way."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from onsshare_desktop.domain.amendments import RequestTarget, TargetKind
from onsshare_desktop.domain.documents import ReturnedRequest, ReturnNote
from onsshare_desktop.gui.main_window import MainWindow
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack.documents import build_signed_document
from onsshare_desktop.services.requester import PACK_EXPORTED, check_responses
from tests.screening_data import example_case, screener, signed_pack, trust  # noqa: F401


@pytest.fixture
def returned(services, data_paths, tmp_path: Path):  # noqa: ANN001, ANN201
    """A draft whose version 1 was exported, and a return note from a trusted ONS screener answering it."""
    database = services.database
    case = example_case()
    draft_id = database.drafts.create(case)
    v1_sha = "ab" * 32
    database.drafts.record_event(draft_id, PACK_EXPORTED, {"sha256": v1_sha, "version": 1, "case": case.to_json()})
    database.drafts.save(draft_id, case.after_export(v1_sha))
    ons = screener()
    trust(data_paths, ons)
    note = ReturnNote(case.case_ref, 1, v1_sha, case.title, "Sam Screener", "2026-11-29T12:00:00Z", "2027-01-15", "",
                      (ReturnedRequest("0b7ac3a0-1111-4222-8333-944455556666",
                                       RequestTarget(TargetKind.QUESTION, "benefits"), "Expected public benefits",
                                       "Name the councils.", "Sam Screener", "2026-11-29T11:00:00Z", "x"),
                       ReturnedRequest("1c8bd4b1-1111-4222-8333-944455556666",
                                       RequestTarget(TargetKind.SECTION, "security"), "Security",
                                       "Name the environment.", "Sam Screener", "2026-11-29T11:00:00Z", None)))
    path = tmp_path / "return.pdf"
    path.write_bytes(build_signed_document(note, case.form_id, case.form_version, ons, datetime.now(UTC)).pdf)
    return draft_id, path


def test_a_return_note_opens_as_requests_beside_questions_and_responses_on_review(
        qtbot, services, returned, monkeypatch) -> None:  # noqa: ANN001
    draft_id, path = returned
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, _text: shown.append(title))
    window = MainWindow([])
    qtbot.addWidget(window)
    window.set_services(services)
    window.import_document(path)
    qtbot.waitUntil(lambda: shown == ["Return note imported"], timeout=10_000)

    editor = window.open_draft(draft_id)
    qtbot.addWidget(editor)
    labels = [w.text() for w in editor.findChildren(type(editor.ui.savedLabel)) if w.objectName() == "onsRequestLabel"]
    assert "ONS asks: Name the councils." in labels and "ONS asks: Name the environment." in labels
    panel = editor.requests_panel
    assert panel is not None and panel.countLabel.text().startswith("0 of 2 requests answered")
    with pytest.raises(Exception, match="no response yet"):
        check_responses(services.database, editor.case())
    for request_id, text in (("0b7ac3a0-1111-4222-8333-944455556666", "Cardiff and Swansea."),
                             ("1c8bd4b1-1111-4222-8333-944455556666", "The ONS Secure Research Service.")):
        panel.edits[request_id].setPlainText(text)
    assert panel.countLabel.text().startswith("2 of 2 requests answered")
    assert editor.save_now()
    saved = services.database.drafts.get(draft_id).case
    assert saved.responses["0b7ac3a0-1111-4222-8333-944455556666"].response == "Cardiff and Swansea."
    check_responses(services.database, saved)  # export no longer waits
    panel.edits["0b7ac3a0-1111-4222-8333-944455556666"].setPlainText("  ")
    assert "0b7ac3a0-1111-4222-8333-944455556666" not in editor.case().responses


def test_a_pack_given_to_the_requester_window_is_refused_by_name(qtbot, services, returned, tmp_path,
                                                                   monkeypatch) -> None:  # noqa: ANN001
    errors: list[str] = []
    monkeypatch.setattr("onsshare_desktop.gui.errors.show_error",
                        lambda _parent, title, exc: errors.append(f"{title} {exc}"))
    not_a_note = tmp_path / "pack.pdf"
    not_a_note.write_bytes(signed_pack())
    window = MainWindow([])
    qtbot.addWidget(window)
    window.set_services(services)
    window.import_document(not_a_note)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "was not imported" in errors[0] and "not a return note or a decision letter" in errors[0]
    assert TrustStore(services.paths.trust).fingerprints()  # the ONS screener is trusted, nothing else changed
