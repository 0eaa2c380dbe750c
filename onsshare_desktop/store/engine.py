"""Engine factory for the two databases the app runs on.

- **SQLite** (the default: a requester, or a screener alone): every connection gets WAL, synchronous=FULL, foreign
  keys and a busy timeout.
- **PostgreSQL** (a screening team's shared server, ``postgresql+psycopg://user@host/db``): connections time out
  instead of hanging, statements are bounded, and a dead connection is noticed before it is used. The password is
  never part of a settings file: libpq finds it in the user's password file (``~/.pgpass``, ``PGPASSFILE``) or
  service file (``?service=NAME``, ``PGSERVICEFILE``), or the caller passes it from the OS keyring. TLS is libpq's:
  ``?sslmode=verify-full&sslrootcert=/path/ca.pem`` (and ``sslcert``/``sslkey`` for client certificates).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _

BUSY_TIMEOUT_MS = 5000
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)
CONNECT_TIMEOUT_S = 10  # a server that does not answer: a plain message after 10 s, never a frozen window
STATEMENT_TIMEOUT_MS = 30_000  # no statement of the app's takes more than a fraction of a second
LOCK_TIMEOUT_MS = 15_000  # waiting for another screener's transaction on the same case
# a network that drops without a word (no reset): the statement timeout is the server's, so the client needs its own
# bound, or a call waits for the kernel's two hours. Keepalives find a silent peer while waiting for an answer, the
# user timeout while data sent is not acknowledged; either way the call ends with a plain message in under a minute.
TCP_OPTIONS = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3,
               "tcp_user_timeout": 30_000}
POSTGRES_DRIVER = "postgresql+psycopg"


class DatabaseUrlInvalid(UserError):
    """The database URL given by the user cannot be used."""


def _apply_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def parse_database_url(url: str) -> URL:
    """``url`` checked: a SQLite file or a PostgreSQL server through psycopg 3 (``postgresql://`` is taken to mean
    that); anything else is refused in plain words."""
    try:
        parsed = make_url(url.strip())
    except ArgumentError:
        raise DatabaseUrlInvalid(_("“{url}” is not a database URL; a team server looks like "
                                   "postgresql+psycopg://user@host/database.").format(url=url)) from None
    if parsed.get_backend_name() == "sqlite":
        return parsed
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("psycopg", "", None):
        return parsed.set(drivername=POSTGRES_DRIVER) if parsed.drivername == "postgresql" else parsed
    if parsed.get_backend_name() == "postgresql":
        raise DatabaseUrlInvalid(_("Only the psycopg driver is supported: write postgresql+psycopg://…"))
    raise DatabaseUrlInvalid(_("The database must be PostgreSQL (postgresql+psycopg://…) or a SQLite file; "
                               "“{backend}” is not supported.").format(backend=parsed.get_backend_name()))


def redacted(url: str | URL) -> str:
    """``url`` fit to show or log: the password, if any, masked."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid URL>"


def engine_for_url(url: str | URL, *, password: str | None = None) -> Engine:
    """An engine for a SQLite or PostgreSQL URL.

    Args:
        url: ``sqlite:///path`` or ``postgresql+psycopg://user@host:port/db?sslmode=verify-full&...``.
        password: for PostgreSQL, a password from the OS keyring (else libpq's password or service file is used).
    """
    parsed = parse_database_url(str(url) if isinstance(url, str) else url.render_as_string(hide_password=False))
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed)
        event.listen(engine, "connect", _apply_sqlite_pragmas)
        return engine
    connect_args: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "onsshare-desktop",
        "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c lock_timeout={LOCK_TIMEOUT_MS}",
        **TCP_OPTIONS,
    }
    if password is not None and parsed.password is None:
        connect_args["password"] = password
    from onsshare_desktop.store.connection import install_fault_translation

    engine = create_engine(parsed, pool_pre_ping=True, pool_size=2, max_overflow=4, pool_recycle=1800,
                           connect_args=connect_args)
    install_fault_translation(engine)
    return engine


def sqlite_engine(path: Path) -> Engine:
    """The engine for the app's SQLite database file at ``path``."""
    return engine_for_url(f"sqlite:///{path}")


def is_postgresql(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"
