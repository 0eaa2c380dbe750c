from __future__ import annotations

from onsshare_desktop.domain.conditions import evaluate, is_answered
from onsshare_desktop.domain.flow import next_section, previous_section, visible_answers, visible_sections
from onsshare_desktop.domain.questions import load_question_set


def test_condition_language() -> None:
    answers = {"a": True, "b": "x", "c": ["p", "q"], "d": ""}
    assert evaluate(None, answers)
    assert evaluate({"question": "a", "equals": True}, answers)
    assert not evaluate({"question": "a", "equals": False}, answers)
    assert not evaluate({"question": "missing", "equals": True}, answers)
    assert not evaluate({"question": "b", "equals": 1}, {"b": True})  # True is not 1
    assert evaluate({"question": "b", "in": ["x", "y"]}, answers)
    assert evaluate({"question": "c", "contains": "q"}, answers)
    assert not evaluate({"question": "b", "contains": "x"}, answers)
    assert evaluate({"question": "d", "answered": False}, answers)
    assert evaluate({"all": [{"question": "a", "equals": True}, {"not": {"question": "b", "equals": "z"}}]}, answers)
    assert evaluate({"any": [{"question": "a", "equals": False}, {"question": "b", "equals": "x"}]}, answers)


def test_is_answered() -> None:
    assert not any(is_answered(v) for v in (None, "", "   ", [], {}))
    assert all(is_answered(v) for v in ("x", 0, False, [1]))


def test_dpia_page_is_skipped_unless_data_relate_to_living_people() -> None:
    qs = load_question_set()
    assert next_section(qs, {"living_individuals": False}, "security").id == "ethics"
    assert previous_section(qs, {"living_individuals": False}, "ethics").id == "security"
    assert next_section(qs, {"living_individuals": True}, "security").id == "dpia"
    assert previous_section(qs, {"living_individuals": True}, "ethics").id == "dpia"
    assert next_section(qs, {}, None).id == "requester"
    assert next_section(qs, {}, "declaration") is None
    assert "dpia" not in [s.id for s in visible_sections(qs, {})]


def test_hidden_answers_are_kept_in_the_draft_but_left_out_of_the_case() -> None:
    qs = load_question_set()
    answers = {"living_individuals": False, "dpia_status": "completed", "org_type": "charity",
               "org_type_other": "left over", "org_name": "Shelter Cymru"}
    kept = visible_answers(qs, answers)
    assert kept == {"org_type": "charity", "org_name": "Shelter Cymru", "living_individuals": False}
    answers["living_individuals"] = True
    assert visible_answers(qs, answers)["dpia_status"] == "completed"
