"""The look that submission packs, screening records and signed documents share: colours, the compact paragraph
styles of records and documents, and the ruled table every one of them uses.

Changing a value here changes how every kind of PDF renders (raise the renderers' ``LAYOUT_VERSION`` if they have
one).
"""

from __future__ import annotations

from html import escape
from typing import Any

INK = (0.11, 0.13, 0.16)
ACCENT = (0.0, 0.24, 0.34)  # dark teal-blue
MUTED = (0.38, 0.40, 0.44)
RULE = (0.78, 0.80, 0.83)

PACK_PADDING = (4, 5, 4)  # top, bottom, left: the pack's roomier tables
RECORD_PADDING = (3, 4, 3)  # records' and documents' denser tables


def rgb(colour: tuple[float, float, float]) -> Any:
    """A reportlab colour."""
    from reportlab.lib.colors import Color

    return Color(*colour)


def markup(text: str) -> str:
    """``text`` escaped for a reportlab Paragraph, keeping single line breaks."""
    return escape(text).replace("\n", "<br/>")


def ruled_table(rows: list[list[Any]], widths: list[float], header: bool,
                padding: tuple[int, int, int] = RECORD_PADDING) -> Any:
    """A left-aligned table with a thin rule under each row (a stronger one under a header row)."""
    from reportlab.platypus import Table, TableStyle

    from onsshare_desktop.pack.fonts import REGULAR

    top, bottom, left = padding
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # cells are Paragraphs, but Table still sets a font
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, rgb(RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
        ("LEFTPADDING", (0, 0), (-1, -1), left),
    ]
    if header:
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, rgb(ACCENT)))
    table.setStyle(TableStyle(style))
    return table


def record_styles() -> dict[str, Any]:
    """The paragraph styles of screening records and signed documents."""
    from reportlab.lib.styles import ParagraphStyle

    from onsshare_desktop.pack.fonts import BOLD, ITALIC, MONO, REGULAR, register_fonts

    register_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=13, textColor=rgb(INK))
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=18, leading=23, spaceAfter=4),
        "kicker": ParagraphStyle("kicker", parent=base, fontName=BOLD, textColor=rgb(ACCENT), spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=12, leading=16, textColor=rgb(ACCENT),
                             spaceBefore=12, spaceAfter=4, keepWithNext=1),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11.5),
        "label": ParagraphStyle("label", parent=base, fontName=BOLD, fontSize=8.5, leading=11.5,
                                textColor=rgb(MUTED)),
        "mono": ParagraphStyle("mono", parent=base, fontName=MONO, fontSize=7.5, leading=10.5),
        "note": ParagraphStyle("note", parent=base, fontName=ITALIC, fontSize=8.5, leading=11.5,
                               textColor=rgb(MUTED)),
    }
