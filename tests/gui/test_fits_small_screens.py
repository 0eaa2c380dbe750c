"""Every window and page works on a 1024x700 screen, also with fonts 1.6 times their size: nothing needs more room
than that, and every button is inside the window (the requester's pages: tests/gui/wizard/test_wizard_behaviour.py).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from onsshare_desktop.gui.screening.window import ScreenerWindow
from tests.screening_data import case_read, SCREENER, incoming, trusted_requester  # noqa: F401 - fixture

WIDTH, HEIGHT = 1024, 700


@pytest.fixture(params=[1.0, 1.6], ids=["normal-font", "font-x1.6"])
def font_scale(request, qapp) -> Iterator[float]:  # type: ignore[no-untyped-def]
    """The application font at its size, then 1.6 times it (as a person with large text set would have)."""
    original = QApplication.font()
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * request.param)
    QApplication.setFont(font)
    yield request.param
    QApplication.setFont(original)


def shown_at_small_screen(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(WIDTH, HEIGHT)
    widget.show()
    QApplication.processEvents()
    return widget


def problems(window: QWidget, what: str) -> list[str]:
    """What does not fit ``window`` at 1024x700: its minimum size, and any visible button outside the window."""
    found = []
    hint = window.minimumSizeHint()
    if hint.width() > WIDTH or hint.height() > HEIGHT:
        found.append(f"{what}: needs {hint.width()}x{hint.height()}")
    window.resize(WIDTH, HEIGHT)
    QApplication.processEvents()
    inside = QRect(QPoint(0, 0), window.size())
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.window() is not window or button.size().isEmpty():
            continue
        if not _visible_in_scroll(button) and not inside.contains(QRect(button.mapTo(window, QPoint(0, 0)),
                                                                       button.size())):
            found.append(f"{what}: {button.objectName() or button.text()} is outside the window")
    return found


def _visible_in_scroll(widget: QWidget) -> bool:
    """True for a widget inside a scroll area (reachable by scrolling, which is fine)."""
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.usefixtures("trusted_requester")
def test_the_screener_window_and_every_page_of_a_case_fit(qtbot, services, font_scale) -> None:
    pack_id = services.database.screening.add_pack(incoming(), SCREENER).id
    window = shown_at_small_screen(qtbot, ScreenerWindow(services, SCREENER))
    found = problems(window, "register")
    workspace = case_read(qtbot, window.open_case(pack_id))
    for name in workspace.page_names():
        workspace.go_to(name)
        found += problems(window, name)
    for button in (workspace.ui.exportRecordButton, workspace.ui.nextButton, workspace.ui.backButton):
        assert button.isVisible() and button.visibleRegion().boundingRect().size() == button.size(), button.text()
    assert found == []


def test_the_drafts_window_fits(qtbot, services, example_files, font_scale) -> None:
    from onsshare_desktop.gui.main_window import MainWindow

    window = shown_at_small_screen(qtbot, MainWindow(example_files))
    window.set_services(services)
    found = problems(window, "empty")
    window.ui.newRequestButton.click()
    window.close_editors()
    window.reload()
    assert problems(window, "list") + found == []


def test_the_identity_windows_fit(qtbot, services, font_scale) -> None:
    from onsshare_desktop.gui.identity.create_identity import CreateIdentityDialog
    from onsshare_desktop.gui.identity.identity_dialog import IdentityDialog
    from onsshare_desktop.gui.identity.setup import IdentitySetupWizard
    from onsshare_desktop.gui.screening.trust_dialog import TrustDialog
    from onsshare_desktop.identity.store import IdentityStore
    from onsshare_desktop.identity.trust import TrustStore

    wizard = shown_at_small_screen(qtbot, IdentitySetupWizard(services.paths.identity, services.secrets, False,
                                                              "Welcome to screening. " * 6))
    found = problems(wizard, "set-up: about you")
    wizard.about.name_edit.setText("Sam")
    wizard.about.organisation_edit.setText("ONS")
    wizard.about.email_edit.setText("sam@ons.gov.uk")
    wizard.next()
    found += problems(wizard, "set-up: signing key")
    IdentityStore(services.paths.identity).create("Sam Screener", "ONS", "sam@ons.gov.uk", "a long passphrase")
    for what, dialog in (("identity", IdentityDialog(services.use_cases.identity)),
                         ("create identity", CreateIdentityDialog(False, "")),
                         ("trusted signers", TrustDialog(TrustStore(services.paths.root / "trust")))):
        found += problems(shown_at_small_screen(qtbot, dialog), what)
    assert found == []


def test_the_export_dialog_fits(qtbot, services, tmp_path, font_scale) -> None:
    """With its longest texts: a remembered certificate that cannot be used, and the reason Save is unavailable."""
    from PySide6.QtCore import QSettings

    from onsshare_desktop.gui.export_pack_dialog import ENCRYPT_KEY, ENCRYPTION_CERTIFICATE_KEY, ExportPackDialog

    settings = QSettings(str(services.paths.root / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(ENCRYPTION_CERTIFICATE_KEY, str(tmp_path / ("a-certificate-moved-elsewhere-" * 4 + ".pem")))
    settings.setValue(ENCRYPT_KEY, True)
    dialog = ExportPackDialog(services.use_cases.requests, settings, tmp_path / "no-such-folder" / "request.pdf")
    assert dialog.ui.problemLabel.text() and "cannot be used" in dialog.ui.certificateLabel.text()
    assert problems(shown_at_small_screen(qtbot, dialog), "export") == []
    dialog.resize(500, 300)  # narrower than it opens: its wrapped lines get the height they need
    QApplication.processEvents()
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
