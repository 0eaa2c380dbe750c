from __future__ import annotations

import pytest

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.case_io import load_case
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.store.drafts import DraftNotFound


def new_case(title: str = "", org: str = "") -> Case:
    case = Case.new(load_question_set())
    if title:
        case = case.with_answer("project_title", title)
    if org:
        case = case.with_answer("org_name", org)
    return case


def test_create_get_and_save(database) -> None:
    drafts = database.drafts
    draft_id = drafts.create(new_case("Housing study", "Welsh Government"))
    draft = drafts.get(draft_id)
    assert draft.case.title == "Housing study"
    summary = drafts.save(draft_id, draft.case.with_answer("project_title", "Housing and health"))
    assert summary.title == "Housing and health"
    assert summary.updated_at >= draft.updated_at
    assert drafts.get(draft_id).case.answers["project_title"] == "Housing and health"


def test_completeness_is_stored_with_each_save(database, example_files) -> None:
    draft_id = database.drafts.create(load_case(example_files[0].read_bytes()))
    (summary,) = database.drafts.list()
    assert summary.id == draft_id and summary.completeness == 100
    case = database.drafts.get(draft_id).case.with_answer("org_name", "")
    assert database.drafts.save(draft_id, case).completeness < 100


def test_copy_as_new_gets_a_fresh_reference(database) -> None:
    original = database.drafts.create(new_case("Survey", "Cardiff University"))
    copy_id = database.drafts.copy_as_new(original)
    a, b = database.drafts.get(original).case, database.drafts.get(copy_id).case
    assert a.case_ref != b.case_ref
    assert b.title == "Copy of Survey" and b.organisation == "Cardiff University"


def test_delete_moves_to_deleted_view_and_restore_brings_back(database) -> None:
    keep = database.drafts.create(new_case("Keep"))
    gone = database.drafts.create(new_case("Gone"))
    database.drafts.delete(gone)
    assert [d.id for d in database.drafts.list()] == [keep]
    assert [d.id for d in database.drafts.list(deleted=True)] == [gone]
    database.drafts.restore(gone)
    assert {d.id for d in database.drafts.list()} == {keep, gone}
    assert database.drafts.list(deleted=True) == []


def test_search_matches_title_organisation_and_reference_case_insensitively(database) -> None:
    a = database.drafts.create(new_case("Homelessness prevention", "Welsh Government"))
    b = database.drafts.create(new_case("Business survey", "Cardiff University"))
    assert [d.id for d in database.drafts.list("HOMELESS")] == [a]
    assert [d.id for d in database.drafts.list("cardiff")] == [b]
    ref = database.drafts.get(b).case.case_ref
    assert [d.id for d in database.drafts.list(ref.lower())] == [b]
    assert database.drafts.list("nothing like this") == []


def test_most_recently_edited_first(database) -> None:
    first = database.drafts.create(new_case("First"))
    second = database.drafts.create(new_case("Second"))
    database.drafts.save(first, database.drafts.get(first).case)
    assert [d.id for d in database.drafts.list()] == [first, second]


def test_missing_draft_is_a_plain_error(database) -> None:
    with pytest.raises(DraftNotFound, match="There is no draft number 99"):
        database.drafts.get(99)
