"""Maintenance commands: ``history verify``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from onsshare_desktop.cli.context import CliContext
from onsshare_desktop.i18n import _

EXIT_BROKEN = 2


def register(subparsers: Any) -> None:
    history = subparsers.add_parser("history", help=_("check the tamper-evident history of cases and screenings"))
    history_commands = history.add_subparsers(dest="history_command", metavar="ACTION", required=True)
    p = history_commands.add_parser("verify", help=_("recompute every hash chain and name the first bad event"))
    p.add_argument("--stream", metavar="STREAM", help=_("check only STREAM (e.g. draft:ONS-DSR-2026-7K3Q9P)"))
    p.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    p.set_defaults(handler=history_verify)


def history_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    """Exit 0 when every chain holds, 2 when one is broken (the first bad event of each is named)."""
    report = ctx.database.events.verify(args.stream)
    if args.json:
        print(json.dumps({
            "ok": report.ok,
            "streams_checked": report.streams_checked,
            "events_checked": report.events_checked,
            "triggers_intact": report.triggers_intact,
            "problems": [{"stream": p.stream, "seq": p.seq, "event_id": p.event_id, "breach": str(p.breach),
                          "message": p.message} for p in report.problems],
        }, indent=2, ensure_ascii=False))
    else:
        for problem in report.problems:
            print(_("BROKEN: {problem}").format(problem=problem))
        if not report.triggers_intact:
            print(_("warning: the database no longer refuses changes to its history (triggers removed)"))
        print(_("{events} events in {streams} histories checked: {verdict}").format(
            events=report.events_checked, streams=report.streams_checked,
            verdict=_("intact") if report.ok else _("{n} broken").format(n=len(report.problems))))
    return 0 if report.ok else EXIT_BROKEN
