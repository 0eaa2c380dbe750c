"""The field-by-field diff between two versions of a case."""

from __future__ import annotations

from dataclasses import replace

from onsshare_desktop.domain.case import AttachmentRef, Case
from onsshare_desktop.domain.diff import Change, Mark, Segment, diff_attachments, diff_cases, diff_rows, word_segments
from onsshare_desktop.domain.questions import load_question_set

QS = load_question_set()


def _case(**answers: object) -> Case:
    return Case(QS.form_id, QS.version, "ONS-DSR-2026-DIFF01", answers=answers)


def _ref(name: str, sha: str, kind: str = "other") -> AttachmentRef:
    return AttachmentRef(name, kind, 10, sha * 64)


def test_added_removed_and_changed_answers_in_form_order() -> None:
    old = _case(project_title="Housing", org_name="Shelter Cymru", contact_phone="01234")
    new = replace(_case(project_title="Housing need", org_name="Shelter Cymru", benefits="Better policy"), version=2)
    diff = diff_cases(old, new, QS)
    assert [(c.question_id, c.change) for c in diff.answers] == [
        ("project_title", Change.CHANGED), ("contact_phone", Change.REMOVED), ("benefits", Change.ADDED)]
    assert (diff.from_version, diff.to_version) == (1, 2)
    assert diff.changed_sections() == {"requester", "benefit"}
    assert not diff_cases(old, old, QS).answers and diff_cases(old, old, QS).is_empty


def test_empty_values_are_no_answer_and_multichoice_order_is_no_change() -> None:
    old = _case(benefits="", accreditations=["iso27001", "cyber_essentials"])
    new = _case(accreditations=["cyber_essentials", "iso27001"])
    assert diff_cases(old, new, QS).is_empty


def test_word_level_highlighting_marks_only_the_changed_words() -> None:
    old = "The data will be kept for five years in a secure environment.\n\nThen destroyed."
    new = "The data will be kept for three years in an accredited secure environment.\n\nThen destroyed."
    segments = word_segments(old, new)
    assert "".join(s.text for s in segments if s.mark is not Mark.DELETED) == new
    assert "".join(s.text for s in segments if s.mark is not Mark.INSERTED) == old
    assert [s.text.strip() for s in segments if s.mark is Mark.DELETED] == ["five", "a"]
    assert [s.text.strip() for s in segments if s.mark is Mark.INSERTED] == ["three", "an accredited"]


def test_long_answers_carry_words_and_short_ones_do_not() -> None:
    diff = diff_cases(_case(benefits="a b c", project_title="One"), _case(benefits="a x c", project_title="Two"), QS)
    by_id = {c.question_id: c for c in diff.answers}
    assert by_id["benefits"].words and not by_id["project_title"].words


def test_repeating_rows_are_matched_by_content_not_position() -> None:
    a = {"dataset_name": "Census 2021", "dataset_variables": "tenure"}
    b = {"dataset_name": "Labour Force Survey", "dataset_variables": "employment"}
    assert diff_rows([a, b], [b, a]) == ()
    edited = {**b, "dataset_variables": "employment, hours"}
    rows = diff_rows([a, b], [edited, a])
    assert [(r.change, r.fields) for r in rows] == [(Change.CHANGED, ("dataset_variables",))]
    assert rows[0].old == b and rows[0].new == edited
    c = {"dataset_name": "Annual Population Survey", "dataset_variables": "ethnicity"}
    rows = diff_rows([a, b], [a, c])
    assert sorted(r.change for r in rows) == [Change.ADDED, Change.REMOVED]
    assert [r.change for r in diff_rows([a], [a, a])] == [Change.ADDED]  # a duplicated row is one added row


def test_attachments_compared_by_sha256() -> None:
    old = [_ref("dpia.pdf", "a"), _ref("ethics.pdf", "b"), _ref("mou.pdf", "c"), _ref("old.pdf", "d")]
    new = [_ref("dpia-v2.pdf", "a"), _ref("ethics.pdf", "e"), _ref("mou.pdf", "c"), _ref("new.pdf", "f")]
    changes = {(c.change, c.file_name) for c in diff_attachments(old, new)}
    assert changes == {(Change.RENAMED, "dpia-v2.pdf"), (Change.CHANGED, "ethics.pdf"), (Change.REMOVED, "old.pdf"),
                       (Change.ADDED, "new.pdf")}
    diff = diff_cases(_case().with_attachments(tuple(old)), _case().with_attachments(tuple(new)), QS)
    assert "attachments" in diff.changed_sections()


def test_to_json_is_plain_data() -> None:
    import json

    diff = diff_cases(_case(benefits="one two"), _case(benefits="one three"), QS)
    data = json.loads(json.dumps(diff.to_json()))
    assert data["answers"][0]["words"] == [{"mark": "same", "text": "one "}, {"mark": "deleted", "text": "two"},
                                           {"mark": "inserted", "text": "three"}]


def test_a_sentence_added_after_the_last_word_leaves_that_word_unchanged() -> None:
    old = "Shared with Cardiff council."
    new = "Shared with Cardiff council. Swansea too."
    segments = word_segments(old, new)
    assert "".join(s.text for s in segments if s.mark is not Mark.DELETED) == new
    assert "".join(s.text for s in segments if s.mark is not Mark.INSERTED) == old
    assert [s.text for s in segments if s.mark is Mark.INSERTED] == [" Swansea too."]
    assert not [s for s in segments if s.mark is Mark.DELETED]
    assert segments[0] == Segment(Mark.SAME, "Shared with Cardiff council.")
