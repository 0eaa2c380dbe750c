"""Received packs, annotations, checklist, triage, stage moves and the trust store, on a real SQLite file."""

from __future__ import annotations

import hashlib
import json

import pytest

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.screening.annotations import GENERAL, SectionStatus
from onsshare_desktop.domain.screening.checklist import CheckAnswer, checklist_items
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.screening.stages import (
    DecisionMaker, ExemptionGround, Move, MoveRefused, Outcome, Stage,
)
from onsshare_desktop.domain.screening.transparency import transparency_csv
from onsshare_desktop.domain.screening.triage import TriageRecommendation, TriageService
from onsshare_desktop.store.models import EventRow, PackBlobRow
from onsshare_desktop.store.events import GENESIS_HASH
from onsshare_desktop.store.screening import ImportOutcome, ReceivedPackNotFound, stream_of
from tests.screening_data import UNTRUSTED_FINGERPRINT, SCREENER, example_case, incoming, next_version, trusted_requester  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("trusted_requester")


def answer_whole_checklist(database, pack_id: int, answer: CheckAnswer = CheckAnswer.MET) -> None:
    case = database.screening.get(pack_id).case
    for item in checklist_items(load_question_set(), case.answers):
        database.screening.answer_check(pack_id, item.id, answer, "checked", SCREENER)


def test_a_new_pack_is_stored_with_its_bytes_and_an_import_event(database, data_paths) -> None:
    pack = incoming()
    stored = database.screening.add_pack(pack, SCREENER)
    assert stored.outcome == ImportOutcome.ADDED and stored.previous_id is None
    with database.sessions() as session:  # in the database, where every screener of a team can read them
        assert session.get(PackBlobRow, pack.sha256).data == pack.data
    assert not data_paths.packs.exists() or not any(data_paths.packs.iterdir())
    assert database.screening.pack_bytes(stored.id) == pack.data
    copy = database.screening.local_copy(stored.id)
    assert copy == data_paths.packs / f"{pack.sha256}.pdf" and copy.read_bytes() == pack.data
    received = database.screening.get(stored.id)
    assert received.row.stage == Stage.RECEIVED and received.row.signer_confirmed
    assert received.row.organisation == "Welsh Government"
    assert received.case == pack.case
    assert [e.kind for e in received.history] == ["pack_imported"]
    assert received.history[0].details["sha256"] == pack.sha256


def test_the_same_pack_twice_is_a_duplicate(database) -> None:
    first = database.screening.add_pack(incoming(), SCREENER)
    again = database.screening.add_pack(incoming(), SCREENER)
    assert again.outcome == ImportOutcome.DUPLICATE and again.id == first.id
    assert database.screening.count() == 1


def test_a_later_version_links_to_the_earlier_one(database) -> None:
    v1 = incoming()
    first = database.screening.add_pack(v1, SCREENER)
    second = database.screening.add_pack(incoming(next_version(v1.case, v1.sha256)), SCREENER)
    assert second.previous_id == first.id
    assert database.screening.get_row(first.id).superseded
    assert not database.screening.get_row(second.id).superseded
    with pytest.raises(UserError, match="later version"):
        database.screening.move(first.id, Move(Outcome.START_FIRST_SCREENING), SCREENER)


def test_an_earlier_version_arriving_late_is_marked_superseded(database) -> None:
    v1 = incoming()
    database.screening.add_pack(incoming(next_version(v1.case, v1.sha256)), SCREENER)
    late = database.screening.add_pack(v1, SCREENER)
    assert database.screening.get_row(late.id).superseded


def test_altered_pack_bytes_are_detected(database) -> None:
    pack = incoming()
    stored = database.screening.add_pack(pack, SCREENER)
    with database.sessions.begin() as session:
        session.get(PackBlobRow, pack.sha256).data = pack.data + b" "
    with pytest.raises(UserError, match="altered"):
        database.screening.pack_bytes(stored.id)
    with pytest.raises(UserError, match="altered"):
        database.screening.local_copy(stored.id)


