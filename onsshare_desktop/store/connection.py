"""A team server's faults in plain words: unreachable, refused login, busy, or dropped mid-action.

``install_fault_translation(engine)`` makes every database error of those kinds surface as a ``UserError`` with a
message a screener can act on (and ``retryable`` set), wherever it happens; the transaction it interrupted was
rolled back, so nothing half-done is left and nothing acknowledged is lost. Anything else stays a bug.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError, OperationalError

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _

_BUSY_STATES = {"55P03": "lock", "57014": "timeout", "40P01": "deadlock", "40001": "serialization"}
_LOGIN_STATES = {"28P01", "28000"}  # invalid password, invalid authorisation
_UNAVAILABLE_STATES = {"57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004"}


class DatabaseUnreachable(UserError):
    """The team server cannot be reached, refused the login, or dropped the connection mid-action."""

    retryable = True


class DatabaseBusy(UserError):
    """Another screener's change held the same case too long (or the server cancelled a slow statement)."""

    retryable = True


def _sqlstate(error: BaseException | None) -> str | None:
    return getattr(error, "sqlstate", None) if error is not None else None


def _where(engine: Engine | None) -> str:
    if engine is None:
        return _("the team server")
    url = engine.url
    return f"{url.host or 'localhost'}{':' + str(url.port) if url.port else ''}/{url.database or ''}"


def translated(error: BaseException, engine: Engine | None, *, disconnect: bool = False) -> UserError | None:
    """The plain-language error for a server fault, or None when ``error`` is not one (then it is a bug)."""
    original = error.orig if isinstance(error, DBAPIError) else error
    state = _sqlstate(original)
    where = _where(engine)
    if state in _LOGIN_STATES:
        return DatabaseUnreachable(_(
            "The team database at {where} refused the login: {reason} Check the user name, and the password kept "
            "in the system keyring or your PostgreSQL password file.").format(where=where, reason=_first_line(original)))
    if state in _BUSY_STATES:
        return DatabaseBusy(_("The team database is busy with another screener's change to the same case; "
                              "nothing was saved. Try again in a moment."))
    if disconnect or state in _UNAVAILABLE_STATES or (
            isinstance(error, OperationalError) and state is None and engine is not None
            and engine.dialect.name == "postgresql"):
        return DatabaseUnreachable(_(
            "The team database at {where} cannot be reached ({reason}). Nothing from this action was saved; "
            "check the network or ask whoever runs the server, then try again.").format(
                where=where, reason=_first_line(original)))
    return None


def _first_line(error: BaseException | None) -> str:
    text = str(error or "").strip().splitlines()
    return text[0].rstrip(".") + "." if text else _("no reason given")


def install_fault_translation(engine: Engine) -> None:
    """Raise the plain-language ``UserError`` instead of the driver's error for every server fault on ``engine``."""

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> Any:
        plain = translated(context.original_exception, context.engine, disconnect=context.is_disconnect)
        if plain is not None:
            raise plain from context.sqlalchemy_exception or context.original_exception
        return None


@contextmanager
def connection_errors(engine: Engine) -> Iterator[None]:
    """Translate a fault that escaped the engine's own handler (e.g. while connecting) into plain words."""
    try:
        yield
    except DBAPIError as exc:
        plain = translated(exc, engine, disconnect=exc.connection_invalidated)
        if plain is None:
            raise
        raise plain from exc


class DatabaseFault(UserError):
    """The database failed an action for a reason of its own (locked, dropped, unreachable): trying again may work."""

    retryable = True


def plain_fault(error: BaseException) -> UserError | None:
    """``error`` as a plain-language ``UserError`` worth trying again, when it is a fault of the database (a team
    server unreachable, restarted, dropped mid-action or busy; a SQLite file locked by another program); None when
    it is not one (a rule's refusal, another screener's change first, or a bug).

    Errors the engine already translated (``install_fault_translation``) are returned as they are.
    """
    from sqlalchemy.exc import DisconnectionError, InterfaceError
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    from onsshare_desktop.domain.screening.conflicts import EditConflict

    if isinstance(error, EditConflict):
        return None
    if isinstance(error, UserError):
        return error if getattr(error, "retryable", False) else None
    if isinstance(error, DBAPIError):
        plain = translated(error, None, disconnect=error.connection_invalidated)
        if plain is not None:
            return plain
    if isinstance(error, (OperationalError, InterfaceError, DisconnectionError, PoolTimeout)):
        return DatabaseFault(_(
            "The database did not complete the action ({reason}). Nothing from this action was saved; try again "
            "in a moment.").format(reason=_first_line(getattr(error, "orig", None) or error).rstrip(".")))
    return None
