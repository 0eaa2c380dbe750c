"""Evaluate the ``visible_if`` conditions of the question set against a set of answers.

See ``docs/question-set-format.md`` for the condition language.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

Condition = Mapping[str, Any]


def is_answered(value: Any) -> bool:
    """True when ``value`` counts as an answer (not absent, empty text, empty list or null)."""
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    if isinstance(value, (list, tuple, dict)):
        return len(value) > 0
    return True


def evaluate(condition: Condition | None, answers: Mapping[str, Any]) -> bool:
    """True when ``condition`` holds for ``answers``; a missing condition always holds."""
    if condition is None:
        return True
    if "all" in condition:
        return all(evaluate(c, answers) for c in condition["all"])
    if "any" in condition:
        return any(evaluate(c, answers) for c in condition["any"])
    if "not" in condition:
        return not evaluate(condition["not"], answers)
    value = answers.get(condition["question"])
    if "equals" in condition:
        return bool(value == condition["equals"] and type(value) is type(condition["equals"]))
    if "in" in condition:
        return value in condition["in"]
    if "contains" in condition:
        return isinstance(value, list) and condition["contains"] in value
    if "answered" in condition:
        return is_answered(value) == bool(condition["answered"])
    raise ValueError(f"unknown condition: {dict(condition)!r}")


def referenced_questions(condition: Condition | None) -> Iterator[str]:
    """Every question id a condition reads."""
    if condition is None:
        return
    for key in ("all", "any"):
        if key in condition:
            for sub in condition[key]:
                yield from referenced_questions(sub)
            return
    if "not" in condition:
        yield from referenced_questions(condition["not"])
        return
    yield condition["question"]
