"""A typed line of a changed answer, its changes marked, laid out and drawn in one pass (pack layout 5 on; imports
reportlab: load lazily).

Layout 4 set each line as a reportlab Paragraph of markup (``<u><font color=...>word</font></u>``). reportlab lays
a paragraph of several styles out word by word, cloning and comparing a style object per word, and draws it style by
style: a page of "Changes since version N" cost about twice a page of plain answers, and a version 2 whose long
answers all changed took half as long again to check as version 1. ``MarkedLine`` knows its few looks in advance:
it measures each word once (the fonts remember widths), breaks lines greedily as reportlab does for plain text, and
draws each line as one text object with a colour change and a rule per marked run.

What a line shows: its words in order, one space between words (runs of spaces and tabs read as one, as in layout 4),
a word wider than the column broken where ``page_text.break_word`` breaks addresses, inserted runs underlined and
deleted runs struck through in their colours, elided runs ("[…]") in grey.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable

from onsshare_desktop.pack.page_text import break_word

RULE_WIDTH = 0.7  # points: the underline and the strike-through
_SPACES = re.compile(r"[ \t\r\f\v]+")


@dataclass(frozen=True)
class Look:
    """How a kind of run is drawn: its colour (a reportlab colour, or None for the style's) and its rule."""

    color: Any = None
    underline: bool = False
    strike: bool = False


Run = tuple[str, str]  # (kind, text)
Line = tuple[Run, ...]  # what one line of the column shows, spaces included


def _words(runs: Sequence[Run]) -> list[tuple[list[Run], str]]:
    """The runs as words: each word's pieces (a word may change kind inside, e.g. "[…]" then text) and the kind of
    the space that follows it ("" for none)."""
    words: list[tuple[list[Run], str]] = []
    current: list[Run] = []
    for kind, text in runs:
        for n, chunk in enumerate(_SPACES.split(text)):
            if n:  # a space ends the word before it
                if current:
                    words.append((current, kind))
                    current = []
                elif words:
                    words[-1] = (words[-1][0], words[-1][1] or kind)
            if chunk:
                current.append((kind, chunk))
    if current:
        words.append((current, ""))
    return words


class MarkedLine(Flowable):  # type: ignore[misc]
    """One typed line of marked runs in ``style`` (font, size, leading, indents, space before and after), laid out
    in the width the frame gives it and split across pages by lines."""

    def __init__(self, runs: Sequence[Run], style: ParagraphStyle, looks: Mapping[str, Look],
                 lines: Sequence[Line] | None = None, width: float | None = None) -> None:
        super().__init__()
        self._runs, self.style, self._looks = tuple(runs), style, looks
        self._lines: tuple[Line, ...] | None = tuple(lines) if lines is not None else None
        self._laid_for = width

    # -- layout -----------------------------------------------------------------------------------------------
    def _measure(self, text: str) -> float:
        return float(stringWidth(text, self.style.fontName, self.style.fontSize))

    def _lay_out(self, width: float) -> tuple[Line, ...]:
        """Greedy lines no wider than ``width``: as many words as fit, one space between them; a word wider than
        the column starts a line of its own and is broken where addresses break."""
        space = self._measure(" ")
        lines: list[list[Run]] = []
        line: list[Run] = []
        used = 0.0
        space_kind = ""  # the kind of the space after the word before
        for pieces, after in _words(self._runs):
            wide = sum(self._measure(text) for _kind, text in pieces)
            if wide > width:
                if line:
                    lines.append(line)
                *whole, line = self._broken(pieces, width)
                lines += whole
                used = sum(self._measure(text) for _kind, text in line)
            else:
                if line and used + space + wide > width:
                    lines.append(line)
                    line, used = [], 0.0
                if line:
                    line.append((space_kind, " "))
                    used += space
                line += pieces
                used += wide
            space_kind = after
        if line:
            lines.append(line)
        return tuple(_merged(line) for line in lines)

    def _broken(self, pieces: list[Run], width: float) -> list[list[Run]]:
        """A word wider than ``width`` as lines that fit, broken where ``page_text.break_word`` breaks."""
        out: list[list[Run]] = [[]]
        used = 0.0
        for kind, text in pieces:
            for chunk in break_word(text, width, self.style.fontName, self.style.fontSize):
                wide = self._measure(chunk)
                if out[-1] and used + wide > width:
                    out.append([])
                    used = 0.0
                out[-1].append((kind, chunk))
                used += wide
        return out

    def _column(self, avail_width: float) -> float:
        return float(avail_width - self.style.leftIndent - self.style.rightIndent)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's API
        column = self._column(availWidth)
        if self._lines is None or self._laid_for != column:
            self._lines, self._laid_for = self._lay_out(column), column
        self.width, self.height = availWidth, len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - reportlab's API
        self.wrap(availWidth, availHeight)
        assert self._lines is not None
        fit = min(int((availHeight + 1e-6) // self.style.leading), len(self._lines))
        if fit == len(self._lines):
            return [self]
        if fit < 2 and not self.style.allowOrphans:  # as reportlab: no first line left alone at a page's foot
            return []
        first = ParagraphStyle(f"{self.style.name}:first", parent=self.style, spaceAfter=0)
        rest = ParagraphStyle(f"{self.style.name}:rest", parent=self.style, spaceBefore=0)
        return [MarkedLine(_runs_of(self._lines[:fit]), first, self._looks, self._lines[:fit], self._laid_for),
                MarkedLine(_runs_of(self._lines[fit:]), rest, self._looks, self._lines[fit:], self._laid_for)]

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's API
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's API
        return float(self.style.spaceAfter)

    # -- drawing ----------------------------------------------------------------------------------------------
    def draw(self) -> None:
        assert self._lines is not None, "drawn before it was wrapped"
        canvas, style = self.canv, self.style
        # the first baseline where reportlab puts a paragraph's (its rl_config.paraFontSizeHeightOffset)
        drop = style.fontSize if rl_config.paraFontSizeHeightOffset else getAscentDescent(style.fontName,
                                                                                           style.fontSize)[0]
        x0, y = style.leftIndent, self.height - drop
        rules: list[tuple[float, float, float, tuple[float, float, float]]] = []  # (x from, x to, y, colour)
        # Colours as (red, green, blue): the same operators as a reportlab colour writes, without setting its alpha
        # of 1 again at every change (which writes nothing, as it is already 1).
        looks = {kind: (_rgb(look.color or style.textColor), look) for kind, look in self._looks.items()}
        plain = (_rgb(style.textColor), Look())
        text = canvas.beginText(x0, y)
        text.setFont(style.fontName, style.fontSize, style.leading)
        shown = None
        for line in self._lines:
            x = x0
            text.setTextOrigin(x0, y)
            for kind, run in line:
                color, look = looks.get(kind, plain)
                if color != shown:
                    text.setFillColor(color)
                    shown = color
                text.textOut(run)
                wide = self._measure(run)
                if look.underline or look.strike:
                    inked = self._measure(run.rstrip(" "))
                    lift = -0.125 * style.fontSize if look.underline else 0.25 * style.fontSize
                    rules.append((x, x + inked, y + lift, color))
                x += wide
            y -= style.leading
        canvas.drawText(text)
        if rules:
            canvas.saveState()
            canvas.setLineWidth(RULE_WIDTH)
            for start, end, height, color in rules:
                canvas.setStrokeColor(color)
                canvas.line(start, height, end, height)
            canvas.restoreState()


def _rgb(color: Any) -> tuple[float, float, float]:
    return (color.red, color.green, color.blue)


def _runs_of(lines: Sequence[Line]) -> tuple[Run, ...]:
    """What ``lines`` show, as runs to lay out again (only if a part of a split line lands in a wider frame)."""
    runs: list[Run] = []
    for line in lines:
        runs += [("same", " ")] if runs else []
        runs += line
    return tuple(runs)


def _merged(line: list[Run]) -> Line:
    """Neighbouring runs of the same kind as one run (one text operation each)."""
    out: list[list[str]] = []
    for kind, text in line:
        if out and out[-1][0] == kind:
            out[-1][1] += text
        else:
            out.append([kind, text])
    return tuple((kind, text) for kind, text in out if text)
