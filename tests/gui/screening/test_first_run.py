"""A new screener on a fresh data folder: guided set-up (about you, then the key), the Signing identity item in the
File menu, and the same set-up when an export needs a key. Driven with the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from onsshare_desktop.domain.screening.annotations import SectionStatus
from onsshare_desktop.domain.screening.stages import Move, Outcome
from onsshare_desktop.gui.identity.setup import IdentitySetupWizard, open_setup_wizard
from onsshare_desktop.gui.screening.actions import ScreenerActions
from onsshare_desktop.gui.screening.window import ScreenerWindow
from onsshare_desktop.identity.profile import load_profile
from onsshare_desktop.identity.store import IdentityStore
from tests.screening_data import case_read, SCREENER, incoming, signed_pack, trusted_requester  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("trusted_requester")
PASSPHRASE = "a long screener passphrase"


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def fill_about_you(qtbot, wizard: IdentitySetupWizard, name="Priya Screener", org="Office for National Statistics",
                   email="priya.screener@ons.gov.uk") -> None:
    page = wizard.about
    assert QApplication.focusWidget() is page.name_edit or wizard.focusWidget() is page.name_edit
    qtbot.keyClicks(page.name_edit, name)
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(wizard.focusWidget(), org)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(wizard.focusWidget(), email)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)  # Enter is Next


def fill_key(qtbot, wizard: IdentitySetupWizard) -> None:
    page = wizard.key
    assert wizard.currentPage() is page
    qtbot.waitUntil(lambda: wizard.focusWidget() is page.passphrase_edit)  # the key page starts on the passphrase
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(wizard.focusWidget(), PASSPHRASE)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)  # Enter is "Make my key"


def fresh_window(qtbot, services) -> ScreenerWindow:
    window = ScreenerWindow.for_services(services)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    return window


def setup_wizard(qtbot, window) -> IdentitySetupWizard:
    qtbot.waitUntil(lambda: open_setup_wizard(window) is not None, timeout=5_000)
    wizard = open_setup_wizard(window)
    wizard.activateWindow()
    return wizard


def test_a_fresh_screener_is_set_up_first_and_records_under_their_own_name(qtbot, services) -> None:
    pack_id = services.database.screening.add_pack(incoming(), SCREENER).id
    window = fresh_window(qtbot, services)
    assert window.actor is None  # not the operating-system user
    wizard = setup_wizard(qtbot, window)
    assert wizard.windowTitle() == "Set up your signing identity"
    fill_about_you(qtbot, wizard)
    assert wizard.currentPage() is wizard.key
    assert load_profile(services.paths.identity).name == "Priya Screener"  # kept even if the key is never made
    assert window.actor == "Priya Screener <priya.screener@ons.gov.uk>"
    with qtbot.waitSignal(wizard.identity_ready, timeout=20_000):
        fill_key(qtbot, wizard)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    info = IdentityStore(services.paths.identity).info()
    assert (info.name, info.organisation, info.email) == ("Priya Screener", "Office for National Statistics",
                                                           "priya.screener@ons.gov.uk")
    assert "Priya Screener" in window.statusBar().currentMessage()
    workspace = case_read(qtbot, window.open_case(pack_id))
    services.database.screening.annotate(pack_id, "requester", SectionStatus.ACCEPTABLE, "ok", workspace._actor)
    actors = {entry.actor for entry in services.database.screening.get(pack_id).history}
    assert "Priya Screener <priya.screener@ons.gov.uk>" in actors


def test_closing_the_set_up_leaves_nothing_recorded_and_opening_a_case_asks_again(qtbot, services) -> None:
    pack_id = services.database.screening.add_pack(incoming(), SCREENER).id
    window = fresh_window(qtbot, services)
    wizard = setup_wizard(qtbot, window)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert window.open_case(pack_id) is None and window.open_cases() == []
    again = setup_wizard(qtbot, window)
    fill_about_you(qtbot, again, name="Sam Other", email="sam.other@ons.gov.uk")
    again.reject()  # stops before the key: the case opens, under the name given
    qtbot.waitUntil(lambda: window.open_cases() == [pack_id])
    assert window.actor == "Sam Other <sam.other@ons.gov.uk>"


def test_the_screener_file_menu_has_the_signing_identity_item(qtbot, services) -> None:
    IdentityStore(services.paths.identity).create("Sam Screener", "ONS", "sam@ons.gov.uk", PASSPHRASE)
    window = fresh_window(qtbot, services)
    texts = [a.text() for a in window.ui.menuFile.actions()]
    assert "&Signing identity…" in texts
    dialog = window.show_identity()
    assert dialog.isVisible() and dialog.ui.nameValueLabel.text() == "Sam Screener"
    dialog.close()


def test_exporting_a_record_without_a_key_runs_the_set_up_then_carries_on(qtbot, services, monkeypatch,
                                                                          tmp_path) -> None:
    from onsshare_desktop.identity.profile import Profile, save_profile

    save_profile(services.paths.identity, Profile("Priya Screener", "ONS", "priya@ons.gov.uk"))
    actions = ScreenerActions(services, "Priya Screener <priya@ons.gov.uk>")
    (tmp_path / "pack.pdf").write_bytes(signed_pack())
    pack_id = actions.import_files([tmp_path / "pack.pdf"])[0].pack_id
    services.database.screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), actions.actor)
    target = tmp_path / "record.pdf"
    monkeypatch.setattr(actions, "ask_record_path", lambda parent, suggested: target)
    monkeypatch.setattr(actions, "ask_passphrase", lambda parent, prompt: PASSPHRASE)
    window = ScreenerWindow(services, actions.actor, actions.import_files, actions.workspace_actions())
    qtbot.addWidget(window)
    window.show()
    workspace = case_read(qtbot, window.open_case(pack_id))
    workspace.go_to("Outcome")
    errors: list[str] = []
    monkeypatch.setattr("onsshare_desktop.gui.screening.actions.show_error",
                        lambda _p, title, exc: errors.append(f"{title} {exc}"))
    qtbot.mouseClick(workspace.ui.exportRecordButton, Qt.MouseButton.LeftButton)
    wizard = setup_wizard(qtbot, workspace.window())
    assert wizard.about.name_edit.text() == "Priya Screener"  # what the screener said before
    qtbot.keyClick(wizard.about.email_edit, Qt.Key.Key_Return)
    fill_key(qtbot, wizard)
    qtbot.waitUntil(lambda: bool(errors) or target.exists(), timeout=30_000)
    assert errors == [] and target.exists()


def test_no_window_speaks_in_command_line_names() -> None:
    root = Path(__file__).resolve().parents[3]
    sources = [*root.glob("onsshare_desktop/gui/**/*.py"), *root.glob("ui/**/*.ui")]
    offending = [f"{p.relative_to(root)}: {word}" for p in sources if "_generated" not in p.parts
                 for word in ("identity create", "import-p12", "PKCS#12", "keyring.backends")
                 if word in p.read_text(encoding="utf-8")]
    assert offending == []
