"""A changed answer's lines drawn by ``pack.marked_text`` (layout 5): every word shown once and in order, each line
within the column, long words broken where addresses break, pages split between lines, marks drawn."""

from __future__ import annotations

from datetime import datetime, timezone

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from onsshare_desktop.identity.certificates import SignerInfo
from onsshare_desktop.pack.fonts import REGULAR, register_fonts
from onsshare_desktop.pack.marked_text import Look, MarkedLine
from onsshare_desktop.pack.render import PackInfo, render_pack
from tests.pack.support import EXAMPLES, body_text, load_example, normalised

STYLE = ParagraphStyle("probe", fontName=REGULAR, fontSize=10, leading=14, leftIndent=10, spaceAfter=9)
LOOKS = {"inserted": Look(underline=True), "deleted": Look(strike=True), "elided": Look()}
INFO = PackInfo("00000000-0000-4000-8000-000000000000", datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
                SignerInfo("Layout Probe", "Probe Organisation", "probe@example.org", "ab" * 32), "probe")


def _lines(runs: list[tuple[str, str]], width: float = 200) -> tuple[tuple[tuple[str, str], ...], ...]:
    register_fonts()
    line = MarkedLine(runs, STYLE, LOOKS)
    line.wrap(width + STYLE.leftIndent, 10_000)
    assert line._lines is not None  # noqa: SLF001 - what it laid out
    return line._lines  # noqa: SLF001


def _text(line: tuple[tuple[str, str], ...]) -> str:
    return "".join(text for _kind, text in line)


def test_words_keep_their_order_and_kinds_with_one_space_between_and_lines_fit_the_column() -> None:
    runs = [("same", "  The  quick\tbrown "), ("deleted", "fox "), ("inserted", "cat "), ("same", "jumps over the "),
            ("elided", "[…]"), ("same", " lazy dog and keeps going on and on, no\xa0break here, until the end. ")]
    lines = _lines(runs)
    assert " ".join(_text(line) for line in lines) == ("The quick brown fox cat jumps over the […] lazy dog and keeps "
                                                      "going on and on, no\xa0break here, until the end.")
    assert all(stringWidth(_text(line), REGULAR, 10) <= 200 for line in lines) and len(lines) > 2
    kinds = {text.strip(): kind for line in lines for kind, text in line}
    assert kinds["fox"] == "deleted" and kinds["cat"] == "inserted" and kinds["[…]"] == "elided"
    assert any("no\xa0break" in _text(line) for line in lines)  # a no-break space holds its words together


def test_a_word_wider_than_the_column_is_broken_where_addresses_break() -> None:
    address = "https://www.ons.gov.uk/aboutus/transparencyandgovernance/freedomofinformationfoi/requests"
    lines = _lines([("same", "See "), ("inserted", address), ("same", " for more.")])
    texts = [_text(line) for line in lines]
    assert "".join(texts).replace(" ", "") == ("See" + address + "formore.")
    assert texts[1].startswith("https://") and texts[1].endswith("/")  # a line ends after a slash
    assert all(stringWidth(text, REGULAR, 10) <= 200 for text in texts)


def test_it_splits_between_lines_leaving_no_first_line_alone() -> None:
    register_fonts()
    line = MarkedLine([("same", "word " * 200)], STYLE, LOOKS)
    _width, height = line.wrap(300, 10_000)
    count = round(height / STYLE.leading)
    assert line.split(300, STYLE.leading * 1.5) == []  # one line would be left alone at the foot of the page
    first, rest = line.split(300, STYLE.leading * 3.2)
    assert first.wrap(300, 10_000)[1] == 3 * STYLE.leading and rest.wrap(300, 10_000)[1] == (count - 3) * STYLE.leading
    assert first.getSpaceAfter() == 0 and rest.getSpaceBefore() == 0 and rest.getSpaceAfter() == STYLE.spaceAfter
    assert line.split(300, height + 1) == [line]


def test_a_long_changed_answer_reads_whole_and_in_order_across_pages() -> None:
    case, qs = load_example(EXAMPLES[0])
    long_id = next(q.id for q in qs.questions() if q.type == "textarea" and len(str(case.answers.get(q.id) or "")) > 200)
    old = [f"w{n}" for n in range(3000)]
    new = [f"W{n}" if n % 5 == 0 else word for n, word in enumerate(old)]
    before = case.with_answer(long_id, " ".join(old))
    after = before.with_answer(long_id, " ".join(new)).after_export("ab" * 32)
    rendered = render_pack(after, qs, INFO, previous=before, layout=5)
    text = normalised(body_text(rendered.pdf))
    start = text.index("Changed answers (1)")
    changes = text[start:text.index("1. Requesting party", start)]
    expected = " ".join(f"w{n} W{n}" if n % 5 == 0 else f"w{n}" for n in range(3000))
    assert expected in changes  # deleted then inserted, every word once, across the pages it takes


def test_marks_are_drawn_in_their_colours() -> None:
    import io

    from pypdf import PdfReader

    from onsshare_desktop.pack.changes import DELETED, INSERTED

    case, qs = load_example(EXAMPLES[0])
    long_id = next(q.id for q in qs.questions() if q.type == "textarea" and len(str(case.answers.get(q.id) or "")) > 200)
    before = case.with_answer(long_id, "Kept words and an old word.")
    after = before.with_answer(long_id, "Kept words and a new word.").after_export("ab" * 32)
    pdf = render_pack(after, qs, INFO, previous=before, layout=5).pdf
    streams = b"".join(page.get_contents().get_data() for page in PdfReader(io.BytesIO(pdf)).pages)

    def rgb(hex_colour: str) -> bytes:  # as reportlab writes a colour: ".101961 .419608 .184314"
        return " ".join(f"{int(hex_colour[i:i + 2], 16) / 255:.6f}".rstrip("0").lstrip("0")
                        for i in (1, 3, 5)).encode()

    assert rgb(INSERTED) + b" RG" in streams and rgb(DELETED) + b" RG" in streams  # the rules' colours
    assert rgb(INSERTED) + b" rg" in streams and rgb(DELETED) + b" rg" in streams  # the words' colours
