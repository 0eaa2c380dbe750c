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
    RECORD_FILE, RECORD_FORMAT, annotation_rows, checklist_rows, history_rows, summary_lines, triage_rows,
)
from onsshare_desktop.i18n import _
from onsshare_desktop.pack.fonts import BOLD, ITALIC, MONO, REGULAR, register_fonts
from onsshare_desktop.pack.manifest import MANIFEST_FILE, PackManifest
from onsshare_desktop.pack.reading import EmbeddedFile, Refusal, Refused

if TYPE_CHECKING:
    from onsshare_desktop.identity.store import UnlockedIdentity

RECORD_KIND = "record"
INK = (0.11, 0.13, 0.16)
ACCENT = (0.0, 0.24, 0.34)
MUTED = (0.38, 0.40, 0.44)
RULE = (0.78, 0.80, 0.83)
CELL_PADDING = 3 + 6  # left padding set below, reportlab's right padding
CELL_BREAKS = "/.-?&@"  # where a word too long for its column may break (an e-mail address before its @)


@dataclass(frozen=True)
class SignedRecord:
    pdf: bytes
    record_id: str
    sha256: str


def _rgb(c: tuple[float, float, float]) -> Any:
    from reportlab.lib.colors import Color

    return Color(*c)


def _styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=13, textColor=_rgb(INK))
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=18, leading=23, spaceAfter=4),
        "kicker": ParagraphStyle("kicker", parent=base, fontName=BOLD, textColor=_rgb(ACCENT), spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=12, leading=16, textColor=_rgb(ACCENT),
                             spaceBefore=12, spaceAfter=4, keepWithNext=1),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11.5),
        "label": ParagraphStyle("label", parent=base, fontName=BOLD, fontSize=8.5, leading=11.5,
                                textColor=_rgb(MUTED)),
        "mono": ParagraphStyle("mono", parent=base, fontName=MONO, fontSize=7.5, leading=10.5),
        "note": ParagraphStyle("note", parent=base, fontName=ITALIC, fontSize=8.5, leading=11.5,
                               textColor=_rgb(MUTED)),
    }


def _table(rows: list[list[Any]], widths: list[float], header: bool) -> Any:
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, 0), (-1, -1), 0.4, _rgb(RULE)), ("TOPPADDING", (0, 0), (-1, -1), 3),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("LEFTPADDING", (0, 0), (-1, -1), 3)]
    if header:
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, _rgb(ACCENT)))
    table.setStyle(TableStyle(style))
    return table


