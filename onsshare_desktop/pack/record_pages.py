"""The readable pages of a signed screening record (A4, fonts embedded, "Page N of M" footers).

Rendering only: ``record`` signs records and ``rerender`` draws them again when they are verified, both from here.
"""

from __future__ import annotations

import io
from html import escape
from typing import Any

from onsshare_desktop import __version__
from onsshare_desktop.domain.screening.record import (
    ScreeningRecord, annotation_rows, checklist_rows, history_rows, summary_lines, triage_rows,
)
from onsshare_desktop.i18n import _
from onsshare_desktop.pack.fonts import REGULAR
from onsshare_desktop.pack.style import MUTED, record_styles, rgb, ruled_table
from onsshare_desktop.pack.rl_speed import faster_rendering

# Raise whenever the same record would render differently (see LAYOUT_VERSION in pack.render).
LAYOUT_VERSION = 1

CELL_PADDING = 3 + 6  # left padding set below, reportlab's right padding
CELL_BREAKS = "/.-?&@"  # where a word too long for its column may break (an e-mail address before its @)



@faster_rendering()
def render_record(record: ScreeningRecord, record_id: str) -> bytes:
    """The record's pages as PDF bytes (A4, fonts embedded, "Page N of M" footers)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from onsshare_desktop.pack.layout import DeferredCanvas, WrapOnceParagraph
    from onsshare_desktop.pack.page_text import paragraph_markup

    s = record_styles()
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
        return [ruled_table(body, widths, header=True)]

    story: list[Any] = [
        p(escape(_("Office for National Statistics · data sharing screening record")), "kicker"),
        p(escape(_("Screening record: {ref}").format(ref=record.case_ref)), "title"),
    ]
    summary = [[p(escape(line.label), "label"),
                cell(line.text, width * 0.7, "mono" if "SHA-256" in line.label else "cell")]
               for line in summary_lines(record)]
    story.append(ruled_table(summary, [width * 0.3, width * 0.7], header=False))
    details = record.outcome.details
    extra = [(k, details[k]) for k in ("note", "decider_name", "conditions", "exception", "exemption_ground")
             if details.get(k)]
    if extra:
        names = {"note": _("Note"), "decider_name": _("Decision-maker"), "conditions": _("Conditions"),
                 "exception": _("Exception authorised by the National Statistician"),
                 "exemption_ground": _("Exemption ground")}
        story.append(p(escape(_("Outcome details")), "h2"))
        story.append(ruled_table([[p(escape(names[k]), "label"), cell(str(v), width * 0.7)] for k, v in extra],
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
    story.append(p(escape(_("History head hash: {h}").format(h=record.history_head or "-")), "mono"))
    story.append(p(escape(_(
        "The original submission pack is embedded in this record unchanged, as {name}. Extract it to check the "
        "requester's signature; its SHA-256 is given above.").format(name=record.original_pack.file_name)),
        "note"))

    footer = _("{ref} · screening record {id}").format(ref=record.case_ref, id=record_id)

    class FooterCanvas(DeferredCanvas):
        """Pages held back until the count is known, then each footer drawn with "Page N of M"."""

        def finish_page(self) -> None:
            self.saveState()
            self.setFont(REGULAR, 7.5)
            self.setFillColor(rgb(MUTED))
            self.drawString(18 * mm, 10 * mm, footer)
            self.drawRightString(A4[0] - 18 * mm, 10 * mm,
                                 _("Page {n} of {total}").format(n=self._pageNumber, total=self.page_count))
            self.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=_("Screening record {ref}").format(ref=record.case_ref),
                            author=record.screener, initialFontName=REGULAR,
                            creator=f"onsshare-desktop {__version__}",
                            invariant=1)  # the same record renders to the same bytes: see pack.pages
    doc.build(story, canvasmaker=FooterCanvas)
    return buffer.getvalue()
