"""Text on the pack's pages is the text that was typed: indentation and tabs kept, long web addresses broken only
after / . - ? &, and every answer, whitespace aside, found exactly by pdftotext (issue 12, defect 4)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from reportlab.pdfbase.pdfmetrics import stringWidth

from bench.maximal_case import URLS
from onsshare_desktop.pack.fonts import REGULAR
from onsshare_desktop.pack.page_text import URL_BREAKS, break_word
from onsshare_desktop.pack.render import PackInfo, render_pack
from onsshare_desktop.paths import DataPaths
from tests.pack.conftest import ExportedPack
from tests.pack.support import (
    EXAMPLES,
    body_text,
    expected_answer_texts,
    load_example,
    make_identity,
    without_whitespace,
)

LONG_URL = ("https://www.ons.gov.uk/aboutus/transparencyandgovernance/freedomofinformationfoi/"
            "onsdatasharingpolicyforpersonaldataheldbytheofficefornationalstatistics?edition=2026&format=pdf")


@pytest.fixture(scope="module")
def pack_info(tmp_path_factory: pytest.TempPathFactory) -> PackInfo:
    signer = make_identity(DataPaths(tmp_path_factory.mktemp("signer")).ensure())
    return PackInfo("b1e2-page-text", datetime(2026, 11, 29, 18, 40, tzinfo=timezone.utc), signer.info, "1")


def rendered_answer(pack_info: PackInfo, text: str, question_id: str = "business_case") -> bytes:
    case, qs = load_example(EXAMPLES[0])
    return render_pack(replace(case, answers={**case.answers, question_id: text}), qs, pack_info).pdf


def url_pattern(url: str) -> re.Pattern[str]:
    """``url`` as pdftotext may print it: a line break (whitespace) only after a slash or before . - ? &."""
    parts = [re.escape(ch) + r"\s*" if ch == "/" else (r"\s*" if ch in URL_BREAKS else "") + re.escape(ch)
             for ch in url]
    return re.compile("".join(parts))


def words(pdf: bytes) -> list[tuple[str, float, float, float]]:
    """(text, left, top, right) of every word pdftotext finds, in points."""
    html = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", "-", "-"], input=pdf, check=True,
                          capture_output=True).stdout.decode()
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', html)
    return [(text, float(left), float(top), float(right)) for left, top, right, text in found]


def test_indentation_and_tabs_stay_on_the_page(pack_info: PackInfo) -> None:
    answer = ("Variables requested:\n\t- tenure\n\t\t- tenure_code_list\n    - age_band\n"
              "Nameq\tValueq\tNotesq\nOneq  twoq")
    found = words(rendered_answer(pack_info, answer))
    left = {text: x for text, x, _y, _r in found}
    top = left["Variables"]
    space = 3.18  # a space at 10 pt (DejaVu Sans)
    assert left["tenure"] - top >= 3.9 * space and left["age_band"] - top >= 3.9 * space
    assert left["tenure_code_list"] - left["tenure"] >= 3.9 * space
    right = {text: r for text, _x, _y, r in found}
    assert left["Valueq"] - right["Nameq"] >= 3.5 * space and left["Notesq"] - right["Valueq"] >= 3.5 * space
    one = stringWidth("Oneq", REGULAR, 10)
    assert left["twoq"] - left["Oneq"] >= one + 1.9 * space  # two spaces are two spaces


@pytest.mark.parametrize("lead", ["", "See ", "The guidance at ", "x " * 30])
@pytest.mark.parametrize("url", [LONG_URL, *URLS])
def test_a_long_web_address_breaks_only_at_slash_dot_hyphen_question_mark_or_ampersand(
        pack_info: PackInfo, lead: str, url: str) -> None:
    text = body_text(rendered_answer(pack_info, f"{lead}{url} and more text after it."))
    assert url_pattern(url).search(text), f"broken mid-word: {text[text.find(url[:20]):][:300]!r}"


def test_a_word_with_no_break_character_is_cut_only_because_it_must_be() -> None:
    word = "a" * 200
    lines = break_word(word, 200, "Helvetica", 10)
    assert "".join(lines) == word and len(lines) > 1
    assert break_word("short", 200, "Helvetica", 10) == ["short"]
    lines = break_word(LONG_URL[:90], 150, "Helvetica", 10)
    assert "".join(lines) == LONG_URL[:90] and len(lines) > 2
    assert all(a.endswith("/") or b.startswith((".", "-", "?", "&")) for a, b in zip(lines, lines[1:]))


def test_every_answer_of_every_example_is_in_pdftotext_whitespace_aside(exported_packs: list[ExportedPack]) -> None:
    for pack in exported_packs:
        text = without_whitespace(body_text(pack.result.path.read_bytes()))
        answers = expected_answer_texts(pack.case, pack.qs)
        assert len(answers) > 30
        missing = [a[:60] for a in answers if without_whitespace(a) not in text]
        assert not missing, f"{pack.example.name}: {missing}"
