"""Two screeners on one database: the second writer is told who changed what and when, nothing is saved for them,
and the case's history never forks when both append at once (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading

import pytest

from onsshare_desktop.domain.screening.annotations import GENERAL, SectionStatus
from onsshare_desktop.domain.screening.checklist import CheckAnswer
from onsshare_desktop.domain.screening.conflicts import EditConflict
from onsshare_desktop.domain.screening.stages import Move, Outcome, Stage
from onsshare_desktop.store.database import open_database
from onsshare_desktop.store.screening import stream_of
from tests.screening_data import SCREENER, incoming, trusted_requester  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("trusted_requester")
OTHER = "Olu Other <olu.other@ons.gov.uk>"


@pytest.fixture
def second(database, data_paths, database_url):
    """A second connection to the same database (another screener's app)."""
    other = open_database(data_paths, url=database_url)
    yield other
    other.close()


def test_a_stale_annotation_is_refused_naming_who_and_when(database, second) -> None:
    pack_id = database.screening.add_pack(incoming(), SCREENER).id
    seen = database.screening.get(pack_id).annotations.get(GENERAL)  # nobody has commented yet: version 0
    theirs = second.screening.annotate(pack_id, GENERAL, SectionStatus.CONCERN, "Their view", OTHER, based_on=0)
    assert theirs.version == 1
    with pytest.raises(EditConflict) as raised:
        database.screening.annotate(pack_id, GENERAL, SectionStatus.ACCEPTABLE, "My careful text", SCREENER,
                                    based_on=seen.version if seen else 0)
    conflict = raised.value
    assert conflict.who == OTHER and conflict.when == theirs.at
    assert conflict.current.comment == "Their view" and conflict.refused.comment == "My careful text"
    assert "Olu Other" in str(conflict) and "general" in str(conflict)
    stored = database.screening.get(pack_id).annotations[GENERAL]
    assert stored.comment == "Their view" and stored.version == 1  # nothing of the refused change was written
    # re-applied on top of what is there now, it goes through
    mine = database.screening.annotate(pack_id, GENERAL, SectionStatus.ACCEPTABLE, "My careful text", SCREENER,
                                       based_on=stored.version)
    assert mine.version == 2
    assert [e.kind for e in database.screening.get(pack_id).history].count("annotation") == 2


def test_a_stale_checklist_answer_and_a_stale_move_are_refused(database, second) -> None:
    pack_id = database.screening.add_pack(incoming(), SCREENER).id
    second.screening.answer_check(pack_id, "declaration", CheckAnswer.MET, "", OTHER, based_on=0)
    with pytest.raises(EditConflict, match="declaration"):
        database.screening.answer_check(pack_id, "declaration", CheckAnswer.NOT_MET, "no", SCREENER, based_on=0)

    seen = database.screening.get(pack_id)
    second.screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), OTHER, based_on=seen.row_version)
    with pytest.raises(EditConflict) as raised:
        database.screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), SCREENER, based_on=seen.row_version)
    assert raised.value.who == OTHER and raised.value.current == Stage.FIRST_SCREENING
    assert "first_screening" in str(raised.value)
    history = database.screening.get(pack_id).history
    assert [e.kind for e in history].count("stage") == 1


def test_concurrent_appends_to_one_case_never_fork_its_history(database, data_paths, database_url) -> None:
    pack_id = database.screening.add_pack(incoming(), SCREENER).id
    writers, per_writer = 4, 6
    failures: list[BaseException] = []
    start = threading.Barrier(writers)

    def write(n: int) -> None:
        db = open_database(data_paths, url=database_url)
        try:
            start.wait()
            for i in range(per_writer):
                db.screening.annotate(pack_id, f"section-{n}", SectionStatus.ACCEPTABLE, f"{n}/{i}", f"writer {n}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert failures == []
    events = database.events.events(stream_of(database.screening.get_row(pack_id).case_ref))
    assert [e.seq for e in events] == list(range(1, 2 + writers * per_writer))
    assert all(later.prev_hash == earlier.hash for earlier, later in zip(events, events[1:]))
    assert database.events.verify().ok


def test_on_a_team_server_a_screener_without_the_signer_does_not_unconfirm_it(database, database_backend) -> None:
    pack_id = database.screening.add_pack(incoming(), SCREENER).id  # confirmed: the importer trusts the signer
    changed = database.screening.sync_signers(OTHER, frozenset())  # someone whose trust store lacks the signer
    confirmed = database.screening.get_row(pack_id).signer_confirmed
    if database_backend == "postgresql":
        assert changed == 0 and confirmed
    else:  # alone, the trust store is the screener's own: removing the signer takes the confirmation back
        assert changed == 1 and not confirmed
