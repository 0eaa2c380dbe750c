"""Field paths in words, as lists of problems show them."""

from __future__ import annotations

from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.validation import field_label, validate_answers


def test_top_level_and_entry_paths_read_as_words() -> None:
    qs = load_question_set()
    assert field_label(qs, "contact_email") == "Lead contact e-mail"
    assert field_label(qs, "datasets[1].dataset_name") == "Datasets requested, entry 2: Dataset name"


def test_every_problem_of_an_empty_entry_has_a_label() -> None:
    qs = load_question_set()
    problems = validate_answers(qs, {"datasets": [{}]})
    labels = [field_label(qs, p.path) for p in problems if p.question_id == "datasets"]
    assert "Datasets requested, entry 1: Variables needed" in labels
