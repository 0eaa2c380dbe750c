"""The "Changes since version N" section of a pack that answers a return note: each response to a request for
more information, then each changed answer (words inserted underlined, words deleted struck through) and each
attachment added, removed or changed.

From pack layout 4 a long unchanged stretch inside a changed answer is shortened to the ``CONTEXT`` words either side
of the changes and "[…]" (the whole answer is printed in its own section): a reader sees what changed without
reading a long answer twice, and a version 2 that changes a few words of long answers adds pages in proportion to
the changes, not to the answers. From layout 5 a changed answer's lines are runs of ``(kind, text)`` drawn by
``pack.marked_text`` instead of paragraph markup.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from onsshare_desktop.domain.diff import CHANGE_LABELS, Change, CaseDiff, Mark
from onsshare_desktop.i18n import _

if TYPE_CHECKING:
    from onsshare_desktop.domain.case import Case
    from onsshare_desktop.domain.questions import QuestionSet

INSERTED = "#1a6b2f"
DELETED = "#a02424"
ELIDED = "#5f6368"
CONTEXT = 8  # unchanged words kept either side of a change (layout 4 on)
SHORTENED_FROM = 4  # the first layout that shortens unchanged stretches
MARKED_FROM = 5  # the first layout that draws changed answers as runs (pack.marked_text), not paragraph markup


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


ELIDED_MARK = "[…]"


def _shortened(text: str, first: bool, last: bool) -> list[tuple[str, str]]:
    """Unchanged ``text`` as ``(kind, text)`` pieces, its middle left out (an "elided" piece) when more than a few
    words would go: ``CONTEXT`` words kept after the change before it (none at the start of the answer) and before
    the change after it (none at its end)."""
    core = text.strip(" ")
    leading, trailing = text[:len(text) - len(text.lstrip(" "))], text[len(text.rstrip(" ")):]
    words = core.split(" ")
    keep_start = 0 if first else CONTEXT
    keep_end = 0 if last else CONTEXT
    if len(words) - keep_start - keep_end <= CONTEXT:  # too little to leave out
        return [("same", text)]
    head = " ".join(words[:keep_start])
    tail = " ".join(words[len(words) - keep_end:]) if keep_end else ""
    return [("same", leading + (head + " " if head else "")), ("elided", ELIDED_MARK),
            ("same", (" " + tail if tail else "") + trailing)]


def _piece(kind: str, text: str) -> str:
    if not text:
        return ""
    text = escape(text)
    if kind == "inserted":
        return f'<u><font color="{INSERTED}">{text}</font></u>'
    if kind == "deleted":
        return f'<strike><font color="{DELETED}">{text}</font></strike>'
    if kind == "elided":
        return f'<font color="{ELIDED}">{text}</font>'
    return text


def marked_runs(diff_words: Any, shorten: bool = True) -> list[list[tuple[str, str]]]:
    """Word segments as ``(kind, text)`` runs, one list per typed line: kind "same", "inserted", "deleted" or, with
    ``shorten``, "elided" (a long unchanged stretch left out but for the words around the changes: see
    ``_shortened``)."""
    pieces: list[tuple[str, str]] = []
    count = len(diff_words)
    for number, segment in enumerate(diff_words):
        if segment.mark is Mark.SAME:
            pieces += _shortened(segment.text, number == 0, number == count - 1) if shorten else \
                [("same", segment.text)]
        else:
            pieces.append(("inserted" if segment.mark is Mark.INSERTED else "deleted", segment.text))
    lines: list[list[tuple[str, str]]] = [[]]
    for kind, text in pieces:
        for n, part in enumerate(text.split("\n")):
            if n:
                lines.append([])
            lines[-1].append((kind, part))
    return lines


def marked_lines(diff_words: Any, shorten: bool = True) -> list[str]:
    """Paragraph markup of word segments, one string per typed line (layout 4: each line is its own paragraph,
    as long answers are, so a long change splits across pages in linear time): insertions underlined in green,
    deletions struck through in red, and with ``shorten`` long unchanged stretches left out but for the words
    around the changes (see ``_shortened``)."""
    return ["".join(_piece(kind, text) for kind, text in line) for line in marked_runs(diff_words, shorten)]


def marked_words(diff_words: Any) -> str:
    """Paragraph markup of word segments as one paragraph (layout 3): insertions underlined in green, deletions
    struck through in red."""
    parts = []
    for segment in diff_words:
        text = _text(segment.text)
        if segment.mark is Mark.INSERTED:
            parts.append(f'<u><font color="{INSERTED}">{text}</font></u>')
        elif segment.mark is Mark.DELETED:
            parts.append(f'<strike><font color="{DELETED}">{text}</font></strike>')
        else:
            parts.append(text)
    return "".join(parts)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, list):
        return "; ".join(_value(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_value(v)}" for k, v in value.items() if v not in (None, ""))
    return str(value)


def _rows(p: Any, qs: "QuestionSet", change: Any, shorten: bool, marked: Any = None) -> list[Any]:
    """A repeating question's changed entries: a changed entry shows only its changed fields, word by word."""
    from onsshare_desktop.domain.diff import word_segments

    labels = {f.id: f.label for f in qs.question(change.question_id).fields}
    out: list[Any] = []
    for row in change.rows:
        shown = row.new if row.new is not None else row.old
        name = next((str(v) for v in shown.values() if isinstance(v, str) and v), "")[:120]
        out.append(p(escape(_("{change} entry: {name}").format(change=CHANGE_LABELS[row.change], name=name)),
                     "entry"))
        fields = row.fields if row.change is Change.CHANGED else tuple(k for k, v in shown.items() if v)
        for field in fields:
            old, new = row.old.get(field) if row.old else None, row.new.get(field) if row.new else None
            out.append(p(escape(labels.get(field, field)), "field_label"))
            if isinstance(old, str) and isinstance(new, str) and marked is not None:
                out += marked(marked_runs(word_segments(old, new)), "field")
            elif isinstance(old, str) and isinstance(new, str):
                markup = "<br/>".join(marked_lines(word_segments(old, new))) if shorten else \
                    marked_words(word_segments(old, new, by_word=False))
                out.append(p(markup, "field"))
            else:
                out.append(p(_text(_value(new if new is not None else old)), "field"))
    return out


