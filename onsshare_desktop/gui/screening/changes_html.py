"""What changed in one section since the previous version, and the amendment requests on it, as HTML for the top
of a section page of the review workspace (the diff view): inserted words underlined in green, removed words
struck through in red, each request beside the question it concerns with the requester's response."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from onsshare_desktop.domain.dates import local_time
from onsshare_desktop.domain.amendments import REQUEST_STATUS_LABELS, AmendmentRequest, TargetKind
from onsshare_desktop.domain.diff import CHANGE_LABELS, AnswerChange, CaseDiff, Change, Mark, word_segments
from onsshare_desktop.domain.questions import QuestionSet

INSERTED = "color:#1a6b2f; text-decoration:underline"
DELETED = "color:#a02424; text-decoration:line-through"
BOX = "background:#fff8e1; border:1px solid #e0c36a; padding:6px; margin-bottom:10px"


translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") literally


def _plain(value: Any) -> str:
    if isinstance(value, bool):
        return translate("ChangesHtml", "Yes") if value else translate("ChangesHtml", "No")
    if isinstance(value, list):
        return "; ".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_plain(v)}" for k, v in value.items() if v not in (None, ""))
    return "" if value is None else str(value)


def _text(text: str) -> str:
    return f'<span style="white-space:pre-wrap">{escape(text)}</span>'


def words_html(segments: Sequence[Any]) -> str:
    parts = []
    for s in segments:
        if s.mark is Mark.INSERTED:
            parts.append(f'<span style="{INSERTED}">{_text(s.text)}</span>')
        elif s.mark is Mark.DELETED:
            parts.append(f'<span style="{DELETED}">{_text(s.text)}</span>')
        else:
            parts.append(_text(s.text))
    return "".join(parts)


def change_html(change: AnswerChange) -> str:
    head = f"<p><b>{escape(change.label)}</b> · <i>{escape(CHANGE_LABELS[change.change])}</i></p>"
    if change.words:
        return head + f"<p>{words_html(change.words)}</p>"
    if change.rows:
        rows = []
        for row in change.rows:
            shown = row.new if row.new is not None else row.old
            if row.change is Change.CHANGED and row.old is not None and row.new is not None:
                fields = "".join(
                    f"<br/>{escape(f)}: " + words_html(word_segments(_plain(row.old.get(f)), _plain(row.new.get(f))))
                    for f in row.fields)
                rows.append(f"<li>{escape(CHANGE_LABELS[row.change])}{fields}</li>")
            else:
                rows.append(f"<li>{escape(CHANGE_LABELS[row.change])}: {_text(_plain(shown))}</li>")
        return head + "<ul>" + "".join(rows) + "</ul>"
    old = f'<span style="{DELETED}">{_text(_plain(change.old))}</span>' if change.old is not None else ""
    new = f'<span style="{INSERTED}">{_text(_plain(change.new))}</span>' if change.new is not None else ""
    return head + f"<p>{old} {new}</p>"


def section_changes_html(qs: QuestionSet, section_id: str, diff: CaseDiff | None,
                         requests: Sequence[AmendmentRequest]) -> str:
    """The box for the top of the section page ("" when nothing changed and nothing was asked)."""
    question_ids = {q.id for q in qs.section(section_id).questions} if section_id in {s.id for s in qs.sections} \
        else set()
    mine = [r for r in requests if (r.target.kind is TargetKind.SECTION and r.target.target_id == section_id)
            or (r.target.kind is TargetKind.QUESTION and r.target.target_id in question_ids)
            or (r.target.kind is TargetKind.GENERAL and section_id == "general")]
    changes = [c for c in diff.answers if c.section_id == section_id] if diff is not None else []
    if not mine and not changes:
        return ""
    parts = [f'<div style="{BOX}">']
    if changes and diff is not None:
        since = translate("ChangesHtml", "Changed since version %1").replace("%1", str(diff.from_version))
        parts.append("<h3>" + escape(since) + "</h3>")
        parts += [change_html(c) for c in changes]
    if mine:
        request_word, response_word = translate("ChangesHtml", "Request"), translate("ChangesHtml", "Response")
        parts.append("<h3>" + escape(translate("ChangesHtml", "Requests for more information")) + "</h3>")
        changed = diff.changed_questions() if diff is not None else frozenset()
        for r in mine:
            about = r.target.label(qs)
            asked = translate("ChangesHtml", "asked by %1 on %2").replace("%1", r.author).replace(
                "%2", local_time(r.at))
            parts.append(f"<p><b>{escape(about)}</b> · {escape(REQUEST_STATUS_LABELS[r.status])} · "
                         f"{escape(asked)}<br/>{escape(request_word)}: {_text(r.text)}")
            if r.response:
                note = ""
                if r.target.kind is TargetKind.QUESTION:
                    note = translate("ChangesHtml", " (the answer changed)") if r.target.target_id in changed else \
                        translate("ChangesHtml", " (the answer did not change)")
                parts.append(f"<br/>{escape(response_word)}: {_text(r.response)}<i>{escape(note)}</i>")
            parts.append("</p>")
    parts.append("</div>")
    return "".join(parts)
