"""Read case files safely: strict JSON, bounded size and depth, schema-checked, every problem named.

Used for ``import-case`` and for the ``case.json`` inside received packs, so everything here treats its input
as hostile: duplicate keys, NaN/Infinity, huge numbers, deep nesting and unknown versions are refused.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterator
from typing import Any

from onsshare_desktop.domain.case import CASE_FORMAT, CASE_FORMAT_VERSION, Case
from onsshare_desktop.domain.control_chars import control_message, strings_in
from onsshare_desktop.domain.errors import ControlCharacterProblem, InvalidCaseError, Problem
from onsshare_desktop.domain.questions import QuestionSet, available_versions, load_question_set
from onsshare_desktop.i18n import _, ngettext

MAX_CASE_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 16
MAX_NUMBER_DIGITS = 16
_FORM_ID_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,79}")
_FORM_VERSION_RE = re.compile(r"[0-9]{1,4}(\.[0-9]{1,4}){0,3}")


class _Refused(ValueError):
    """Raised from inside the JSON parser hooks; becomes a ``Problem``."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(_("duplicate key {key!r}").format(key=key[:80]))
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise _Refused(_("{name} is not a number JSON allows").format(name=name))


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _Refused(_("number with {n} digits is too large").format(n=len(text)))
    return int(text)


def _bounded_float(text: str) -> float:
    if len(text) > 40:
        raise _Refused(_("number {text}… is too long").format(text=text[:20]))
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(_("number {text} is too large").format(text=text))
    return value


def _is_encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a \ud800-style escape: not a character
        return False
    return True


def _structure_problem(value: Any, limit: int) -> str | None:
    """Why ``value`` cannot be a case: nested deeper than ``limit``, or text that is not valid Unicode."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            if not _is_encodable(node):
                return _("text contains an escaped lone surrogate, which is not a character")
        elif isinstance(node, (dict, list)):
            if depth > limit:
                return _("nested more than {n} levels deep").format(n=limit)
            if isinstance(node, dict):
                stack.extend((key, depth) for key in node)
                stack.extend((child, depth + 1) for child in node.values())
            else:
                stack.extend((child, depth + 1) for child in node)
    return None


def parse_json_strict(data: bytes) -> Any:
    """Decode ``data`` as strict UTF-8 JSON or raise ``InvalidCaseError`` naming why."""
    if len(data) > MAX_CASE_BYTES:
        raise InvalidCaseError([Problem("$", _("file is {size} bytes; a case file may be at most {limit}").format(
            size=len(data), limit=MAX_CASE_BYTES))])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidCaseError([Problem("$", _("not UTF-8 text (byte {pos})").format(pos=exc.start))]) from None
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants,
                           parse_int=_bounded_int, parse_float=_bounded_float)
    except _Refused as exc:
        raise InvalidCaseError([Problem("$", str(exc))]) from None
    except RecursionError:
        raise InvalidCaseError([Problem("$", _("nested too deeply"))]) from None
    except json.JSONDecodeError as exc:
        raise InvalidCaseError([Problem("$", _("not valid JSON: {msg} at line {line}, column {col}").format(
            msg=exc.msg, line=exc.lineno, col=exc.colno))]) from None
    problem = _structure_problem(value, MAX_DEPTH)
    if problem:
        raise InvalidCaseError([Problem("$", problem)])
    return value


def _short(value: Any, limit: int = 40) -> str:
    """``repr(value)`` cut to ``limit`` characters, so a hostile value is never echoed back whole."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _json_path(parts: Iterator[Any] | Any) -> str:
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def _describe(error: Any) -> str:
    """A short, plain message for a jsonschema error (never echoing a huge value back)."""
    kind, expected = error.validator, error.validator_value
    if kind == "required":
        missing = [name for name in expected if isinstance(error.instance, dict) and name not in error.instance]
        return _("missing field {name}").format(name=", ".join(repr(m) for m in missing))
    if kind == "additionalProperties":
        extra = [k for k in error.instance if k not in error.schema.get("properties", {})]
        return _("unknown field {name}").format(name=", ".join(repr(k[:60]) for k in extra[:5]))
    if kind == "type":
        return _("expected {kind}").format(kind=expected if isinstance(expected, str) else " or ".join(expected))
    if kind == "maxLength":
        return _("longer than {n} characters").format(n=expected)
    if kind == "minLength":
        return _("must not be empty")
    if kind in ("maxItems", "minItems"):
        return ngettext("must have {rel} {n} item", "must have {rel} {n} items", expected).format(
            rel=_("at most") if kind == "maxItems" else _("at least"), n=expected)
    if kind == "enum":
        return _("must be one of: {values}").format(values=", ".join(str(v) for v in expected[:12]))
    if kind == "const":
        return _("must be {value!r}").format(value=expected)
    if kind == "pattern":
        return _("not in the expected format")
    if kind in ("minimum", "maximum"):
        return _("out of range")
    if kind == "uniqueItems":
        return _("contains the same value twice")
    return str(error.message)[:200]


