"""Team database commands: ``db upgrade`` (prepare a team's PostgreSQL server) and ``team add-member``,
``team list``, ``team remove-member`` (its members and their roles)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from onsshare_desktop.cli.context import CliContext
from onsshare_desktop.i18n import _


def register(subparsers: Any) -> None:
    from onsshare_desktop.domain.screening.team import Role

    db = subparsers.add_parser("db", help=_("the team database (with --database-url)"))
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    p = db_commands.add_parser("upgrade", help=_("prepare an empty team database, or bring it to this version's "
                                                 "schema (onsshare-desktop --database-url URL db upgrade)"))
    p.set_defaults(handler=db_upgrade)

    team = subparsers.add_parser("team", help=_("the screening team's members and their roles"))
    team_commands = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    p = team_commands.add_parser("add-member", help=_("add a member (the first member becomes the administrator)"))
    p.add_argument("--name", required=True)
    p.add_argument("--email", default="")
    p.add_argument("--fingerprint", required=True, help=_("their certificate's SHA-256 fingerprint"))
    p.add_argument("--role", action="append", default=[], metavar="ROLE",
                   help=_("a role (repeat for several): {roles}").format(roles=", ".join(r.value for r in Role)))
    p.set_defaults(handler=add_member)
    p = team_commands.add_parser("list", help=_("the members and their roles"))
    p.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    p.set_defaults(handler=list_members)
    p = team_commands.add_parser("remove-member", help=_("remove a member"))
    p.add_argument("fingerprint", metavar="FINGERPRINT", help=_("their fingerprint (8 hex digits at least)"))
    p.set_defaults(handler=remove_member)


def db_upgrade(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.services.team_database import redacted, upgrade_team_database

    url = ctx.database_url or ""
    before, after = upgrade_team_database(url, ctx.services.secrets)
    where = redacted(url)
    if before == after:
        print(_("{where} is already at schema {rev}.").format(where=where, rev=after))
    elif before is None:
        print(_("{where} prepared: schema {rev}. Add the first member (the administrator) with 'team add-member'.")
              .format(where=where, rev=after))
    else:
        print(_("{where} upgraded from schema {old} to {rev}.").format(where=where, old=before, rev=after))
    return 0


def add_member(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.domain.screening.team import role_list

    member = ctx.services.team.add_member(args.name, args.email, args.fingerprint, args.role)
    print(_("added {name}, fingerprint {fp}: {roles}").format(name=member.label, fp=member.fingerprint[:16],
                                                             roles=role_list(member.roles)))
    return 0


def list_members(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.domain.screening.team import Role, role_list

    members = ctx.services.team.members()
    if args.json:
        print(json.dumps([{"name": m.name, "email": m.email, "fingerprint": m.fingerprint,
                           "roles": sorted((r.value for r in m.roles), key=[x.value for x in Role].index)}
                          for m in members], indent=2, ensure_ascii=False))
        return 0
    if not members:
        print(_("The team has no members: anyone with access to the database may screen. Add the first member "
                "(who becomes the administrator) with 'team add-member'."))
    for m in members:
        print(f"{m.fingerprint[:16]}  {m.label}  " + role_list(m.roles))
    return 0


def remove_member(args: argparse.Namespace, ctx: CliContext) -> int:
    member = ctx.services.team.remove_member(args.fingerprint)
    print(_("removed {name} from the team").format(name=member.label))
    return 0
