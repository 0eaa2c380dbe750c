"""Maintenance commands: ``backup``, ``restore FILE`` and ``history verify``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from onsshare_desktop.cli.context import CliContext
from onsshare_desktop.i18n import _, ngettext

EXIT_BROKEN = 2


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("backup", help=_("back the database up now (the newest 7 backups are kept)"))
    p.add_argument("--list", action="store_true", help=_("list the backups instead, newest first"))
    p.set_defaults(handler=backup)

    p = subparsers.add_parser("restore", help=_("replace the database with a backup (the current one is kept)"))
    p.add_argument("file", metavar="FILE", help=_("a backup file, e.g. one listed by 'backup --list'"))
    p.set_defaults(handler=restore)

    history = subparsers.add_parser("history", help=_("check the tamper-evident history of cases and screenings"))
    history_commands = history.add_subparsers(dest="history_command", metavar="ACTION", required=True)
    p = history_commands.add_parser("verify", help=_("recompute every hash chain and name the first bad event"))
    p.add_argument("--stream", metavar="STREAM", help=_("check only STREAM (e.g. draft:ONS-DSR-2026-7K3Q9P)"))
    p.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    p.set_defaults(handler=history_verify)


def history_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    """Exit 0 when every chain holds, 2 when one is broken (the first bad event of each is named)."""
    services = ctx.services
    report = services.maintenance.verify_history(services.database, args.stream)
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
        events = ngettext("{n} event", "{n} events", report.events_checked).format(n=report.events_checked)
        streams = ngettext("{n} history", "{n} histories", report.streams_checked).format(n=report.streams_checked)
        print(_("{events} in {streams} checked: {verdict}").format(
            events=events, streams=streams,
            verdict=_("intact") if report.ok else _("{n} broken").format(n=len(report.problems))))
    return 0 if report.ok else EXIT_BROKEN


def backup(args: argparse.Namespace, ctx: CliContext) -> int:
    maintenance = ctx.services.maintenance
    if args.list:
        for info in maintenance.backups():
            print(f"{info.created_at.astimezone().strftime('%Y-%m-%d %H:%M:%S')}  {info.reason:22}  {info.path}")
        return 0
    print(maintenance.back_up_now())
    return 0


def restore(args: argparse.Namespace, ctx: CliContext) -> int:
    """Exit 0 when restored, 2 when the file is refused (nothing changed), 3 when the folder is in use."""
    result = ctx.services.maintenance.restore(Path(args.file).expanduser().resolve())
    print(_("restored {file}").format(file=result.restored_from))
    if result.previous_backup:
        print(_("the database it replaced was backed up to {file}").format(file=result.previous_backup))
    if result.previous_quarantine:
        print(_("the damaged database it replaced was moved to {folder}").format(folder=result.previous_quarantine))
    return 0
