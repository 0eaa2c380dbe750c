"""Which failures of a use case are the database's fault, worth trying again, and what to tell the user.

The window runs recording actions on worker threads (``gui.service_calls``) and asks ``plain_fault`` what a failure
was: a team server unreachable, restarted, dropped mid-action or busy, or a SQLite file locked by another program,
comes back as a ``UserError`` in plain words with ``retryable`` set (the transaction it interrupted was rolled back:
nothing of the action was saved, and trying again with the same input records it once). A rule's refusal, another
screener's change first (``EditConflict``) and bugs come back as None: the caller handles them as before.
"""

from __future__ import annotations

from onsshare_desktop.domain.errors import UserError


def plain_fault(error: BaseException) -> UserError | None:
    """The plain-language, retryable error for a database fault; None when ``error`` is not one."""
    from onsshare_desktop.store.connection import plain_fault as store_plain_fault

    return store_plain_fault(error)
