"""Encrypted packs (.p7m) imported from the window: the decryption key's passphrase is asked once when it is not
kept, a wrong one is asked again, and cancelling reads nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from onsshare_desktop.domain.screening.importing import ImportStatus
from onsshare_desktop.gui.screening.import_flow import ImportFlow
from onsshare_desktop.gui.screening.window import ScreenerWindow
from onsshare_desktop.identity.decryption import DecryptionIdentityStore
from onsshare_desktop.services.envelopes import seal_pack
from tests.screening_data import SCREENER, signed_pack, trusted_requester  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("trusted_requester")
DECRYPTION_PASSPHRASE = "team decryption passphrase 7"


@pytest.fixture
def envelope(services, tmp_path) -> Path:
    """A pack sealed to this data folder's decryption identity, whose passphrase is not kept."""
    store = DecryptionIdentityStore(services.paths.decryption_identity)
    store.create("ONS Data Sharing Team", "Office for National Statistics", "", DECRYPTION_PASSPHRASE)
    cert = tmp_path / "ons.pem"
    cert.write_bytes(store.certificate().public_bytes(Encoding.PEM))
    path = tmp_path / "request.pdf.p7m"
    path.write_bytes(seal_pack(signed_pack(), cert))
    return path


@pytest.fixture
def real_window(qtbot, services, actions) -> ScreenerWindow:
    window = ScreenerWindow(services, SCREENER, actions.import_files, actions.workspace_actions(),
                            envelope_key=actions.envelope_key)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_passphrase_is_asked_again_when_wrong_then_the_envelope_is_imported(qtbot, real_window, envelope,
                                                                                 monkeypatch) -> None:
    asked: list[bool] = []
    answers = iter(["not it", DECRYPTION_PASSPHRASE])

    def ask(_flow, retry: bool) -> str:
        asked.append(retry)
        return next(answers)

    monkeypatch.setattr(ImportFlow, "_ask", ask)
    with qtbot.waitSignal(real_window.register.import_finished, timeout=30000) as done:
        real_window.register.import_paths([envelope.parent])
    [result] = done.args[0]
    assert asked == [False, True]
    assert result.status is ImportStatus.IMPORTED, result.reason
    assert real_window.register.model.rowCount() == 1


def test_cancelling_the_passphrase_reads_nothing(qtbot, real_window, envelope, monkeypatch) -> None:
    monkeypatch.setattr(ImportFlow, "_ask", lambda _flow, _retry: None)
    register = real_window.register
    register.import_paths([envelope])
    qtbot.waitUntil(lambda: register.ui.importButton.isEnabled(), timeout=10000)
    assert register.ui.importResultsLabel.text() == "Import cancelled: no pack was read."
    assert register.model.rowCount() == 0


def test_plain_packs_ask_for_nothing(qtbot, real_window, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(ImportFlow, "_ask", lambda _flow, _retry: pytest.fail("asked for a passphrase"))
    pack = tmp_path / "plain.pdf"
    pack.write_bytes(signed_pack())
    with qtbot.waitSignal(real_window.register.import_finished, timeout=30000) as done:
        real_window.register.import_paths([pack])
    assert [r.status for r in done.args[0]] == [ImportStatus.IMPORTED]
