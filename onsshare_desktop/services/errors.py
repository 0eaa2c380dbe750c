"""Typed errors of the services layer, on top of ``domain.errors.UserError``.

``exit_status`` is what the command line exits with; the window shows ``str(err)`` in plain words.
"""

from __future__ import annotations

from collections.abc import Sequence

from onsshare_desktop.domain.errors import UserError


class ServiceError(UserError):
    """A use case refused what it was asked, for a reason the user can act on (exit 1)."""

    exit_status = 1


class InvalidInputError(ServiceError):
    """The input given (a file, an id, a value) is refused, nothing was written (exit 2).

    ``problems`` holds one line per problem (``str(err)`` joins them).
    """

    exit_status = 2

    def __init__(self, problems: str | Sequence[str]) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


class RefusedError(ServiceError):
    """A rule refused the action (a pack that does not verify, a stage move the rules forbid): exit 2."""

    exit_status = 2


class PassphraseNeededError(ServiceError):
    """The signing key needs a passphrase and there is no way to ask for one.

    ``stale`` says a passphrase is kept in the keyring but no longer unlocks the key.
    """

    def __init__(self, message: str, *, stale: bool) -> None:
        super().__init__(message)
        self.stale = stale
