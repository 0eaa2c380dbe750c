"""Requester or screener: which window the app opens with (a setting, switchable), and who the screener is.

The mode lives in ``QSettings`` (key ``mode``). The screener is the signing identity's holder in the data folder (or,
before the key is made, the person named in the first-run set-up): their name and e-mail are recorded with every
annotation, move and record, and their key signs screening records.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QSettings

from onsshare_desktop.paths import DataPaths

MODE_KEY = "mode"


class AppMode(StrEnum):
    REQUESTER = "requester"
    SCREENER = "screener"


def load_mode(settings: QSettings) -> AppMode:
    """The saved mode (requester when unset or unknown)."""
    value = settings.value(MODE_KEY, AppMode.REQUESTER.value)
    try:
        return AppMode(str(value))
    except ValueError:
        return AppMode.REQUESTER


def save_mode(settings: QSettings, mode: AppMode) -> None:
    settings.setValue(MODE_KEY, mode.value)
    settings.sync()


def screener_actor(paths: DataPaths) -> str | None:
    """``Name <email>`` of the person working here: the signing identity's holder, else the name given in the
    first-run set-up; None before either exists (never the computer's login name)."""
    from onsshare_desktop.services.identity import person_working_in

    person = person_working_in(paths.identity)
    return person.actor if person is not None else None
