"""The screening record's content, built from a received case with a recorded outcome."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.screening.annotations import GENERAL, SectionStatus
from onsshare_desktop.domain.screening.checklist import CheckAnswer
from onsshare_desktop.domain.screening.record import (
    NothingToRecord, annotation_rows, checklist_rows, record_json, summary_lines,
)
from onsshare_desktop.domain.screening.stages import Move, Outcome
from onsshare_desktop.domain.screening.triage import TriageRecommendation, TriageService
from tests.screening_data import SCREENER, incoming

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def test_record_holds_outcome_checklist_annotations_history_and_the_original_pack(database) -> None:
    screening = database.screening
    pack = incoming(trusted=False)
    pack_id = screening.add_pack(pack, SCREENER).id
    with pytest.raises(NothingToRecord):
        record_json(screening.get(pack_id), load_question_set(), SCREENER, NOW)
    screening.annotate(pack_id, "benefit", SectionStatus.CONCERN, "Vague", SCREENER)
    screening.annotate(pack_id, GENERAL, SectionStatus.NEEDS_MORE_INFORMATION, "See notes", SCREENER)
    screening.answer_check(pack_id, "legal-gateway", CheckAnswer.UNCLEAR, "Which section?", SCREENER)
    screening.assess(pack_id, TriageService.ETHICS, "Low", "High", TriageRecommendation.SUPPORT, (), "Ethics lead")
    screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), SCREENER)
    record = record_json(screening.get(pack_id), load_question_set(), SCREENER, NOW)
    assert record["format"] == "onsshare-screening-record" and record["created_at"] == "2026-11-25T10:00:00Z"
    assert record["original_pack"]["sha256"] == pack.sha256
    assert record["original_pack"]["signer_fingerprint"] == pack.signer_fingerprint
    assert not record["original_pack"]["signer_confirmed"]
    assert record["outcome"]["outcome"] == "start_first_screening" and record["outcome"]["recorded_by"] == SCREENER
    assert [a["section"] for a in record["annotations"]] == [GENERAL, "benefit"]
    assert [c["item"] for c in record["checklist"]][:2] == ["other-routes", "legal-gateway"]
    assert record["checklist"][0]["answer"] is None and record["checklist"][1]["answer"] == "unclear"
    assert [h["kind"] for h in record["history"]] == ["pack_imported", "annotation", "annotation", "checklist",
                                                      "triage", "stage"]
    assert record["history_head"] == record["history"][-1]["hash"]
    lines = {line.label: line.text for line in summary_lines(record)}
    assert lines["Outcome"] == "Start first screening"
    assert lines["Stage"] == "moved from Received to First screening"  # one wording for both stages
    assert lines["Signer confirmed by ONS"] == "No"
    assert checklist_rows(record)[1][:2] == ("A suitable legal gateway exists", "Unclear")
    assert annotation_rows(record)[1][:2] == ("Public benefit", "Concern")
