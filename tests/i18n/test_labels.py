"""Tables of labels defined at import time still answer in the language of the moment (``i18n.Labels``)."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest

from onsshare_desktop import i18n
from onsshare_desktop.domain.case import ATTACHMENT_TYPES
from onsshare_desktop.domain.documents import DECISION_LABELS, Decision
from onsshare_desktop.domain.screening.checklist import checklist_items
from onsshare_desktop.domain.screening.stages import STAGE_LABELS, Stage
from tests.i18n_support import MARK

PACKAGE = Path(__file__).resolve().parents[2] / "onsshare_desktop"


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    i18n.set_language(i18n.ENGLISH)


def test_a_label_table_answers_in_the_language_of_each_lookup(pseudo_cy):
    assert STAGE_LABELS[Stage.RECEIVED] == "Received"
    with i18n.use_language(i18n.WELSH):
        assert STAGE_LABELS[Stage.RECEIVED] == MARK + "Received"
        assert dict(DECISION_LABELS.items())[Decision.DECLINED] == MARK + "Declined"
        assert ATTACHMENT_TYPES["dpia"] == MARK + "Data Protection Impact Assessment"
    i18n.set_language(i18n.WELSH)
    assert list(DECISION_LABELS.values())[0] == MARK + "Approved"
    assert DECISION_LABELS.source(Decision.APPROVED) == "Approved"


def test_a_label_table_keeps_its_keys_whatever_the_language(pseudo_cy):
    with i18n.use_language(i18n.WELSH):
        assert list(STAGE_LABELS) == list(Stage)
        assert "dpia" in ATTACHMENT_TYPES and len(ATTACHMENT_TYPES) == 6


def test_a_worker_rendering_in_welsh_does_not_change_another_threads_labels(pseudo_cy):
    seen: list[str] = []
    inside, release = threading.Event(), threading.Event()

    def worker() -> None:
        with i18n.use_language(i18n.WELSH):
            seen.append(STAGE_LABELS[Stage.DECLINED])
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(5)
    assert STAGE_LABELS[Stage.DECLINED] == "Declined"
    release.set()
    thread.join(5)
    assert seen == [MARK + "Declined"]


def test_the_fixed_checklist_items_are_titled_in_the_current_language(pseudo_cy):
    from onsshare_desktop.domain.questions import load_question_set

    qs = load_question_set()
    with i18n.use_language(i18n.WELSH):
        titles = [item.title for item in checklist_items(qs, {"living_individuals": True})]
    assert MARK + "A Data Protection Impact Assessment is present" in titles
    assert titles[-1] == MARK + "The declaration is complete"


def _translated_at_import(path: Path) -> list[str]:
    """``_()``/``ngettext()`` calls outside any function: evaluated once, in the language of the import."""
    found: list[str] = []

    def walk(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if not inside and isinstance(child, ast.Call) and isinstance(child.func, ast.Name) \
                    and child.func.id in ("_", "ngettext"):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{child.lineno}")
            walk(child, inside)

    walk(ast.parse(path.read_text(encoding="utf-8")), False)
    return found


def test_no_text_is_translated_when_its_module_is_imported():
    """A module-level ``_("...")`` is fixed in English for good: mark it ``N_`` and translate where it is shown
    (``Labels`` for a table)."""
    offenders = [hit for path in sorted(PACKAGE.rglob("*.py")) if "_generated" not in path.parts
                 for hit in _translated_at_import(path)]
    assert offenders == []
