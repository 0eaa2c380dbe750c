"""JSON Schema (draft 2020-12) of a case file, generated from the question set.

The generated schema is committed under ``resources/schema/`` for other tools to use; a test fails when
regenerating it would change the file. Regenerate with ``python -m onsshare_desktop.domain.case_schema``.
The schema checks structure and types; completeness (required answers, formats) is ``validation``'s job, so a
half-finished draft is still a valid case file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from onsshare_desktop.domain.amendments import responses_schema
from onsshare_desktop.domain.case import ATTACHMENT_TYPES, CASE_FORMAT, CASE_FORMAT_VERSION
from onsshare_desktop.domain.questions import TEXT_TYPES, Question, QuestionSet
from onsshare_desktop.i18n import ENGLISH

DEFAULT_TEXT_LIMIT = 20_000
MAX_LIST_ITEMS = 200
MAX_INTEGER = 10**15
SHA256_PATTERN = "^[0-9a-f]{64}$"


def _answer_schema(q: Question) -> dict[str, Any]:
    if q.type in TEXT_TYPES:
        return {"type": "string", "maxLength": q.max_length or DEFAULT_TEXT_LIMIT}
    if q.type == "date":
        return {"type": "string", "maxLength": 10}
    if q.type == "integer":
        return {"type": "integer", "minimum": 0, "maximum": MAX_INTEGER}
    if q.type in ("yes_no", "confirm"):
        return {"type": "boolean"}
    if q.type == "choice":
        return {"enum": [c.value for c in q.choices]}
    if q.type == "multichoice":
        return {"type": "array", "uniqueItems": True, "maxItems": len(q.choices),
                "items": {"enum": [c.value for c in q.choices]}}
    if q.type == "repeating":
        return {"type": "array", "maxItems": MAX_LIST_ITEMS,
                "items": {"type": "object", "additionalProperties": False,
                          "properties": {f.id: _answer_schema(f) for f in q.fields}}}
    raise ValueError(f"no schema for question type {q.type}")


def build_case_schema(qs: QuestionSet) -> dict[str, Any]:
    """The JSON Schema that every case file for ``qs`` must satisfy, the same in every language of ``qs``."""
    english_title = qs.title if qs.language == ENGLISH else qs.in_language(ENGLISH).title
    answers = {q.id: _answer_schema(q) for q in qs.questions() if q.type != "attachments"}
    attachment = {
        "type": "object",
        "required": ["file_name", "type", "size", "sha256"],
        "additionalProperties": False,
        "properties": {
            "file_name": {"type": "string", "minLength": 1, "maxLength": 255},
            "type": {"enum": list(ATTACHMENT_TYPES)},
            "size": {"type": "integer", "minimum": 0, "maximum": MAX_INTEGER},
            "sha256": {"type": "string", "pattern": SHA256_PATTERN},
            "media_type": {"type": "string", "maxLength": 255},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:onsshare:case:{qs.form_id}:{qs.version}",
        "title": f"{english_title} (form {qs.version})",
        "type": "object",
        "required": ["format", "format_version", "form", "case_ref", "version", "answers", "attachments"],
        "additionalProperties": False,
        "properties": {
            "format": {"const": CASE_FORMAT},
            "format_version": {"const": CASE_FORMAT_VERSION},
            "form": {
                "type": "object",
                "required": ["id", "version"],
                "additionalProperties": False,
                "properties": {"id": {"const": qs.form_id}, "version": {"const": qs.version}},
            },
            "case_ref": {"type": "string", "pattern": "^[A-Z0-9][A-Z0-9-]{2,63}$"},
            "version": {"type": "integer", "minimum": 1, "maximum": 10_000},
            "previous_pack_sha256": {"type": ["string", "null"], "pattern": SHA256_PATTERN},
            "answers": {"type": "object", "additionalProperties": False, "properties": answers},
            "attachments": {"type": "array", "maxItems": MAX_LIST_ITEMS, "items": attachment},
            "responses": responses_schema(),
        },
    }


def schema_path(qs: QuestionSet) -> Path:
    from onsshare_desktop.resources import resource_path

    return resource_path("schema", f"case-{qs.form_id}-{qs.version}.schema.json")


def render_schema(qs: QuestionSet) -> str:
    """The schema as the exact text committed under ``resources/schema/``."""
    return json.dumps(build_case_schema(qs), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":  # regenerate the committed schema files
    from onsshare_desktop.domain.questions import available_versions, load_question_set

    for version in available_versions():
        question_set = load_question_set(version=version, language=ENGLISH)
        schema_path(question_set).write_text(render_schema(question_set), encoding="utf-8")
        print(f"wrote {schema_path(question_set)}", file=sys.stderr)
