"""Trusted signers: import a PEM certificate (after confirming its fingerprint), list, remove; packs follow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from onsshare_desktop.identity.certificates import certificate_pem
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.gui.screening.window import ScreenerWindow
from tests.screening_data import SCREENER, incoming, stranger, trusted_requester  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("trusted_requester")


def test_import_list_and_remove_a_signer(qtbot, services, monkeypatch, tmp_path) -> None:
    pack_id = services.database.screening.add_pack(incoming(trusted=False), SCREENER).id
    store = TrustStore(services.paths.root / "trust")
    window = ScreenerWindow(services, SCREENER, trust_store=store)
    qtbot.addWidget(window)
    workspace = window.open_case(pack_id)
    dialog = window.show_trusted_signers()
    assert dialog is not None
    assert dialog.ui.signersTree.topLevelItemCount() == 1  # the test requester

    pem = tmp_path / "mallory.pem"
    pem.write_bytes(certificate_pem(stranger().certificate))
    monkeypatch.setattr(dialog, "ask_certificate_file", lambda: pem)
    answers = iter([False, True])
    questions: list[str] = []
    monkeypatch.setattr(dialog, "confirm", lambda text: questions.append(text) or next(answers))
    qtbot.mouseClick(dialog.ui.importCertButton, Qt.MouseButton.LeftButton)  # declined: nothing trusted
    assert not store.is_trusted(stranger().info.fingerprint)
    assert stranger().info.display_fingerprint in questions[0]
    with qtbot.waitSignal(dialog.trust_changed):
        qtbot.mouseClick(dialog.ui.importCertButton, Qt.MouseButton.LeftButton)
    assert store.is_trusted(stranger().info.fingerprint)
    assert dialog.ui.signersTree.topLevelItemCount() == 2
    assert services.database.screening.get_row(pack_id).signer_confirmed
    assert "signer confirmed" in workspace.ui.signerLabel.text()

    monkeypatch.setattr(dialog, "confirm", lambda text: True)
    tree = dialog.ui.signersTree
    row = next(i for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(0) == "Mallory Unknown")
    tree.setCurrentItem(tree.topLevelItem(row))
    with qtbot.waitSignal(dialog.trust_changed):
        qtbot.mouseClick(dialog.ui.removeButton, Qt.MouseButton.LeftButton)
    assert not store.is_trusted(stranger().info.fingerprint)
    assert not services.database.screening.get_row(pack_id).signer_confirmed
    assert "No longer trusted: Mallory Unknown." == dialog.ui.trustStatusLabel.text()


def test_a_file_that_is_not_a_certificate_is_refused_in_place(qtbot, services, monkeypatch, tmp_path) -> None:
    window = ScreenerWindow(services, SCREENER, trust_store=TrustStore(services.paths.root / "trust"))
    qtbot.addWidget(window)
    dialog = window.show_trusted_signers()
    bad = tmp_path / "not-a-cert.pem"
    bad.write_text("hello")
    monkeypatch.setattr(dialog, "ask_certificate_file", lambda: bad)
    qtbot.mouseClick(dialog.ui.importCertButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.trustStatusLabel.text() and dialog.ui.signersTree.topLevelItemCount() == 1
