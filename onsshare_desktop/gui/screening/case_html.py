"""The requester's answers to one section as read-only HTML for the review workspace.

Attachments become ``attachment:<sha256>`` links that the workspace opens.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from onsshare_desktop.domain.case import ATTACHMENT_TYPES, Case
from onsshare_desktop.domain.flow import visible_questions
from onsshare_desktop.domain.questions import Question, Section
from onsshare_desktop.i18n import ngettext

ATTACHMENT_SCHEME = "attachment"


translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") literally


def _answered(value: Any) -> bool:
    return value is not None and value != "" and value != []


def format_value(question: Question, value: Any) -> str:
    """One answer as plain text."""
    if not _answered(value):
        return translate("CaseHtml", "Not answered")
    if question.type == "yes_no":
        return translate("CaseHtml", "Yes") if value is True else translate("CaseHtml", "No")
    if question.type == "confirm":
        return translate("CaseHtml", "Confirmed") if value is True else translate("CaseHtml", "Not confirmed")
    if question.type == "choice":
        return question.choice_label(str(value))
    if question.type == "multichoice" and isinstance(value, list):
        return "; ".join(question.choice_label(str(v)) for v in value)
    if question.type == "integer" and isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def _text_html(text: str, answered: bool) -> str:
    body = f'<span style="white-space:pre-wrap">{escape(text)}</span>'  # indentation and tabs as typed
    return body if answered else f'<span style="color:#666"><i>{body}</i></span>'


def _attachments_html(case: Case) -> str:
    if not case.attachments:
        return _text_html(translate("CaseHtml", "No attachments"), False)
    items = []
    for ref in case.attachments:
        kind = ATTACHMENT_TYPES.get(ref.kind, ref.kind)
        size = ngettext("{size} byte", "{size} bytes", ref.size).format(size=f"{ref.size:,}")
        items.append(f'<li><a href="{ATTACHMENT_SCHEME}:{escape(ref.sha256)}">{escape(ref.file_name)}</a> '
                     f'({escape(kind)}, {escape(size)})</li>')
    return "<ul>" + "".join(items) + "</ul>"


def _question_html(question: Question, case: Case) -> str:
    value = case.answers.get(question.id)
    if question.type == "attachments":
        body = _attachments_html(case)
    elif question.type == "repeating":
        entries = [item for item in (value or []) if isinstance(item, dict)]
        if not entries:
            body = _text_html(translate("CaseHtml", "Not answered"), False)
        else:
            blocks = []
            for n, item in enumerate(entries, start=1):  # paragraphs, not a table: a table's frame reads as U+FDD0
                rows = "".join(
                    f"<p style='margin-left:16px'>{escape(f.label)}: "
                    f"{_text_html(format_value(f, item.get(f.id)), _answered(item.get(f.id)))}</p>"
                    for f in question.fields)
                heading = translate("CaseHtml", "Entry {n}").format(n=n)
                blocks.append(f"<p><b>{escape(heading)}</b></p>{rows}")
            body = "".join(blocks)
    else:
        body = _text_html(format_value(question, value), _answered(value))
    if body.startswith(("<p", "<ul")):
        return f"<p><b>{escape(question.label)}</b></p>{body}"
    return f"<p><b>{escape(question.label)}</b></p><p>{body}</p>"


def section_html(section: Section, case: Case) -> str:
    """The section's questions that apply to the case, with the answers, in the requester's order."""
    parts = [f"<p>{escape(section.intro)}</p>"] if section.intro else []
    parts += [_question_html(q, case) for q in visible_questions(section, case.answers)]
    return "".join(parts)
