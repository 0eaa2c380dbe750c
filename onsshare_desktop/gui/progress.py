"""The window-modal progress dialog of a slow action (export, import): its bar named for screen readers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget


def progress_dialog(parent: QWidget, title: str, label: str, bar_name: str, stop: str | None = None,
                    after_ms: int = 0) -> QProgressDialog:
    """A window-modal progress dialog over ``parent`` (0–100), shown ``after_ms`` after its first value, with a
    ``stop`` button (its text) or none."""
    progress = QProgressDialog(label, stop or "", 0, 100, parent)
    progress.setWindowTitle(title)
    if stop is None:
        progress.setCancelButton(None)
    bar = QProgressBar(progress)
    bar.setAccessibleName(bar_name)
    progress.setBar(bar)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(after_ms)
    return progress