def changes_story(p: Any, heading: Any, case: "Case", qs: "QuestionSet", diff: CaseDiff | None,
                  layout: int = SHORTENED_FROM, lines: Any = None, marked: Any = None) -> list[Any]:
    """The flowables of the section (empty when the pack answers no return note and has no previous version).

    Args:
        p: makes a paragraph from markup and a style name (the pack's styles).
        heading: makes a section heading from its text and bookmark key.
        layout: the pack layout (``pack.render``): from ``SHORTENED_FROM`` long unchanged stretches are shortened
            and a changed answer is laid out one paragraph per line.
        lines: makes the flowables of paragraphs of markup, one per typed line, and a style name (layout 4;
            default: one paragraph with line breaks).
        marked: makes the flowables of typed lines of ``(kind, text)`` runs (``marked_runs``) and a style name
            (layout 5 on: drawn by ``pack.marked_text``, not as markup).
    """
    marked = marked if layout >= MARKED_FROM else None
    if diff is None and not case.responses:
        return []
    shorten = layout >= SHORTENED_FROM
    since = diff.from_version if diff is not None else max(case.version - 1, 1)
    intro = _("What changed from version {n} of this request, and the responses to ONS's requests for more "
              "information. Inserted words are underlined, removed words struck through.").format(n=since)
    if shorten:
        intro += " " + _("In long answers, unchanged passages are shortened to […]; each answer is printed whole "
                         "in its section.")
    out: list[Any] = [*heading(_("Changes since version {n}").format(n=since), "changes"), p(escape(intro), "intro")]
    if case.responses:
        out.append(p(escape(_("Responses to requests for more information ({n})").format(n=len(case.responses))),
                     "h2"))
        for response in case.responses.values():
            out.append(p(escape(response.target.label(qs)), "label"))
            out.append(p(escape(_("Request: ")) + _text(response.request), "quote"))
            out.append(p(_text(response.response), "answer"))
    if diff is None:
        return out
    out.append(p(escape(_("Changed answers ({n})").format(n=len(diff.answers))), "h2"))
    if not diff.answers:
        out.append(p(escape(_("No answer changed.")), "missing"))
    for change in diff.answers:
        out.append(p(escape(f"{change.label} · {CHANGE_LABELS[change.change]}"), "label"))
        if change.words and marked is not None:
            out += marked(marked_runs(change.words), "answer")
        elif change.words and shorten:
            markup = marked_lines(change.words)
            out += lines(markup, "answer") if lines is not None else [p("<br/>".join(markup), "answer")]
        elif change.words:
            out.append(p(marked_words(change.words), "answer"))
        elif change.rows:
            out += _rows(p, qs, change, shorten, marked)
        elif change.change is Change.ADDED:
            out.append(p(_text(_value(change.new)), "answer"))
        elif change.change is Change.REMOVED:
            out.append(p(f'<strike><font color="{DELETED}">{_text(_value(change.old))}</font></strike>', "answer"))
        else:
            out.append(p(f'<strike><font color="{DELETED}">{_text(_value(change.old))}</font></strike> '
                         f'<u><font color="{INSERTED}">{_text(_value(change.new))}</font></u>', "answer"))
    if diff.attachments:
        out.append(p(escape(_("Attachments")), "h2"))
        for att in diff.attachments:
            out.append(p(escape(f"{CHANGE_LABELS[att.change]}: {att.file_name}"), "answer"))
    return out
