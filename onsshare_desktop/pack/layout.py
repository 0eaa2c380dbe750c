"""reportlab pieces that let the pack be laid out in one pass (``pack.render`` uses them; imports reportlab).

The contents page lists the page each section starts on, which is only known once the whole document is laid
out. Rather than lay it out twice (reportlab's ``multiBuild`` with a ``TableOfContents``), the contents rows are
laid out once, since their height does not depend on the numbers, and the numbers are drawn on the held-back page
when the document is complete (``DeferredCanvas``), as the footers' "Page N of M" are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText

from onsshare_desktop.pack.markup import read_markup

LEADER = " . "  # what fills the gap between a contents entry and its page number, as in reportlab's contents


class WrapOnceParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph that breaks its lines once per width.

    Its markup is read by ``pack.markup`` where it can be (the fragments reportlab's parser makes, made quicker).
    reportlab wraps a paragraph again each time it is asked (a keep-with-next group measures its members, then the
    frame measures each one again to place it); the lines only depend on the width, so the second time is free.

    The lines reportlab broke are kept in ``blPara``, which reportlab itself deletes when ``split`` finds no room
    for the paragraph (it is then moved whole to the next frame or page) and replaces when the paragraph is split.
    So the cache remembers *which* ``blPara`` it measured and answers only while that very object is still the
    paragraph's layout; anything else (no layout, a layout reportlab made itself) is wrapped again.
    """

    _wrapped: tuple[float, object, tuple[float, float]] | None = None  # (width, the blPara measured, size)

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:  # noqa: N803
        """Markup this app writes is read by ``pack.markup`` (the same fragments, without the HTML parser)."""
        if frags is None and cleaner is cleanBlockQuotedText and isinstance(text, str):
            read = read_markup(text, style)
            if read is not None:
                text, frags = read
        super()._setup(text, style, bulletText, frags, cleaner)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's API
        cached = self._wrapped
        if cached is not None and cached[0] == availWidth and self.__dict__.get("blPara") is cached[1]:
            self.width, self.height = cached[2]
            return cached[2]
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        layout = self.__dict__.get("blPara")
        self._wrapped = (availWidth, layout, size) if layout is not None else None
        return size


