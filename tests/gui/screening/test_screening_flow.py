"""End to end with real signed packs: import (good, tampered, untrusted), confirm a signer, open the original
and an attachment, move through every stage, export a signed record, then verify the record and the original
pack extracted from it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl, Qt
from sqlalchemy import func, select

from onsshare_desktop.domain.screening.importing import ImportStatus
from onsshare_desktop.domain.screening.stages import Outcome, Stage
from onsshare_desktop.gui.screening.window import ScreenerWindow
from onsshare_desktop.identity.store import IdentityStore
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack.verify import Verdict, verify_pack
from onsshare_desktop.store.models import PackBlobRow
from tests.gui.screening.test_workspace import settle, fill_checklist, record
from tests.screening_data import case_read, DPIA_BYTES, signed_pack, stranger, trusted_requester  # noqa: F401

pytestmark = pytest.mark.usefixtures("trusted_requester")


def import_files(qtbot, window: ScreenerWindow, paths: list[Path]):
    with qtbot.waitSignal(window.register.import_finished, timeout=20000) as done:
        window.register.import_paths(paths)
    return done.args[0]


def packs_on_disk(tmp_path: Path) -> dict[str, Path]:
    files = {"good": signed_pack(with_dpia=True),
             "untrusted": signed_pack("university-business-survey", signer="stranger")}
    tampered = bytearray(signed_pack())
    at = tampered.index(b"Census 2021")
    tampered[at:at + 6] = b"CENSUS"
    files["tampered"] = bytes(tampered)
    paths = {}
    for name, data in files.items():
        paths[name] = tmp_path / f"{name}.pdf"
        paths[name].write_bytes(data)
    return paths


def test_import_good_tampered_untrusted_then_confirm_the_signer(qtbot, window, services, tmp_path) -> None:
    paths = packs_on_disk(tmp_path)
    results = import_files(qtbot, window, [paths["good"], paths["tampered"], paths["untrusted"]])
    assert [r.status for r in results] == [ImportStatus.IMPORTED, ImportStatus.REFUSED, ImportStatus.IMPORTED]
    assert "1 refused" in window.register.ui.importResultsLabel.text()
    assert services.database.screening.count() == 2  # the refused pack is stored nowhere
    with services.database.sessions() as session:  # the bytes of the two packs, kept in the database
        assert session.scalar(select(func.count()).select_from(PackBlobRow)) == 2
    again = import_files(qtbot, window, [paths["good"]])
    assert again[0].status == ImportStatus.DUPLICATE

    untrusted = results[2].pack_id
    workspace = case_read(qtbot, window.open_case(untrusted))
    assert "SIGNER NOT CONFIRMED" in workspace.ui.signerLabel.text()
    with qtbot.waitSignal(workspace.case_changed, timeout=20000):
        qtbot.mouseClick(workspace.ui.confirmSignerButton, Qt.MouseButton.LeftButton)
        assert not workspace.ui.confirmSignerButton.isEnabled()  # while a worker verifies the pack
    assert TrustStore(services.paths.root / "trust").is_trusted(stranger().info.fingerprint)
    assert "signer confirmed" in workspace.ui.signerLabel.text()
    qtbot.waitUntil(lambda: window.register.model.row_at(0).signer_confirmed)  # the register is read on a worker


def test_review_every_stage_and_export_a_verified_record(qtbot, window, services, actions, tmp_path,
                                                         monkeypatch) -> None:
    paths = packs_on_disk(tmp_path)
    [result] = import_files(qtbot, window, [paths["good"]])
    workspace = case_read(qtbot, window.open_case(result.pack_id))

    qtbot.mouseClick(workspace.ui.openPackButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(actions.opened_urls) == 1, timeout=20000)  # type: ignore[attr-defined]
    original_path = actions.opened_urls[-1]  # type: ignore[attr-defined]
    assert original_path.read_bytes() == paths["good"].read_bytes()
    workspace.section_page("attachments").ui.answersBrowser.anchorClicked.emit(
        QUrl("attachment:" + hashlib.sha256(DPIA_BYTES).hexdigest()))
    qtbot.waitUntil(lambda: len(actions.opened_urls) == 2, timeout=20000)  # type: ignore[attr-defined]
    attachment = actions.opened_urls[-1]  # type: ignore[attr-defined]
    assert attachment.name == "DPIA v3.pdf" and attachment.read_bytes() == DPIA_BYTES
    assert attachment.parent.stat().st_mode & 0o077 == 0  # a private folder

    record(qtbot, workspace, Outcome.START_FIRST_SCREENING)
    fill_checklist(qtbot, workspace)
    record(qtbot, workspace, Outcome.PROCEED_TO_DSWG)
    record(qtbot, workspace, Outcome.RECOMMEND_APPROVAL)
    record(qtbot, workspace, Outcome.APPROVED_WITH_CONDITIONS, decided_by="deputy_director",
           decider_name="A. Director", conditions="Annual compliance report")
    record(qtbot, workspace, Outcome.PUBLISH, register_checked="1")
    assert services.database.screening.get_row(result.pack_id).stage == Stage.PUBLISHED

    target = tmp_path / "record.pdf"
    monkeypatch.setattr(actions, "ask_record_path", lambda parent, suggested: target)
    with qtbot.waitSignal(workspace.record_exported, timeout=20000) as exported:
        qtbot.mouseClick(workspace.ui.exportRecordButton, Qt.MouseButton.LeftButton)
        assert not workspace.ui.exportRecordButton.isEnabled()  # while the worker signs
    assert exported.args == [str(target)] and target.exists()
    assert workspace.ui.exportRecordButton.isEnabled()
    settle(qtbot, workspace)  # the case is read again on a worker
    assert workspace.received.history[-1].kind == "record_exported"
    assert actions.prompts == ["Passphrase for Sam Screener's signing key:"]  # type: ignore[attr-defined]

    trust = TrustStore(services.paths.root / "trust").with_extra(
        [IdentityStore(services.paths.identity).certificate()])
    report = verify_pack(target, trust)
    assert report.verdict is Verdict.TRUSTED and report.is_record
    assert "a screening record for ONS-DSR-EXAMPLE-0001 version 1" in report.reason
    original = next(f for f in report.files if f.name.startswith("original-pack-"))
    assert original.data == paths["good"].read_bytes()
    inner = verify_pack(original.data, trust)
    assert inner.verdict is Verdict.TRUSTED and not inner.is_record


def test_open_original_pack_without_a_pdf_viewer_says_so_and_offers_a_copy(qtbot, window, actions, tmp_path,
                                                                          monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    good = packs_on_disk(tmp_path)["good"]
    [result] = import_files(qtbot, window, [good])
    workspace = case_read(qtbot, window.open_case(result.pack_id))
    monkeypatch.setattr(actions, "open_url", lambda path: False)  # no program opens PDF files here
    said: list[str] = []

    def save_a_copy(box: QMessageBox) -> int:
        said.append(box.text())
        box.defaultButton().click()  # "Save a copy…"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", save_a_copy)
    copy = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    qtbot.mouseClick(workspace.ui.openPackButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: copy.exists(), timeout=10_000)
    assert said == ["No program on this computer opens this kind of file (PDF)."]
    assert copy.read_bytes() == good.read_bytes()  # exactly as received


def test_the_window_imports_a_pack_encrypted_to_the_team(qtbot, window, services, tmp_path) -> None:
    """A .p7m addressed to the team's decryption identity (passphrase kept in the keyring) is opened and the pack
    inside imported; one addressed to someone else is refused by name, nothing stored."""
    from cryptography import x509

    from onsshare_desktop.identity.decryption import DecryptionIdentityStore
    from onsshare_desktop.identity.store import passphrase_key
    from onsshare_desktop.pack.envelope import seal

    team = DecryptionIdentityStore(services.paths.decryption_identity)
    info = team.create("ONS Data Sharing Team", "ONS", "", "team passphrase")
    services.secrets.set(passphrase_key(info.fingerprint), "team passphrase")
    other = DecryptionIdentityStore(tmp_path / "other")
    other.create("Someone else", "", "", "other passphrase")
    pack = signed_pack()
    ours, theirs = tmp_path / "ours.pdf.p7m", tmp_path / "theirs.pdf.p7m"
    ours.write_bytes(seal(pack, team.certificate()))
    theirs.write_bytes(seal(pack, x509.load_pem_x509_certificate(other.certificate_pem())))
    results = import_files(qtbot, window, [ours, theirs])
    assert [r.status for r in results] == [ImportStatus.IMPORTED, ImportStatus.REFUSED]
    assert "addressed to another certificate" in results[1].reason
    assert services.database.screening.pack_bytes(results[0].pack_id) == pack
