"""The shipped question set is complete, consistent and cites the policy faithfully."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from onsshare_desktop.domain.errors import FormDefinitionError
from onsshare_desktop.domain.questions import load_question_set, parse_question_set
from onsshare_desktop.resources import resource_path

FORM_FILE = resource_path("forms", "ons-data-share-request", "1.0.json")
POLICY_TEXT = resource_path("policy", "ons-data-sharing-policy.txt").read_text(encoding="utf-8")

WIZARD_SECTIONS = ["requester", "data", "justification", "legal", "use", "benefit", "security", "dpia", "ethics",
                   "attachments", "declaration"]


def raw_form() -> dict:
    return json.loads(Path(FORM_FILE).read_text(encoding="utf-8"))


def all_questions(qs):
    for q in qs.questions():
        yield q
        yield from q.fields


def test_sections_follow_the_wizard_order() -> None:
    assert [s.id for s in load_question_set().sections] == WIZARD_SECTIONS


def test_every_question_has_guidance_that_cites_a_real_clause() -> None:
    qs = load_question_set()
    clauses = {c.id for c in qs.clauses}
    for q in all_questions(qs):
        assert q.label.strip(), q.id
        assert len(q.help.strip()) >= 20, f"{q.id}: guidance too thin"
        assert q.policy_ref in clauses, q.id


def test_every_quoted_clause_is_verbatim_policy_text() -> None:
    for clause in load_question_set().clauses:
        assert clause.quote in POLICY_TEXT, clause.id


def test_ids_are_unique_and_conditions_refer_to_earlier_questions() -> None:
    qs = load_question_set()  # parse_question_set checks both; this asserts the shipped file passes
    ids = [q.id for q in all_questions(qs)]
    assert len(ids) == len(set(ids))


def test_the_four_preconditions_point_at_real_questions() -> None:
    qs = load_question_set()
    assert [p.id for p in qs.preconditions] == ["other-routes", "legal-gateway", "public-benefit", "confidentiality"]
    for pre in qs.preconditions:
        assert pre.questions
        for ref in pre.questions:
            qs.question(ref)


def test_dpia_section_applies_only_to_data_on_living_individuals() -> None:
    dpia = load_question_set().section("dpia")
    assert dpia.visible_if == {"question": "living_individuals", "equals": True}


def test_choice_questions_have_choices_and_text_questions_have_limits() -> None:
    for q in all_questions(load_question_set()):
        if q.type in ("choice", "multichoice"):
            assert q.choices, q.id
        if q.type in ("text", "email", "phone", "textarea"):
            assert q.max_length, q.id


@pytest.mark.parametrize("breakage, message", [
    (lambda f: f["sections"][0]["questions"].append(copy.deepcopy(f["sections"][0]["questions"][0])), "duplicate"),
    (lambda f: f["sections"][0]["questions"][0].update(policy_ref="nowhere"), "unknown policy clause"),
    (lambda f: f["sections"][0]["questions"][0].update(visible_if={"question": "declarant_name", "equals": "x"}),
     "not an earlier question"),
    (lambda f: f["sections"][0]["questions"][0].update(type="slider"), "unknown type"),
    (lambda f: f["preconditions"][0]["questions"].append("no_such_question"), "unknown question"),
])
def test_a_broken_definition_is_refused(breakage, message: str) -> None:
    form = raw_form()
    breakage(form)
    with pytest.raises(FormDefinitionError, match=message):
        parse_question_set(form)
