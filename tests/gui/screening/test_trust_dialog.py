"""Trusted signers: import a PEM certificate (after confirming its fingerprint), list, remove; packs follow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from onsshare_desktop.identity.certificates import certificate_pem
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.gui.screening.window import ScreenerWindow
from tests.screening_data import case_read, SCREENER, incoming, stranger, trusted_requester  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("trusted_requester")


def test_import_list_and_remove_a_signer(qtbot, services, monkeypatch, tmp_path) -> None:
    pack_id = services.database.screening.add_pack(incoming(trusted=False), SCREENER).id
    store = TrustStore(services.paths.root / "trust")
    window = ScreenerWindow(services, SCREENER, trust_store=store)
    qtbot.addWidget(window)
    workspace = case_read(qtbot, window.open_case(pack_id))
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
    with qtbot.waitSignal(window.signers_synced):  # the trust store changes, then a worker updates the packs
        qtbot.mouseClick(dialog.ui.importCertButton, Qt.MouseButton.LeftButton)
    assert store.is_trusted(stranger().info.fingerprint)
    assert dialog.ui.signersTree.topLevelItemCount() == 2
    assert services.database.screening.get_row(pack_id).signer_confirmed
    assert "signer confirmed" in workspace.ui.signerLabel.text()

    monkeypatch.setattr(dialog, "confirm", lambda text: True)
    tree = dialog.ui.signersTree
    row = next(i for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(0) == "Mallory Unknown")
    tree.setCurrentItem(tree.topLevelItem(row))
    with qtbot.waitSignal(window.signers_synced):
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


def test_packs_follow_the_trust_store_on_a_worker_while_the_window_stays_responsive(qtbot, services,
                                                                                     monkeypatch) -> None:
    import threading

    from PySide6.QtCore import QTimer

    window = ScreenerWindow(services, SCREENER, trust_store=TrustStore(services.paths.root / "trust"))
    qtbot.addWidget(window)
    dialog = window.show_trusted_signers()
    release, callers = threading.Event(), []
    sync = services.database.screening.sync_signers

    def held_sync(actor: str, trusted=None) -> int:
        callers.append(threading.current_thread())
        release.wait(10)
        return sync(actor, trusted)

    monkeypatch.setattr(services.database.screening, "sync_signers", held_sync)
    dialog.trust_changed.emit()
    ticked = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked) and bool(callers))  # the event loop turns while the packs are updated
    assert callers[0] is not threading.main_thread()
    with qtbot.waitSignal(window.signers_synced):
        release.set()


def test_a_failed_update_of_the_packs_is_shown_plainly(qtbot, services, monkeypatch) -> None:
    window = ScreenerWindow(services, SCREENER, trust_store=TrustStore(services.paths.root / "trust"))
    qtbot.addWidget(window)
    dialog = window.show_trusted_signers()
    shown: list[str] = []
    monkeypatch.setattr("onsshare_desktop.gui.errors.show_error", lambda parent, title, exc: shown.append(title))

    def broken_sync(actor: str, trusted=None) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(services.database.screening, "sync_signers", broken_sync)
    dialog.trust_changed.emit()
    qtbot.waitUntil(lambda: bool(shown))
    assert "trusted signers" in shown[0]


def test_open_cases_read_the_change_on_a_worker_and_the_window_turns_meanwhile(qtbot, services, monkeypatch) -> None:
    """After the trust store changes, each open case is read again on a worker (on a team's server the window
    never waits): ``signers_synced`` comes once the cases show it."""
    import threading

    from PySide6.QtCore import QTimer

    pack_id = services.database.screening.add_pack(incoming(trusted=False), SCREENER).id
    window = ScreenerWindow(services, SCREENER, trust_store=TrustStore(services.paths.root / "trust"))
    qtbot.addWidget(window)
    workspace = case_read(qtbot, window.open_case(pack_id))
    release, readers = threading.Event(), []
    state = workspace._review.state

    def held_state(author):  # type: ignore[no-untyped-def]
        readers.append(threading.current_thread())
        assert release.wait(10)
        return state(author)

    monkeypatch.setattr(workspace._review, "state", held_state)
    synced: list[bool] = []
    window.signers_synced.connect(lambda: synced.append(True))
    window._on_signers_synced(0)
    ticks: list[int] = []
    timer = QTimer(window, interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 5 and bool(readers))  # the window turns while the case is read
    assert readers[0] is not threading.main_thread() and not synced
    release.set()
    qtbot.waitUntil(lambda: bool(synced))
