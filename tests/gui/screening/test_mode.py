from __future__ import annotations

from PySide6.QtCore import QSettings

from onsshare_desktop.gui.screening.mode import AppMode, load_mode, save_mode, screener_actor
from onsshare_desktop.gui.screening.window import ScreenerWindow
from onsshare_desktop.identity.store import IdentityStore


def test_mode_is_a_saved_switchable_setting(tmp_path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert load_mode(settings) == AppMode.REQUESTER
    save_mode(settings, AppMode.SCREENER)
    assert load_mode(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)) == AppMode.SCREENER
    settings.setValue("mode", "pirate")
    assert load_mode(settings) == AppMode.REQUESTER


def test_the_screener_is_the_signing_identity(qtbot, services) -> None:
    assert screener_actor(services.paths) is None  # never the login name: the first-run set-up asks who it is
    IdentityStore(services.paths.identity).create("Sam Screener", "ONS", "sam@ons.gov.uk", "long passphrase")
    assert screener_actor(services.paths) == "Sam Screener <sam@ons.gov.uk>"
    window = ScreenerWindow.for_services(services)
    qtbot.addWidget(window)
    assert "Sam Screener <sam@ons.gov.uk>" in window.statusBar().currentMessage()
    assert window.ui.actionImportPacks.isEnabled() and window.ui.actionTrustedSigners.isEnabled()
