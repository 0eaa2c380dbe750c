"""The maximal request: the reference case with every long-text answer as long as the form allows.

Long answers are written the way people write them: paragraphs of prose, an indented list (tabs and spaces),
Welsh letters, markup-like text (``<b>``, ``&amp;``) and long web addresses. The text is generated from a fixed
seed, so every run (benchmark or test) uses the same content.
"""

from __future__ import annotations

import functools
import random
from dataclasses import replace
from typing import TYPE_CHECKING

from bench.reference_case import WORDS, reference_case

if TYPE_CHECKING:
    from onsshare_desktop.domain.case import Case
    from onsshare_desktop.domain.questions import Question, QuestionSet

SEED = 20261129
CASE_REF = "ONS-DSR-2026-BENCHMAX"
LONG_TEXT_MIN = 8_000  # a textarea whose limit is at least this is a long-text question
URLS = (
    "https://www.ons.gov.uk/aboutus/transparencyandgovernance/datastrategy/datapolicies/"
    "onsdatasharingpolicyforpersonaldata?view=full&lang=cy",
    "https://uksa.statisticsauthority.gov.uk/about-the-authority/uk-statistical-system/legislation/"
    "digital-economy-act-research-and-statistics-powers/",
    "https://gov.wales/sites/default/files/publications/2026-03/housing-support-grant-practice-guidance.pdf",
)
EXTRAS = ("Gwasanaethau Cymdeithasol a Llesiant (Cymru) — ŵ ŷ â ê î ô û", "<b>not bold</b> &amp; A&B",
          "</para><para> stays text", "5 < 7 > 3")


def long_text_questions(qs: "QuestionSet") -> list["Question"]:
    """The long-text questions (business case, legal gateway, benefits, security and the like)."""
    return [q for q in qs.questions() if q.type == "textarea" and (q.max_length or 0) >= LONG_TEXT_MIN]


def long_answer(length: int, seed: int = SEED) -> str:
    """Exactly ``length`` characters of realistic long answer (prose, indented lists, URLs, Welsh letters)."""
    rng = random.Random(seed)
    blocks: list[str] = []
    total = 0
    while total < length:
        kind = rng.random()
        if kind < 0.12:
            block = "Variables requested:\n" + "\n".join(
                ("\t" if rng.random() < 0.5 else "    ") + f"- {rng.choice(WORDS)}_{rng.choice(WORDS)}"
                + (f"\n\t\t{rng.choice(WORDS)} code list" if rng.random() < 0.3 else "")
                for _ in range(rng.randint(3, 7)))
        elif kind < 0.2:
            block = f"See {rng.choice(URLS)} for the published guidance."
        else:
            sentences = []
            for _ in range(rng.randint(3, 6)):
                words = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
                if rng.random() < 0.15:
                    words.append(rng.choice(EXTRAS))
                sentences.append(" ".join(words).capitalize() + ".")
            block = " ".join(sentences)
        blocks.append(block)
        total += len(block) + 2
    text = "\n\n".join(blocks)[:length - 1].rstrip()
    return (text + "." + "x" * length)[:length]  # exactly ``length``: pad the (rare) stripped tail


@functools.cache
def maximal_case() -> tuple["Case", dict[str, bytes]]:
    """The reference case with every long-text answer at its limit, and the attachments by SHA-256."""
    from onsshare_desktop.domain.questions import load_question_set

    case, files = reference_case()
    qs = load_question_set(case.form_id, case.form_version)
    answers = dict(case.answers)
    for n, question in enumerate(long_text_questions(qs)):
        if question.id in answers:
            answers[question.id] = long_answer(question.max_length or LONG_TEXT_MIN, SEED + n)
    return replace(case, case_ref=CASE_REF, answers=answers), files
