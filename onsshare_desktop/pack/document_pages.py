"""The readable pages of return notes, decision letters and benefits reports (A4, fonts embedded).

A return note sets each request beside the question it concerns and the requester's answer as signed; a decision
letter states the decision, conditions, who decided, the next steps and the packs it rests on; a benefits report
lists the benefits realised and the published outputs.
"""

from __future__ import annotations

import io
from html import escape
from typing import Any

from onsshare_desktop import __version__
from onsshare_desktop.domain.dates import human_date, human_time
from onsshare_desktop.domain.documents import (
    DECISION_LABELS, DOCUMENT_LABELS, BenefitsReport, DecisionLetter, Document, ReturnNote,
)
from onsshare_desktop.i18n import Labels, N_, _
from onsshare_desktop.pack.fonts import REGULAR
from onsshare_desktop.pack.style import MUTED, markup, record_styles, rgb, ruled_table
from onsshare_desktop.pack.rl_speed import faster_rendering

_KICKERS: Labels[type] = Labels({
    ReturnNote: N_("Office for National Statistics · returned for more information"),
    DecisionLetter: N_("Office for National Statistics · decision on a data sharing request"),
    BenefitsReport: N_("ONS data sharing · report of public benefits realised"),
})


# Raise whenever the same document would render differently (see LAYOUT_VERSION in pack.render), and keep the
# previous one renderable: the pages check renders a document again in the layout its manifest names.
# 2: dates and times as people read them, in the document's language ("29 November 2026", a request's time
# "29 November 2026, 18:40 UTC"); layout 1 printed them as ISO 8601 ("2026-11-29", "2026-11-29T18:40:20Z").
LAYOUT_VERSION = 2
RENDERABLE_LAYOUTS = (1, 2)


class _Dates:
    """How a layout prints the documents' dates and times: as people read them (UTC, so that the pages render the
    same on every computer), or, in layout 1, as they are in the JSON."""

    def __init__(self, layout: int) -> None:
        self.readable = layout >= 2

    def day(self, text: str) -> str:
        """An ISO 8601 date."""
        return human_date(text) if self.readable else text

    def moment(self, text: str) -> str:
        """An ISO timestamp."""
        return human_time(text) if self.readable else text


def _summary(document: Document, extra: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(_("Case reference"), document.case_ref), (_("Project"), document.title or "-"),
            (_("Version"), str(document.version)), *extra,
            (_("Submission pack (SHA-256)"), document.pack_sha256)]


def _return_story(note: ReturnNote, p: Any, width: float, dates: _Dates) -> list[Any]:
    story: list[Any] = [p(escape(_(
        "ONS has screened version {version} of this request and needs more information before it can continue. "
        "Please answer each request below in the next version of your request and send the new signed pack by "
        "{date}.").format(version=note.version, date=dates.day(note.reply_by))), "body")]
    if note.message:
        story += [p(escape(_("Message from the screener")), "h2"), p(markup(note.message), "body")]
    story.append(p(escape(_("Requests ({n})").format(n=len(note.requests))), "h2"))
    rows = [[p(escape(_("Question, and your answer as signed")), "label"), p(escape(_("Request")), "label")]]
    for number, request in enumerate(note.requests, 1):
        left = [p("<b>{n}. {label}</b>".format(n=number, label=escape(request.label)))]
        if request.answer is not None:
            left.append(p(markup(request.answer) if request.answer else escape(_("Not answered")), "note"))
        right = [p(markup(request.text)),
                 p(escape(_("{who}, {at} · request {id}").format(who=request.author, at=dates.moment(request.at),
                                                                  id=request.request_id)), "note")]
        rows.append([left, right])
    story.append(ruled_table(rows, [width * 0.5, width * 0.5], header=True))
    return story


