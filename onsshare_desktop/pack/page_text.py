"""Text typed by a person as reportlab Paragraph markup that keeps what they typed on the page.

reportlab collapses every run of whitespace to one space and, when a word is wider than the line, cuts it wherever
the line ends (a long web address became ``.../aboutus/t ransparency...``). ``paragraph_markup`` keeps line breaks,
indentation and tabs (as no-break spaces, which reportlab neither collapses nor breaks at), and breaks a word wider
than the line only at ``/ . - ? &`` (after a slash, before the others, as style guides break web addresses), so a
copied address still works once its line breaks are removed; only a single run of characters with none of those,
wider than the whole line, is cut where it must be.
"""

from __future__ import annotations

import functools
import re
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

TAB_COLUMNS = 4
NBSP = "\xa0"
URL_BREAKS = "/.-?&"
BREAK_AFTER = "/"  # a line ends after a slash, and before the others (a hyphen ending a line reads as hyphenation,
#                    and pdftotext would join the lines without it; a full stop ending a line reads as a sentence end)

_SPACE_RUN = re.compile(r"[ \t]+")
_TOKEN = re.compile(r"( )")  # after _keep_spacing, the only places a line may break


@functools.cache
def _widest_glyph_em(font: str) -> float:
    """The widest glyph of ``font`` in ems: a word with fewer characters than ``width / (size * this)`` fits."""
    from reportlab.pdfbase.pdfmetrics import getFont

    face = getFont(font).face
    widths = getattr(face, "charWidths", None) or {0: 1000.0}
    return float(max(max(widths.values()), getattr(face, "defaultWidth", 0))) / 1000


def _columns(run: str) -> int:
    return sum(TAB_COLUMNS if ch == "\t" else 1 for ch in run)


def _keep_spacing(line: str) -> str:
    """Indentation, tabs and runs of spaces as no-break spaces; a single space stays an ordinary one."""
    stripped = line.lstrip(" \t")
    indent = NBSP * _columns(line[: len(line) - len(stripped)])

    def run(match: re.Match[str]) -> str:
        text = match.group()
        return " " if text == " " else NBSP * (_columns(text) - 1) + " "

    return indent + _SPACE_RUN.sub(run, stripped)


def _cut(word: str, width: float, font: str, size: float) -> list[str]:
    """``word`` in pieces no wider than ``width``, cut only where it must be (a run with no break character)."""
    pieces, piece = [], ""
    for ch in word:
        if piece and stringWidth(piece + ch, font, size) > width:
            pieces.append(piece)
            piece = ""
        piece += ch
    return [*pieces, piece] if piece else pieces


def break_word(word: str, width: float, font: str, size: float, breaks: str = URL_BREAKS) -> list[str]:
    """``word`` as lines no wider than ``width``, broken only at a character of ``breaks`` where possible (after
    a slash, before the others)."""
    if stringWidth(word, font, size) <= width:
        return [word]
    after = "".join(ch for ch in breaks if ch in BREAK_AFTER)
    before = "".join(ch for ch in breaks if ch not in BREAK_AFTER)
    points = [f"(?<=[{re.escape(after)}])" if after else "", f"(?<!^)(?=[{re.escape(before)}])" if before else ""]
    segments = re.split("|".join(filter(None, points)), word)
    lines: list[str] = []
    line = ""
    for segment in filter(None, segments):
        if stringWidth(line + segment, font, size) <= width:
            line += segment
            continue
        if line:
            lines.append(line)
        line = ""
        if stringWidth(segment, font, size) <= width:
            line = segment
        else:  # no allowed break inside this run: cut it, carry the last piece on
            *whole, line = _cut(segment, width, font, size)
            lines += whole
    return [*lines, line] if line else lines


def paragraph_markup(text: str, width: float, font: str, size: float, breaks: str = URL_BREAKS) -> str:
    """``text`` as Paragraph markup for a line ``width`` points wide (escaped; line breaks, spacing kept)."""
    out_lines: list[str] = []
    em = _widest_glyph_em(font)
    for line in text.split("\n"):
        kept = _keep_spacing(line)
        longest = max(max(map(len, kept.split(" "))), 1 if " " in kept else 0)
        if longest * size * em <= width:  # no word can be wider than the line: the whole line as it is
            out_lines.append(escape(kept))
            continue
        parts: list[str] = []
        for token in _TOKEN.split(kept):
            if len(token) * size * em > width and stringWidth(token, font, size) > width:
                parts.append("<br/>".join(escape(piece) for piece in break_word(token, width, font, size, breaks)))
            else:
                parts.append(escape(token))
        out_lines.append("".join(parts))
    return "<br/>".join(out_lines)
