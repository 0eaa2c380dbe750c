"""Ask for a passphrase in a dialog wide enough to show its whole title (a narrow one showed "Sign the screeni…")."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QWidget

TITLE_MARGIN = 160  # window buttons and frame around the title


def passphrase_dialog(parent: QWidget | None, title: str, prompt: str) -> QInputDialog:
    """The dialog (not shown): a password field under ``prompt``, at least as wide as its title needs."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(prompt)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    shown_title = f"{title} — {QApplication.applicationDisplayName()}" if QApplication.applicationDisplayName() \
        else title
    needed = min(dialog.fontMetrics().horizontalAdvance(shown_title) + TITLE_MARGIN, 1000)
    edit = dialog.findChild(QLineEdit)
    if edit is not None:  # QInputDialog sizes itself to its contents when shown: widen the contents
        edit.setMinimumWidth(needed - 2 * dialog.style().pixelMetric(dialog.style().PixelMetric.PM_LayoutLeftMargin))
    dialog.setMinimumWidth(needed)
    return dialog


def ask_passphrase(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """The passphrase typed, or None if the person cancelled."""
    dialog = passphrase_dialog(parent, title, prompt)
    return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None
