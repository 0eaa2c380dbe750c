"""``screen show|move|annotate|check|triage``: screen a received case from the command line, by the window's rules.

REF is a register number, or a case reference (its latest version). ``show`` exits 0; every command exits 2 when
REF is unknown, and a change the rules refuse (a stage move, a closed case, an unknown section or checklist item)
exits 2 with the rule that refused it. Everything is recorded in the case's history under your signing identity
(else your login name).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from onsshare_desktop.cli.context import CliContext
from onsshare_desktop.domain.amendments import REQUEST_STATUS_LABELS, RequestStatus
from onsshare_desktop.domain.screening.annotations import GENERAL, SECTION_STATUS_LABELS, SectionStatus
from onsshare_desktop.domain.screening.checklist import CHECK_ANSWER_LABELS, CheckAnswer
from onsshare_desktop.domain.screening.stages import (
    OUTCOME_LABELS, STAGE_LABELS, DecisionMaker, ExemptionGround, Move, Outcome,
)
from onsshare_desktop.domain.screening.triage import (
    TRIAGE_RECOMMENDATION_LABELS, TRIAGE_SERVICE_LABELS, TriageRecommendation, TriageService,
)
from onsshare_desktop.i18n import _, language_name

if TYPE_CHECKING:
    from onsshare_desktop.domain.screening.register import ReceivedCase
    from onsshare_desktop.services.screening import CaseView


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("screen", help=_(
        "screen a received case: show it, move it, annotate, check, triage, request more information"),
                              description=_("REF is a register number, or a case reference (its latest version)."))
    sub = p.add_subparsers(dest="screen_command", metavar="ACTION", required=True)
    from onsshare_desktop.cli.roundtrip import add_screen_commands

    add_screen_commands(sub)

    s = sub.add_parser("show", help=_("a received case's stage, annotations, checklist, triage and history"))
    s.add_argument("ref", metavar="REF")
    s.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    s.set_defaults(handler=show)

    m = sub.add_parser("move", help=_("record a stage outcome (the window's rules; exit 2 if refused)"),
                       description=_("OUTCOME is one of: {outcomes}.").format(outcomes=", ".join(Outcome)))
    m.add_argument("ref", metavar="REF")
    m.add_argument("outcome", metavar="OUTCOME", choices=[o.value for o in Outcome])
    m.add_argument("--note", default="", metavar="TEXT", help=_("the reason or note (required to return or decline)"))
    m.add_argument("--decided-by", metavar="WHO",
                   help=_("for a decision: ROLE:NAME, ROLE one of {roles} (e.g. deputy_director:Jane Smith)")
                   .format(roles=", ".join(DecisionMaker)))
    m.add_argument("--exception", default="", metavar="TEXT",
                   help=_("an exception to the policy authorised by the National Statistician"))
    m.add_argument("--conditions", default="", metavar="TEXT", help=_("the conditions of an approval"))
    m.add_argument("--ground", metavar="GROUND", choices=[g.value for g in ExemptionGround],
                   help=_("the ground of an exemption from publication: {grounds}").format(
                       grounds=", ".join(ExemptionGround)))
    m.add_argument("--register-entry-checked", action="store_true",
                   help=_("third screening: you have checked the transparency register entry"))
    m.set_defaults(handler=move)

    a = sub.add_parser("annotate", help=_("set a section's review status and comment"))
    a.add_argument("ref", metavar="REF")
    a.add_argument("section_id", metavar="SECTION_ID", help=_("a section id of the case, or {general}").format(
        general=GENERAL))
    a.add_argument("--status", required=True, metavar="STATUS", choices=[s.value for s in SectionStatus],
                   help=", ".join(SectionStatus))
    a.add_argument("--comment", default="", metavar="TEXT")
    a.set_defaults(handler=annotate)

    c = sub.add_parser("check", help=_("answer a policy checklist item"))
    c.add_argument("ref", metavar="REF")
    c.add_argument("item_id", metavar="ITEM_ID")
    c.add_argument("--answer", required=True, choices=[a.value for a in CheckAnswer])
    c.add_argument("--note", default="", metavar="TEXT")
    c.set_defaults(handler=check)

    t = sub.add_parser("triage", help=_("record one service's triage assessment"))
    t.add_argument("ref", metavar="REF")
    t.add_argument("service", metavar="SERVICE", choices=[s.value for s in TriageService],
                   help=", ".join(TriageService))
    t.add_argument("--recommendation", required=True, metavar="R", choices=[r.value for r in TriageRecommendation],
                   help=", ".join(TriageRecommendation))
    t.add_argument("--risks", default="", metavar="T")
    t.add_argument("--benefits", default="", metavar="T")
    t.set_defaults(handler=triage)


def _decided_by(text: str | None) -> tuple[DecisionMaker | None, str]:
    if not text:
        return None, ""
    role, _sep, name = text.partition(":")
    try:
        return DecisionMaker(role.strip()), name.strip()
    except ValueError:
        from onsshare_desktop.services.errors import InvalidInputError

        raise InvalidInputError(_("--decided-by: {role} is not one of {roles}").format(
            role=role, roles=", ".join(DecisionMaker))) from None


def move(args: argparse.Namespace, ctx: CliContext) -> int:
    screening = ctx.services.screening
    pack_id = screening.resolve(args.ref)
    decided_by, decider_name = _decided_by(args.decided_by)
    event = screening.move(pack_id, Move(
        Outcome(args.outcome), note=args.note, decided_by=decided_by, decider_name=decider_name,
        conditions=args.conditions, exception=args.exception, register_entry_checked=args.register_entry_checked,
        exemption_ground=ExemptionGround(args.ground) if args.ground else None))
    print(_("{ref}: {outcome}: {source} → {target}").format(
        ref=_ref(screening.get(pack_id)), outcome=OUTCOME_LABELS[event.move.outcome],
        source=STAGE_LABELS[event.from_stage], target=STAGE_LABELS[event.to_stage]))
    return 0


def annotate(args: argparse.Namespace, ctx: CliContext) -> int:
    screening = ctx.services.screening
    pack_id = screening.resolve(args.ref)
    note = screening.annotate(pack_id, args.section_id, SectionStatus(args.status), args.comment)
    print(_("{ref}: {section}: {status}").format(ref=_ref(screening.get(pack_id)), section=note.section_id,
                                                 status=SECTION_STATUS_LABELS[note.status]))
    return 0


def check(args: argparse.Namespace, ctx: CliContext) -> int:
    screening = ctx.services.screening
    pack_id = screening.resolve(args.ref)
    answer = screening.check(pack_id, args.item_id, CheckAnswer(args.answer), args.note)
    print(_("{ref}: checklist {item}: {answer}").format(ref=_ref(screening.get(pack_id)), item=answer.item_id,
                                                        answer=CHECK_ANSWER_LABELS[answer.answer]))
    return 0


def triage(args: argparse.Namespace, ctx: CliContext) -> int:
    screening = ctx.services.screening
    pack_id = screening.resolve(args.ref)
    done = screening.triage(pack_id, TriageService(args.service), TriageRecommendation(args.recommendation),
                            args.risks, args.benefits)
    print(_("{ref}: triage by {service}: {recommendation}").format(
        ref=_ref(screening.get(pack_id)), service=TRIAGE_SERVICE_LABELS[done.service],
        recommendation=TRIAGE_RECOMMENDATION_LABELS[done.recommendation]))
    return 0


def _ref(received: "ReceivedCase") -> str:
    return f"#{received.row.id} {received.row.case_ref} v{received.row.version}"


def show(args: argparse.Namespace, ctx: CliContext) -> int:
    screening = ctx.services.screening
    view = screening.view(screening.resolve(args.ref))
    if args.json:
        print(json.dumps(view.to_json(), indent=2, ensure_ascii=False))
        return 0
    print("\n".join(_lines(view)))
    return 0


def _carried(entry: dict[str, Any]) -> str:
    if not entry.get("carried_over"):
        return ""
    if entry.get("answer_changed_since"):
        return _(" [from an earlier version; the answer changed since this was written]")
    return _(" [from an earlier version]")


def _lines(view: "CaseView") -> list[str]:
    row = view.received.row
    lines = [f"{_ref(view.received)}: {row.title}",
             _("Organisation: {v}").format(v=row.organisation),
             _("Language:     {v}").format(v=language_name(view.received.language)),
             _("Stage:        {v}").format(v=STAGE_LABELS[row.stage]),
             _("Signer:       {name} ({fp}), {confirmed}").format(
                 name=row.signer_name, fp=row.signer_fingerprint[:16],
                 confirmed=_("confirmed") if row.signer_confirmed else _("not confirmed")),
             _("Next:         {v}").format(v=", ".join(o.value for o in view.allowed_outcomes) or "-")]
    if row.superseded:
        lines.append(_("A later version of this case has been received."))
    if view.changes is not None:
        sections = sorted(view.changes.diff.changed_sections())
        lines.append(_("Changed since version {n}: {sections}").format(
            n=view.changes.previous_version, sections=", ".join(sections) or _("nothing")))
    lines.append(_("Annotations:"))
    lines += [f"  {a['section']}: {SECTION_STATUS_LABELS[SectionStatus(a['status'])]}"
              + (f" “{a['comment']}”" if a["comment"] else "")
              + f" ({a['by']}, {_when(a['at'])})" + _carried(a) for a in view.annotations()] or ["  -"]
    lines.append(_("Checklist:"))
    for item in view.checklist():
        answer = CHECK_ANSWER_LABELS[CheckAnswer(item["answer"])] if item["answer"] else _("Not answered")
        note = f" “{item['note']}”" if item["note"] else ""
        lines.append(f"  {item['item']}: {answer}{note}" + _carried(item))
    if view.requests:
        lines.append(_("Amendment requests:"))
        for r in view.requests:
            status = REQUEST_STATUS_LABELS[RequestStatus(r["status"])]
            lines.append(f"  {r['request_id']}  {status}  {r['target']}: {r['text']}")
            if r["response"]:
                changed = {True: _(" (the answer changed)"), False: _(" (the answer did not change)")}.get(
                    r["answer_changed"], "")  # type: ignore[call-overload]
                lines.append(_("    response: {text}{changed}").format(text=r["response"], changed=changed))
    lines.append(_("Triage:"))
    lines += [f"  {TRIAGE_SERVICE_LABELS[TriageService(t['service'])]}: "
              f"{TRIAGE_RECOMMENDATION_LABELS[TriageRecommendation(t['recommendation'])]}" for t in view.triage()] or ["  -"]
    lines.append(_("History:"))
    lines += [f"  {h['seq']:>3}  {_when(h['at'])}  {h['actor']}: {h['what']}" for h in view.history()]
    return lines


def _when(at: str) -> str:
    """An ISO 8601 time of ``--json`` as the window's history shows it to people: "29 Nov 2026 18:40:20", local
    time, the month in the current language."""
    from datetime import datetime

    from onsshare_desktop.domain.dates import local_time

    return local_time(datetime.fromisoformat(at.replace("Z", "+00:00")), seconds=True)

