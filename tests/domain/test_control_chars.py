"""Control characters (escape, NUL, bell, vertical tab, form feed, DEL…) are refused in case files and answers,
stripped from pasted text, and escaped in whatever is printed (issue 12, defect 3)."""

from __future__ import annotations

import json

import pytest

from onsshare_desktop.domain.case_io import dump_case, load_case
from onsshare_desktop.domain.control_chars import escape_controls, strip_controls
from onsshare_desktop.domain.errors import ControlCharacterProblem, InvalidCaseError
from onsshare_desktop.domain.validation import validate_answers
from tests.pack.support import EXAMPLES, load_example

CONTROLS = {"\x1b": "U+001B (ESCAPE)", "\x00": "U+0000 (NULL)", "\x07": "U+0007 (BELL)",
            "\x0b": "U+000B (LINE TABULATION)", "\x0c": "U+000C (FORM FEED)", "\x7f": "U+007F (DELETE)",
            "\x9b": "U+009B (CONTROL SEQUENCE INTRODUCER)", "\r": "U+000D (CARRIAGE RETURN)"}


def case_file_with(question_id: str, text: str) -> bytes:
    raw = json.loads(EXAMPLES[0].read_bytes())
    raw["answers"][question_id] = text
    return json.dumps(raw).encode()


@pytest.mark.parametrize("char", list(CONTROLS), ids=[hex(ord(c)) for c in CONTROLS])
def test_a_case_file_carrying_a_control_character_is_refused_naming_field_and_character(char: str) -> None:
    with pytest.raises(InvalidCaseError) as refused:
        load_case(case_file_with("business_case", f"Our case{char}[31m is strong"))
    (problem,) = refused.value.problems
    assert isinstance(problem, ControlCharacterProblem)
    assert problem.path == "$.answers.business_case (Business case)"
    assert CONTROLS[char] in problem.message and "at character 9" in problem.message
    assert escape_controls(str(problem)) == str(problem)  # the message itself carries none


def test_control_characters_anywhere_are_found_repeating_fields_and_titles_included() -> None:
    raw = json.loads(EXAMPLES[0].read_bytes())
    raw["answers"]["datasets"][0]["dataset_name"] = "Census\x07"
    raw["title"] = "\x1b]0;owned\x07"
    with pytest.raises(InvalidCaseError) as refused:
        load_case(json.dumps(raw).encode())
    paths = [p.path for p in refused.value.problems]
    assert "$.title" in paths and any(p.startswith("$.answers.datasets[0].dataset_name") for p in paths)
    assert "and 1 more" in next(p.message for p in refused.value.problems if p.path == "$.title")


def test_tabs_and_line_breaks_are_ordinary_text() -> None:
    case = load_case(case_file_with("business_case", "Variables:\n\t- tenure\n    - age band\n"))
    assert case.answers["business_case"] == "Variables:\n\t- tenure\n    - age band\n"


def test_validation_names_a_stored_answer_with_a_control_character() -> None:
    case, qs = load_example(EXAMPLES[0])
    problems = validate_answers(qs, {**case.answers, "benefits": "Benefits\x1b[2J for all"})
    assert [(p.path, "U+001B (ESCAPE)" in p.message) for p in problems] == [("benefits", True)]


def test_strip_controls_keeps_tabs_and_line_breaks_and_counts_what_it_removed() -> None:
    assert strip_controls("a\x1b[31mb\x00\tc\r\nd\x7f") == ("a[31mb\tc\nd", 3)
    assert strip_controls("plain\ttext\n") == ("plain\ttext\n", 0)


def test_escape_controls_leaves_nothing_a_terminal_acts_on_and_stays_json() -> None:
    text = "name\x1b[2J\x07\x9b\x7f\r\tend\r\n"
    escaped = escape_controls(text)
    assert escaped == "name\\u001b[2J\\u0007\\u009b\\u007f\\u000d\tend\r\n"
    assert json.loads(f'"{escape_controls(chr(0x7f) + chr(0x85))}"') == "\x7f\x85"


def test_dumped_cases_still_load() -> None:
    case, qs = load_example(EXAMPLES[0])
    assert load_case(dump_case(case, qs)) == case
