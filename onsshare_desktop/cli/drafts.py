"""Draft commands: ``import-case``, ``list``, ``export-case``, ``attach``, ``set-answer``.

``import-case``, ``attach`` and ``set-answer`` exit 2 when their input is refused (nothing is written): one line
per problem of a case file, the file that is missing or differs, the reason a value or a file is not accepted.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from onsshare_desktop.cli.context import CliContext, read_input_file, write_output_file
from onsshare_desktop.domain.case import ATTACHMENT_TYPES
from onsshare_desktop.domain.errors import InvalidCaseError
from onsshare_desktop.i18n import _

EXIT_INVALID_INPUT = 2


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("import-case", help=_("check a case JSON file and create a draft from it"))
    p.add_argument("file", metavar="FILE.json")
    p.add_argument("--attachments", metavar="DIR",
                   help=_("take the files the case's attachments name from DIR (each must have the size and "
                          "SHA-256 the case gives)"))
    p.set_defaults(handler=import_case)

    p = subparsers.add_parser("list", help=_("list the drafts"))
    p.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    p.add_argument("--deleted", action="store_true", help=_("list deleted drafts instead"))
    p.set_defaults(handler=list_drafts)

    p = subparsers.add_parser("export-case", help=_("write a draft's case JSON (readable by import-case)"))
    p.add_argument("draft_id", metavar="DRAFT_ID", type=int)
    p.add_argument("-o", "--output", metavar="FILE", help=_("write to FILE instead of standard output"))
    p.set_defaults(handler=export_case)

    p = subparsers.add_parser("attach", help=_("add a file to a draft's attachments"),
                              description=_("Copy FILE into the app's attachment store and add it to the draft "
                                            "(the same size limit and checks as the window). Exit 2 if refused."))
    p.add_argument("draft_id", metavar="ID", type=int)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--type", dest="kind", metavar="TYPE", choices=list(ATTACHMENT_TYPES), default="other",
                   help=_("what the file is: {types} (default: other)").format(types=", ".join(ATTACHMENT_TYPES)))
    p.set_defaults(handler=attach)

    p = subparsers.add_parser("set-answer", help=_("set one answer of a draft"),
                              description=_("Set the answer to QUESTION_ID to VALUE_JSON (a JSON value: \"text\", "
                                            "true, 12, [\"a\", \"b\"]; null clears it). Exit 2, with the reason, "
                                            "for an unknown question or a value of the wrong type or form."))
    p.add_argument("draft_id", metavar="ID", type=int)
    p.add_argument("question_id", metavar="QUESTION_ID")
    p.add_argument("value", metavar="VALUE_JSON")
    p.set_defaults(handler=set_answer)


def import_case(args: argparse.Namespace, ctx: CliContext) -> int:
    data = read_input_file(Path(args.file))
    attachments = Path(args.attachments) if args.attachments else None
    try:
        draft_id = ctx.services.requests.import_case(data, attachments)
    except InvalidCaseError as err:
        for problem in err.problems:
            print(str(problem), file=sys.stderr)
        return EXIT_INVALID_INPUT
    print(draft_id)
    return 0


def list_drafts(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.services.requester import draft_status

    drafts = ctx.services.requests.list(deleted=args.deleted)
    database = ctx.services.database
    statuses = {d.id: draft_status(database, database.drafts.get(d.id)) for d in drafts}
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
    data = ctx.services.requests.export_case(args.draft_id)
    if args.output:
        out = Path(args.output)
        write_output_file(out, data)
        print(_("wrote {path}").format(path=out), file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0


def attach(args: argparse.Namespace, ctx: CliContext) -> int:
    requests = ctx.services.requests
    ref = requests.attach(args.draft_id, Path(args.file), args.kind)
    print(_("attached {name} as {kind} ({size}, SHA-256 {sha})").format(
        name=ref.file_name, kind=ATTACHMENT_TYPES[ref.kind], size=requests.format_size(ref.size), sha=ref.sha256))
    return 0


def set_answer(args: argparse.Namespace, ctx: CliContext) -> int:
    value = ctx.services.requests.parse_value(args.question_id, args.value)
    case = ctx.services.requests.set_answer(args.draft_id, args.question_id, value)
    print(_("{question} set; {ref} is {n}% complete").format(
        question=args.question_id, ref=case.case_ref, n=ctx.services.requests.completeness(case)))
    return 0
