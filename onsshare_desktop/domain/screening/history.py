"""Case history entries in words, for the timeline and the screening record."""

from __future__ import annotations

from collections.abc import Mapping

from onsshare_desktop.domain.screening.annotations import GENERAL, SECTION_STATUS_LABELS, SectionStatus
from onsshare_desktop.domain.screening.checklist import CHECK_ANSWER_LABELS, CheckAnswer
from onsshare_desktop.domain.screening.register import HistoryEntry
from onsshare_desktop.domain.screening.stages import (
    DECISION_MAKER_LABELS, EXEMPTION_GROUND_LABELS, OUTCOME_LABELS, STAGE_LABELS, DecisionMaker, ExemptionGround,
    Outcome, Stage,
)
from onsshare_desktop.domain.screening.triage import (
    TRIAGE_RECOMMENDATION_LABELS, TRIAGE_SERVICE_LABELS, TriageRecommendation, TriageService,
)
from onsshare_desktop.i18n import _, ngettext


def _quoted(text: str) -> str:
    return f" “{text}”" if text else ""


def describe(entry: HistoryEntry, titles: Mapping[str, str] | None = None) -> str:
    """One line saying what the event did; ``titles`` names sections and checklist items by their ids."""
    names = titles or {}
    d = entry.details
    kind = entry.kind
    if kind == "pack_imported":
        text = _("Pack version {version} received (SHA-256 {sha}…)").format(version=d.get("version"),
                                                                         sha=str(d.get("sha256"))[:16])
        if d.get("previous_sha256"):
            text += _(", a newer version of pack {sha}…").format(sha=str(d["previous_sha256"])[:16])
        if not d.get("signer_confirmed"):
            text += _("; signer not confirmed")
        return text
    if kind == "annotation":
        section = _("General comment") if d.get("section") == GENERAL else names.get(str(d.get("section")),
                                                                                      str(d.get("section")))
        return _("{section}: {status}{comment}").format(
            section=section, status=SECTION_STATUS_LABELS[SectionStatus(d["status"])],
            comment=_quoted(str(d.get("comment") or "")))
    if kind == "checklist":
        return _("Checklist {item}: {answer}{note}").format(
            item=names.get(str(d.get("item")), str(d.get("item"))), answer=CHECK_ANSWER_LABELS[CheckAnswer(d["answer"])],
            note=_quoted(str(d.get("note") or "")))
    if kind == "triage":
        precedents = d.get("precedents") or []
        text = _("Triage by {service}: {recommendation}").format(
            service=TRIAGE_SERVICE_LABELS[TriageService(d["service"])],
            recommendation=TRIAGE_RECOMMENDATION_LABELS[TriageRecommendation(d["recommendation"])])
        if precedents:
            text += _("; precedents {refs}").format(refs=", ".join(precedents))
        return text
    if kind == "stage":
        move = d.get("move", {})
        text = _("{outcome}: {source} → {target}").format(
            outcome=OUTCOME_LABELS[Outcome(move["outcome"])], source=STAGE_LABELS[Stage(d["from"])],
            target=STAGE_LABELS[Stage(d["to"])])
        if move.get("decided_by"):
            text += _("; decided by {role} ({name})").format(
                role=DECISION_MAKER_LABELS[DecisionMaker(move["decided_by"])], name=move.get("decider_name", ""))
        if move.get("conditions"):
            text += _("; conditions:{text}").format(text=_quoted(move["conditions"]))
        if move.get("exception"):
            text += _("; exception authorised by the National Statistician:{text}").format(
                text=_quoted(move["exception"]))
        if move.get("exemption_ground"):
            text += _("; exemption ground: {ground}").format(
                ground=EXEMPTION_GROUND_LABELS[ExemptionGround(move["exemption_ground"])])
        if move.get("note"):
            text += _("; note:{text}").format(text=_quoted(move["note"]))
        return text
    if kind == "signer_confirmed":
        return _("Signer confirmed (fingerprint {fp}…)").format(fp=str(d.get("signer_fingerprint"))[:16])
    if kind == "signer_unconfirmed":
        return _("Signer no longer trusted (fingerprint {fp}…)").format(fp=str(d.get("signer_fingerprint"))[:16])
    if kind == "amendment_request":
        return _("Amendment request on {target}:{text}").format(
            target=(d.get("target") or {}).get("id") or _("the case in general"), text=_quoted(str(d.get("text"))))
    if kind == "amendment_withdrawn":
        return _("Amendment request {id} withdrawn").format(id=str(d.get("request_id"))[:8])
    if kind == "amendment_answered":
        return _("Amendment request {id} answered:{text}").format(id=str(d.get("request_id"))[:8],
                                                                  text=_quoted(str(d.get("response"))))
    if kind == "return_exported":
        return _("Return note exported (SHA-256 {sha}…), reply by {date}").format(
            sha=str(d.get("document_sha256"))[:16], date=d.get("reply_by"))
    if kind == "decision_exported":
        return _("Decision letter exported (SHA-256 {sha}…)").format(sha=str(d.get("document_sha256"))[:16])
    if kind == "benefits_imported":
        outputs = len(d.get("outputs") or [])
        return ngettext("Benefits report received (SHA-256 {sha}…), {n} output",
                        "Benefits report received (SHA-256 {sha}…), {n} outputs", outputs).format(
            sha=str(d.get("document_sha256"))[:16], n=outputs)
    if kind == "share_record":
        return _("Record of the share: {kind} {ref} dated {date} (SHA-256 {sha}…)").format(
            kind=str(d.get("kind")), ref=d.get("reference"), date=d.get("date"), sha=str(d.get("sha256"))[:16])
    if kind == "share_end":
        return _("The share ends on {date}").format(date=d.get("end_date"))
    if kind == "record_exported":
        return _("Screening record exported (SHA-256 {sha}…)").format(sha=str(d.get("record_sha256"))[:16])
    return kind