def _decision_story(letter: DecisionLetter, p: Any, width: float, dates: _Dates) -> list[Any]:
    decision = DECISION_LABELS[letter.decision]
    story: list[Any] = [p(escape(_("Decision: {d}").format(d=decision)), "h2")]
    if letter.national_statistician_exception:
        story.append(p(escape(_("This decision is an exception authorised by the National Statistician.")),
                       "body"))
    details = [(_("Decided by"), letter.decided_by), (_("Decision-maker"), letter.decider_name or "-"),
               (_("Date of decision"), dates.day(letter.decided_on))]
    story.append(ruled_table([[p(escape(k), "label"), p(escape(v))] for k, v in details],
                        [width * 0.3, width * 0.7], header=False))
    if letter.conditions:
        story += [p(escape(_("Conditions")), "h2"), p(markup(letter.conditions), "body")]
    story += [p(escape(_("Next steps")), "h2"), p(markup(letter.next_steps), "body"),
              p(escape(_("Submission packs this decision rests on")), "h2")]
    story.append(ruled_table([[p(escape(_("Version {n}").format(n=n)), "label"), p(escape(sha), "mono")]
                         for n, sha in enumerate(letter.pack_hashes, 1)], [width * 0.2, width * 0.8], header=False))
    return story


def _benefits_story(report: BenefitsReport, p: Any, width: float, dates: _Dates) -> list[Any]:
    story: list[Any] = [p(escape(_("Public benefits realised")), "h2"), p(markup(report.benefits), "body"),
                        p(escape(_("Published outputs ({n})").format(n=len(report.outputs))), "h2")]
    if not report.outputs:
        story.append(p(escape(_("No outputs published yet.")), "note"))
    else:
        rows = [[p(escape(h), "label") for h in (_("Output"), _("Link"), _("Published"))]]
        rows += [[p(markup(o.title)), p(escape(o.url), "mono"), p(escape(dates.day(o.published_on)))]
                 for o in report.outputs]
        story.append(ruled_table(rows, [width * 0.4, width * 0.42, width * 0.18], header=True))
    return story


@faster_rendering()
def render_document(document: Document, document_id: str, layout: int | None = None) -> bytes:
    """The document's pages as PDF bytes, in ``layout`` (one of ``RENDERABLE_LAYOUTS``; default: the current one)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    s = record_styles()
    width = A4[0] - 36 * mm
    label = DOCUMENT_LABELS[document.kind]
    dates = _Dates(LAYOUT_VERSION if layout is None else layout)

    def p(text: str, style: str = "cell") -> Any:
        return Paragraph(text, s[style])

    if isinstance(document, ReturnNote):
        extra = [(_("Returned by"), document.screener), (_("Returned on"), dates.day(document.created_at[:10])),
                 (_("Reply by"), dates.day(document.reply_by))]
        body = _return_story(document, p, width, dates)
        signer = document.screener
    elif isinstance(document, DecisionLetter):
        extra = [(_("Decision"), DECISION_LABELS[document.decision]), (_("Issued by"), document.screener)]
        body = _decision_story(document, p, width, dates)
        signer = document.screener
    else:
        extra = [(_("Reported by"), document.author), (_("Reported on"), dates.day(document.created_at[:10]))]
        body = _benefits_story(document, p, width, dates)
        signer = document.author
    story: list[Any] = [p(escape(_KICKERS[type(document)]), "kicker"),
                        p(escape(_("{Kind}: {ref}").format(Kind=label.capitalize(), ref=document.case_ref)),
                          "title")]
    summary = [[p(escape(k), "label"), p(escape(v), "mono" if "SHA-256" in k else "cell")]
               for k, v in _summary(document, extra)]
    story.append(ruled_table(summary, [width * 0.3, width * 0.7], header=False))
    story += body
    story.append(p(escape(_(
        "This {kind} is signed; its content is also embedded as {name} for software to read. Verify it with "
        "onsshare-desktop (verify FILE) before acting on it.").format(kind=label, name=f"{document.kind}.json")),
        "note"))

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(rgb(MUTED))
        canvas.drawString(18 * mm, 10 * mm, f"{document.case_ref} · {label} {document_id}")
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, _("Page {n}").format(n=doc.page))
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=f"{label.capitalize()} {document.case_ref}", author=signer,
                            initialFontName=REGULAR, creator=f"onsshare-desktop {__version__}",
                            invariant=1)  # the same document renders to the same bytes: see pack.pages
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
