"""The reference case of the pack benchmarks: a complete request with long answers (the
charity example, every free-text answer at least 300 characters: 16 pages rendered) and
three attachments totalling 5 MB, generated from a fixed seed so every run measures the same content.

``reference_case()`` gives the app's ``Case`` and the attachment bytes; ``plain_content()`` gives the same content
as plain Python data (section titles, question labels, answer text, files) for the baselines, which use no app code.
"""

from __future__ import annotations

import functools
import hashlib
import random
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from onsshare_desktop.domain.case import Case
    from onsshare_desktop.domain.questions import QuestionSet

SEED = 20261125
CASE_REF = "ONS-DSR-2026-BENCH1"
BASE_EXAMPLE = "charity-aggregated-census"
MIN_ANSWER_CHARS = 300  # shorter free-text answers are padded to this length: 16 pages rendered by the app
ATTACHMENTS = (  # (file name, kind, size): 5 MB in all
    ("data-protection-impact-assessment.pdf", "dpia", 2 * 2**20),
    ("ethical-self-assessment.pdf", "ethics", 1 * 2**20 + 2**19),
    ("draft-data-sharing-agreement.pdf", "draft_dsa", 1 * 2**20 + 2**19),
)
WORDS = ("the", "data", "census", "households", "analysis", "linked", "records", "council", "housing", "policy",
         "research", "outcomes", "secure", "access", "statistical", "disclosure", "control", "pseudonymised",
         "local", "authority", "evidence", "public", "benefit", "services", "of", "and", "to", "for", "with",
         "will", "be", "used", "only", "within", "accredited", "environment", "processing", "retention",
         "agreement", "approved", "researchers", "homelessness", "tenure", "deprivation", "wales", "support")


@dataclass(frozen=True)
class PlainSection:
    title: str
    items: tuple[tuple[str, str], ...]  # (question label, answer text)


@dataclass(frozen=True)
class PlainContent:
    """The reference case as plain data: what a minimal pipeline renders and embeds."""

    title: str
    case_ref: str
    sections: tuple[PlainSection, ...]
    case_json: bytes
    files: tuple[tuple[str, str, bytes], ...]  # (file name, media type, bytes)


def _prose(rng: random.Random, length: int) -> str:
    """Seeded sentences of plausible words, in paragraphs, about ``length`` characters long."""
    paragraphs: list[str] = []
    total = 0
    while total < length:
        sentences = []
        for _ in range(rng.randint(3, 6)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
            sentences.append(" ".join(words).capitalize() + ".")
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:length].rstrip() + "."


def attachment_bytes(size: int, rng: random.Random) -> bytes:
    """Incompressible bytes (as scanned documents are) behind a PDF header."""
    header = b"%PDF-1.7\n% reference attachment\n"
    return header + rng.randbytes(size - len(header))


@functools.cache
def reference_case() -> tuple["Case", dict[str, bytes]]:
    """The reference ``Case`` (complete, long answers, three attachments) and its attachments by SHA-256."""
    from onsshare_desktop.domain.case import AttachmentRef
    from onsshare_desktop.domain.case_io import load_case
    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.resources import resource_path

    rng = random.Random(SEED)
    case = load_case(resource_path("examples", f"{BASE_EXAMPLE}.json").read_bytes())
    qs = load_question_set(case.form_id, case.form_version)
    answers = dict(case.answers)
    for question in qs.questions():
        value = answers.get(question.id)
        if question.type == "textarea" and isinstance(value, str) and value:
            target = min(question.max_length or MIN_ANSWER_CHARS, MIN_ANSWER_CHARS)
            if len(value) < target:
                answers[question.id] = f"{value}\n\n{_prose(rng, target - len(value) - 2)}"[:target]
    files: dict[str, bytes] = {}
    refs = []
    for name, kind, size in ATTACHMENTS:
        data = attachment_bytes(size, rng)
        sha256 = hashlib.sha256(data).hexdigest()
        files[sha256] = data
        refs.append(AttachmentRef(name, kind, len(data), sha256, "application/pdf"))
    case = replace(case, case_ref=CASE_REF, answers=answers, attachments=tuple(refs))
    return case, files


def _answer_text(value: Any) -> str:
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        return "\n".join(_answer_text(v) for v in value)
    if isinstance(value, dict):
        return "\n".join(f"{k}: {_answer_text(v)}" for k, v in value.items())
    return str(value)


def plain_content(source: "Callable[[], tuple[Case, dict[str, bytes]]] | None" = None) -> PlainContent:
    """A benchmark case (``source()``, the reference case unless given) as plain data for the baselines (the
    conversion is not timed)."""
    from onsshare_desktop.domain.case_io import dump_case
    from onsshare_desktop.domain.questions import load_question_set

    case, files = (source or reference_case)()
    qs: QuestionSet = load_question_set(case.form_id, case.form_version)
    sections = []
    for section in qs.sections:
        items = tuple((q.label, _answer_text(case.answers[q.id])) for q in section.questions
                      if q.id in case.answers and case.answers[q.id] not in (None, "", []))
        if items:
            sections.append(PlainSection(section.title, items))
    return PlainContent(title=case.title, case_ref=case.case_ref, sections=tuple(sections),
                        case_json=dump_case(case, qs),
                        files=tuple((a.file_name, a.media_type, files[a.sha256]) for a in case.attachments))
