"""Never a frozen window: the screener's actions verify packs, read the keyring, unlock the key and sign on worker
threads. A keyring or a verification held open by the test shows the event loop still turning (a timer fires) and
the action's button disabled until it ends; errors are shown in plain words and re-enable the action."""

from __future__ import annotations

import hashlib
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer, QUrl, Qt

from onsshare_desktop.domain.screening.stages import Outcome
from onsshare_desktop.gui.screening.actions import ActionSteps, ScreenerActions
from onsshare_desktop.gui.screening.window import ScreenerWindow
from onsshare_desktop.gui.screening.workspace import ReviewWorkspace
from onsshare_desktop.identity.secrets import MemorySecretStore
from onsshare_desktop.identity.store import IdentityStore, passphrase_key
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.store.models import PackBlobRow
from tests.gui.screening.conftest import PASSPHRASE
from tests.gui.screening.test_screening_flow import import_files
from tests.gui.screening.test_workspace import record
from tests.screening_data import case_read, DPIA_BYTES, signed_pack, stranger, trusted_requester  # noqa: F401

pytestmark = pytest.mark.usefixtures("trusted_requester")


class Gate:
    """Holds the callers of whatever it guards until released, and notes which threads they ran on.

    A caller on the UI thread is never held (the test would hang instead of failing): ``threads`` tells.
    """

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []
        self.entered = threading.Event()
        self._open = threading.Event()
        self._open.set()

    def hold(self) -> None:
        self.entered.clear()
        self._open.clear()

    def release(self) -> None:
        self._open.set()

    def pass_through(self) -> None:
        self.threads.append(threading.current_thread())
        self.entered.set()
        if threading.current_thread() is not threading.main_thread():
            self._open.wait(timeout=30)

    def all_off_the_ui_thread(self) -> bool:
        return bool(self.threads) and threading.main_thread() not in self.threads


class GatedSecretStore(MemorySecretStore):
    """A keyring that answers only when its gate opens, like one waiting for its own unlock prompt."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = Gate()

    def get(self, key: str) -> str | None:
        self.gate.pass_through()
        return super().get(key)


def let_workers_finish() -> None:
    """Release-time clean-up: workers a failing test left behind end and deliver their results now, while the
    test's fakes are still in place (not in the next test)."""
    QThreadPool.globalInstance().waitForDone(30000)
    QCoreApplication.processEvents()


@pytest.fixture
def keyring(monkeypatch) -> Iterator[GatedSecretStore]:  # monkeypatch: the fakes outlive this teardown
    store = GatedSecretStore()
    yield store
    store.gate.release()
    let_workers_finish()


@pytest.fixture
def services(services, keyring):  # type: ignore[no-untyped-def]
    return replace(services, secrets=keyring)


@pytest.fixture
def verification(monkeypatch) -> Iterator[Gate]:
    """Every pack verification passes through this gate (import, confirm a signer, open an attachment)."""
    from onsshare_desktop.pack import verify

    gate = Gate()
    real = verify.verify_pack

    def gated(*args: Any, **kwargs: Any) -> Any:
        gate.pass_through()
        return real(*args, **kwargs)

    monkeypatch.setattr(verify, "verify_pack", gated)
    yield gate
    gate.release()
    let_workers_finish()


@pytest.fixture(autouse=True)
def errors(monkeypatch) -> list[tuple[str, BaseException]]:
    """The errors the actions showed (title, exception), instead of modal dialogs."""
    shown: list[tuple[str, BaseException]] = []
    monkeypatch.setattr("onsshare_desktop.gui.screening.actions.show_error",
                        lambda _parent, title, exc: shown.append((title, exc)))
    return shown


@pytest.fixture
def asked_paths(actions: ScreenerActions, monkeypatch, tmp_path) -> list[str]:
    """The record is written to ``tmp_path / "record.pdf"``; the list holds each suggested name asked about."""
    asked: list[str] = []

    def ask(_parent, suggested: str) -> Path:
        asked.append(suggested)
        return tmp_path / "record.pdf"

    monkeypatch.setattr(actions, "ask_record_path", ask)
    return asked


def the_event_loop_turns(qtbot) -> None:
    """A zero-delay timer fires: the UI thread is free to process events."""
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=5000):
        timer.start(0)


def open_good_pack(qtbot, window: ScreenerWindow, tmp_path: Path, with_outcome: bool = False) -> ReviewWorkspace:
    path = tmp_path / "good.pdf"
    path.write_bytes(signed_pack(with_dpia=True))
    [result] = import_files(qtbot, window, [path])
    workspace = case_read(qtbot, window.open_case(result.pack_id))
    if with_outcome:  # a record needs an outcome to record
        record(qtbot, workspace, Outcome.START_FIRST_SCREENING)
    return workspace


def remember(services, passphrase: str) -> None:
    info = IdentityStore(services.paths.identity).info()
    services.secrets.secrets[passphrase_key(info.fingerprint)] = passphrase