def render_record(record: dict[str, Any], record_id: str) -> bytes:
    """The record's pages as PDF bytes (A4, fonts embedded, "Page N of M" footers)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from onsshare_desktop.pack.layout import DeferredCanvas, WrapOnceParagraph
    from onsshare_desktop.pack.page_text import paragraph_markup

    s = _styles()
    width = A4[0] - 36 * mm - 12  # the frame, less its padding

    def p(text: str, style: str = "cell") -> Any:
        return WrapOnceParagraph(text, s[style])

    def cell(text: str, column: float, style: str = "cell") -> Any:
        """Text in a table column: line breaks and spacing kept, long words broken only at / . - ? & @."""
        st = s[style]
        return p(paragraph_markup(text, column - CELL_PADDING - 1, st.fontName, st.fontSize, CELL_BREAKS), style)

    def rows_table(heads: tuple[str, str, str], rows: list[tuple[str, str, str]], fractions: tuple[float, ...],
                   empty: str) -> list[Any]:
        if not rows:
            return [p(escape(empty), "note")]
        widths = [width * f for f in fractions]
        body = [[p(escape(h), "label") for h in heads]]
        body += [[cell(text, w) for text, w in zip(row, widths)] for row in rows]
        return [_table(body, widths, header=True)]

    story: list[Any] = [
        p(escape(_("Office for National Statistics · data sharing screening record")), "kicker"),
        p(escape(_("Screening record: {ref}").format(ref=record["case_ref"])), "title"),
    ]
    summary = [[p(escape(line.label), "label"),
                cell(line.text, width * 0.7, "mono" if "SHA-256" in line.label else "cell")]
               for line in summary_lines(record)]
    story.append(_table(summary, [width * 0.3, width * 0.7], header=False))
    details = record["outcome"]["details"]
    extra = [(k, details[k]) for k in ("note", "decider_name", "conditions", "exception", "exemption_ground")
             if details.get(k)]
    if extra:
        names = {"note": _("Note"), "decider_name": _("Decision-maker"), "conditions": _("Conditions"),
                 "exception": _("Exception authorised by the National Statistician"),
                 "exemption_ground": _("Exemption ground")}
        story.append(p(escape(_("Outcome details")), "h2"))
        story.append(_table([[p(escape(names[k]), "label"), cell(str(v), width * 0.7)] for k, v in extra],
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
    story += rows_table((_("When"), _("Who"), _("What")), history_rows(record), (0.2, 0.32, 0.48),
                        _("No history."))
    story.append(p(escape(_("History head hash: {h}").format(h=record["history_head"] or "-")), "mono"))
    story.append(p(escape(_(
        "The original submission pack is embedded in this record unchanged, as {name}. Extract it to check the "
        "requester's signature; its SHA-256 is given above.").format(name=record["original_pack"]["file_name"])),
        "note"))

    footer = _("{ref} · screening record {id}").format(ref=record["case_ref"], id=record_id)

    class FooterCanvas(DeferredCanvas):
        """Pages held back until the count is known, then each footer drawn with "Page N of M"."""

        def finish_page(self) -> None:
            self.saveState()
            self.setFont(REGULAR, 7.5)
            self.setFillColor(_rgb(MUTED))
            self.drawString(18 * mm, 10 * mm, footer)
            self.drawRightString(A4[0] - 18 * mm, 10 * mm,
                                 _("Page {n} of {total}").format(n=self._pageNumber, total=self.page_count))
            self.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=_("Screening record {ref}").format(ref=record["case_ref"]),
                            author=record["screener"], initialFontName=REGULAR,
                            creator=f"onsshare-desktop {__version__}")
    doc.build(story, canvasmaker=FooterCanvas)
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


@dataclass(frozen=True)
class RecordContents:
    """What a verified record holds: its JSON, manifest and the embedded original pack."""

    record: dict[str, Any]
    manifest: PackManifest
    original_pack: EmbeddedFile


def record_contents(files: dict[str, EmbeddedFile], manifest: PackManifest) -> RecordContents:
    """Interpret the signed files of a record; ``Refused`` says what does not fit."""
    from onsshare_desktop.domain.case_io import parse_json_strict
    from onsshare_desktop.domain.errors import InvalidCaseError

    record_file = files.get(RECORD_FILE)
    if record_file is None:
        raise Refused(Refusal.NOT_A_PACK, _("this record has no {name} inside").format(name=RECORD_FILE))
    if record_file.sha256 != manifest.case_sha256:
        raise Refused(Refusal.INVALID_CASE, _("record.json does not match the hash recorded in the manifest"))
    try:
        record = parse_json_strict(record_file.data)
    except InvalidCaseError as err:
        raise Refused(Refusal.INVALID_CASE, _("record.json is not valid JSON: {e}").format(e=err)) from None
    if not isinstance(record, dict) or record.get("format") != RECORD_FORMAT:
        raise Refused(Refusal.INVALID_CASE, _("record.json is not a screening record"))
    original = record.get("original_pack")
    if not isinstance(original, dict) or not isinstance(original.get("file_name"), str):
        raise Refused(Refusal.INVALID_CASE, _("the record does not name its original pack"))
    pack = files.get(original["file_name"])
    if pack is None or pack.sha256 != original.get("sha256"):
        raise Refused(Refusal.ATTACHMENT_MISMATCH, _(
            "the original pack embedded in the record is missing or differs from its recorded SHA-256"))
    return RecordContents(record, manifest, pack)


def verify_signed_record(name: str, signed: Any, trust: Any) -> Any:
    """The ``PackReport`` of a signed PDF whose manifest says it is a screening record.

    The record is refused when its own contents do not fit, or when the original pack inside it would be refused;
    otherwise its verdict is about the screener's certificate, and the reason says what the record is and what
    the requester's signature on the embedded pack says.
    """
    from onsshare_desktop.domain.screening.stages import OUTCOME_LABELS, Outcome
    from onsshare_desktop.pack.verify import PackReport, Verdict, _refused, verify_pack

    try:
        manifest = PackManifest.load(signed.files[MANIFEST_FILE].data)
        contents = record_contents(signed.files, manifest)
    except Refused as refused:
        return _refused(name, refused.refusal, refused.message, signed)
    except Exception as exc:  # noqa: BLE001 - any malformed manifest is the file's fault
        return _refused(name, Refusal.NOT_A_PACK, _("the record manifest is not valid: {e}").format(e=exc), signed)
    inner = verify_pack(contents.original_pack.data, trust)
    if inner.verdict is Verdict.REFUSED:
        return _refused(name, Refusal.ATTACHMENT_MISMATCH, _(
            "the original pack inside this record does not verify: {reason}").format(reason=inner.reason), signed)
    record = contents.record
    try:
        outcome = OUTCOME_LABELS[Outcome(record["outcome"]["outcome"])]
    except (KeyError, TypeError, ValueError):
        return _refused(name, Refusal.INVALID_CASE, _("the record names no known outcome"), signed)
    trusted = trust.is_trusted(signed.signer.fingerprint)
    reason = _(
        "a screening record for {ref} version {version} (outcome: {outcome}), {trust}; it contains the original "
        "pack {sha}, whose requester's signature is {inner}").format(
        ref=record.get("case_ref"), version=record.get("version"), outcome=outcome,
        trust=_("signed by a trusted screener") if trusted else _("signed by a screener not in your trust store"),
        sha=contents.original_pack.sha256, inner=inner.reason)
    return PackReport(
        source=name, verdict=Verdict.TRUSTED if trusted else Verdict.UNTRUSTED, reason=reason, kind=RECORD_KIND,
        file_sha256=signed.sha256, signer=signed.signer, certificate=signed.certificate,
        signing_time=signed.signing_time, covers_entire_file=True, signer_trusted=trusted, case=inner.case,
        case_bytes=inner.case_bytes, manifest=manifest, attachments=inner.attachments,
        files=tuple(signed.files.values()))


def write_record(record: dict[str, Any], form_id: str, form_version: str, original_pack: bytes,
                 signer: "UnlockedIdentity", out_path: Any, now: datetime) -> SignedRecord:
    """Build, self-check and write (atomically) a signed record; returns it. ``UserError`` if unwritable."""
    from onsshare_desktop.identity.trust import TrustStore
    from onsshare_desktop.pack.saving import write_checked
    from onsshare_desktop.pack.verify import Verdict, verify_pack

    signed = build_signed_record(record, form_id, form_version, original_pack, signer, now)

    def checked() -> None:
        check = verify_pack(signed.pdf, TrustStore(out_path.parent / ".no-trust-store", extra=[signer.certificate]))
        if check.verdict is not Verdict.TRUSTED or not check.is_record:
            raise RuntimeError(f"a freshly signed record did not verify: {check.reason}")  # a bug, not the user's

    write_checked(out_path, signed.pdf, checked)
    return signed
