"""Long answers are laid out over as many pages as they need, whatever page they start on.

reportlab splits a paragraph that does not fit at a page break, and throws its line layout away when the paragraph
has no room at all on the current page (it moves to the next one whole); the pack's per-width line cache must not
answer for a layout that is gone (issue 12, defect 1: ``'WrapOnceParagraph' object has no attribute 'blPara'``).
"""

from __future__ import annotations

import io
import subprocess
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Spacer

from bench.maximal_case import long_answer, long_text_questions
from onsshare_desktop.domain.questions import QuestionSet
from onsshare_desktop.pack.fonts import REGULAR, register_fonts
from onsshare_desktop.pack.layout import WrapOnceParagraph
from onsshare_desktop.pack.render import PackInfo, render_pack
from onsshare_desktop.paths import DataPaths
from tests.pack.support import EXAMPLES, body_text, load_example, make_identity, without_whitespace

FRAME_HEIGHT = A4[1] - 2 * 72 - 2 * 6  # SimpleDocTemplate: one-inch margins, 6 pt frame padding


def style() -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle("s", fontName=REGULAR, fontSize=10, leading=14)


def words_on_pages(pdf: bytes) -> tuple[list[str], int]:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, check=True,
                          capture_output=True).stdout.decode()
    return text.split(), text.count("\f")


def test_a_paragraph_moved_whole_to_the_next_page_can_still_be_split() -> None:
    paragraph = WrapOnceParagraph("word " * 600, style())
    paragraph.wrap(400, 800)
    assert paragraph.split(400, 20) == []  # room for one line only: reportlab moves it on and drops its layout
    first, rest = paragraph.split(400, 300)
    assert first.wrap(400, 300)[1] <= 300
    assert len(first.blPara.lines) + len(rest.split(400, 10_000)[0].blPara.lines) == len(paragraph.blPara.lines)


@pytest.mark.parametrize("pages", [2, 3, 12])
@pytest.mark.parametrize("room_left_in_lines", [0.5, 1.5, 2.5, 10])
def test_a_long_paragraph_is_split_once_twice_or_over_many_pages_wherever_it_starts(
        pages: int, room_left_in_lines: float) -> None:
    words = [f"w{n}" for n in range(pages * 800)]  # about 260 words a page at this width
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    filler = Spacer(1, FRAME_HEIGHT - room_left_in_lines * 14 - 1)  # leaves room for so many lines on page 1
    doc.build([filler, WrapOnceParagraph(" ".join(words), style())])
    found, page_count = words_on_pages(out.getvalue())
    assert found == words
    assert page_count >= pages


@pytest.fixture(scope="module")
def pack_info(tmp_path_factory: pytest.TempPathFactory) -> PackInfo:
    signer = make_identity(DataPaths(tmp_path_factory.mktemp("signer")).ensure())
    return PackInfo("a8d1d0c4-long-answers", datetime(2026, 11, 29, 18, 40, tzinfo=timezone.utc), signer.info, "1")


def test_every_long_field_is_laid_out_whether_it_splits_once_twice_or_over_many_pages(pack_info: PackInfo) -> None:
    case, qs = load_example(EXAMPLES[0])
    assert len(long_text_questions(qs)) >= 10
    for question in long_text_questions(qs):
        limit = question.max_length or 0
        for length in (4_000, 8_000, limit):
            answer = long_answer(length, seed=length)
            long_case = replace(case, answers={**case.answers, question.id: answer})
            if question.id not in visible_ids(qs, long_case):
                long_case = make_visible(long_case, question.id)
            rendered = render_pack(long_case, qs, pack_info)
            assert without_whitespace(answer) in without_whitespace(body_text(rendered.pdf)), \
                f"{question.id} at {length} characters"


def visible_ids(qs: QuestionSet, case) -> set[str]:  # type: ignore[no-untyped-def]
    from onsshare_desktop.domain.flow import visible_answers

    return set(visible_answers(qs, {**case.answers}).keys())


def make_visible(case, question_id: str):  # type: ignore[no-untyped-def]
    """Answers that make ``question_id`` apply (linkage details need linkage, and so on)."""
    switches = {"linkage_details": {"linkage": True}, "administrative_justification": {"purpose": "administrative"}}
    return replace(case, answers={**case.answers, **switches.get(question_id, {})})


def test_pack_render_survives_a_long_answer_that_starts_near_a_page_end(pack_info: PackInfo, tmp_path: Path) -> None:
    case, qs = load_example(EXAMPLES[0])
    for length in range(3_600, 4_600, 100):  # the lengths at which a business case crashed export
        answer = long_answer(length, seed=length)
        rendered = render_pack(replace(case, answers={**case.answers, "business_case": answer}), qs, pack_info)
        assert rendered.page_count > 5
