"""Amendment requests and the requester's responses carried in case.json."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from onsshare_desktop.domain.amendments import (
    RequestStatus, TargetKind, counts, make_response, new_request, request_from_annotation, resolve_target,
)
from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.case_io import dump_case, load_case
from onsshare_desktop.domain.errors import InvalidCaseError, UserError
from onsshare_desktop.domain.questions import load_question_set

QS = load_question_set()
NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
SHA = "ab" * 32


def test_targets_resolve_to_question_section_or_general() -> None:
    assert resolve_target(QS, "benefits").kind is TargetKind.QUESTION
    assert resolve_target(QS, "benefits").section_id(QS) == "benefit"
    assert resolve_target(QS, "security").kind is TargetKind.SECTION
    assert resolve_target(QS, " General ").kind is TargetKind.GENERAL
    with pytest.raises(UserError, match="no question or section"):
        resolve_target(QS, "nonsense")


def test_request_lifecycle_open_answered_withdrawn() -> None:
    request = new_request("ONS-DSR-2026-AAAAAA", SHA, resolve_target(QS, "benefits"), "  Say who benefits.  ",
                          "Screener One", NOW)
    assert request.is_open and request.text == "Say who benefits."
    answered = request.answered("Tenants in Wales.", "cd" * 32)
    assert answered.status is RequestStatus.ANSWERED and answered.answered_in_sha256 == "cd" * 32
    with pytest.raises(UserError, match="answered"):
        answered.withdrawn()
    assert request.withdrawn().status is RequestStatus.WITHDRAWN
    assert counts([request, answered, request.withdrawn()]) == {
        RequestStatus.OPEN: 1, RequestStatus.ANSWERED: 1, RequestStatus.WITHDRAWN: 1}
    with pytest.raises(UserError, match="empty"):
        new_request("ONS-DSR-2026-AAAAAA", SHA, resolve_target(QS, "general"), "   ", "S", NOW)
    with pytest.raises(UserError, match="at most"):
        new_request("ONS-DSR-2026-AAAAAA", SHA, resolve_target(QS, "general"), "x" * 5001, "S", NOW)


def test_a_section_annotation_becomes_a_request() -> None:
    request = request_from_annotation("ONS-DSR-2026-AAAAAA", SHA, "security", "Name the environment.", "S", NOW)
    assert (request.target.kind, request.target.target_id) == (TargetKind.SECTION, "security")
    assert request_from_annotation("ONS-DSR-2026-AAAAAA", SHA, "general", "More", "S", NOW).target.kind \
        is TargetKind.GENERAL


def test_responses_round_trip_through_case_json_and_are_schema_checked() -> None:
    request = new_request("ONS-DSR-2026-AAAAAA", SHA, resolve_target(QS, "benefits"), "Who?", "S", NOW)
    case = Case.new(QS).after_export(SHA).with_response(
        make_response(request.request_id, request.target, request.text, "Tenants."))
    data = dump_case(case, QS)
    assert b'"responses"' in data
    again = load_case(data)
    assert again.responses == case.responses
    assert b'"responses"' not in dump_case(Case.new(QS), QS)  # version 1 files are unchanged
    assert again.after_export("cd" * 32).responses == {}
    with pytest.raises(InvalidCaseError, match="responses"):
        load_case(data.replace(request.request_id.encode(), b"not-a-request-id"))
