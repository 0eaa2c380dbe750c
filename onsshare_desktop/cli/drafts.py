"""Draft commands: ``import-case``, ``list``, ``export-case``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from onsshare_desktop.cli.context import CliContext, read_input_file
from onsshare_desktop.domain.errors import InvalidCaseError, UserError
from onsshare_desktop.i18n import _

EXIT_INVALID_INPUT = 2


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("import-case", help=_("check a case JSON file and create a draft from it"))
    p.add_argument("file", metavar="FILE.json")
    p.set_defaults(handler=import_case)

    p = subparsers.add_parser("list", help=_("list the drafts"))
    p.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    p.add_argument("--deleted", action="store_true", help=_("list deleted drafts instead"))
    p.set_defaults(handler=list_drafts)

    p = subparsers.add_parser("export-case", help=_("write a draft's case JSON (readable by import-case)"))
    p.add_argument("draft_id", metavar="DRAFT_ID", type=int)
    p.add_argument("-o", "--output", metavar="FILE", help=_("write to FILE instead of standard output"))
    p.set_defaults(handler=export_case)


def import_case(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.domain.case_io import load_case

    path = Path(args.file)
    data = read_input_file(path)
    try:
        case = load_case(data)
    except InvalidCaseError as err:
        for problem in err.problems:
            print(str(problem), file=sys.stderr)
        return EXIT_INVALID_INPUT
    print(ctx.database.drafts.create(case))
    return 0


def list_drafts(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.services.requester import draft_status

    drafts = ctx.database.drafts.list(deleted=args.deleted)
    statuses = {d.id: draft_status(ctx.database, ctx.database.drafts.get(d.id)) for d in drafts}
    if args.json:
        rows = [{"id": d.id, "case_ref": d.case_ref, "title": d.title, "organisation": d.organisation,
                 "completeness": d.completeness, "updated_at": d.updated_at.isoformat(),
                 "deleted_at": d.deleted_at.isoformat() if d.deleted_at else None, "status": statuses[d.id]}
                for d in drafts]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not drafts:
        print(_("No drafts."))
        return 0
    print(f"{'ID':>5}  {'Done':>4}  {'Last edited':16}  {'Reference':20}  Title / organisation")
    for d in drafts:
        edited = d.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        label = " / ".join(x for x in (d.title or _("(untitled)"), d.organisation) if x)
        status = f" [{statuses[d.id]}]" if statuses[d.id] else ""
        print(f"{d.id:>5}  {d.completeness:>3}%  {edited:16}  {d.case_ref:20}  {label}{status}")
    return 0


def export_case(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.domain.case_io import dump_case

    data = dump_case(ctx.database.drafts.get(args.draft_id).case)
    if args.output:
        out = Path(args.output)
        try:
            out.write_bytes(data)
        except OSError as exc:
            raise UserError(_("cannot write {path}: {reason}").format(path=out, reason=exc.strerror)) from None
        print(_("wrote {path}").format(path=out), file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0
