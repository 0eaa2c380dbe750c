"""Question roles: the question set names which question is the title, the organisation…; code never spells ids."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from onsshare_desktop.domain.errors import FormDefinitionError
from onsshare_desktop.domain.questions import ROLE_ORGANISATION, ROLE_TITLE, forms_dir, load_question_set, parse_question_set

PACKAGE = Path(__file__).resolve().parents[2] / "onsshare_desktop"


def _raw() -> dict:
    return json.loads((forms_dir() / "ons-data-share-request" / "1.0.json").read_text(encoding="utf-8"))


def test_the_case_reads_its_title_and_organisation_through_the_roles() -> None:
    from onsshare_desktop.domain.case import Case

    qs = load_question_set()
    case = Case.new(qs).with_role_answer(ROLE_TITLE, " Housing ").with_role_answer(ROLE_ORGANISATION, "Gov")
    assert (case.title, case.organisation) == ("Housing", "Gov")
    assert case.answers[qs.role(ROLE_TITLE)] == " Housing "


@pytest.mark.parametrize("change, message", [
    (lambda raw: raw["roles"].pop("title"), "roles"),
    (lambda raw: raw["roles"].update(organisation="no_such_question"), "no_such_question"),
    (lambda raw: raw["roles"].update(declaration_section="project_title"), "section"),
])
def test_a_question_set_with_bad_roles_is_refused(change, message: str) -> None:
    raw = _raw()
    change(raw)
    with pytest.raises(FormDefinitionError, match=message):
        parse_question_set(raw)


def _spelled_ids(tree: ast.AST, ids: set[str]) -> list[tuple[int, str]]:
    """Question ids used to reach an answer or a question: ``answers.get("x")``, ``answers["x"]``,
    ``case.with_answer("x", …)``, ``qs.question("x")``."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args \
                and (node.func.attr in ("with_answer", "question")
                     or node.func.attr == "get" and ast.unparse(node.func.value).endswith("answers")) \
                and isinstance(node.args[0], ast.Constant) and node.args[0].value in ids:
            found.append((node.lineno, node.args[0].value))
        elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and node.slice.value in ids \
                and ast.unparse(node.value).endswith("answers"):
            found.append((node.lineno, node.slice.value))
    return found


def test_no_code_outside_the_domain_spells_a_question_id() -> None:
    """store/, pack/, services/, gui/ and cli/ find questions by role (a literal id would break a new form)."""
    qs = load_question_set()
    ids = {q.id for section in qs.sections for top in section.questions for q in (top, *top.fields)}
    offences = [f"{path.relative_to(PACKAGE)}:{line} {value!r}"
                for layer in ("store", "pack", "services", "gui", "cli")
                for path in sorted((PACKAGE / layer).rglob("*.py")) if "_generated" not in path.parts
                for line, value in _spelled_ids(ast.parse(path.read_text(encoding="utf-8")), ids)]
    assert offences == []


def test_the_scan_sees_a_spelled_id() -> None:
    tree = ast.parse('x = case.answers.get("org_name")\ny = answers["dpia_status"]\nqs.question("org_type")\n'
                     'payload.get("org_name")')
    assert _spelled_ids(tree, {"org_name", "dpia_status", "org_type"}) == [
        (1, "org_name"), (2, "dpia_status"), (3, "org_type")]