class DeferredCanvas(Canvas):  # type: ignore[misc]
    """A canvas that holds every page back until ``save`` and then runs, on each page, what was deferred for it.

    Flowables call ``draw_later`` with a function of the canvas; at ``save`` the page count is known
    (``page_count``) and every flowable has been placed. Subclasses add to ``finish_page`` (e.g. a footer).
    Bookmarks (link and outline targets) are deferred the same way, so they name the right page.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []
        self._later: list[Callable[[DeferredCanvas], None]] = []
        self.page_count = 0

    def draw_later(self, draw: Callable[["DeferredCanvas"], None]) -> None:
        """Run ``draw(canvas)`` on the current page once the whole document is laid out (absolute coordinates)."""
        self._later.append(draw)

    def bookmarkPage(self, key: str, **kwargs: Any) -> None:  # noqa: N802 - reportlab's API
        """Deferred as well: reportlab points a bookmark at the page the document adds next, which is only this
        page once the held-back pages are being added (else every link and outline entry opens page 1)."""

        def bookmark(canvas: DeferredCanvas) -> None:
            Canvas.bookmarkPage(canvas, key, **kwargs)

        self.draw_later(bookmark)

    def showPage(self) -> None:  # noqa: N802 - reportlab's API
        self._saved_pages.append(dict(self.__dict__))
        self._later = []
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self.page_count = total  # the held-back state predates it
            for draw in self._later:
                draw(self)
            self.finish_page()
            super().showPage()
        super().save()

    def finish_page(self) -> None:
        """Draw what every page carries once the page count is known (nothing here)."""


class Anchor(Flowable):  # type: ignore[misc]
    """An invisible link target where it is placed: a bookmark ``key`` that opens the page at this height, and the
    page number noted in ``pages[key]`` (for a ``ContentsTable`` that refers to it).

    It keeps with the next flowable, so it lands on the page of what it marks (needs a ``DeferredCanvas``).
    """

    keepWithNext = 1
    _ZEROSIZE = True  # placed even where no height is left (reportlab's own AnchorFlowable is too)

    def __init__(self, key: str, pages: dict[str, int]) -> None:
        super().__init__()
        self._key, self._pages = key, pages

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's API
        return 0.0, 0.0

    def draw(self) -> None:
        canvas = self.canv
        left, top = canvas.absolutePosition(0, 0)
        canvas.bookmarkPage(self._key, fit="XYZ", left=left, top=top)
        self._pages[self._key] = canvas.getPageNumber()


class ContentsTable(Flowable):  # type: ignore[misc]
    """One row per section, with a dot leader and the page it starts on (read from ``pages``); the whole row is one
    link to the section.

    ``entries`` are (text, key) pairs; ``pages`` maps each key to its page number and is filled while the document
    is laid out, so the numbers are drawn later (needs a ``DeferredCanvas``). The look is reportlab's
    ``TableOfContents`` with dots at level 0. One link annotation per row (not one on the text and another on the
    number) also halves what a verifier has to parse. ``link_name`` names each row's link annotation after its key
    (names are unique within a document: give each table of one document its own).
    """

    _CALLBACK = "contentsEntryEnd"  # the canvas's named callback that reportlab calls where an <onDraw> tag is

    def __init__(self, entries: Sequence[tuple[str, str]], style: ParagraphStyle, pages: Mapping[str, int],
                 link_name: str = "contents-{key}") -> None:
        super().__init__()
        self._entries, self._style, self._pages = list(entries), style, pages
        self._link_name = link_name
        self._table: Table | None = None
        self._table_width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's API
        if self._table is None or self._table_width != availWidth:
            rows = [[WrapOnceParagraph(f'{escape(text)}<onDraw name="{self._CALLBACK}" label={quoteattr(key)}/>',
                                       self._style)] for text, key in self._entries]
            self._table = Table(rows, colWidths=(availWidth,), style=TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), self._style.fontName), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            self._table_width = availWidth
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        assert self._table is not None, "drawn before it was wrapped"
        canvas.setNamedCB(self._CALLBACK, partial(self._entry_end, self._table_width))
        self._table.drawOn(canvas, x, y, _sW)
        left, top = canvas.absolutePosition(x, y + self.height)
        right, _top = canvas.absolutePosition(x + self._table_width, y + self.height)
        for (_text, key), height in zip(self._entries, self._table._rowHeights):  # noqa: SLF001 - set by wrap
            canvas.draw_later(partial(_link_row, key, (left, top - height, right, top),
                                      self._link_name.format(key=key)))
            top -= height

    def _entry_end(self, right: float, canvas: DeferredCanvas, _kind: str, key: str) -> None:
        """Where an entry's text ends: note the row's baseline and ends, in page coordinates, for later."""
        where = canvas._curr_tx_info  # noqa: SLF001 - set by reportlab for <onDraw> callbacks (its contents reads it)
        x, y = canvas.absolutePosition(where["cur_x"], where["cur_y"])
        right_x, _y = canvas.absolutePosition(right, where["cur_y"])
        canvas.draw_later(partial(self._draw_page_number, key, x, y, right_x))

    def _draw_page_number(self, key: str, x: float, y: float, right: float, canvas: DeferredCanvas) -> None:
        style = self._style
        number = str(self._pages[key])
        font_size = style.fontSize
        number_width = stringWidth(number, style.fontName, font_size)
        while number_width > right - x and font_size >= 1.0:  # no room left on the line: shrink, as reportlab does
            font_size *= 0.9
            number_width = stringWidth(number, style.fontName, font_size)
        dot_width = stringWidth(LEADER, style.fontName, font_size)
        dots = max(0, int((right - x - number_width) / dot_width))
        text = canvas.beginText(right - dots * dot_width - number_width, y)
        text.setFont(style.fontName, font_size)
        text.setFillColor(style.textColor)
        text.textLine(dots * LEADER + number)
        canvas.drawText(text)


def _link_row(key: str, rect: tuple[float, float, float, float], name: str, canvas: Canvas) -> None:
    canvas.linkRect("", key, rect, relative=0, name=name)  # named: a held-back page's counter is stale