@pytest.mark.sqlite_only
def test_packs_imported_before_schema_0004_are_read_from_the_data_folder(database, data_paths) -> None:
    pack = incoming()
    stored = database.screening.add_pack(pack, SCREENER)
    with database.sessions.begin() as session:
        session.delete(session.get(PackBlobRow, pack.sha256))
    data_paths.packs.mkdir(exist_ok=True)
    (data_paths.packs / f"{pack.sha256}.pdf").write_bytes(pack.data)
    assert database.screening.pack_bytes(stored.id) == pack.data
    (data_paths.packs / f"{pack.sha256}.pdf").write_bytes(pack.data + b" ")
    with pytest.raises(UserError, match="altered"):
        database.screening.pack_bytes(stored.id)


def test_annotations_checklist_and_triage_record_who_and_when(database) -> None:
    pack_id = database.screening.add_pack(incoming(), SCREENER).id
    database.screening.annotate(pack_id, "benefit", SectionStatus.CONCERN, "Benefits are vague", SCREENER)
    database.screening.annotate(pack_id, "benefit", SectionStatus.ACCEPTABLE, "Clarified by phone", SCREENER)
    database.screening.annotate(pack_id, GENERAL, SectionStatus.ACCEPTABLE, "Well prepared", SCREENER)
    database.screening.answer_check(pack_id, "legal-gateway", CheckAnswer.UNCLEAR, "Which section?", SCREENER)
    database.screening.assess(pack_id, TriageService.SECURITY, "Transfer risk", "None", TriageRecommendation.SUPPORT,
                              (), "Sec Officer")
    received = database.screening.get(pack_id)
    benefit = received.annotations["benefit"]
    assert (benefit.status, benefit.comment, benefit.author) == (SectionStatus.ACCEPTABLE, "Clarified by phone",
                                                                 SCREENER)
    assert received.annotations[GENERAL].comment == "Well prepared"
    assert received.checklist["legal-gateway"].answer == CheckAnswer.UNCLEAR
    assert received.triage[0].assessor == "Sec Officer"
    kinds = [e.kind for e in received.history]
    assert kinds == ["pack_imported", "annotation", "annotation", "annotation", "checklist", "triage"]
    assert received.history[1].details["comment"] == "Benefits are vague"  # the history keeps what was replaced


def test_triage_precedents_must_be_cases_in_the_register(database) -> None:
    earlier = database.screening.add_pack(incoming(example_case("university-business-survey")), SCREENER).id
    pack_id = database.screening.add_pack(incoming(), SCREENER).id
    ref = database.screening.get_row(earlier).case_ref
    with pytest.raises(UserError, match="ONS-DSR-NOPE"):
        database.screening.assess(pack_id, TriageService.ETHICS, "r", "b", TriageRecommendation.SUPPORT,
                                  ("ONS-DSR-NOPE",), SCREENER)
    assessment = database.screening.assess(pack_id, TriageService.ETHICS, "r", "b", TriageRecommendation.SUPPORT,
                                           (ref,), SCREENER)
    assert assessment.precedents == (ref,)


