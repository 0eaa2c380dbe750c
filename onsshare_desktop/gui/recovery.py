"""What the window says when the database cannot be used as it is: in use elsewhere, damaged, or to be restored."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from onsshare_desktop.services.maintenance import BackupInfo, DatabaseDamaged

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") literally


class Recovery(Enum):
    RESTORE = "restore"
    START_EMPTY = "start-empty"
    QUIT = "quit"


def ask_recovery(parent: QWidget, damaged: DatabaseDamaged) -> Recovery:
    """Tell the user the database was set aside and ask what to do; nothing is ever deleted."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Recovery", "The database is damaged"),
                      translate("Recovery", "Your drafts database failed its check and was set aside."), parent=parent)
    box.setInformativeText(str(damaged))
    restore = box.addButton(translate("Recovery", "&Restore the latest backup"), QMessageBox.ButtonRole.AcceptRole) \
        if damaged.latest_backup is not None else None
    empty = box.addButton(translate("Recovery", "Start &empty"), QMessageBox.ButtonRole.DestructiveRole) \
        if damaged.quarantine_dir is not None else None
    box.addButton(translate("Recovery", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return Recovery.RESTORE
    if empty is not None and clicked is empty:
        return Recovery.START_EMPTY
    return Recovery.QUIT


def choose_backup(parent: QWidget, backups: list[BackupInfo]) -> Path | None:
    """Let the user pick one backup (newest first); ``None`` if there are none or they cancel."""
    if not backups:
        QMessageBox.information(parent, translate("Recovery", "No backups"), translate(
            "Recovery", "There are no backups yet. One is taken each day the app starts, and before every upgrade."))
        return None
    labels = [f"{b.created_at.astimezone().strftime('%d/%m/%Y %H:%M')} ({_reason(b.reason)})" for b in backups]
    label, ok = QInputDialog.getItem(parent, translate("Recovery", "Restore a backup"), translate(
        "Recovery", "Your current drafts are backed up first, so this can be undone. Restore the backup taken on:"),
        labels, 0, False)
    return backups[labels.index(label)].path if ok else None


def _reason(reason: str) -> str:
    """Why a backup was taken, in words (the file name's reason: ``daily``, ``manual``, ``before-restore``,
    ``pre-migration-REVISION``)."""
    if reason.startswith("pre-migration"):
        return translate("Recovery", "before an upgrade")
    words = {"daily": translate("Recovery", "daily"), "manual": translate("Recovery", "taken by hand"),
             "before-restore": translate("Recovery", "before a restore")}
    return words.get(reason, reason)
