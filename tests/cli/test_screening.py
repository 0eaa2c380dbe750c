"""Screening CLI: the register list with its filters, and the transparency CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest

from onsshare_desktop.cli import run
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.screening.checklist import CheckAnswer, checklist_items
from onsshare_desktop.domain.screening.stages import DecisionMaker, Move, Outcome
from tests.screening_data import SCREENER, example_case, incoming, trusted_requester  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("trusted_requester")


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def publish(database, pack_id: int) -> None:
    screening = database.screening
    screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), SCREENER)
    for item in checklist_items(load_question_set(), screening.get(pack_id).case.answers):
        screening.answer_check(pack_id, item.id, CheckAnswer.MET, "", SCREENER)
    screening.move(pack_id, Move(Outcome.PROCEED_TO_DSWG), SCREENER)
    screening.move(pack_id, Move(Outcome.RECOMMEND_APPROVAL), SCREENER)
    screening.move(pack_id, Move(Outcome.APPROVED, decided_by=DecisionMaker.DEPUTY_DIRECTOR,
                                 decider_name="A. Director"), SCREENER)
    screening.move(pack_id, Move(Outcome.PUBLISH, register_entry_checked=True), SCREENER)


@pytest.fixture
def two_cases(database):
    welsh = database.screening.add_pack(incoming(), SCREENER).id
    leeds = database.screening.add_pack(incoming(example_case("university-business-survey"), trusted=False),
                                        SCREENER).id
    publish(database, welsh)
    return welsh, leeds


def test_register_list_json_and_filters(capsys, two_cases) -> None:
    welsh, leeds = two_cases
    status, out, _ = cli(capsys, "register", "list", "--json")
    rows = json.loads(out)
    assert status == 0 and [r["id"] for r in rows] == [leeds, welsh]
    assert rows[0]["status"] == "signer_not_confirmed" and rows[1]["stage"] == "published"
    status, out, _ = cli(capsys, "register", "list", "--json", "--stage", "published")
    assert [r["id"] for r in json.loads(out)] == [welsh]
    status, out, _ = cli(capsys, "register", "list", "--json", "--status", "signer_not_confirmed")
    assert [r["id"] for r in json.loads(out)] == [leeds]
    status, out, _ = cli(capsys, "register", "list", "--json", "--search", "homelessness")
    assert [r["id"] for r in json.loads(out)] == [welsh]
    status, out, _ = cli(capsys, "register", "list", "--json", "--from", "2000-01-01", "--to", "2000-12-31")
    assert json.loads(out) == []
    status, out, _ = cli(capsys, "register", "list")
    assert status == 0 and "Approved, published" in out and "Signer not confirmed" in out


def test_register_list_when_empty_and_bad_date(capsys) -> None:
    assert cli(capsys, "register", "list") == (0, "No received cases.\n", "")
    with pytest.raises(SystemExit) as info:
        run(["register", "list", "--from", "yesterday"])
    assert info.value.code == 2


def test_export_csv_lists_published_shares(capsys, two_cases, tmp_path) -> None:
    target = tmp_path / "register.csv"
    status, _, err = cli(capsys, "register", "export-csv", str(target))
    assert status == 0 and "wrote 1 shares" in err
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == 1
    row = rows[0]
    assert row["Reference"] == "ONS-DSR-EXAMPLE-0001" and row["Organisation"] == "Welsh Government"
    assert row["Status"] == "Approved" and row["Exemption"] == "None" and row["Start"]
    assert list(row) == ["Reference", "Organisation", "Organisation type", "Datasets", "Purpose", "Legal gateway",
                         "Public benefit", "Start", "End", "Status", "Exemption"]
    status, out, _ = cli(capsys, "register", "export-csv", "-")
    assert status == 0 and out.replace("\r\n", "\n") == target.read_text(encoding="utf-8").replace("\r\n", "\n")


def test_export_csv_to_an_unwritable_place_is_a_plain_error(capsys, tmp_path) -> None:
    status, _, err = cli(capsys, "register", "export-csv", str(tmp_path / "no" / "such" / "dir.csv"))
    assert status == 1 and err.startswith("error: cannot write")
