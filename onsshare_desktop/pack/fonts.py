"""Register the DejaVu fonts shipped in ``resources/fonts`` with reportlab (embedded as subsets in every pack)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
MONO = "DejaVuSansMono"
WIDTHS_KEPT = 200_000  # (text, size) widths a font remembers before it starts afresh (a few MB at most)


@lru_cache(maxsize=1)
def _measured_font_class() -> type:
    from reportlab.pdfbase.ttfonts import TTFont

    class MeasuredTTFont(TTFont):  # type: ignore[misc]
        """A TrueType font that remembers the width of each text it measured, at each size.

        reportlab measures every word it lays out, and measures it again to draw underlines and strike-throughs,
        by summing its glyphs' widths in Python; a pack measures the same words over and over. The width of a text
        at a size never changes, so a remembered one is exactly what reportlab would compute: the pages are the
        same bytes. ``ascent`` and ``descent`` are the face's, which is where reportlab's ``getAscentDescent`` looks
        after failing to find them on the font (an exception per call, once per laid-out word).
        """

        def __init__(self, name: str, filename: str) -> None:
            super().__init__(name, filename)
            self._widths: dict[tuple[str, float], float] = {}
            self.ascent, self.descent = self.face.ascent, self.face.descent

        def stringWidth(self, text: Any, size: float, encoding: str = "utf8") -> float:  # noqa: N802 - reportlab's
            if not isinstance(text, str):
                return float(super().stringWidth(text, size, encoding))
            key = (text, size)
            width = self._widths.get(key)
            if width is None:
                if len(self._widths) >= WIDTHS_KEPT:
                    self._widths = {}
                width = self._widths[key] = super().stringWidth(text, size, encoding)
            return width

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
