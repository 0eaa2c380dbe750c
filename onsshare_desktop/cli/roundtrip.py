"""Round-trip commands: ``screen request``, ``return export|import``, ``respond``, ``diff``,
``decision export|import`` and ``benefits export``.

Exit status 0 on success; 1 for an error the user can fix (a plain line on stderr); 2 when a document is refused
(tampered, wrong kind, answering a pack that is not known here, of another case), with nothing stored.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from onsshare_desktop.cli.context import CliContext, read_input_file
from onsshare_desktop.cli.identity import add_passphrase_option, unlock_identity
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _, ngettext


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not a date in the form YYYY-MM-DD: {t}").format(t=text)) from None


def add_screen_commands(sub: Any) -> None:
    """``screen request`` and ``screen requests``, added to the ``screen`` command (``cli.screen``)."""
    req = sub.add_parser("request", help=_("ask the requester for more information on a question, a section "
                                           "or the case in general"))
    req.add_argument("ref", metavar="REF", help=_("the case reference"))
    req.add_argument("question_id", metavar="QUESTION_ID", help=_("a question id, a section id, or general"))
    req.add_argument("text", metavar="TEXT", nargs="?", help=_("what to add or change"))
    req.add_argument("--from-annotation", action="store_true",
                     help=_("use the section's annotation comment as the request (QUESTION_ID is then a section "
                            "id or general)"))
    req.set_defaults(handler=request_command)
    wd = sub.add_parser("withdraw", help=_("withdraw an open amendment request"))
    wd.add_argument("ref", metavar="REF")
    wd.add_argument("request_id", metavar="REQUEST_ID")
    wd.set_defaults(handler=withdraw_command)
    sr = sub.add_parser("share-record", help=_("after approval: record the Data Sharing Agreement, Memorandum of "
                                                "Understanding, DPIA or Ethical Self Assessment"))
    sr.add_argument("ref", metavar="REF")
    sr.add_argument("kind", metavar="KIND", choices=["dsa", "mou", "dpia", "ethics"], help="dsa, mou, dpia, ethics")
    sr.add_argument("--reference", required=True, help=_("the record's own reference"))
    sr.add_argument("--date", required=True, metavar="YYYY-MM-DD", help=_("the record's date"))
    sr.add_argument("--file", required=True, metavar="FILE", help=_("the record (kept, and named by its SHA-256)"))
    sr.set_defaults(handler=share_record_command)
    se = sub.add_parser("share-end", help=_("after approval: the date the share ends"))
    se.add_argument("ref", metavar="REF")
    se.add_argument("end_date", metavar="YYYY-MM-DD")
    se.set_defaults(handler=share_end_command)
    ls = sub.add_parser("requests", help=_("list a case's amendment requests and their status"))
    ls.add_argument("ref", metavar="REF")
    ls.add_argument("--json", action="store_true", help=_("print JSON"))
    ls.set_defaults(handler=list_requests_command)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("return", help=_("return notes: export (screener) or import (requester)"))
    sub = p.add_subparsers(dest="return_command", metavar="COMMAND", required=True)
    exp = sub.add_parser("export", help=_("(screener) sign a return note with the open requests; the case moves "
                                          "to Returned and waits for the next version"))
    exp.add_argument("ref", metavar="REF")
    exp.add_argument("-o", "--output", metavar="FILE", required=True)
    exp.add_argument("--reply-by", type=_date, metavar="YYYY-MM-DD", help=_("default: 28 days from today"))
    exp.add_argument("--message", default="", help=_("a covering message to the requester"))
    add_passphrase_option(exp)
    exp.set_defaults(handler=return_export_command)
    imp = sub.add_parser("import", help=_("(requester) verify a return note and attach its requests to the draft"))
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--confirm-signer", action="store_true",
                     help=_("accept a signer not in your trust store (after checking the fingerprint with ONS)"))
    imp.set_defaults(handler=return_import_command)

    p = subparsers.add_parser("respond", help=_("(requester) answer an amendment request in a draft"))
    p.add_argument("draft_id", metavar="ID", type=int)
    p.add_argument("request_id", metavar="REQUEST_ID")
    p.add_argument("text", metavar="TEXT")
    p.set_defaults(handler=respond_command)

    p = subparsers.add_parser("diff", help=_("what changed between two versions: diff PACK_A PACK_B, or "
                                             "diff REF --from 1 --to 2"))
    p.add_argument("items", metavar="PACK_OR_REF", nargs="+")
    p.add_argument("--from", dest="from_version", type=int, metavar="N")
    p.add_argument("--to", dest="to_version", type=int, metavar="N")
    p.add_argument("--json", action="store_true", help=_("print JSON"))
    p.set_defaults(handler=diff_command)

    p = subparsers.add_parser("decision", help=_("decision letters: export (screener) or import (requester)"))
    sub = p.add_subparsers(dest="decision_command", metavar="COMMAND", required=True)
    exp = sub.add_parser("export", help=_("(screener) sign the decision letter of a decided case"))
    exp.add_argument("ref", metavar="REF")
    exp.add_argument("-o", "--output", metavar="FILE", required=True)
    add_passphrase_option(exp)
    exp.set_defaults(handler=decision_export_command)
    imp = sub.add_parser("import", help=_("(requester) verify a decision letter and record it with the draft"))
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--confirm-signer", action="store_true",
                     help=_("accept a signer not in your trust store (after checking the fingerprint with ONS)"))
    imp.set_defaults(handler=decision_import_command)

    p = subparsers.add_parser("benefits", help=_("benefits reports after an approval"))
    sub = p.add_subparsers(dest="benefits_command", metavar="COMMAND", required=True)
    exp = sub.add_parser("export", help=_("(requester) sign a report of the public benefits realised"))
    exp.add_argument("draft_id", metavar="ID", type=int)
    exp.add_argument("-o", "--output", metavar="FILE", required=True)
    exp.add_argument("--benefits", required=True, help=_("the benefits realised, in words"))
    exp.add_argument("--published-output", nargs=3, action="append", default=[], dest="outputs",
                     metavar=("TITLE", "URL", "YYYY-MM-DD"), help=_("a published output (repeat for several)"))
    add_passphrase_option(exp)
    exp.set_defaults(handler=benefits_export_command)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _read(path: str) -> bytes:
    from onsshare_desktop.services.roundtrip import MAX_DOCUMENT_BYTES, document_too_large

    data = read_input_file(Path(path), MAX_DOCUMENT_BYTES)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise document_too_large(path)
    return data


# -- screener ----------------------------------------------------------------------------------------------------

def request_command(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.services.roundtrip import add_request, add_request_from_annotation

    actor = ctx.services.identity.actor_or_login()
    if args.from_annotation:
        if args.text:
            raise UserError(_("give TEXT or --from-annotation, not both"))
        request = add_request_from_annotation(ctx.services.database, args.ref, args.question_id, actor, _now())
    elif not args.text:
        raise UserError(_("say what to add or change (TEXT), or use --from-annotation"))
    else:
        request = add_request(ctx.services.database, args.ref, args.question_id, args.text, actor, _now())
    print(_("Request {id} on {ref}").format(id=request.request_id, ref=request.case_ref))
    return 0


def share_record_command(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.domain.screening.share_records import RECORD_KIND_LABELS
    from onsshare_desktop.services.roundtrip import add_share_record, share_records

    database = ctx.services.database
    record = add_share_record(database, args.ref, args.kind, args.reference, args.date, Path(args.file),
                              ctx.services.identity.actor_or_login())
    print(_("{kind} {ref} ({date}) recorded, SHA-256 {sha}").format(
        kind=RECORD_KIND_LABELS[record.kind], ref=record.reference, date=record.dated, sha=record.sha256))
    missing = share_records(database, args.ref.strip().upper()).missing()
    print(_("Still missing: {m}").format(m=", ".join(missing) or _("nothing")))
    return 0


def share_end_command(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.services.roundtrip import set_share_end

    end = set_share_end(ctx.services.database, args.ref, args.end_date, ctx.services.identity.actor_or_login())
    print(_("The share ends on {date}").format(date=end))
    return 0


def withdraw_command(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.services.roundtrip import withdraw_request

    request = withdraw_request(ctx.services.database, args.ref.strip().upper(), args.request_id.strip(),
                               ctx.services.identity.actor_or_login())
    print(_("Request {id} withdrawn").format(id=request.request_id))
    return 0


def list_requests_command(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.domain.amendments import RequestStatus, counts
    from onsshare_desktop.services.roundtrip import case_requests

    requests = case_requests(ctx.services.database, args.ref.strip().upper())
    if args.json:
        print(json.dumps([{"request_id": r.request_id, "target": r.target.target_id or "general",
                           "text": r.text, "status": r.status.value, "response": r.response, "author": r.author,
                           "at": r.at.isoformat()} for r in requests], indent=2, ensure_ascii=False))
        return 0
    tally = counts(requests)
    print(_("{open} open, {answered} answered, {withdrawn} withdrawn").format(
        open=tally[RequestStatus.OPEN], answered=tally[RequestStatus.ANSWERED],
        withdrawn=tally[RequestStatus.WITHDRAWN]))
    for r in requests:
        print(f"{r.request_id}  {r.status.value:9}  {r.target.target_id or 'general'}: {r.text}")
        if r.response:
            print(_("    response: {text}").format(text=r.response))
    return 0


def return_export_command(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.services.roundtrip import export_return, return_note

    now = _now()
    return_note(ctx.services.database, args.ref, ctx.services.identity.actor(), now, args.reply_by, args.message)  # errors first
    signer = unlock_identity(args, ctx)
    signed = export_return(ctx.services.database, args.ref, signer, Path(args.output), ctx.services.identity.actor(), now,
                           args.reply_by, args.message)
    print(_("Exported {path}").format(path=args.output))
    print(_("SHA-256  {sha}").format(sha=signed.sha256))
    print(_("{ref} is now Returned for more information; it stays open for the next version").format(
        ref=args.ref.strip().upper()))
    return 0


def decision_export_command(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.services.roundtrip import decision_letter, export_decision

    now = _now()
    decision_letter(ctx.services.database, args.ref, ctx.services.identity.actor(), now)  # no decision: say so before the passphrase
    signer = unlock_identity(args, ctx)
    signed = export_decision(ctx.services.database, args.ref, signer, Path(args.output), ctx.services.identity.actor(), now)
    print(_("Exported {path}").format(path=args.output))
    print(_("SHA-256  {sha}").format(sha=signed.sha256))
    return 0


def diff_command(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.services.roundtrip import diff_reports, diff_versions

    if len(args.items) == 1:
        if args.from_version is None or args.to_version is None:
            raise UserError(_("with a case reference, say which versions: diff REF --from 1 --to 2"))
        diff = diff_versions(ctx.services.database, args.items[0], args.from_version, args.to_version)
    elif len(args.items) == 2:
        if args.from_version is not None or args.to_version is not None:
            raise UserError(_("--from and --to go with a case reference, not with two packs"))
        from onsshare_desktop.cli.packs import _checked

        diff = diff_reports(_checked(args.items[0], ctx), _checked(args.items[1], ctx))
    else:
        raise UserError(_("give two packs, or one case reference with --from and --to"))
    if args.json:
        print(json.dumps(diff.to_json(), indent=2, ensure_ascii=False))
    else:
        print("\n".join(diff_lines(diff)))
    return 0


def diff_lines(diff: Any) -> list[str]:
    """The diff as text: ``[-deleted-]`` and ``{+inserted+}`` inside long texts (as ``git diff --word-diff``)."""
    from onsshare_desktop.domain.diff import CHANGE_LABELS, Mark

    lines = [_("{ref}: changes from version {a} to version {b}").format(ref=diff.case_ref, a=diff.from_version,
                                                                        b=diff.to_version)]
    if diff.is_empty:
        lines.append(_("  no changes"))
    for change in diff.answers:
        lines.append(f"* {CHANGE_LABELS[change.change]}: {change.label} [{change.question_id}]")
        if change.words:
            marks = {Mark.SAME: "{}", Mark.DELETED: "[-{}-]", Mark.INSERTED: "{{+{}+}}"}
            lines.append("    " + "".join(marks[s.mark].format(s.text) for s in change.words).replace("\n", "\n    "))
        elif change.rows:
            for row in change.rows:
                lines.append(f"    {CHANGE_LABELS[row.change]} row: {json.dumps(row.new or row.old, ensure_ascii=False)}")
        else:
            lines.append(_("    was: {old}").format(old=change.old))
            lines.append(_("    now: {new}").format(new=change.new))
    for att in diff.attachments:
        lines.append(f"* {CHANGE_LABELS[att.change]}: {_('attachment')} {att.file_name}"
                     + (f" ({att.old.sha256[:12]}… → {att.new.sha256[:12]}…)" if att.old and att.new else ""))
    return lines


# -- requester ---------------------------------------------------------------------------------------------------

def return_import_command(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.services.requester import import_return, paths_documents

    draft, note = import_return(ctx.services.database, _read(args.file), ctx.services.trust.verifying_store(),
                                args.confirm_signer, keep_in=paths_documents(ctx.services.paths))
    print(ngettext("Return note for {ref} version {v}: {n} request, reply by {date}; attached to draft {id}",
                   "Return note for {ref} version {v}: {n} requests, reply by {date}; attached to draft {id}",
                   len(note.requests)).format(ref=note.case_ref, v=note.version, n=len(note.requests),
                                              date=note.reply_by, id=draft.id))
    for r in note.requests:
        print(f"  {r.request_id}  {r.label}: {r.text}")
    return 0


def respond_command(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.services.requester import respond, unanswered

    draft = respond(ctx.services.database, args.draft_id, args.request_id, args.text)
    left = unanswered(ctx.services.database, draft)
    print(ngettext("Response recorded; {n} request still without a response",
                   "Response recorded; {n} requests still without a response", len(left)).format(n=len(left)))
    return 0


def decision_import_command(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.domain.documents import DECISION_LABELS
    from onsshare_desktop.services.requester import import_decision, paths_documents

    draft, letter = import_decision(ctx.services.database, _read(args.file), ctx.services.trust.verifying_store(),
                                    args.confirm_signer, keep_in=paths_documents(ctx.services.paths))
    print(_("Decision on {ref}: {d}; recorded with draft {id}").format(
        ref=letter.case_ref, d=DECISION_LABELS[letter.decision], id=draft.id))
    if letter.conditions:
        print(_("Conditions: {c}").format(c=letter.conditions))
    print(_("Next steps: {s}").format(s=letter.next_steps))
    return 0


def benefits_export_command(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.services.free_text import refuse_benefits_texts
    from onsshare_desktop.services.requester import export_benefits

    refuse_benefits_texts(args.benefits, args.outputs)  # bad text: say so before asking for the passphrase
    signer = unlock_identity(args, ctx)
    signed = export_benefits(ctx.services.database, args.draft_id, args.benefits, [tuple(o) for o in args.outputs], signer,
                             Path(args.output), _now())
    print(_("Exported {path}").format(path=args.output))
    print(_("SHA-256  {sha}").format(sha=signed.sha256))
    sys.stdout.flush()
    return 0
