"""The question set in Welsh: the overlay ``1.0.cy.json`` is complete, keeps the policy's quotations in English, and
loading in Welsh changes texts only (ids, rules, answers and the case schema stay the same)."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from onsshare_desktop import i18n
from onsshare_desktop.domain.case_io import case_problems
from onsshare_desktop.domain.case_schema import build_case_schema
from onsshare_desktop.domain.question_overlay import apply_overlay, overlay_problems, overlay_texts, translatable_texts
from onsshare_desktop.domain.questions import (
    QuestionSet,
    available_versions,
    forms_dir,
    load_question_set,
    overlay_path,
    read_question_set,
)
from onsshare_desktop.resources import resource_path

FORM = "ons-data-share-request"
QUOTATION = re.compile(r'"([^"]+)"')
OVERLAY_NAME = re.compile(r"[0-9.]+\.[a-z]{2,3}\.json")
ENGLISH_NOTE = "(dyfynnir y polisi yn Saesneg)"  # "the policy is quoted in English"


def overlays() -> list[Path]:
    """Every overlay shipped for any form (``<version>.<lang>.json``)."""
    return sorted(p for p in forms_dir().glob("*/*.json") if OVERLAY_NAME.fullmatch(p.name))


def english_and_welsh() -> tuple[dict[str, Any], dict[str, Any]]:
    raw = read_question_set(FORM, "1.0")
    overlay = json.loads(overlay_path(FORM, "1.0", "cy").read_text(encoding="utf-8"))
    return raw, overlay


def test_every_shipped_version_has_a_welsh_overlay() -> None:
    for version in available_versions(FORM):
        assert overlay_path(FORM, version, i18n.WELSH).is_file(), f"{FORM} {version} has no Welsh texts"


@pytest.mark.parametrize("path", overlays(), ids=lambda p: p.name)
def test_an_overlay_translates_every_text_of_its_form_and_nothing_else(path: Path) -> None:
    version, language = path.name.removesuffix(".json").rsplit(".", 1)
    raw = read_question_set(path.parent.name, version)
    overlay = json.loads(path.read_text(encoding="utf-8"))
    assert overlay_problems(raw, overlay, language) == []


def test_the_completeness_check_finds_a_missing_an_empty_an_unknown_and_a_changed_text() -> None:
    raw, overlay = english_and_welsh()
    broken = copy.deepcopy(overlay)
    del broken["questions"]["org_type"]["choices"]["charity"]
    broken["questions"]["contact_role"]["placeholder"] = "  "
    broken["questions"]["no_such_question"] = {"label": "Dim"}
    broken["questions"]["org_name"]["placeholder"] = "e.e. {organisation}"
    broken["policy"]["clauses"]["precondition-legal-gateway"]["quote"] = "mae porth cyfreithiol addas yn bodoli"
    broken["language"] = "en"
    problems = overlay_problems(raw, broken, "cy")
    assert problems == [
        "language: 'en', expected 'cy'",
        "questions/org_name/placeholder: placeholders ['{organisation}'] differ from []",
        "questions/org_type/choices/charity: no translation",
        "questions/contact_role/placeholder: empty translation",
        # the policy's words are never translated: a quotation in the overlay is refused like an unknown id
        "policy/clauses/precondition-legal-gateway/quote: not a text of ons-data-share-request 1.0",
        "questions/no_such_question/label: not a text of ons-data-share-request 1.0",
    ]


def test_policy_quotations_stay_in_english_with_a_welsh_note_saying_so() -> None:
    raw, overlay = english_and_welsh()
    welsh = overlay_texts(overlay)
    quoted = 0
    for path, english in translatable_texts(raw).items():
        quotations = QUOTATION.findall(english)
        assert QUOTATION.findall(welsh[path]) == quotations, f"{'/'.join(path)}: quotations differ from the English"
        assert welsh[path].count(ENGLISH_NOTE) == (1 if quotations else 0), (
            f"{'/'.join(path)}: say once, in Welsh, that the policy is quoted in English")
        quoted += bool(quotations)
    assert quoted > 60  # nearly every help text quotes the policy


def test_every_quotation_is_the_policys_own_words() -> None:
    policy = " ".join(resource_path("policy", "ons-data-sharing-policy.txt").read_text(encoding="utf-8").split())
    with i18n.use_language(i18n.WELSH):
        qs = load_question_set()
    texts = [q.help for s in qs.sections for top in s.questions for q in (top, *top.fields)]
    quotations = [quote for text in texts for quote in QUOTATION.findall(text)]
    assert quotations and [q for q in quotations if " ".join(q.split()) not in policy] == []
    assert [c.quote for c in qs.clauses] == [c.quote for c in load_question_set(language=i18n.ENGLISH).clauses]


def test_welsh_texts_under_use_language_and_english_otherwise() -> None:
    english = load_question_set()
    with i18n.use_language(i18n.WELSH):
        welsh = load_question_set()
    assert (english.language, welsh.language) == ("en", "cy")
    assert english.title == "Request to share ONS data with an external party"
    assert welsh.title == "Cais i rannu data ONS â pharti allanol"
    assert welsh.section("requester").title == "Y parti sy'n gwneud cais"
    assert welsh.question("org_name").label == "Enw'r sefydliad"
    assert welsh.question("org_type").choice_label("charity") == "Elusen"
    assert english.question("org_type").choice_label("charity") == "Charity"
    dataset_name = next(f for f in welsh.question("datasets").fields if f.id == "dataset_name")
    assert dataset_name.label == "Enw'r set ddata"
    assert welsh.preconditions[0].title == "Nid yw dulliau eraill o gael mynediad yn ymarferol"
    assert load_question_set().language == "en"  # outside the block: English again
    assert load_question_set(language="cy") is welsh  # loaded once per language
    assert welsh.in_language("en") is english and english.in_language("cy") is welsh


def test_the_process_language_chooses_when_none_is_given() -> None:
    i18n.set_language(i18n.WELSH)
    try:
        assert load_question_set().language == "cy"
        assert load_question_set(language="en").language == "en"
    finally:
        i18n.set_language(i18n.ENGLISH)


def structure(qs: QuestionSet) -> list[Any]:
    """Everything of a question set except its texts."""
    def question(q: Any) -> tuple[Any, ...]:
        return (q.id, q.type, q.required, q.max_length, q.policy_ref, q.min_items, q.visible_if,
                [c.value for c in q.choices], [question(f) for f in q.fields])

    return [qs.form_id, qs.version, dict(qs.roles), [(c.id, c.quote) for c in qs.clauses],
            [(p.id, p.clause, p.questions) for p in qs.preconditions],
            [(s.id, s.visible_if, [question(q) for q in s.questions]) for s in qs.sections]]


def test_welsh_changes_texts_only() -> None:
    english = load_question_set(language="en")
    welsh = load_question_set(language="cy")
    assert structure(welsh) == structure(english)
    english_texts = [q.label for q in english.questions()]
    welsh_texts = [q.label for q in welsh.questions()]
    assert len(set(english_texts) & set(welsh_texts)) == 0  # every label really is in Welsh


def test_the_case_schema_and_validation_do_not_depend_on_the_language(tmp_path: Path) -> None:
    english = load_question_set(language="en")
    welsh = load_question_set(language="cy")
    assert build_case_schema(welsh) == build_case_schema(english)
    example = json.loads(resource_path("examples", "welsh-government-housing.json").read_text(encoding="utf-8"))
    assert case_problems(example, welsh) == case_problems(example, english) == []
    wrong = copy.deepcopy(example)
    wrong["answers"]["org_type"] = "Elusen"  # a Welsh label is not a stored value
    wrong["answers"]["living_individuals"] = "Ie"
    with i18n.use_language(i18n.WELSH):
        welsh_problems = [p.path for p in case_problems(wrong, welsh)]
    assert welsh_problems == [p.path for p in case_problems(wrong, english)]
    assert sorted(welsh_problems) == ["$.answers.living_individuals", "$.answers.org_type"]


def test_an_overlay_is_not_a_version() -> None:
    assert available_versions(FORM) == ["1.0"]
    with pytest.raises(KeyError):
        load_question_set(FORM, "1.0.cy")


def test_a_text_the_overlay_lacks_stays_in_english() -> None:
    raw, overlay = english_and_welsh()
    partial = copy.deepcopy(overlay)
    del partial["questions"]["org_name"]["label"]
    del partial["sections"]["data"]
    merged = apply_overlay(raw, partial)
    requester, data = merged["sections"][0], merged["sections"][1]
    assert requester["questions"][1]["label"] == "Organisation name"
    assert requester["questions"][1]["help"].startswith("Rhowch enw cyfreithiol llawn")
    assert data["title"] == "Data requested"
    assert raw["sections"][0]["questions"][1]["help"].startswith("Give the full legal name")  # raw untouched
