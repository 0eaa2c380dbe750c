from __future__ import annotations

import json

from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.validation import completeness, section_completeness, validate_answers, validate_question


def q(qid: str):
    return load_question_set().question(qid)


def test_messages_are_in_words() -> None:
    assert validate_question(q("contact_email"), "not-an-address") == [
        ("contact_email", "This does not look like an e-mail address (name@example.org).")]
    assert validate_question(q("contact_email"), "ana@example.ac.uk") == []
    assert validate_question(q("contact_phone"), "call me") != []
    assert validate_question(q("contact_phone"), "+44 (0)29 2000 1234") == []
    assert validate_question(q("declaration_date"), "31/12/2026") == [("declaration_date", "Give a date as YYYY-MM-DD.")]
    assert validate_question(q("declaration_date"), "2026-12-31") == []
    assert validate_question(q("org_name"), "") == [("org_name", "Required.")]
    limit = q("project_title").max_length
    (path, message), = validate_question(q("project_title"), "x" * (limit + 1))
    assert message.startswith("Too long")


def test_confirmations_must_be_ticked() -> None:
    assert validate_question(q("no_onward_sharing"), False) == [
        ("no_onward_sharing", "Tick to confirm; this is required.")]
    assert validate_question(q("no_onward_sharing"), True) == []


def test_repeating_entries_are_checked_field_by_field() -> None:
    datasets = q("datasets")
    assert validate_question(datasets, []) == [("datasets", "Add at least 1.")]
    problems = validate_question(datasets, [{"dataset_name": "Census 2021"}])
    assert ("datasets[0].dataset_variables", "Required.") in problems


def test_examples_are_complete_and_valid(example_files) -> None:
    assert len(example_files) >= 2
    qs = load_question_set()
    living = set()
    for path in example_files:
        answers = json.loads(path.read_text(encoding="utf-8"))["answers"]
        assert validate_answers(qs, answers) == [], path.name
        assert completeness(qs, answers) == 100
        living.add(answers["living_individuals"])
    assert living == {True, False}, "one example with data on living people, one without"


def test_completeness_counts_only_applicable_required_questions() -> None:
    qs = load_question_set()
    assert completeness(qs, {}) == 0
    assert 0 < completeness(qs, {"project_title": "x", "org_name": "y"}) < 100
    assert section_completeness(qs, {}, "attachments") == 100
