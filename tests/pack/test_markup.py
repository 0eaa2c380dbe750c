"""``pack.markup`` reads the markup this app writes into exactly the fragments reportlab's own parser makes (so the
pages are the same bytes), and leaves everything else to reportlab; the fonts' remembered widths are reportlab's and
last one render."""

from __future__ import annotations

import random

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from onsshare_desktop.pack.changes import DELETED, ELIDED, INSERTED, marked_lines
from onsshare_desktop.pack.fonts import BOLD, REGULAR, register_fonts
from onsshare_desktop.pack.layout import WrapOnceParagraph
from onsshare_desktop.pack.markup import read_markup
from onsshare_desktop.pack.page_text import paragraph_markup

STYLE = ParagraphStyle("probe", fontName=REGULAR, fontSize=10, leading=14)
PIECES = ["word ", "two words ", " ", "Tom & Jerry's ", '"quoted" ', "<tag> ", "5 > 3 ", "a;b ", "caf\u00e9 ",
          "no\xa0break ", "tab\there ", "  spaced  ", "https://www.ons.gov.uk/x?y=1&z=2 ", "\u2018curly\u2019 ", ""]


def _parsed(markup: str) -> tuple[str, list[dict[str, object]]]:
    """The cleaned text and fragments reportlab's parser makes (the reference)."""
    paragraph = Paragraph(markup, STYLE)
    return paragraph.text, [dict(f.__dict__) for f in paragraph.frags]


def _random_markup(rng: random.Random) -> str:
    from html import escape

    parts = []
    for _ in range(rng.randrange(1, 12)):
        text = escape(rng.choice(PIECES))
        kind = rng.randrange(5)
        if kind == 0:
            parts.append(f'<u><font color="{INSERTED}">{text}</font></u>')
        elif kind == 1:
            parts.append(f'<strike><font color="{DELETED}">{text}</font></strike>')
        elif kind == 2:
            parts.append(f'<font color="{ELIDED}">{text}</font>')
        elif kind == 3:
            parts.append(text + "<br/>")
        else:
            parts.append(text)
    return "".join(parts)


def test_the_fragments_are_reportlabs_for_random_marked_text() -> None:
    register_fonts()
    rng = random.Random(20261130)
    for _ in range(400):
        markup = _random_markup(rng)
        read = read_markup(markup, STYLE)
        assert read is not None, markup
        text, frags = read
        assert (text, [dict(f.__dict__) for f in frags]) == _parsed(markup), markup


@pytest.mark.parametrize("markup", [
    "", "plain", "  leading and trailing  ", "a<br/>b<br/><br/>c", "<b>bold</b> and <i>italic</i>",
    f"<font name='{BOLD}' color='#60666f'>Label</font>  value", "&#39;&#x27;&amp;&lt;&gt;&quot;&nbsp;",
    '<u><font color="#1a6b2f">new</font></u><strike><font color="#a02424">old</font></strike>',
])
def test_the_fragments_are_reportlabs_for_the_markup_this_app_writes(markup: str) -> None:
    register_fonts()
    read = read_markup(markup, STYLE)
    assert read is not None
    assert (read[0], [dict(f.__dict__) for f in read[1]]) == _parsed(markup)


def test_typed_text_and_marked_lines_read_as_reportlab_reads_them() -> None:
    from onsshare_desktop.domain.diff import word_segments

    register_fonts()
    old = "Line one & more.\n\n\tIndented  with  spaces and a very/long/address/that/must/break/somewhere/over/the/line"
    new = "Line one & less.\n\n\tIndented  with spaces and a very/long/address/that/must/break/somewhere/over/the/line!"
    for markup in [paragraph_markup(new, 200, REGULAR, 10), *marked_lines(word_segments(old, new))]:
        read = read_markup(markup, STYLE)
        assert read is not None
        assert (read[0], [dict(f.__dict__) for f in read[1]]) == _parsed(markup)


@pytest.mark.parametrize("markup", [
    "a & b", "a &unknownentity; b", "<para>x</para>", '<a href="x">link</a>', "<u>unclosed", "closed</u>",
    "<u><font color='#000000'>crossed</u></font>", '<font size="12">big</font>', "<!-- comment -->",
    '<onDraw name="contentsEntryEnd" label="x"/>', "3 < 4", '<font color="a&amp;b">x</font>', "<u/>",
])
def test_markup_outside_the_subset_is_left_to_reportlab(markup: str) -> None:
    assert read_markup(markup, STYLE) is None


def test_a_paragraph_of_other_markup_still_renders_as_reportlab_renders_it() -> None:
    register_fonts()
    markup = '<onDraw name="x" label="y"/>Text &amp; more <a href="https://example.org">link</a>'
    ours, theirs = WrapOnceParagraph(markup, STYLE), Paragraph(markup, STYLE)
    assert [str(f.__dict__) for f in ours.frags] == [str(f.__dict__) for f in theirs.frags]


def test_remembered_widths_are_the_widths_reportlab_measures() -> None:
    from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
    from reportlab.pdfbase.ttfonts import TTFont

    from onsshare_desktop.pack import rl_speed

    register_fonts()
    font = getFont(REGULAR)
    with rl_speed.faster_rendering():
        for text in ["word", "Tom & Jerry's", "caf\u00e9", "", "\u2018x\u2019", "a" * 300]:
            for size in (7.5, 9, 10, 10.5, 15):
                expected = TTFont.stringWidth(font, text, size)
                assert stringWidth(text, REGULAR, size) == expected
                assert stringWidth(text, REGULAR, size) == expected  # the second time, remembered
        assert (REGULAR, "word", 10) in (rl_speed.remembered_widths() or {})
    assert rl_speed.remembered_widths() is None  # forgotten when the render ends
    assert stringWidth("word", REGULAR, 10) == TTFont.stringWidth(font, "word", 10)  # measured outside a render
    assert font.ascent == font.face.ascent and font.descent == font.face.descent