def export_record(qtbot, workspace: ReviewWorkspace, while_running: Callable[[], None] = lambda: None) -> list[Any]:
    """Click Export; ``while_running()`` runs once the click has returned; the ``record_exported`` arguments."""
    with qtbot.waitSignal(workspace.record_exported, timeout=30000) as exported:
        qtbot.mouseClick(workspace.ui.exportRecordButton, Qt.MouseButton.LeftButton)
        assert not workspace.ui.exportRecordButton.isEnabled()
        while_running()
    assert workspace.ui.exportRecordButton.isEnabled()
    return exported.args


def test_export_reads_the_keyring_and_unlocks_off_the_ui_thread(qtbot, window, services, actions, keyring,
                                                                asked_paths, tmp_path, errors) -> None:
    workspace = open_good_pack(qtbot, window, tmp_path, with_outcome=True)
    remember(services, PASSPHRASE)
    keyring.gate.hold()

    def while_the_keyring_is_silent() -> None:
        qtbot.waitUntil(keyring.gate.entered.is_set, timeout=10000)
        the_event_loop_turns(qtbot)
        assert workspace.cursor().shape() == Qt.CursorShape.BusyCursor
        workspace.ui.exportRecordButton.clicked.emit()  # a second click while it runs is ignored
        assert len(workspace.findChildren(ActionSteps)) == 1
        keyring.gate.release()

    assert export_record(qtbot, workspace, while_the_keyring_is_silent) == [str(tmp_path / "record.pdf")]
    assert keyring.gate.all_off_the_ui_thread()
    assert actions.prompts == [] and len(asked_paths) == 1  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not workspace.recording)  # the case is read again on a worker
    assert [e.kind for e in workspace.received.history].count("record_exported") == 1
    assert "Signed screening record written" in workspace.ui.outcomeMessageLabel.text()
    assert workspace.cursor().shape() != Qt.CursorShape.BusyCursor and errors == []


def test_a_stale_remembered_passphrase_then_a_wrong_one_are_asked_again(qtbot, window, services, actions,
                                                                        asked_paths, monkeypatch, tmp_path,
                                                                        errors) -> None:
    workspace = open_good_pack(qtbot, window, tmp_path, with_outcome=True)
    remember(services, "an old passphrase")
    answers = ["a wrong passphrase", PASSPHRASE]

    def answer(_parent, prompt: str) -> str:
        actions.prompts.append(prompt)  # type: ignore[attr-defined]
        return answers.pop(0)

    monkeypatch.setattr(actions, "ask_passphrase", answer)
    unlocks = Gate()
    real_unlock = IdentityStore.unlock

    def unlock(self: IdentityStore, passphrase: str):  # type: ignore[no-untyped-def]
        unlocks.pass_through()
        return real_unlock(self, passphrase)

    monkeypatch.setattr(IdentityStore, "unlock", unlock)
    assert export_record(qtbot, workspace) == [str(tmp_path / "record.pdf")]
    assert actions.prompts == ["Passphrase for Sam Screener's signing key:",  # type: ignore[attr-defined]
                               "That passphrase does not unlock Sam Screener's signing key. Try again:"]
    assert len(unlocks.threads) == 3 and unlocks.all_off_the_ui_thread()  # remembered, wrong, right
    assert errors == []


