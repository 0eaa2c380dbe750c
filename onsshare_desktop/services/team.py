"""The screening team's members: add, list, remove (the command line's ``team`` and the window's team dialog)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.screening.team import Role, RoleRefused, TeamMember, parse_roles
from onsshare_desktop.services.errors import InvalidInputError, RefusedError

if TYPE_CHECKING:
    from onsshare_desktop.store.database import Database


class TeamService:
    """The team of the open database, changed by ``actor`` (who signs with ``fingerprint``)."""

    def __init__(self, database: Database, actor: str, fingerprint: str | None) -> None:
        self._team = database.team
        self.actor = actor
        self.fingerprint = fingerprint

    def members(self) -> list[TeamMember]:
        return self._team.members()

    def me(self) -> TeamMember | None:
        """The member this screener is (by their certificate), if any."""
        return self._team.member(self.fingerprint)

    def add_member(self, name: str, email: str, fingerprint: str, roles: list[str] | frozenset[Role]) -> TeamMember:
        """Add a member; the first member of an empty team also becomes its administrator.

        Raises ``InvalidInputError`` for a bad name (a control character included), fingerprint or role,
        ``RefusedError`` when this screener is not an administrator (or the member is already on the team).
        """
        from onsshare_desktop.services import free_text

        free_text.refuse_control_characters((free_text.NAME, name), (free_text.EMAIL, email))
        try:
            parsed = roles if isinstance(roles, frozenset) else parse_roles(roles)
        except ValueError as exc:
            raise InvalidInputError(str(exc)) from None
        try:
            return self._team.add(name, email, fingerprint, parsed, self.actor, self.fingerprint)
        except RoleRefused as exc:
            raise RefusedError(str(exc)) from None
        except UserError as exc:
            if getattr(exc, "retryable", False):
                raise
            raise InvalidInputError(str(exc)) from None

    def remove_member(self, fingerprint: str) -> TeamMember:
        try:
            return self._team.remove(fingerprint, self.actor, self.fingerprint)
        except UserError as exc:
            if getattr(exc, "retryable", False):
                raise
            raise RefusedError(str(exc)) from None
