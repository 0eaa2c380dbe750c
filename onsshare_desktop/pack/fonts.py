"""Register the DejaVu fonts shipped in ``resources/fonts`` with reportlab (embedded as subsets in every pack)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
MONO = "DejaVuSansMono"


@lru_cache(maxsize=1)
def _measured_font_class() -> type:
    from reportlab.pdfbase.ttfonts import TTFont

    from onsshare_desktop.pack.rl_speed import remembered_widths

    class MeasuredTTFont(TTFont):  # type: ignore[misc]
        """A TrueType font that remembers, while a document renders, the width of each text it measured at each size.

        reportlab measures every word it lays out, and measures it again to draw underlines and strike-throughs,
        by summing its glyphs' widths in Python; a pack measures the same words over and over. The width of a text
        at a size never changes, so a remembered one is exactly what reportlab would compute: the pages are the
        same bytes. What is remembered lasts for one render (``pack.rl_speed``): a render never reuses another's
        work, so checking a pack's pages costs the same the first time and every time. ``ascent`` and ``descent``
        are the face's, which is where reportlab's ``getAscentDescent`` looks after failing to find them on the font
        (an exception per call, once per laid-out word).
        """

        def __init__(self, name: str, filename: str) -> None:
            super().__init__(name, filename)
            self.ascent, self.descent = self.face.ascent, self.face.descent

        def stringWidth(self, text: Any, size: float, encoding: str = "utf8") -> float:  # noqa: N802 - reportlab's
            memo = remembered_widths()
            if memo is None or not isinstance(text, str):
                return float(super().stringWidth(text, size, encoding))
            key = (self.fontName, text, size)
            width = memo.get(key)
            if width is None:
                width = memo[key] = super().stringWidth(text, size, encoding)
            return float(width)

    return MeasuredTTFont


@lru_cache(maxsize=1)
def register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    from onsshare_desktop.resources import resource_path

    font_class = _measured_font_class()
    for name in (REGULAR, BOLD, ITALIC, MONO):
        pdfmetrics.registerFont(font_class(name, str(resource_path("fonts", f"{name}.ttf"))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
