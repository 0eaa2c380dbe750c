"""Pack commands: ``export``, ``verify``, ``show``, ``extract``.

``verify`` exits 0 when every pack is intact and its signer trusted, 1 when all are intact but some signer is
unknown, 2 when any pack is refused. Each pack's line starts with its verdict in the reader's language (TRUSTED,
YMDDIRIEDIR…); scripts read the exit status, or ``--json``, whose ``verdict`` and ``refusal`` are the same codes in
every language. ``show`` and ``extract`` exit 2 for a refused pack and warn (exit 0) for an
unknown signer.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from onsshare_desktop.cli.context import CliContext
from onsshare_desktop.cli.identity import add_passphrase_option, unlock_identity
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _, language_name
from onsshare_desktop.services.packs import PackRefusedError

if TYPE_CHECKING:
    from onsshare_desktop.services.packs import PackReport, PackService

EXIT_TRUSTED, EXIT_UNTRUSTED, EXIT_REFUSED = 0, 1, 2

__all__ = ["PackRefusedError", "register"]


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("export", help=_("sign a draft and write its submission pack (PDF)"))
    p.add_argument("draft_id", metavar="DRAFT_ID", type=int)
    p.add_argument("-o", "--output", metavar="FILE",
                   help=_("write the pack to FILE (default: <org>_<title>_<date>_v<n>.pdf here)"))
    p.add_argument("--encrypt-to", metavar="CERT.pem",
                   help=_("write the pack encrypted (CMS, AES-256) to this certificate, as FILE.p7m, so that only its "
                          "holder (ONS) can open it; the plain PDF is not kept"))
    add_passphrase_option(p)
    p.set_defaults(handler=export)

    p = subparsers.add_parser("verify", help=_("check packs: intact, who signed, whether you trust the signer"))
    p.add_argument("packs", metavar="PACK", nargs="+", help=_("a pack or screening record, or a folder of them "
                                                              "(checked on all cores)"))
    p.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    p.set_defaults(handler=verify)

    p = subparsers.add_parser("show", help=_(
        "print what a signed file says: a pack's case, a return note, decision letter or benefits report"))
    p.add_argument("pack", metavar="PACK")
    p.add_argument("--json", action="store_true", help=_("print the signed case.json exactly"))
    p.set_defaults(handler=show)

    p = subparsers.add_parser("extract", help=_("write a pack's case and attachments into a folder"))
    p.add_argument("pack", metavar="PACK")
    p.add_argument("directory", metavar="DIR")
    p.set_defaults(handler=extract)


def export(args: argparse.Namespace, ctx: CliContext) -> int:
    requests = ctx.services.requests
    case = requests.case(args.draft_id)
    out = Path(args.output) if args.output else Path(requests.pack_file_name(case, date.today()))
    signer = unlock_identity(args, ctx)
    if args.encrypt_to:
        return _export_encrypted(args, ctx, out, signer)
    result = requests.export_pack(args.draft_id, out, signer).result
    print(_("Exported {path}").format(path=result.path))
    print(_("SHA-256  {sha}").format(sha=result.sha256))
    print(_("Pack ID  {id}").format(id=result.pack_id))
    return 0


def _export_encrypted(args: argparse.Namespace, ctx: CliContext, out: Path, signer: Any) -> int:
    """The pack sealed to the certificate, written as FILE.p7m; the pack is never written in the clear."""
    requests = ctx.services.requests
    certificate = Path(args.encrypt_to)
    target = requests.encrypted_name(out)
    result = requests.export_pack(args.draft_id, target, signer, encrypt_to=certificate).result
    print(_("Exported {path} (encrypted to {cert})").format(path=target, cert=certificate.name))
    print(_("SHA-256  {sha} (the pack inside)").format(sha=result.sha256))
    print(_("SHA-256  {sha} (the encrypted file)").format(sha=result.envelope_sha256))
    print(_("Pack ID  {id}").format(id=result.pack_id))
    return 0


def _describe(report: "PackReport", packs: "PackService") -> list[str]:
    yes, no = _("yes"), _("no")
    lines = [f"{report.source}: {packs.verdict_word(report)}: {report.reason}"]
    if report.signer is not None:
        who = ", ".join(x for x in (report.signer.name, report.signer.organisation) if x)
        if report.signer.email:
            who += f" <{report.signer.email}>"
        lines.append(_("  signer:             {v}").format(v=who))
        lines.append(_("  fingerprint:        {v}").format(v=report.signer.display_fingerprint))
    if report.signing_time is not None:
        lines.append(_("  signed at:          {v}").format(v=report.signing_time.isoformat()))
    lines.append(_("  covers entire file: {v}").format(v=yes if report.covers_entire_file else no))
    lines.append(_("  signer trusted:     {v}").format(v=yes if report.signer_trusted else no))
    if report.case is not None and report.manifest is not None:
        lines.append(_("  case:               {ref} version {v}, pack ID {id}").format(
            ref=report.case.case_ref, v=report.case.version, id=report.manifest.pack_id))
    if report.document is not None and report.manifest is not None:
        lines.append(_("  {kind}:  {ref} version {v}, answering pack {sha}").format(
            kind=report.document.kind.value, ref=report.document.case_ref, v=report.document.version,
            sha=report.document.pack_sha256))
    if report.manifest is not None:
        lines.append(_("  written in:         {v}").format(v=language_name(report.manifest.language)))
    return lines


def verify(args: argparse.Namespace, ctx: CliContext) -> int:
    packs = ctx.services.packs
    reports = []
    for report in packs.verify_many([Path(p) for p in args.packs]):
        reports.append(report)
        if not args.json:
            print("\n".join(_describe(report, packs)), flush=True)
    if not reports:
        raise UserError(_("no PDF files found in {paths}").format(paths=", ".join(args.packs)))
    if args.json:
        print(json.dumps([r.to_json() for r in reports], indent=2, ensure_ascii=False))
    if any(packs.is_refused(r) for r in reports):
        return EXIT_REFUSED
    if any(packs.is_untrusted(r) for r in reports):
        return EXIT_UNTRUSTED
    return EXIT_TRUSTED


def _checked(path: str, ctx: CliContext) -> "PackReport":
    """The pack's report; refused packs stop the command (exit 2), unknown signers get a warning."""
    packs = ctx.services.packs
    report = packs.checked(Path(path))
    if packs.is_untrusted(report):
        print(_("warning: {file} is intact but its signer ({fp}) is not in your trust store").format(
            file=path, fp=report.signer.display_fingerprint if report.signer else "?"), file=sys.stderr)
    return report


def show(args: argparse.Namespace, ctx: CliContext) -> int:
    report = _checked(args.pack, ctx)
    if report.document is not None:  # a return note, decision letter or benefits report
        return _show_document(report, args.json, ctx)
    assert report.case is not None and report.case_bytes is not None and report.manifest is not None
    if args.json:
        sys.stdout.buffer.write(report.case_bytes)
        sys.stdout.flush()
        return 0
    print(ctx.services.packs.case_text(report))
    return 0


def _show_document(report: "PackReport", as_json: bool, ctx: CliContext) -> int:
    if as_json:
        sys.stdout.buffer.write(ctx.services.packs.document_bytes(report))
        sys.stdout.flush()
    else:
        print(ctx.services.packs.document_text(report))
    return 0


def extract(args: argparse.Namespace, ctx: CliContext) -> int:
    report = _checked(args.pack, ctx)
    for path in ctx.services.packs.extract(report, Path(args.directory)):
        print(path)
    return 0
