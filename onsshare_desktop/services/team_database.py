"""Which database the screener works in, and preparing a team's server.

SQLite in the data folder is the default (a requester, or a screener alone, needs nothing else). A screening team
points every screener's app at one PostgreSQL server: ``--database-url URL``, ``ONSSHARE_DATABASE_URL`` or the
screener settings dialog, in that order. The URL never carries a password into a settings file: the password is
kept in the OS keyring (``remember_password``) or found by libpq in the user's password file (``~/.pgpass``) or
service file (``postgresql+psycopg:///?service=onsshare``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from onsshare_desktop.i18n import _
from onsshare_desktop.services.errors import InvalidInputError

if TYPE_CHECKING:
    from onsshare_desktop.identity.secrets import SecretStore

DATABASE_URL_ENV = "ONSSHARE_DATABASE_URL"
PASSWORD_KEY_PREFIX = "database-password:"


def resolve_database_url(explicit: str | None = None, saved: str | None = None) -> str | None:
    """The team server's URL: ``explicit`` (``--database-url``), else ``$ONSSHARE_DATABASE_URL``, else the one
    saved in the screener settings; None means the data folder's SQLite file."""
    for candidate in (explicit, os.environ.get(DATABASE_URL_ENV), saved):
        if candidate and candidate.strip():
            return candidate.strip()
    return None


def checked_url(url: str) -> str:
    """``url`` checked (``InvalidInputError`` in plain words), with ``postgresql://`` read as psycopg's."""
    from onsshare_desktop.store.engine import DatabaseUrlInvalid, parse_database_url

    try:
        return parse_database_url(url).render_as_string(hide_password=False)
    except DatabaseUrlInvalid as exc:
        raise InvalidInputError(str(exc)) from None


def without_password(url: str) -> str:
    """``url`` with any password taken out: what may be saved in a settings file."""
    from sqlalchemy.engine import make_url

    return make_url(checked_url(url))._replace(password=None).render_as_string(hide_password=False)


def password_in(url: str) -> str | None:
    """The password written into ``url`` itself, if any (to move into the keyring rather than a settings file)."""
    from sqlalchemy.engine import make_url

    password = make_url(checked_url(url)).password
    return str(password) if password else None


def password_key(url: str) -> str:
    """The keyring entry of the password for ``url``'s user on ``url``'s server and database."""
    from sqlalchemy.engine import make_url

    parsed = make_url(checked_url(url))
    return (f"{PASSWORD_KEY_PREFIX}{parsed.username or ''}@{parsed.host or ''}:{parsed.port or 5432}"
            f"/{parsed.database or ''}")


def stored_password(url: str, secrets: SecretStore) -> str | None:
    """The password kept in the keyring for ``url`` (None: libpq's password or service file, or none)."""
    from sqlalchemy.engine import make_url

    if make_url(checked_url(url)).get_backend_name() != "postgresql":
        return None
    return secrets.get(password_key(url))


def remember_password(url: str, password: str, secrets: SecretStore) -> None:
    """Keep ``password`` for ``url`` in the OS keyring (an empty one forgets it)."""
    if password:
        secrets.set(password_key(url), password)
    else:
        secrets.delete(password_key(url))


def is_team_url(url: str | None) -> bool:
    if not url:
        return False
    from sqlalchemy.engine import make_url

    return make_url(checked_url(url)).get_backend_name() == "postgresql"


def upgrade_team_database(url: str, secrets: SecretStore) -> tuple[str | None, str]:
    """Prepare (or upgrade) the team server at ``url`` to this version's schema: (revision before, after).

    A server at a newer schema is refused (``SchemaTooNew``) and left as it is.
    """
    from onsshare_desktop.store.database import upgrade_server

    if not is_team_url(url):
        raise InvalidInputError(_("db upgrade prepares a team's PostgreSQL server: give its URL with "
                                  "--database-url (the data folder's own database is upgraded when opened)."))
    return upgrade_server(checked_url(url), stored_password(url, secrets))


def redacted(url: str) -> str:
    """The server's address without its password, for messages."""
    from onsshare_desktop.store.engine import redacted as store_redacted

    return store_redacted(url)
