"""The attachments page: add with a type, see size and SHA-256, refuse files over the limit, remove."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from onsshare_desktop.gui.services import AppServices
from onsshare_desktop.gui.wizard.attachments import AttachmentsPage
from wizard_driver import choose_by_keys


@pytest.fixture
def choose_file(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files the "open file" dialog will return, in order (the dialog itself is not shown)."""
    queue: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(queue.pop(0)), ""))
    return queue


def attachments_page(editor: Any) -> AttachmentsPage:
    editor.go_to("attachments")
    page = editor.pages["attachments"]
    assert isinstance(page, AttachmentsPage)
    return page


def add(qtbot: QtBot, page: AttachmentsPage, kind: str) -> None:
    page.ui.kindCombo.setFocus()
    page.ui.kindCombo.setCurrentIndex(-1)
    choose_by_keys(qtbot, page.ui.kindCombo, kind)
    with qtbot.waitSignal(page.busy_changed, check_params_cb=lambda busy: not busy):
        qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)


def test_attach_a_file_shows_its_size_and_sha256_and_saves_it(
        qtbot: QtBot, open_editor: Any, new_draft: int, services: AppServices, tmp_path: Path,
        choose_file: list[Path]) -> None:
    content = b"%PDF-1.7 DPIA for the housing project\n" * 1000
    (tmp_path / "DPIA.pdf").write_bytes(content)
    choose_file.append(tmp_path / "DPIA.pdf")
    editor = open_editor(new_draft)
    page = attachments_page(editor)

    add(qtbot, page, "dpia")

    digest = hashlib.sha256(content).hexdigest()
    table = page.ui.attachmentsTable
    assert [table.item(0, c).text() for c in range(3)] == ["DPIA.pdf", "Data Protection Impact Assessment",
                                                           "37.1 KB"]
    assert table.item(0, 3).toolTip() == digest
    assert digest in page.ui.detailsLabel.text() and "38,000 bytes" in page.ui.detailsLabel.text()
    assert (services.paths.attachments / digest).read_bytes() == content
    editor.save_now()
    saved = services.database.drafts.get(new_draft).case.attachments
    assert [(a.file_name, a.kind, a.size, a.sha256) for a in saved] == [("DPIA.pdf", "dpia", 38000, digest)]


def test_a_file_over_the_limit_is_refused_with_a_clear_message(
        qtbot: QtBot, open_editor: Any, new_draft: int, tmp_path: Path, choose_file: list[Path]) -> None:
    (tmp_path / "scan.tiff").write_bytes(b"x" * 3000)
    choose_file.append(tmp_path / "scan.tiff")
    editor = open_editor(new_draft, attachment_limit=2048)
    page = attachments_page(editor)
    assert "Files up to 2 KB." in page.ui.limitLabel.text()

    add(qtbot, page, "other")

    assert page.ui.messageLabel.isVisible()
    assert page.ui.messageLabel.text().startswith("“scan.tiff” is 2.9 KB, which is over the 2 KB limit")
    assert page.ui.attachmentsTable.rowCount() == 0
    assert editor.case().attachments == ()


def test_remove_an_attachment_and_refuse_the_same_file_twice(
        qtbot: QtBot, open_editor: Any, new_draft: int, tmp_path: Path, choose_file: list[Path]) -> None:
    for name in ("mou.pdf", "cert.pdf"):
        (tmp_path / name).write_bytes(name.encode() * 100)
    choose_file.extend([tmp_path / "mou.pdf", tmp_path / "cert.pdf", tmp_path / "mou.pdf"])
    editor = open_editor(new_draft)
    page = attachments_page(editor)
    add(qtbot, page, "mou")
    add(qtbot, page, "security_certificate")
    add(qtbot, page, "mou")
    assert "already attached" in page.ui.messageLabel.text()
    assert [a.file_name for a in editor.case().attachments] == ["mou.pdf", "cert.pdf"]

    page.ui.attachmentsTable.selectRow(0)
    qtbot.mouseClick(page.ui.removeButton, Qt.MouseButton.LeftButton)
    assert [a.kind for a in editor.case().attachments] == ["security_certificate"]
    assert page.ui.attachmentsTable.rowCount() == 1


def test_closing_while_a_file_is_being_attached_waits_for_it(
        qtbot: QtBot, open_editor: Any, new_draft: int, services: AppServices, tmp_path: Path,
        choose_file: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from onsshare_desktop.store.attachment_files import AttachmentStore

    release = threading.Event()
    real_add = AttachmentStore.add

    def slow_add(self: AttachmentStore, *args: Any, **kwargs: Any) -> Any:
        release.wait(10)  # held until the window has been asked to close
        return real_add(self, *args, **kwargs)

    monkeypatch.setattr(AttachmentStore, "add", slow_add)
    (tmp_path / "ethics.pdf").write_bytes(b"ethics")
    choose_file.append(tmp_path / "ethics.pdf")
    editor = open_editor(new_draft)
    page = attachments_page(editor)
    qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)
    assert page.is_busy()

    editor.close()
    assert editor.isVisible()  # still open while the copy runs
    with qtbot.waitSignal(editor.closed):
        release.set()
    saved = services.database.drafts.get(new_draft).case.attachments
    assert [a.file_name for a in saved] == ["ethics.pdf"]