def test_cancelling_at_the_passphrase_writes_nothing(qtbot, window, actions, asked_paths, monkeypatch,
                                                    tmp_path, errors) -> None:
    workspace = open_good_pack(qtbot, window, tmp_path, with_outcome=True)
    cancelled: list[str] = []
    monkeypatch.setattr(actions, "ask_passphrase", lambda _parent, prompt: cancelled.append(prompt))
    qtbot.mouseClick(workspace.ui.exportRecordButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(workspace.ui.exportRecordButton.isEnabled, timeout=10000)
    assert len(cancelled) == 1 and not (tmp_path / "record.pdf").exists()
    assert workspace.ui.outcomeMessageLabel.text() == "" and errors == []
    assert "record_exported" not in [e.kind for e in workspace.received.history]


def test_without_an_identity_the_export_offers_the_set_up_before_asking_anything(qtbot, window, services, asked_paths,
                                                                                  tmp_path, errors) -> None:
    from onsshare_desktop.gui.identity.setup import IdentitySetupWizard

    workspace = open_good_pack(qtbot, window, tmp_path, with_outcome=True)
    shutil.rmtree(services.paths.identity)
    qtbot.mouseClick(workspace.ui.exportRecordButton, Qt.MouseButton.LeftButton)
    wizard = window.findChild(IdentitySetupWizard)
    assert wizard is not None and wizard.isVisible() and asked_paths == [] and errors == []
    wizard.reject()  # closing the set-up ends the export: nothing asked, nothing written, no error
    qtbot.waitUntil(workspace.ui.exportRecordButton.isEnabled)
    assert asked_paths == [] and errors == []


def test_confirming_a_signer_verifies_off_the_ui_thread(qtbot, window, services, verification, tmp_path,
                                                        errors) -> None:
    path = tmp_path / "untrusted.pdf"
    path.write_bytes(signed_pack("university-business-survey", signer="stranger"))
    [result] = import_files(qtbot, window, [path])
    workspace = case_read(qtbot, window.open_case(result.pack_id))
    button = workspace.ui.confirmSignerButton
    verification.hold()
    with qtbot.waitSignal(workspace.case_changed, timeout=20000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(verification.entered.is_set, timeout=10000)
        the_event_loop_turns(qtbot)
        workspace.refresh()  # e.g. the trust dialog closed meanwhile: the button stays disabled
        assert not button.isEnabled()
        button.clicked.emit()
        assert len(workspace.findChildren(ActionSteps)) == 1
        verification.release()
    assert verification.all_off_the_ui_thread() and errors == []
    assert TrustStore(services.paths.root / "trust").is_trusted(stranger().info.fingerprint)
    assert "signer confirmed" in workspace.ui.signerLabel.text()


def test_opening_an_attachment_verifies_off_the_ui_thread(qtbot, window, actions, verification, tmp_path,
                                                          errors) -> None:
    workspace = open_good_pack(qtbot, window, tmp_path)
    link = QUrl("attachment:" + hashlib.sha256(DPIA_BYTES).hexdigest())
    browser = workspace.section_page("attachments").ui.answersBrowser
    verification.hold()
    browser.anchorClicked.emit(link)
    qtbot.waitUntil(verification.entered.is_set, timeout=10000)
    the_event_loop_turns(qtbot)
    assert workspace.cursor().shape() == Qt.CursorShape.BusyCursor
    browser.anchorClicked.emit(link)  # ignored while the first is being opened
    assert len(workspace.findChildren(ActionSteps)) == 1
    verification.release()
    qtbot.waitUntil(lambda: workspace.cursor().shape() != Qt.CursorShape.BusyCursor, timeout=20000)
    [opened] = actions.opened_urls  # type: ignore[attr-defined]
    assert opened.name == "DPIA v3.pdf" and opened.read_bytes() == DPIA_BYTES
    assert verification.all_off_the_ui_thread() and errors == []


def test_closing_the_case_while_verifying_drops_the_result(qtbot, window, actions, verification, tmp_path) -> None:
    workspace = open_good_pack(qtbot, window, tmp_path)
    verification.hold()
    workspace.section_page("attachments").ui.answersBrowser.anchorClicked.emit(
        QUrl("attachment:" + hashlib.sha256(DPIA_BYTES).hexdigest()))
    qtbot.waitUntil(verification.entered.is_set, timeout=10000)
    gone: list[bool] = []
    workspace.destroyed.connect(lambda: gone.append(True))
    window.ui.tabs.tabCloseRequested.emit(window.ui.tabs.indexOf(workspace))
    qtbot.waitUntil(lambda: gone == [True], timeout=5000)
    verification.release()
    assert QThreadPool.globalInstance().waitForDone(30000)
    QCoreApplication.processEvents()  # deliver anything the finished worker sent
    assert actions.opened_urls == []  # type: ignore[attr-defined]


def test_an_altered_original_is_not_opened_and_the_reason_is_shown(qtbot, window, services, actions, tmp_path,
                                                                   errors) -> None:
    workspace = open_good_pack(qtbot, window, tmp_path)
    row = services.database.screening.get_row(workspace.pack_id)
    with services.database.sessions.begin() as session:
        session.get(PackBlobRow, row.sha256).data = b"%PDF-1.7 something else"
    qtbot.mouseClick(workspace.ui.openPackButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors), timeout=20000)
    [(title, exc)] = errors
    assert title == "The original pack could not be opened." and "altered" in str(exc)
    assert actions.opened_urls == [] and workspace.ui.openPackButton.isEnabled()  # type: ignore[attr-defined]


def test_closing_the_case_while_its_record_is_signed_still_writes_it_and_says_so(qtbot, window, services, keyring,
                                                                                 asked_paths, tmp_path,
                                                                                 errors) -> None:
    workspace = open_good_pack(qtbot, window, tmp_path, with_outcome=True)
    pack_id = workspace.pack_id
    remember(services, PASSPHRASE)
    keyring.gate.hold()
    gone: list[bool] = []
    workspace.destroyed.connect(lambda: gone.append(True))
    qtbot.mouseClick(workspace.ui.exportRecordButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(keyring.gate.entered.is_set, timeout=10000)
    window.ui.tabs.tabCloseRequested.emit(window.ui.tabs.indexOf(workspace))
    assert window.ui.tabs.indexOf(workspace) == -1 and pack_id not in window.open_cases()
    assert "still being signed" in window.statusBar().currentMessage()
    keyring.gate.release()
    qtbot.waitUntil(lambda: gone == [True], timeout=30000)
    assert (tmp_path / "record.pdf").exists() and errors == []
    assert window.statusBar().currentMessage() == f"Signed screening record written to {tmp_path / 'record.pdf'}"
    assert [e.kind for e in services.database.screening.get(pack_id).history].count("record_exported") == 1
