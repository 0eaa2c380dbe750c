"""The export dialog answered as a person would, for tests that export through the window's flow."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from onsshare_desktop.gui.export_pack_dialog import ExportPackDialog


def browse_then_save(dialog: ExportPackDialog) -> int:
    """Press Browse… (the file dialog the test answers), then Save if it is available (else Cancel)."""
    dialog.ui.browseButton.click()
    if dialog.save_button().isEnabled():
        dialog.save_button().click()
    return int(dialog.result() == QDialog.DialogCode.Accepted)


def save_by_browsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every export dialog shown from now on is answered by ``browse_then_save``."""
    monkeypatch.setattr(ExportPackDialog, "exec", browse_then_save)