def test_history_is_hash_chained(database) -> None:
    pack_id = database.screening.add_pack(incoming(), SCREENER).id
    database.screening.annotate(pack_id, "data", SectionStatus.ACCEPTABLE, "", SCREENER)
    with database.sessions() as session:
        rows = session.query(EventRow).filter(EventRow.stream == stream_of("ONS-DSR-EXAMPLE-0001")) \
            .order_by(EventRow.seq).all()
    assert [r.seq for r in rows] == [1, 2]
    assert rows[0].prev_hash == GENESIS_HASH and rows[1].prev_hash == rows[0].hash
    body = json.dumps({"stream": rows[1].stream, "seq": 2, "kind": rows[1].kind, "actor": rows[1].actor,
                       "at": rows[1].at.isoformat(timespec="microseconds"),
                       "payload": json.loads(rows[1].payload_json)},
                      sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert hashlib.sha256((rows[0].hash + body).encode()).hexdigest() == rows[1].hash


def test_a_whole_route_to_publication_and_the_transparency_register(database) -> None:
    pack_id = database.screening.add_pack(incoming(), SCREENER).id
    screening = database.screening
    screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), SCREENER)
    with pytest.raises(MoveRefused, match="checklist"):
        screening.move(pack_id, Move(Outcome.PROCEED_TO_DSWG), SCREENER)
    answer_whole_checklist(database, pack_id)
    screening.move(pack_id, Move(Outcome.PROCEED_TO_DSWG), SCREENER)
    screening.move(pack_id, Move(Outcome.RECOMMEND_APPROVAL, note="DSWG 4 Nov"), SCREENER)
    assert screening.state(pack_id).route == Outcome.RECOMMEND_APPROVAL
    screening.move(pack_id, Move(Outcome.APPROVED_WITH_CONDITIONS, decided_by=DecisionMaker.DEPUTY_DIRECTOR,
                                 decider_name="A. Director", conditions="Annual audit"), SCREENER)
    assert screening.transparency_entries() == []
    screening.move(pack_id, Move(Outcome.PUBLISH, register_entry_checked=True), SCREENER)
    state = screening.state(pack_id)
    assert state.stage == Stage.PUBLISHED and state.decision is not None and state.transparency is not None
    [entry] = screening.transparency_entries()
    assert (entry.reference, entry.organisation, entry.status) == ("ONS-DSR-EXAMPLE-0001", "Welsh Government",
                                                                   "Approved with conditions")
    assert entry.organisation_type == "Devolved administration" and "Census 2021" in entry.datasets
    csv_text = transparency_csv([entry])
    assert csv_text.splitlines()[0] == ("Reference,Organisation,Organisation type,Datasets,Purpose,Legal gateway,"
                                        "Public benefit,Start,End,Status,Exemption,Outputs")
    with pytest.raises(UserError, match="closed"):
        screening.annotate(pack_id, "data", SectionStatus.CONCERN, "too late", SCREENER)


def test_an_exempt_share_is_left_out_of_the_transparency_register(database) -> None:
    pack_id = database.screening.add_pack(incoming(), SCREENER).id
    screening = database.screening
    screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), SCREENER)
    answer_whole_checklist(database, pack_id)
    screening.move(pack_id, Move(Outcome.PROCEED_TO_DSWG), SCREENER)
    screening.move(pack_id, Move(Outcome.ESCALATE_TO_DGC), SCREENER)
    screening.move(pack_id, Move(Outcome.APPROVED, decided_by=DecisionMaker.DATA_GOVERNANCE_COMMITTEE,
                                 decider_name="DGC"), SCREENER)
    screening.move(pack_id, Move(Outcome.EXEMPT_FROM_PUBLICATION, register_entry_checked=True,
                                 exemption_ground=ExemptionGround.NATIONAL_SECURITY), SCREENER)
    assert screening.get_row(pack_id).stage == Stage.EXEMPT
    assert screening.transparency_entries() == []


def test_a_refused_move_changes_nothing(database) -> None:
    pack_id = database.screening.add_pack(incoming(trusted=False), SCREENER).id
    database.screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), SCREENER)
    answer_whole_checklist(database, pack_id)
    events_before = len(database.screening.get(pack_id).history)
    with pytest.raises(MoveRefused, match="signer is not confirmed"):
        database.screening.move(pack_id, Move(Outcome.PROCEED_TO_DSWG), SCREENER)
    received = database.screening.get(pack_id)
    assert received.row.stage == Stage.FIRST_SCREENING and len(received.history) == events_before


def test_trust_store_changes_confirm_and_unconfirm_early_packs(database, database_backend) -> None:
    pack_id = database.screening.add_pack(incoming(trusted=False), SCREENER).id
    assert database.screening.sync_signers(SCREENER, frozenset()) == 0
    assert database.screening.sync_signers(SCREENER, frozenset({UNTRUSTED_FINGERPRINT})) == 1
    assert database.screening.get_row(pack_id).signer_confirmed
    assert database.screening.sync_signers(SCREENER, frozenset({UNTRUSTED_FINGERPRINT})) == 0
    database.screening.sync_signers(SCREENER, frozenset())
    kinds = [e.kind for e in database.screening.get(pack_id).history]
    if database_backend == "postgresql":  # a team: one screener's trust store does not take back another's
        assert database.screening.get_row(pack_id).signer_confirmed
        assert kinds == ["pack_imported", "signer_confirmed"]
    else:
        assert not database.screening.get_row(pack_id).signer_confirmed
        assert kinds == ["pack_imported", "signer_confirmed", "signer_unconfirmed"]


