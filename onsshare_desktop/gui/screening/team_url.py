"""Where the screener's team database URL is saved (``settings.ini`` of the data folder, without its password).

Apart from ``team_settings`` (the dialogs) so that reading it at start-up, before the database opens, imports no
dialog, error box or hashing library.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

DATABASE_URL_KEY = "team/database_url"


def saved_database_url(settings: QSettings) -> str | None:
    """The team database URL saved in the screener settings (None: the data folder's own database)."""
    value = settings.value(DATABASE_URL_KEY, "")
    return str(value).strip() or None if isinstance(value, str) else None


def save_database_url(settings: QSettings, url: str | None) -> None:
    """Save ``url`` without any password in it (empty or None: back to the data folder's own database)."""
    from onsshare_desktop.services.team_database import without_password

    settings.setValue(DATABASE_URL_KEY, without_password(url) if url else "")
    settings.sync()
