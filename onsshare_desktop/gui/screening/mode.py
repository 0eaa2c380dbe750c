"""Requester or screener: which window the app opens with (a setting, switchable), and who the screener is.

The mode lives in ``QSettings`` (key ``mode``). The screener's identity is the signing identity in the data folder:
its name and e-mail are recorded with every annotation, move and record, and its key signs screening records.
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


def screener_actor(paths: DataPaths) -> str:
    """``Name <email>`` of the signing identity in ``paths``, else the login name (records then cannot be signed
    until an identity is created)."""
    import getpass

    from onsshare_desktop.identity.store import IdentityStore

    store = IdentityStore(paths.identity)
    if store.exists():
        info = store.info()
        return f"{info.name} <{info.email}>" if info.email else info.name
    return getpass.getuser()
