"""Trust store commands: ``trust add CERT.pem``, ``trust list``, ``trust remove FINGERPRINT``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from onsshare_desktop.cli.context import CliContext, read_input_file
from onsshare_desktop.i18n import _


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("trust", help=_("the signer certificates you trust"))
    sub = p.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    a = sub.add_parser("add", help=_("trust a signer's certificate (check its fingerprint with them first)"))
    a.add_argument("cert", metavar="CERT.pem")
    a.set_defaults(handler=add)
    s = sub.add_parser("list", help=_("list trusted certificates"))
    s.set_defaults(handler=list_trusted)
    r = sub.add_parser("remove", help=_("stop trusting a certificate"))
    r.add_argument("fingerprint", metavar="FINGERPRINT")
    r.set_defaults(handler=remove)


def add(args: argparse.Namespace, ctx: CliContext) -> int:
    path = Path(args.cert)
    data = read_input_file(path)
    ctx.paths.ensure()
    info = ctx.services.trust.add(data)
    print(_("trusted {name} ({org}), fingerprint {fp}").format(name=info.name, org=info.organisation or "-",
                                                               fp=info.display_fingerprint))
    return 0


def list_trusted(args: argparse.Namespace, ctx: CliContext) -> int:
    trusted = ctx.services.trust.list()
    if not trusted:
        print(_("No trusted certificates."))
        return 0
    for cert in trusted:
        who = ", ".join(x for x in (cert.info.name, cert.info.organisation) if x)
        email = f" <{cert.info.email}>" if cert.info.email else ""
        team = "  " + _("(trusted by the team; added by {who})").format(who=cert.added_by or "-") \
            if cert.path is None else ""
        print(f"{cert.info.display_fingerprint}  {who}{email}  " + _("(valid until {d})").format(
            d=cert.not_valid_after) + team)
    return 0


def remove(args: argparse.Namespace, ctx: CliContext) -> int:
    info = ctx.services.trust.remove(args.fingerprint)
    print(_("no longer trusted: {name}, fingerprint {fp}").format(name=info.name, fp=info.display_fingerprint))
    return 0