def _question_set_for(raw: Any) -> QuestionSet:
    problems: list[Problem] = []
    if not isinstance(raw, dict):
        raise InvalidCaseError([Problem("$", _("expected a JSON object"))])
    if raw.get("format") != CASE_FORMAT:
        problems.append(Problem("$.format", _("not an onsshare case file (expected {f!r})").format(f=CASE_FORMAT)))
    if raw.get("format_version") != CASE_FORMAT_VERSION:
        problems.append(Problem("$.format_version", _("unsupported case format version {v}; this app reads {ok}")
                                .format(v=_short(raw.get("format_version")), ok=CASE_FORMAT_VERSION)))
    form = raw.get("form")
    if not isinstance(form, dict) or not isinstance(form.get("id"), str) or not isinstance(form.get("version"), str):
        problems.append(Problem("$.form", _("missing the form id and version")))
    if problems:
        raise InvalidCaseError(problems)
    assert isinstance(form, dict)  # checked above
    try:
        # The id and version become a file path: only names that can be a shipped form get that far.
        if not (_FORM_ID_RE.fullmatch(form["id"]) and _FORM_VERSION_RE.fullmatch(form["version"])):
            raise KeyError(form["id"])
        return load_question_set(form["id"], form["version"])
    except KeyError:
        known = ", ".join(available_versions()) or "none"
        raise InvalidCaseError([Problem("$.form", _("unknown form {id} version {v}; this app knows versions {known}")
                                        .format(id=form["id"][:60], v=form["version"][:20], known=known))]) from None


@functools.cache
def _strict_validator_class() -> Any:
    """Draft 2020-12, except that 5.0 is not an integer (a case file holds whole numbers only)."""
    from jsonschema import Draft202012Validator, validators

    checker = Draft202012Validator.TYPE_CHECKER.redefine(
        "integer", lambda _checker, value: isinstance(value, int) and not isinstance(value, bool))
    return validators.extend(Draft202012Validator, type_checker=checker)


def case_problems(raw: Any, qs: QuestionSet) -> list[Problem]:
    """Every way ``raw`` breaks the case schema of ``qs``, in document order."""
    from onsshare_desktop.domain.case_schema import build_case_schema

    return schema_problems(raw, build_case_schema(qs))


def schema_problems(raw: Any, schema: dict[str, Any]) -> list[Problem]:
    """Every way ``raw`` breaks ``schema`` (draft 2020-12, whole numbers strict), in document order."""
    validator = _strict_validator_class()(schema)
    errors = sorted(validator.iter_errors(raw), key=lambda e: [str(p) for p in e.absolute_path])
    return [Problem(_json_path(e.absolute_path), _describe(e)) for e in errors]


def control_character_problems(raw: Any, qs: QuestionSet) -> list[Problem]:
    """Every text in ``raw`` that carries a control character, named by JSON path (and question, for answers)."""
    labels = {f"$.answers.{q.id}": q.label for q in qs.questions()}
    problems: list[Problem] = []
    for path, text in strings_in(raw):
        message = control_message(text)
        if message is not None:
            label = labels.get(path) or labels.get(path.split("[", 1)[0])
            where = f"{path} ({label})" if label else path
            problems.append(ControlCharacterProblem(where, message))
    return problems


def load_case(data: bytes) -> Case:
    """Parse and check a case file; ``InvalidCaseError`` lists every problem, one per JSON path."""
    raw = parse_json_strict(data)
    qs = _question_set_for(raw)
    problems = control_character_problems(raw, qs) + case_problems(raw, qs)
    if problems:
        raise InvalidCaseError(problems)
    return Case.from_json(raw)


def dump_case(case: Case, qs: QuestionSet | None = None) -> bytes:
    """The canonical case-file bytes (UTF-8, sorted keys off, 2-space indent) that ``load_case`` reads back."""
    return (json.dumps(case.to_json(qs), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
