"""Screening commands: ``import PACK...``, ``register list`` and ``register export-csv``.

``import`` verifies each file with the pack layer before storing anything; it exits 0 when every file was
imported or was already here, 2 when any file was refused (refused files are stored nowhere).
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from onsshare_desktop.cli.context import CliContext
from onsshare_desktop.cli.identity import add_passphrase_option, unlock_identity
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.screening.register import (
    FILTER_STATUSES, REGISTER_STATUS_LABELS, RegisterFilter, RegisterRow, RegisterStatus,
)
from onsshare_desktop.domain.screening.stages import STAGE_LABELS, Stage
from onsshare_desktop.i18n import _, ngettext


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("expected a date as YYYY-MM-DD, got {text!r}").format(text=text)) \
            from None


EXIT_REFUSED = 2


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("import", help=_("verify received packs and add them to the register"))
    p.add_argument("packs", metavar="PACK", nargs="+", help=_("a signed PDF pack, or a folder of them"))
    p.add_argument("--json", action="store_true", help=_("print JSON instead of one line per file"))
    p.add_argument("--passphrase-file", metavar="F", help=_(
        "the decryption key's passphrase, for encrypted packs (.p7m), from the first line of F"))
    p.set_defaults(handler=import_packs_command)

    p = subparsers.add_parser("record", help=_("signed screening records"))
    sub = p.add_subparsers(dest="record_command", metavar="COMMAND", required=True)
    rec = sub.add_parser("export", help=_("write a new PDF, signed by you, recording a received case's latest "
                                          "stage outcome (the original pack embedded unchanged)"))
    rec.add_argument("pack_id", metavar="ID", type=int, help=_("the received pack's number in the register"))
    rec.add_argument("-o", "--output", metavar="FILE", required=True, help=_("where to write the record"))
    add_passphrase_option(rec)
    rec.set_defaults(handler=export_record_command)

    p = subparsers.add_parser("register", help=_("the screener's register of received cases"))
    sub = p.add_subparsers(dest="register_command", metavar="COMMAND", required=True)

    ls = sub.add_parser("list", help=_("list received cases, newest first: each case once, at its latest version, "
                                       "with the versions received"))
    ls.add_argument("--stage", action="append", choices=[s.value for s in Stage], default=[],
                    help=_("only cases at this stage (repeat for several)"))
    ls.add_argument("--status", choices=[s.value for s in FILTER_STATUSES], help=_("only cases with this status"))
    ls.add_argument("--organisation", default="", help=_("only organisations whose name contains this"))
    ls.add_argument("--from", dest="received_from", type=_iso_date, metavar="YYYY-MM-DD",
                    help=_("received on or after this day"))
    ls.add_argument("--to", dest="received_to", type=_iso_date, metavar="YYYY-MM-DD",
                    help=_("received on or before this day"))
    ls.add_argument("--search", default="", help=_("words to find in reference, title, organisation, datasets"))
    ls.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    ls.set_defaults(handler=list_register)

    csv = sub.add_parser("export-csv", help=_("write the transparency register (approved, published shares) as CSV"))
    csv.add_argument("file", metavar="FILE", help=_("where to write the CSV ('-' for standard output)"))
    csv.set_defaults(handler=export_csv)


def import_packs_command(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.domain.screening.importing import ImportStatus

    from onsshare_desktop.cli.identity import read_passphrase_file
    from onsshare_desktop.services.envelopes import unwrapper

    supplied = read_passphrase_file(args.passphrase_file) if args.passphrase_file else None
    ask = None
    if sys.stdin.isatty():
        def ask(_retry: bool) -> str:
            return getpass.getpass(_("Passphrase of the decryption key: "))
    results = ctx.services.screening.import_packs([Path(p) for p in args.packs],
                                                  unwrap=unwrapper(ctx.services.decryption, ask, supplied))
    if args.json:
        print(json.dumps([{"file": r.source, "status": r.status.value, "reason": r.reason, "id": r.pack_id,
                           "case_ref": r.case_ref, "version": r.version, "signer_confirmed": r.signer_confirmed,
                           "previous_id": r.previous_id, "conflicting_id": r.conflicting_id} for r in results],
                         indent=2, ensure_ascii=False))
    else:
        for result in results:
            print(result)
    if not results:
        raise UserError(_("no PDF files found in {paths}").format(paths=", ".join(args.packs)))
    return EXIT_REFUSED if any(r.status == ImportStatus.REFUSED for r in results) else 0


def export_record_command(args: argparse.Namespace, ctx: CliContext) -> int:
    screening = ctx.services.screening
    job = screening.prepare_record(args.pack_id)  # NothingToRecord before asking a passphrase
    signer = unlock_identity(args, ctx)
    out = Path(args.output)
    sha256 = job.run(signer, out)
    print(_("Exported {path}").format(path=out))
    print(_("SHA-256  {sha}").format(sha=sha256))
    return 0


def _version_json(row: RegisterRow) -> dict[str, Any]:
    return {"id": row.id, "version": row.version, "sha256": row.sha256, "received": row.imported_at.isoformat(),
            "stage": row.stage.value, "status": row.status.value, "signer": row.signer_name,
            "signer_fingerprint": row.signer_fingerprint}


def list_register(args: argparse.Namespace, ctx: CliContext) -> int:
    """Each case once, at its latest version (its columns, stage and status), with every version received."""
    flt = RegisterFilter(stages=frozenset(Stage(s) for s in args.stage),
                         status=RegisterStatus(args.status) if args.status else None,
                         organisation=args.organisation, received_from=args.received_from,
                         received_to=args.received_to, text=args.search)
    from onsshare_desktop.domain.screening.share_records import APPROVED_STAGES
    from onsshare_desktop.services.roundtrip import share_records

    screening = ctx.services.screening
    rows = screening.register(flt)
    versions = screening.versions([r.case_ref for r in rows])
    missing = {r.id: share_records(ctx.services.database, r.case_ref).missing() for r in rows
               if r.stage in APPROVED_STAGES}  # the records an approved share still lacks
    if args.json:
        print(json.dumps([{
            "id": r.id, "case_ref": r.case_ref, "version": r.version, "title": r.title,
            "organisation": r.organisation, "organisation_type": r.org_type, "stage": r.stage.value,
            "status": r.status.value, "signer": r.signer_name, "signer_fingerprint": r.signer_fingerprint,
            "received": r.imported_at.isoformat(), "sha256": r.sha256, "records_missing": missing.get(r.id),
            "versions": [_version_json(v) for v in versions[r.case_ref]]}
            for r in rows], indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print(_("No received cases."))
        return 0
    for r in rows:
        received = r.imported_at.astimezone().strftime("%Y-%m-%d")
        earlier = versions[r.case_ref]
        print(f"{r.id:>6}  {received}  {r.case_ref:22} v{r.version:<3} {STAGE_LABELS[r.stage]:32} "
              f"{REGISTER_STATUS_LABELS[r.status]:22} {r.organisation} / {r.title}"
              + (_("  [records missing: {m}]").format(m=", ".join(missing[r.id])) if missing.get(r.id) else "")
              + (_("  [versions: {list}]").format(list=", ".join(f"v{v.version} #{v.id}" for v in earlier))
                 if len(earlier) > 1 else ""))
    return 0


def export_csv(args: argparse.Namespace, ctx: CliContext) -> int:
    text, count = ctx.services.screening.transparency_csv()
    if args.file == "-":
        sys.stdout.write(text)
        return 0
    out = Path(args.file)
    try:
        out.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise UserError(_("cannot write {path}: {reason}").format(path=out, reason=exc.strerror)) from None
    print(ngettext("wrote {n} share to {path}", "wrote {n} shares to {path}", count).format(n=count, path=out),
          file=sys.stderr)
    return 0
