"""The field-by-field difference between two versions of a case.

``diff_cases(old, new, qs)`` lists every answer added, removed or changed, in form order; rows of a repeating
question are matched by content, not position (a reordered list is no change; an edited row is one changed row);
long texts carry word-level segments for highlighting; attachments are compared by SHA-256 (same content under a
new name is a rename, a new file under the same name is a change).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum
from typing import Any

from onsshare_desktop.domain.case import AttachmentRef, Case
from onsshare_desktop.domain.questions import Question, QuestionSet
from onsshare_desktop.i18n import Labels, N_

LONG_TEXT_CHARS = 80  # texts at least this long (or multi-line) get word-level highlighting
_TOKEN_RE = re.compile(r"\S+\s*|\s+")  # each word with the space after it (a lone space token would be quadratic)


class Change(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    RENAMED = "renamed"  # attachments only: the same bytes under a new name or type


CHANGE_LABELS: Labels[Change] = Labels({
    Change.ADDED: N_("Added"), Change.REMOVED: N_("Removed"), Change.CHANGED: N_("Changed"),
    Change.RENAMED: N_("Renamed"),
})


class Mark(StrEnum):
    SAME = "same"
    INSERTED = "inserted"
    DELETED = "deleted"


@dataclass(frozen=True)
class Segment:
    """A run of text in a word-level comparison: kept, inserted in the new text, or deleted from the old."""

    mark: Mark
    text: str


@dataclass(frozen=True)
class RowChange:
    """One row of a repeating question that was added, removed or changed (with the fields that changed)."""

    change: Change
    old: Mapping[str, Any] | None
    new: Mapping[str, Any] | None
    fields: tuple[str, ...] = ()  # for a changed row: the field ids whose values differ


@dataclass(frozen=True)
class AnswerChange:
    """One question whose answer differs between the versions."""

    question_id: str
    section_id: str
    label: str
    change: Change
    old: Any
    new: Any
    words: tuple[Segment, ...] = ()  # long texts: the new text with insertions and deletions marked
    rows: tuple[RowChange, ...] = ()  # repeating questions: the rows that differ


@dataclass(frozen=True)
class AttachmentChange:
    change: Change
    old: AttachmentRef | None
    new: AttachmentRef | None

    @property
    def file_name(self) -> str:
        ref = self.new or self.old
        assert ref is not None
        return ref.file_name


@dataclass(frozen=True)
class CaseDiff:
    """What changed from version ``from_version`` to ``to_version`` of one case."""

    case_ref: str
    from_version: int
    to_version: int
    answers: tuple[AnswerChange, ...]
    attachments: tuple[AttachmentChange, ...]

    @property
    def is_empty(self) -> bool:
        return not self.answers and not self.attachments

    def changed_sections(self) -> frozenset[str]:
        """Ids of the sections with a changed answer (``attachments`` when an attachment changed)."""
        sections = {c.section_id for c in self.answers}
        if self.attachments:
            sections.add("attachments")
        return frozenset(sections)

    def changed_questions(self) -> frozenset[str]:
        return frozenset(c.question_id for c in self.answers)

    def to_json(self) -> dict[str, Any]:
        """The diff as ``diff --json`` prints it."""
        def ref(a: AttachmentRef | None) -> dict[str, Any] | None:
            return None if a is None else {"file_name": a.file_name, "type": a.kind, "size": a.size,
                                           "sha256": a.sha256}

        return {
            "case_ref": self.case_ref, "from_version": self.from_version, "to_version": self.to_version,
            "answers": [{
                "question_id": c.question_id, "section_id": c.section_id, "label": c.label,
                "change": c.change.value, "old": c.old, "new": c.new,
                "words": [{"mark": s.mark.value, "text": s.text} for s in c.words],
                "rows": [{"change": r.change.value, "old": r.old, "new": r.new, "fields": list(r.fields)}
                         for r in c.rows],
            } for c in self.answers],
            "attachments": [{"change": a.change.value, "old": ref(a.old), "new": ref(a.new)}
                            for a in self.attachments],
        }


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def word_segments(old: str, new: str, by_word: bool = True) -> tuple[Segment, ...]:
    """``new`` compared with ``old`` word by word (whitespace kept), adjacent runs of one mark merged.

    ``by_word=False`` matches each word together with the space after it, as packs of layouts 2 and 3 were drawn
    (the last word of an answer then differs from the same word with a sentence added after it).
    """
    a, b = _TOKEN_RE.findall(old), _TOKEN_RE.findall(new)
    segments: list[Segment] = []

    def add(mark: Mark, tokens: Sequence[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if segments and segments[-1].mark is mark:
            segments[-1] = Segment(mark, segments[-1].text + text)
        else:
            segments.append(Segment(mark, text))

    # words are matched without the space after them: the last word of an answer ("council.") is the same word
    # once a sentence is added after it ("council. "); only the space itself is then marked as changed
    keys_a, keys_b = ([t.rstrip() or t for t in a], [t.rstrip() or t for t in b]) if by_word else (a, b)
    for op, i1, i2, j1, j2 in SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes():
        if op == "equal":
            if a[i1:i2] == b[j1:j2]:
                add(Mark.SAME, a[i1:i2])
                continue
            for old_token, new_token in zip(a[i1:i2], b[j1:j2]):
                if old_token == new_token:
                    add(Mark.SAME, [old_token])
                    continue
                word = old_token.rstrip() or old_token
                add(Mark.SAME, [word])
                add(Mark.DELETED, [old_token[len(word):]])
                add(Mark.INSERTED, [new_token[len(word):]])
        else:
            add(Mark.DELETED, a[i1:i2])
            add(Mark.INSERTED, b[j1:j2])
    return tuple(segments)


def _is_long(question: Question, old: Any, new: Any) -> bool:
    if not (isinstance(old, str) and isinstance(new, str)):
        return False
    return question.type == "textarea" or max(len(old), len(new)) >= LONG_TEXT_CHARS or "\n" in old + new


def _row_key(row: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((k, repr(v)) for k, v in row.items() if not _empty(v)))


def diff_rows(old: Sequence[Mapping[str, Any]], new: Sequence[Mapping[str, Any]]) -> tuple[RowChange, ...]:
    """Rows matched by content: equal rows (anywhere in the list) cancel out; of the rest, a removed and an added
    row sharing at least half their fields (by value) are one changed row; the others are added or removed."""
    remaining = Counter(_row_key(r) for r in new)
    removed: list[Mapping[str, Any]] = []
    for row in old:
        key = _row_key(row)
        if remaining[key]:
            remaining[key] -= 1
        else:
            removed.append(row)
    added: list[Mapping[str, Any]] = []
    for row in new:
        key = _row_key(row)
        if remaining[key]:
            remaining[key] -= 1
            added.append(row)
    changes: list[RowChange] = []
    for before in removed:
        best, best_shared = None, 0
        for index, after in enumerate(added):
            keys = set(before) | set(after)
            shared = sum(1 for k in keys if before.get(k) == after.get(k) and not _empty(before.get(k)))
            if shared > best_shared and shared * 2 >= len(keys):
                best, best_shared = index, shared
        if best is None:
            changes.append(RowChange(Change.REMOVED, before, None))
        else:
            after = added.pop(best)
            fields = tuple(k for k in dict.fromkeys([*before, *after]) if before.get(k) != after.get(k))
            changes.append(RowChange(Change.CHANGED, before, after, fields))
    changes += [RowChange(Change.ADDED, None, row) for row in added]
    return tuple(changes)


def _answer_change(question: Question, section_id: str, old: Any, new: Any,
                   by_word: bool = True) -> AnswerChange | None:
    if _empty(old) and _empty(new):
        return None
    if _empty(old):
        return AnswerChange(question.id, section_id, question.label, Change.ADDED, None, new)
    if _empty(new):
        return AnswerChange(question.id, section_id, question.label, Change.REMOVED, old, None)
    if question.type == "repeating" and isinstance(old, list) and isinstance(new, list):
        rows = diff_rows(old, new)
        if not rows:
            return None
        return AnswerChange(question.id, section_id, question.label, Change.CHANGED, old, new, rows=rows)
    if question.type == "multichoice" and isinstance(old, list) and isinstance(new, list):
        if sorted(map(str, old)) == sorted(map(str, new)):
            return None
    if old == new:
        return None
    words = word_segments(old, new, by_word) if _is_long(question, old, new) else ()
    return AnswerChange(question.id, section_id, question.label, Change.CHANGED, old, new, words=words)


def diff_attachments(old: Sequence[AttachmentRef], new: Sequence[AttachmentRef]) -> tuple[AttachmentChange, ...]:
    """Attachments by SHA-256: same bytes are the same file (renamed if its name or type changed); a different
    file under an old name is a change; anything else is added or removed."""
    new_by_hash = {a.sha256: a for a in new}
    changes: list[AttachmentChange] = []
    gone: list[AttachmentRef] = []
    matched: set[str] = set()
    for before in old:
        after = new_by_hash.get(before.sha256)
        if after is None or after.sha256 in matched:
            gone.append(before)
            continue
        matched.add(after.sha256)
        if (after.file_name, after.kind) != (before.file_name, before.kind):
            changes.append(AttachmentChange(Change.RENAMED, before, after))
    fresh = [a for a in new if a.sha256 not in matched]
    for before in gone:
        same_name = next((a for a in fresh if a.file_name == before.file_name), None)
        if same_name is None:
            changes.append(AttachmentChange(Change.REMOVED, before, None))
        else:
            fresh.remove(same_name)
            changes.append(AttachmentChange(Change.CHANGED, before, same_name))
    changes += [AttachmentChange(Change.ADDED, None, a) for a in fresh]
    return tuple(changes)


def diff_cases(old: Case, new: Case, qs: QuestionSet, by_word: bool = True) -> CaseDiff:
    """Every difference from ``old`` to ``new``, answers in form order, then attachments."""
    changes: list[AnswerChange] = []
    for section in qs.sections:
        for question in section.questions:
            if question.type == "attachments":
                continue
            change = _answer_change(question, section.id, old.answers.get(question.id), new.answers.get(question.id),
                                    by_word)
            if change is not None:
                changes.append(change)
    return CaseDiff(new.case_ref, old.version, new.version, tuple(changes),
                    diff_attachments(old.attachments, new.attachments))