def test_removing_a_signer_later_does_not_undo_a_finished_first_screening(database) -> None:
    pack_id = database.screening.add_pack(incoming(trusted=True), SCREENER).id
    database.screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), SCREENER)
    answer_whole_checklist(database, pack_id)
    database.screening.move(pack_id, Move(Outcome.PROCEED_TO_DSWG), SCREENER)
    database.screening.sync_signers(SCREENER, frozenset())
    assert database.screening.get_row(pack_id).signer_confirmed


def test_moves_consult_the_trust_store(data_paths) -> None:
    from onsshare_desktop.store.database import open_database
    from onsshare_desktop.store.screening import ScreeningRepository

    trusted: set[str] = set()
    db = open_database(data_paths)
    try:
        screening = ScreeningRepository(db.sessions, data_paths.packs, lambda: frozenset(trusted))
        pack_id = screening.add_pack(incoming(trusted=False), SCREENER).id
        screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), SCREENER)
        for item in checklist_items(load_question_set(), screening.get(pack_id).case.answers):
            screening.answer_check(pack_id, item.id, CheckAnswer.MET, "", SCREENER)
        with pytest.raises(MoveRefused, match="not confirmed"):
            screening.move(pack_id, Move(Outcome.PROCEED_TO_DSWG), SCREENER)
        trusted.add(UNTRUSTED_FINGERPRINT)
        screening.move(pack_id, Move(Outcome.PROCEED_TO_DSWG), SCREENER)
        assert screening.get_row(pack_id).stage == Stage.SECOND_SCREENING
    finally:
        db.close()


def test_unknown_pack_id(database) -> None:
    with pytest.raises(ReceivedPackNotFound):
        database.screening.get(99)


def test_the_register_columns_are_stored_in_english_whoever_imports(database) -> None:
    """The register's columns are stored once for every screener and published in the transparency CSV: a
    screener working in Welsh stores the same English choice labels as one working in English."""
    from onsshare_desktop.i18n import WELSH, use_language

    with use_language(WELSH):
        pack_id = database.screening.add_pack(incoming(), SCREENER).id
    assert database.screening.get(pack_id).row.org_type == "Devolved administration"
    from onsshare_desktop.store.models import ReceivedPackRow

    with database.sessions() as session:  # the transparency CSV's "purpose" column
        assert session.get(ReceivedPackRow, pack_id).purpose.startswith("Both statistical and research purposes: ")


def test_two_screeners_typing_on_one_case_keep_their_own_drafts(database, database_backend) -> None:
    from onsshare_desktop.store.screening import annotation_draft

    pack_id = database.screening.add_pack(incoming(), SCREENER).id
    other = "Dafydd Jones <dafydd.jones@ons.gov.uk>"
    key = annotation_draft(GENERAL)
    database.screening.save_drafts(pack_id, {key: {"comment": "mine, half typed"}}, SCREENER)
    database.screening.save_drafts(pack_id, {key: {"comment": "theirs"}}, other)
    assert database.screening.drafts(pack_id, SCREENER) == {key: {"comment": "mine, half typed"}}
    assert database.screening.drafts(pack_id, other) == {key: {"comment": "theirs"}}
    database.screening.annotate(pack_id, GENERAL, SectionStatus.ACCEPTABLE, "theirs", other)
    assert database.screening.drafts(pack_id, other) == {}, "recording removes its recorder's draft"
    assert database.screening.drafts(pack_id, SCREENER) == {key: {"comment": "mine, half typed"}}, "not mine"
    database.screening.discard_draft(pack_id, key, SCREENER)
    assert database.screening.drafts(pack_id, SCREENER) == {}
