"""``screen show|move|annotate|check|triage`` and the import warning for a second pack of one case version."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onsshare_desktop.cli import run
from tests.screening_data import signed_pack, trusted_requester  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("trusted_requester")
REF = "ONS-DSR-EXAMPLE-0001"


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def pack_id(capsys, tmp_path: Path) -> int:
    pack = tmp_path / "pack.pdf"
    pack.write_bytes(signed_pack())
    status, out, _ = cli(capsys, "import", "--json", str(pack))
    assert status == 0
    return int(json.loads(out)[0]["id"])


def show(capsys, ref: str) -> dict:
    status, out, err = cli(capsys, "screen", "show", ref, "--json")
    assert status == 0, err
    return json.loads(out)


def test_show_by_number_and_by_case_reference(capsys, pack_id: int) -> None:
    by_number, by_ref = show(capsys, str(pack_id)), show(capsys, REF)
    assert by_number == by_ref
    assert by_number["stage"] == "received" and by_number["allowed_outcomes"] == ["start_first_screening"]
    assert by_number["history"][0]["kind"] == "pack_imported"
    status, out, _ = cli(capsys, "screen", "show", REF)
    assert status == 0 and "Received" in out and "History:" in out
    status, _out, err = cli(capsys, "screen", "show", "ONS-DSR-NOWHERE-0000")
    assert status == 2 and "not in the register" in err
    assert cli(capsys, "screen", "show", "999")[0] == 2


def test_moves_follow_the_windows_state_machine(capsys, pack_id: int) -> None:
    ref = str(pack_id)
    status, out, _ = cli(capsys, "screen", "move", ref, "start_first_screening")
    assert status == 0 and "First screening" in out
    status, _out, err = cli(capsys, "screen", "move", ref, "proceed_to_dswg")
    assert status == 2 and "Answer every checklist item first" in err
    status, _out, err = cli(capsys, "screen", "move", ref, "return_for_information")
    assert status == 2 and "Give the reason in the note" in err
    for item in show(capsys, ref)["checklist"]:
        assert cli(capsys, "screen", "check", ref, item["item"], "--answer", "met", "--note", "seen")[0] == 0
    assert cli(capsys, "screen", "move", ref, "proceed_to_dswg")[0] == 0
    assert cli(capsys, "screen", "move", ref, "recommend_approval", "--note", "DSWG 4 Nov")[0] == 0
    status, _out, err = cli(capsys, "screen", "move", ref, "approved")
    assert status == 2 and "who made the decision" in err
    status, _out, err = cli(capsys, "screen", "move", ref, "approved", "--decided-by", "deputy_director:A. Director",
                            "--exception", "urgent")
    assert status == 2 and "Only the National Statistician" in err
    assert cli(capsys, "screen", "move", ref, "approved_with_conditions", "--decided-by",
               "deputy_director:A. Director", "--conditions", "annual audit")[0] == 0
    status, _out, err = cli(capsys, "screen", "move", ref, "exempt_from_publication", "--register-entry-checked")
    assert status == 2 and "ground for the exemption" in err
    assert cli(capsys, "screen", "move", ref, "exempt_from_publication", "--register-entry-checked", "--ground",
               "national_security")[0] == 0
    view = show(capsys, ref)
    assert view["stage"] == "exempt" and view["allowed_outcomes"] == []
    status, _out, err = cli(capsys, "screen", "annotate", ref, "general", "--status", "concern")
    assert status == 2 and "closed" in err


def test_annotate_check_and_triage_are_recorded_and_shown(capsys, pack_id: int) -> None:
    ref = REF
    assert cli(capsys, "screen", "annotate", ref, "general", "--status", "needs_more_information", "--comment",
               "Ask about retention")[0] == 0
    status, _out, err = cli(capsys, "screen", "annotate", ref, "no_such_section", "--status", "concern")
    assert status == 2 and "not a section" in err
    item = show(capsys, ref)["checklist"][0]["item"]
    assert cli(capsys, "screen", "check", ref, item, "--answer", "unclear", "--note", "which gateway?")[0] == 0
    status, _out, err = cli(capsys, "screen", "check", ref, "no_such_item", "--answer", "met")
    assert status == 2 and "not a checklist item" in err
    assert cli(capsys, "screen", "triage", ref, "security", "--recommendation", "support_with_conditions",
               "--risks", "laptops", "--benefits", "housing policy")[0] == 0
    view = show(capsys, ref)
    assert view["annotations"][0]["comment"] == "Ask about retention"
    assert next(c for c in view["checklist"] if c["item"] == item)["answer"] == "unclear"
    assert view["triage"][0] == {**view["triage"][0], "service": "security", "risks": "laptops",
                                 "recommendation": "support_with_conditions"}
    assert [h["kind"] for h in view["history"]][-3:] == ["annotation", "checklist", "triage"]
    status, out, _ = cli(capsys, "screen", "show", ref)
    assert "Ask about retention" in out and "which gateway?" in out


@pytest.mark.parametrize("command", ["show", "move", "annotate", "check", "triage"])
def test_every_screen_command_has_help(capsys, command: str) -> None:
    with pytest.raises(SystemExit) as stop:
        run(["screen", command, "--help"])
    assert stop.value.code == 0 and "REF" in capsys.readouterr().out


def test_a_different_pack_for_the_same_case_and_version_is_imported_with_a_warning(capsys, tmp_path: Path,
                                                                                  pack_id: int) -> None:
    other = tmp_path / "other.pdf"
    other.write_bytes(signed_pack(with_dpia=True))  # same case reference and version 1, different pack
    status, out, _ = cli(capsys, "import", "--json", str(other))
    (row,) = json.loads(out)
    assert status == 0 and row["status"] == "imported" and row["conflicting_id"] == pack_id
    assert "ask the requester which one stands" in row["reason"]
    again = tmp_path / "again.pdf"
    again.write_bytes(signed_pack())
    status, out, _ = cli(capsys, "import", str(again))
    assert status == 0 and "duplicate" in out and "which one stands" not in out
