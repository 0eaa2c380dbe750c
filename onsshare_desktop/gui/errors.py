"""Turn exceptions into messages a person understands. Only the GUI layer shows dialogs.

``UserError`` (and ``OSError``: disk full, permission denied) is the environment's fault: say what happened and
what to do. Anything else is our bug: say so, and keep the technical detail in the dialog's details area.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from onsshare_desktop.domain.errors import UserError

log = logging.getLogger(__name__)


def describe(exc: BaseException) -> tuple[str, str | None]:
    """``(message, details)`` for ``exc``: plain words first, a traceback only for bugs."""
    if isinstance(exc, UserError):
        return str(exc), None
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror or exc}{where}", None
    details = "".join(traceback.format_exception(exc))
    return QCoreApplication.translate("ErrorDialog", "Something went wrong inside onsshare-desktop. Nothing you typed "
                                      "has been lost. Please report this with the details below."), details


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """A modal warning for ``exc`` with ``title`` as the headline."""
    message, details = describe(exc)
    if details:
        log.error("unexpected error: %s", title, exc_info=exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, title, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(message)
    if details:
        box.setDetailedText(details)
    box.exec()
