"""One question before an irreversible step, with the safe answer as the default (Enter and Esc both decline)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, question: str, details: str, action: str) -> bool:
    """Ask ``question`` (``details`` below it); True only if the person chose ``action`` (e.g. "&Record").

    The other button, "Cancel", is the default: pressing Enter or Esc without reading does nothing.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(details)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("confirm", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go
