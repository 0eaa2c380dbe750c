"""Long-text answers (business case, legal gateway, benefits, security…) accept at least 30,000 characters
(issue 12, defect 2: they were capped at 8,000)."""

from __future__ import annotations

import json

from bench.maximal_case import long_answer, long_text_questions, maximal_case
from onsshare_desktop.domain.case_io import MAX_CASE_BYTES, dump_case, load_case
from onsshare_desktop.domain.validation import validate_answers, validate_question
from tests.pack.support import EXAMPLES, load_example

LONG_TEXT_LIMIT = 30_000
LONG_TEXT_IDS = {"business_case", "legal_gateway", "benefits", "security_environment", "purpose_description",
                 "processing", "proportionality", "publication_not_sufficient", "srs_not_viable"}


def test_every_long_text_question_accepts_30000_characters_and_refuses_more() -> None:
    _case, qs = load_example(EXAMPLES[0])
    questions = long_text_questions(qs)
    assert LONG_TEXT_IDS <= {q.id for q in questions}
    for question in questions:
        assert validate_question(question, long_answer(LONG_TEXT_LIMIT)) == [], question.id
        ((path, message),) = validate_question(question, "x" * (question.max_length + 1))
        assert path == question.id and "limit" in message
        assert question.max_length >= LONG_TEXT_LIMIT


def test_the_maximal_request_is_complete_and_its_case_file_round_trips() -> None:
    case, _files = maximal_case()
    _example, qs = load_example(EXAMPLES[0])
    assert validate_answers(qs, case.answers) == []
    data = dump_case(case, qs)
    assert load_case(data) == case
    lengths = [len(case.answers[q.id]) for q in long_text_questions(qs) if q.id in case.answers]
    assert len(lengths) >= 12 and set(lengths) == {LONG_TEXT_LIMIT}


def test_a_case_file_of_30000_character_answers_in_four_byte_characters_fits_the_size_limit() -> None:
    raw = json.loads(EXAMPLES[0].read_bytes())
    _case, qs = load_example(EXAMPLES[0])
    for question in long_text_questions(qs):
        raw["answers"][question.id] = "\U0001F600" * LONG_TEXT_LIMIT
    data = json.dumps(raw, ensure_ascii=False).encode("utf-8")
    assert len(data) < MAX_CASE_BYTES
    assert len(load_case(data).answers["business_case"]) == LONG_TEXT_LIMIT
