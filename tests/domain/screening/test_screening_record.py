"""The screening record's content, built from a received case with a recorded outcome."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.screening.annotations import GENERAL, SectionStatus
from onsshare_desktop.domain.screening.checklist import CheckAnswer
from onsshare_desktop.domain.screening.record import (
    NothingToRecord, RecordFormatError, ScreeningRecord, annotation_rows, build_record, checklist_rows,
    summary_lines,
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
        build_record(screening.get(pack_id), load_question_set(), SCREENER, NOW)
    screening.annotate(pack_id, "benefit", SectionStatus.CONCERN, "Vague", SCREENER)
    screening.annotate(pack_id, GENERAL, SectionStatus.NEEDS_MORE_INFORMATION, "See notes", SCREENER)
    screening.answer_check(pack_id, "legal-gateway", CheckAnswer.UNCLEAR, "Which section?", SCREENER)
    screening.assess(pack_id, TriageService.ETHICS, "Low", "High", TriageRecommendation.SUPPORT, (), "Ethics lead")
    screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), SCREENER)
    typed = build_record(screening.get(pack_id), load_question_set(), SCREENER, NOW)
    record = typed.to_json()  # as embedded in the PDF
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
    lines = {line.label: line.text for line in summary_lines(typed)}
    assert lines["Outcome"] == "Start first screening"
    assert lines["Stage"] == "moved from Received to First screening"  # one wording for both stages
    assert lines["Signer confirmed by ONS"] == "No"
    assert checklist_rows(typed)[1][:2] == ("A suitable legal gateway exists", "Unclear")
    assert annotation_rows(typed)[1][:2] == ("Public benefit", "Concern")


def _a_record(database) -> ScreeningRecord:
    screening = database.screening
    pack_id = screening.add_pack(incoming(), SCREENER).id
    screening.annotate(pack_id, GENERAL, SectionStatus.CONCERN, "Line one\nline two", SCREENER)
    screening.answer_check(pack_id, "legal-gateway", CheckAnswer.MET, "", SCREENER)
    screening.assess(pack_id, TriageService.SECURITY, "Low", "High", TriageRecommendation.SUPPORT, (), SCREENER)
    screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), SCREENER)
    return build_record(screening.get(pack_id), load_question_set(), SCREENER, NOW)


def test_the_typed_record_is_frozen_and_round_trips_through_json(database) -> None:
    import dataclasses
    import json

    record = _a_record(database)
    again = ScreeningRecord.from_json(json.loads(json.dumps(record.to_json())))
    assert again == record and again.to_json() == record.to_json()
    assert record.outcome.outcome is Outcome.START_FIRST_SCREENING and record.triage[0].service is TriageService.SECURITY
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.screener = "someone else"  # type: ignore[misc]


@pytest.mark.parametrize("spoil, problem", [
    (lambda raw: raw.update(format="something-else"), "not a screening record"),
    (lambda raw: raw.update(format_version=2), "format_version"),
    (lambda raw: raw["outcome"].update(outcome="promote"), "outcome"),
    (lambda raw: raw.update(version="1"), "version"),
    (lambda raw: raw["checklist"][0].update(answer="maybe"), "answer"),
    (lambda raw: raw["original_pack"].pop("sha256"), "sha256"),
    (lambda raw: raw.update(history=[1, 2]), "history"),
])
def test_a_record_that_does_not_fit_the_format_is_refused_by_name(database, spoil, problem: str) -> None:
    raw = _a_record(database).to_json()
    spoil(raw)
    with pytest.raises(RecordFormatError, match=problem):
        ScreeningRecord.from_json(raw)
