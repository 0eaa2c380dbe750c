"""The screening team's members (``team_members``), each change recorded in the ``team`` history stream.

The first member added to an empty team database becomes its administrator; after that only an administrator
adds or removes members, and the last administrator cannot be removed.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.screening.team import Role, RoleRefused, TeamMember, role_list
from onsshare_desktop.i18n import _
from onsshare_desktop.store.events import EventLog
from onsshare_desktop.store.models import TeamMemberRow, utcnow

TEAM_STREAM = "team"


class MemberNotFound(UserError):
    pass


def _member(row: TeamMemberRow) -> TeamMember:
    return TeamMember(row.id, row.name, row.email, row.fingerprint,
                      frozenset(Role(r) for r in row.roles.split() if r in Role.__members__.values()),
                      row.row_version)


def acting_member(session: Session, fingerprint: str | None) -> tuple[bool, TeamMember | None]:
    """(whether the database has a team at all, the member signing with ``fingerprint`` or None)."""
    exists = session.scalar(select(TeamMemberRow.id).limit(1)) is not None
    if not exists or not fingerprint:
        return exists, None
    row = session.scalar(select(TeamMemberRow).where(TeamMemberRow.fingerprint == fingerprint.lower()))
    return True, _member(row) if row is not None else None


class TeamRepository:
    """Adds, lists and removes the team's members."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def members(self) -> list[TeamMember]:
        with self._sessions() as session:
            return [_member(row) for row in session.scalars(select(TeamMemberRow).order_by(
                func.lower(TeamMemberRow.name), TeamMemberRow.id))]

    def member(self, fingerprint: str | None) -> TeamMember | None:
        with self._sessions() as session:
            return acting_member(session, fingerprint)[1]

    def _require_administrator(self, session: Session, actor_fingerprint: str | None) -> bool:
        """True when the team is empty (the first member becomes administrator); else the actor must be one."""
        exists, member = acting_member(session, actor_fingerprint)
        if not exists:
            return True
        if member is None or Role.ADMINISTRATOR not in member.roles:
            raise RoleRefused(_("Only a team administrator adds or removes members."))
        return False

    def add(self, name: str, email: str, fingerprint: str, roles: frozenset[Role], actor: str,
            actor_fingerprint: str | None) -> TeamMember:
        """Add a member (the first one of an empty team also becomes its administrator)."""
        fingerprint = fingerprint.strip().lower().replace(":", "")
        if not name.strip():
            raise UserError(_("Give the member's name."))
        if len(fingerprint) != 64 or any(c not in "0123456789abcdef" for c in fingerprint):
            raise UserError(_("“{fp}” is not a certificate fingerprint (64 hexadecimal digits, as `identity show` "
                              "prints them).").format(fp=fingerprint))
        with self._sessions.begin() as session:
            EventLog.begin_write(session)
            EventLog.lock_stream(session, TEAM_STREAM)
            if self._require_administrator(session, actor_fingerprint):
                roles = roles | {Role.ADMINISTRATOR}
            if session.scalar(select(TeamMemberRow).where(TeamMemberRow.fingerprint == fingerprint)) is not None:
                raise UserError(_("A member with the fingerprint {fp} is already on the team.").format(
                    fp=fingerprint[:16]))
            row = TeamMemberRow(name=name.strip()[:300], email=email.strip()[:300], fingerprint=fingerprint,
                                roles=" ".join(sorted(r.value for r in roles)), added_by=actor[:300],
                                added_at=utcnow())
            session.add(row)
            session.flush()
            EventLog.append(session, TEAM_STREAM, "member_added", actor, {
                "name": row.name, "email": row.email, "fingerprint": fingerprint, "roles": row.roles.split()})
            return _member(row)

    def remove(self, fingerprint: str, actor: str, actor_fingerprint: str | None) -> TeamMember:
        """Remove the member whose fingerprint starts with ``fingerprint`` (8 hex digits at least)."""
        wanted = fingerprint.strip().lower().replace(":", "")
        with self._sessions.begin() as session:
            EventLog.begin_write(session)
            EventLog.lock_stream(session, TEAM_STREAM)
            self._require_administrator(session, actor_fingerprint)
            rows = (session.scalars(select(TeamMemberRow).where(TeamMemberRow.fingerprint.startswith(wanted))).all()
                    if len(wanted) >= 8 else [])
            if len(rows) != 1:
                raise MemberNotFound(
                    _("No member has the fingerprint {fp}.").format(fp=fingerprint) if not rows else
                    _("{fp} matches more than one member; give the whole fingerprint.").format(fp=fingerprint))
            row = rows[0]
            if Role.ADMINISTRATOR.value in row.roles.split():
                admins = [r for r in session.scalars(select(TeamMemberRow))
                          if Role.ADMINISTRATOR.value in r.roles.split()]
                if len(admins) == 1:
                    raise RoleRefused(_("{name} is the team's last administrator; make someone else administrator "
                                        "first.").format(name=row.name))
            member = _member(row)
            session.delete(row)
            EventLog.append(session, TEAM_STREAM, "member_removed", actor, {
                "name": row.name, "fingerprint": row.fingerprint, "roles": row.roles.split()})
            return member


__all__ = ["TEAM_STREAM", "MemberNotFound", "TeamRepository", "acting_member", "role_list"]
