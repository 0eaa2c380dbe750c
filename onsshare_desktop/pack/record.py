"""Signed screening records: a new PDF, signed by the screener, recording a stage outcome.

The record shows the stage, outcome, checklist, annotations, triage and history, and embeds ``record.json``
(the same content, machine-readable), ``manifest.json`` (kind ``record``) and the original pack's bytes unchanged,
so the record is self-contained and the requester's signature still verifies when the pack is extracted.
"""

from __future__ import annotations

import hashlib
import io
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING, Any

from onsshare_desktop import __version__
from onsshare_desktop.domain.screening.record import (
    RECORD_FILE, annotation_rows, checklist_rows, summary_lines, triage_rows,
)
from onsshare_desktop.i18n import _
from onsshare_desktop.pack.fonts import REGULAR
from onsshare_desktop.pack.manifest import MANIFEST_FILE, PackManifest
from onsshare_desktop.pack.record_check import RECORD_KIND as RECORD_KIND
from onsshare_desktop.pack.record_check import RecordContents as RecordContents
from onsshare_desktop.pack.record_check import record_contents as record_contents
from onsshare_desktop.pack.verify import Verdict, verify_pack
from onsshare_desktop.pack.style import MUTED, markup, record_styles, rgb, ruled_table

if TYPE_CHECKING:
    from onsshare_desktop.identity.store import UnlockedIdentity



@dataclass(frozen=True)
class SignedRecord:
    pdf: bytes
    record_id: str
    sha256: str


def render_record(record: dict[str, Any], record_id: str) -> bytes:
    """The record's pages as PDF bytes (A4, fonts embedded, page numbers)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    s = record_styles()
    width = A4[0] - 36 * mm

    def p(text: str, style: str = "cell") -> Any:
        return Paragraph(text, s[style])

    def rows_table(heads: tuple[str, str, str], rows: list[tuple[str, str, str]], fractions: tuple[float, ...],
                   empty: str) -> list[Any]:
        if not rows:
            return [p(escape(empty), "note")]
        body = [[p(escape(h), "label") for h in heads]]
        body += [[p(markup(a)), p(markup(b)), p(markup(c))] for a, b, c in rows]
        return [ruled_table(body, [width * f for f in fractions], header=True)]

    story: list[Any] = [
        p(escape(_("Office for National Statistics · data sharing screening record")), "kicker"),
        p(escape(_("Screening record: {ref}").format(ref=record["case_ref"])), "title"),
    ]
    summary = [[p(escape(line.label), "label"),
                p(escape(line.text), "mono" if "SHA-256" in line.label else "cell")]
               for line in summary_lines(record)]
    story.append(ruled_table(summary, [width * 0.3, width * 0.7], header=False))
    details = record["outcome"]["details"]
    extra = [(k, details[k]) for k in ("note", "decider_name", "conditions", "exception", "exemption_ground")
             if details.get(k)]
    if extra:
        names = {"note": _("Note"), "decider_name": _("Decision-maker"), "conditions": _("Conditions"),
                 "exception": _("Exception authorised by the National Statistician"),
                 "exemption_ground": _("Exemption ground")}
        story.append(p(escape(_("Outcome details")), "h2"))
        story.append(ruled_table([[p(escape(names[k]), "label"), p(markup(str(v)))] for k, v in extra],
                            [width * 0.3, width * 0.7], header=False))
    story.append(p(escape(_("Policy checklist")), "h2"))
    story += rows_table((_("Check"), _("Answer"), _("Note, by whom and when")), checklist_rows(record),
                        (0.38, 0.14, 0.48), _("No checklist item applies."))
    story.append(p(escape(_("Assessment of the request, by section")), "h2"))
    story += rows_table((_("Section"), _("Status"), _("Comment, by whom and when")), annotation_rows(record),
                        (0.28, 0.18, 0.54), _("No section has been annotated."))
    story.append(p(escape(_("Triage")), "h2"))
    story += rows_table((_("Service"), _("Recommendation"), _("Assessment")), triage_rows(record),
                        (0.22, 0.18, 0.60), _("No triage assessment recorded."))
    story.append(p(escape(_("Case history")), "h2"))
    history = [(h["at"], h["actor"], h["what"]) for h in record["history"]]
    story += rows_table((_("When (UTC)"), _("Who"), _("What")), history, (0.2, 0.24, 0.56), _("No history."))
    story.append(p(escape(_("History head hash: {h}").format(h=record["history_head"] or "-")), "mono"))
    story.append(p(escape(_(
        "The original submission pack is embedded in this record unchanged, as {name}. Extract it to check the "
        "requester's signature; its SHA-256 is given above.").format(name=record["original_pack"]["file_name"])),
        "note"))

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(rgb(MUTED))
        canvas.drawString(18 * mm, 10 * mm, _("{ref} · screening record {id}").format(ref=record["case_ref"],
                                                                                     id=record_id))
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, _("Page {n}").format(n=doc.page))
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=_("Screening record {ref}").format(ref=record["case_ref"]),
                            author=record["screener"], initialFontName=REGULAR,
                            creator=f"onsshare-desktop {__version__}")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def build_signed_record(record: dict[str, Any], form_id: str, form_version: str, original_pack: bytes,
                        signer: "UnlockedIdentity", now: datetime) -> SignedRecord:
    """Render, embed (record.json, manifest.json, the original pack unchanged) and sign with the screener's key."""
    from onsshare_desktop.pack.sign import FileToEmbed, embed_and_sign

    if hashlib.sha256(original_pack).hexdigest() != record["original_pack"]["sha256"]:
        raise ValueError("the original pack bytes do not match the record")  # a bug: the caller mixed packs
    record_bytes = (json.dumps(record, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    record_id = str(uuid.uuid4())
    manifest = PackManifest(pack_id=record_id, created_at=now.isoformat().replace("+00:00", "Z"),
                            app_version=__version__, form_id=form_id, form_version=form_version,
                            case_ref=record["case_ref"], version=record["version"],
                            case_sha256=hashlib.sha256(record_bytes).hexdigest(),
                            history_head=record["history_head"], kind=RECORD_KIND)
    files = [
        FileToEmbed(RECORD_FILE, record_bytes, "application/json", _("The screening record, as signed")),
        FileToEmbed(MANIFEST_FILE, manifest.dump(), "application/json", _("Record manifest")),
        FileToEmbed(record["original_pack"]["file_name"], original_pack, "application/pdf",
                    _("The original submission pack, unchanged"), relationship="Source"),
    ]
    rendered = render_record(record, record_id)
    signed = embed_and_sign(rendered, files, signer, None, now, reason=_(
        "Screening record for ONS data sharing request {ref}").format(ref=record["case_ref"]))
    return SignedRecord(signed, record_id, hashlib.sha256(signed).hexdigest())


def write_record(record: dict[str, Any], form_id: str, form_version: str, original_pack: bytes,
                 signer: "UnlockedIdentity", out_path: Any, now: datetime) -> SignedRecord:
    """Build, self-check and write (atomically) a signed record; returns it. ``UserError`` if unwritable."""
    from onsshare_desktop.identity.trust import TrustStore
    from onsshare_desktop.pack.saving import write_checked

    signed = build_signed_record(record, form_id, form_version, original_pack, signer, now)

    def checked() -> None:
        check = verify_pack(signed.pdf, TrustStore(out_path.parent / ".no-trust-store", extra=[signer.certificate]))
        if check.verdict is not Verdict.TRUSTED or not check.is_record:
            raise RuntimeError(f"a freshly signed record did not verify: {check.reason}")  # a bug, not the user's

    write_checked(out_path, signed.pdf, checked)
    return signed
