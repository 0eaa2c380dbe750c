"""Pack commands: ``export``, ``verify``, ``show``, ``extract``.

``verify`` exits 0 when every pack is intact and its signer trusted, 1 when all are intact but some signer is
unknown, 2 when any pack is refused. ``show`` and ``extract`` exit 2 for a refused pack and warn (exit 0) for an
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
from onsshare_desktop.cli.identity import add_passphrase_option, identity_store, unlock_identity
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _

if TYPE_CHECKING:
    from onsshare_desktop.identity.trust import TrustStore
    from onsshare_desktop.pack.verify import PackReport

EXIT_TRUSTED, EXIT_UNTRUSTED, EXIT_REFUSED = 0, 1, 2


class PackRefusedError(UserError):
    """A pack given to ``show`` or ``extract`` was refused; exits like a refusal in ``verify``."""

    exit_status = EXIT_REFUSED


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("export", help=_("sign a draft and write its submission pack (PDF)"))
    p.add_argument("draft_id", metavar="DRAFT_ID", type=int)
    p.add_argument("-o", "--output", metavar="FILE",
                   help=_("write the pack to FILE (default: <org>_<title>_<date>_v<n>.pdf here)"))
    add_passphrase_option(p)
    p.set_defaults(handler=export)

    p = subparsers.add_parser("verify", help=_("check packs: intact, who signed, whether you trust the signer"))
    p.add_argument("packs", metavar="PACK", nargs="+")
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


def trust_store(ctx: CliContext) -> "TrustStore":
    """The local trust store, plus the user's own certificate (trusted for their own packs)."""
    from onsshare_desktop.identity.trust import TrustStore

    store = TrustStore(ctx.paths.root / "trust")
    identity = identity_store(ctx)
    return store.with_extra([identity.certificate()]) if identity.exists() else store


def export(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.pack.export import export_pack
    from onsshare_desktop.pack.names import pack_file_name

    from onsshare_desktop.services.requester import check_responses, record_export

    draft = ctx.database.drafts.get(args.draft_id)
    case = draft.case
    check_responses(ctx.database, draft)  # a returned case waits for a response to every request
    qs = load_question_set(case.form_id, case.form_version)
    out = Path(args.output) if args.output else Path(pack_file_name(case, date.today()))
    signer = unlock_identity(args, ctx)
    result = export_pack(case, qs, ctx.paths, signer, out)
    record_export(ctx.database, args.draft_id, result)  # the draft becomes the next version, linked to this pack
    print(_("Exported {path}").format(path=result.path))
    print(_("SHA-256  {sha}").format(sha=result.sha256))
    print(_("Pack ID  {id}").format(id=result.pack_id))
    return 0


def _describe(report: "PackReport") -> list[str]:
    yes, no = _("yes"), _("no")
    lines = [f"{report.source}: {report.verdict.value.upper()}: {report.reason}"]
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
    return lines


def verify(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.pack.verify import Verdict, verify_pack

    trust = trust_store(ctx)
    reports = [verify_pack(Path(p), trust) for p in args.packs]
    if args.json:
        print(json.dumps([r.to_json() for r in reports], indent=2, ensure_ascii=False))
    else:
        for report in reports:
            print("\n".join(_describe(report)))
    if any(r.verdict is Verdict.REFUSED for r in reports):
        return EXIT_REFUSED
    if any(r.verdict is Verdict.UNTRUSTED for r in reports):
        return EXIT_UNTRUSTED
    return EXIT_TRUSTED


def _checked(path: str, ctx: CliContext) -> "PackReport":
    """The pack's report; refused packs stop the command (exit 2), unknown signers get a warning."""
    from onsshare_desktop.pack.verify import Verdict, verify_pack

    report = verify_pack(Path(path), trust_store(ctx))
    if report.verdict is Verdict.REFUSED:
        raise PackRefusedError(_("{file} refused: {reason}").format(file=path, reason=report.reason))
    if report.verdict is Verdict.UNTRUSTED:
        print(_("warning: {file} is intact but its signer ({fp}) is not in your trust store").format(
            file=path, fp=report.signer.display_fingerprint if report.signer else "?"), file=sys.stderr)
    return report


def show(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.pack.text import case_as_text

    report = _checked(args.pack, ctx)
    if report.document is not None:  # a return note, decision letter or benefits report
        return _show_document(report, args.json)
    assert report.case is not None and report.case_bytes is not None and report.manifest is not None
    if args.json:
        sys.stdout.buffer.write(report.case_bytes)
        sys.stdout.flush()
        return 0
    qs = load_question_set(report.case.form_id, report.case.form_version)
    print(case_as_text(report.case, qs, report))
    return 0


def _show_document(report: "PackReport", as_json: bool) -> int:
    from onsshare_desktop.domain.documents import DOCUMENT_FILES
    from onsshare_desktop.pack.documents import describe_document

    if as_json:
        name = DOCUMENT_FILES[report.document.kind]
        sys.stdout.buffer.write(next(f.data for f in report.files if f.name == name))
        sys.stdout.flush()
    else:
        print("\n".join(describe_document(report.document)))
    return 0


def extract(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.pack.extract import extract_pack

    report = _checked(args.pack, ctx)
    for path in extract_pack(report, Path(args.directory)):
        print(path)
    return 0
