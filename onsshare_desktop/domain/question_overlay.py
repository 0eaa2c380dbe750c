"""A question set in another language: an overlay file of texts by id laid over the English question set.

``resources/forms/<form-id>/<version>.<lang>.json`` (``1.0.cy.json``) gives, for every user-visible text of
``<version>.json``, the text in ``<lang>``, found by id (never by position)::

    {"form_id": "...", "version": "1.0", "language": "cy",
     "title": "...",
     "policy": {"document": "...", "clauses": {"<clause id>": {"heading": "..."}}},
     "preconditions": {"<precondition id>": {"title": "..."}},
     "sections": {"<section id>": {"title": "...", "intro": "..."}},
     "questions": {"<question or field id>": {"label": "...", "help": "...", "placeholder": "...",
                                             "choices": {"<choice value>": "..."}}}}

Everything else (ids, types, rules, conditions, choice values, roles, the policy quotations) comes from the English
file only, so answers and the case's JSON Schema do not depend on the language. The policy's quotations
(``clauses[].quote``) are never translated: the policy is an English document.

Only texts are replaced; an entry the overlay lacks keeps its English text (a test checks that none is lacking).
The format is described in ``docs/question-set-format.md``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Mapping
from typing import Any

TextPath = tuple[str, ...]
"""Where a text sits, by ids: ``("questions", "org_type", "choices", "other")``, ``("sections", "data", "intro")``."""

QUESTION_TEXTS = ("label", "help", "placeholder")
_FORMAT_FIELD = re.compile(r"\{[^{}]*\}|%\d")


def _questions(raw_questions: Any) -> Iterator[dict[str, Any]]:
    """Every question of a list, the fields of a repeating question right after it."""
    for question in raw_questions or ():
        yield question
        yield from _questions(question.get("fields"))


def translatable_texts(raw: Mapping[str, Any]) -> dict[TextPath, str]:
    """Every user-visible text of the decoded English question set ``raw``, by its path of ids, in form order.

    Args:
        raw: the decoded ``<version>.json``.

    Returns:
        ``{path: English text}``; an optional text (a section's intro, a question's placeholder) only when present.
    """
    texts: dict[TextPath, str] = {("title",): raw["title"], ("policy", "document"): raw["policy"]["document"]}
    for clause in raw["policy"]["clauses"]:
        texts["policy", "clauses", clause["id"], "heading"] = clause["heading"]
    for pre in raw["preconditions"]:
        texts["preconditions", pre["id"], "title"] = pre["title"]
    for section in raw["sections"]:
        texts["sections", section["id"], "title"] = section["title"]
        if section.get("intro"):
            texts["sections", section["id"], "intro"] = section["intro"]
    for section in raw["sections"]:
        for question in _questions(section["questions"]):
            for key in QUESTION_TEXTS:
                if question.get(key):
                    texts["questions", question["id"], key] = question[key]
            for choice in question.get("choices", ()):
                texts["questions", question["id"], "choices", choice["value"]] = choice["label"]
    return texts


def overlay_texts(overlay: Mapping[str, Any]) -> dict[TextPath, Any]:
    """The overlay's texts by path (the same paths as ``translatable_texts``), whatever their value."""
    texts: dict[TextPath, Any] = {}

    def walk(node: Any, path: TextPath) -> None:
        if isinstance(node, Mapping):
            for key, value in node.items():
                walk(value, (*path, str(key)))
        else:
            texts[path] = node

    for key in ("title", "policy", "preconditions", "sections", "questions"):
        if key in overlay:
            walk(overlay[key], (key,))
    return texts


def format_fields(text: str) -> list[str]:
    """The placeholders a program fills in (``{name}``, ``%1``), sorted: a translation must keep the same ones."""
    return sorted(_FORMAT_FIELD.findall(text))


def overlay_problems(raw: Mapping[str, Any], overlay: Mapping[str, Any], language: str) -> list[str]:
    """Every way ``overlay`` fails to translate ``raw`` completely: missing or empty texts, texts for ids that
    ``raw`` does not have, a different form, version or language, changed placeholders. Empty when complete."""
    problems = [f"{key}: {overlay.get(key)!r}, expected {want!r}"
                for key, want in (("form_id", raw["form_id"]), ("version", raw["version"]), ("language", language))
                if overlay.get(key) != want]
    english = translatable_texts(raw)
    given = overlay_texts(overlay)
    for path, text in english.items():
        name = "/".join(path)
        if path not in given:
            problems.append(f"{name}: no translation")
        elif not isinstance(given[path], str) or not given[path].strip():
            problems.append(f"{name}: empty translation")
        elif format_fields(given[path]) != format_fields(text):
            problems.append(f"{name}: placeholders {format_fields(given[path])} differ from {format_fields(text)}")
    problems += [f"{'/'.join(path)}: not a text of {raw['form_id']} {raw['version']}"
                 for path in given if path not in english]
    return problems


def apply_overlay(raw: Mapping[str, Any], overlay: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of the decoded English question set ``raw`` with the overlay's texts in place of the English ones.

    Only the texts ``translatable_texts`` lists are replaced; a text the overlay lacks (or gives empty) stays in
    English, and anything else in the overlay is ignored.
    """
    given = overlay_texts(overlay)

    def text(path: TextPath, english: str) -> str:
        value = given.get(path)
        return value if isinstance(value, str) and value.strip() else english

    out: dict[str, Any] = copy.deepcopy(dict(raw))
    out["title"] = text(("title",), out["title"])
    out["policy"]["document"] = text(("policy", "document"), out["policy"]["document"])
    for clause in out["policy"]["clauses"]:
        clause["heading"] = text(("policy", "clauses", clause["id"], "heading"), clause["heading"])
    for pre in out["preconditions"]:
        pre["title"] = text(("preconditions", pre["id"], "title"), pre["title"])
    for section in out["sections"]:
        for key in ("title", "intro"):
            if section.get(key):
                section[key] = text(("sections", section["id"], key), section[key])
        for question in _questions(section["questions"]):
            for key in QUESTION_TEXTS:
                if question.get(key):
                    question[key] = text(("questions", question["id"], key), question[key])
            for choice in question.get("choices", ()):
                choice["label"] = text(("questions", question["id"], "choices", choice["value"]), choice["label"])
    return out
