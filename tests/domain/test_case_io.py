from __future__ import annotations

import json

import pytest

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.case_io import dump_case, load_case
from onsshare_desktop.domain.case_schema import render_schema, schema_path
from onsshare_desktop.domain.errors import InvalidCaseError
from onsshare_desktop.domain.questions import available_versions, load_question_set


def example_dict(example_files) -> dict:
    return json.loads(example_files[0].read_text(encoding="utf-8"))


def problems_of(raw: dict | bytes) -> list[str]:
    data = raw if isinstance(raw, bytes) else json.dumps(raw).encode()
    with pytest.raises(InvalidCaseError) as info:
        load_case(data)
    return [str(p) for p in info.value.problems]


def test_committed_schema_matches_the_question_set() -> None:
    for version in available_versions():
        qs = load_question_set(version=version)
        assert schema_path(qs).read_text(encoding="utf-8") == render_schema(qs), (
            "regenerate with: python -m onsshare_desktop.domain.case_schema")


def test_examples_load_and_round_trip(example_files) -> None:
    for path in example_files:
        case = load_case(path.read_bytes())
        assert load_case(dump_case(case)) == case


def test_wrong_types_and_unknown_fields_are_named_by_path(example_files) -> None:
    raw = example_dict(example_files)
    raw["answers"]["living_individuals"] = "yes"
    raw["answers"]["datasets"][0]["dataset_records"] = "lots"
    raw["answers"]["favourite_colour"] = "blue"
    del raw["case_ref"]
    assert problems_of(raw) == [
        "$: missing field 'case_ref'",
        "$.answers: unknown field 'favourite_colour'",
        "$.answers.datasets[0].dataset_records: expected integer",
        "$.answers.living_individuals: expected boolean",
    ]


def test_unknown_form_version_is_refused(example_files) -> None:
    raw = example_dict(example_files)
    raw["form"]["version"] = "9.9"
    assert problems_of(raw) == ["$.form: unknown form ons-data-share-request version 9.9; this app knows versions 1.0"]


@pytest.mark.parametrize("data, reason", [
    (b'{"a": 1, "a": 2}', "duplicate key 'a'"),
    (b'{"a": NaN}', "NaN is not a number JSON allows"),
    (b'{"a": 1' + b"0" * 5000 + b"}", "too large"),
    (b"[" * 100 + b"]" * 100, "nested more than"),
    (b"[" * 100_000 + b"]" * 100_000, "nested"),
    (b"\xff\xfe{}", "not UTF-8"),
    (b"{", "not valid JSON"),
    (b"[]", "expected a JSON object"),
    (b"x" * (5 * 1024 * 1024), "a case file may be at most"),
])
def test_hostile_json_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    (problem,) = problems_of(data)
    assert reason in problem


def test_a_huge_answer_is_refused_without_echoing_it(example_files) -> None:
    raw = example_dict(example_files)
    raw["answers"]["business_case"] = "z" * 100_000
    (problem,) = problems_of(raw)
    assert problem.startswith("$.answers.business_case: longer than")
    assert len(problem) < 100


def test_case_json_leaves_out_hidden_answers() -> None:
    qs = load_question_set()
    case = Case.new(qs).with_answer("living_individuals", False).with_answer("dpia_status", "completed")
    assert "dpia_status" not in case.to_json(qs)["answers"]
    assert case.to_json()["answers"]["dpia_status"] == "completed"


def test_after_export_the_draft_becomes_the_next_version_linked_to_the_pack() -> None:
    case = Case.new(load_question_set())
    revised = case.after_export("ab" * 32)
    assert (revised.version, revised.previous_pack_sha256, revised.case_ref) == (2, "ab" * 32, case.case_ref)
    assert load_case(dump_case(revised)) == revised
