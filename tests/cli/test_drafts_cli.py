"""The CLI contract: import-case, list, export-case, --version, self-test; exit codes and messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from onsshare_desktop import __version__
from onsshare_desktop.cli import run


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_import_list_export_round_trip(capsys, example_files, tmp_path: Path) -> None:
    status, out, _ = cli(capsys, "import-case", str(example_files[0]))
    assert status == 0
    draft_id = int(out.strip())
    status, out, _ = cli(capsys, "list", "--json")
    (row,) = json.loads(out)
    assert row["id"] == draft_id and row["completeness"] == 100
    exported = tmp_path / "case.json"
    assert cli(capsys, "export-case", str(draft_id), "-o", str(exported))[0] == 0
    original = json.loads(example_files[0].read_text(encoding="utf-8"))
    assert json.loads(exported.read_text(encoding="utf-8")) == original
    status, out, _ = cli(capsys, "import-case", str(exported))
    assert status == 0 and int(out) != draft_id
    status, out, _ = cli(capsys, "list")
    assert out.count(original["answers"]["project_title"]) == 2


def test_export_to_stdout(capsys, example_files) -> None:
    cli(capsys, "import-case", str(example_files[1]))
    status, out, _ = cli(capsys, "export-case", "1")
    assert status == 0 and json.loads(out)["case_ref"]


def test_invalid_case_exits_2_with_one_line_per_problem_and_writes_nothing(capsys, tmp_path, example_files) -> None:
    raw = json.loads(example_files[0].read_text(encoding="utf-8"))
    raw["answers"]["living_individuals"] = "maybe"
    raw["answers"]["org_type"] = "pirate ship"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(raw))
    status, out, err = cli(capsys, "import-case", str(bad))
    assert status == 2 and out == ""
    assert err.splitlines() == ["$.answers.living_individuals: expected boolean",
                                "$.answers.org_type: must be one of: uk_government_department, "
                                "devolved_administration, other_public_body, academic_institution, charity, "
                                "business, other"]
    assert cli(capsys, "list", "--json")[1].strip() == "[]"


def test_missing_file_and_missing_draft_are_plain_errors(capsys, tmp_path) -> None:
    status, _, err = cli(capsys, "import-case", str(tmp_path / "nope.json"))
    assert status == 1 and err.startswith("error: cannot read") and "Traceback" not in err
    status, _, err = cli(capsys, "export-case", "42")
    assert status == 1 and err.strip() == "error: There is no draft number 42."


def test_list_when_empty(capsys) -> None:
    assert cli(capsys, "list") == (0, "No drafts.\n", "")


def test_data_dir_option_points_everything_elsewhere(capsys, tmp_path, example_files) -> None:
    elsewhere = tmp_path / "elsewhere"
    assert cli(capsys, "--data-dir", str(elsewhere), "import-case", str(example_files[0]))[0] == 0
    assert (elsewhere / "onsshare.sqlite3").exists()
    assert cli(capsys, "list", "--json")[1].strip() == "[]"  # the default (env) data dir is untouched


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        run(["export-case", "not-a-number"])
    assert info.value.code == 2


def test_version_and_self_test_as_a_real_process(tmp_path) -> None:
    def sh(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "onsshare_desktop", *argv], capture_output=True, text=True,
                              timeout=120)

    version = sh("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"onsshare-desktop {__version__}"
    result = sh("self-test")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("self-test ok")
    assert "keyring:" in result.stdout


def test_import_case_refuses_control_characters_naming_field_and_character(capsys, example_files,
                                                                          tmp_path: Path) -> None:
    raw = json.loads(example_files[0].read_text(encoding="utf-8"))
    raw["answers"]["business_case"] = "Our case\x1b[2J is strong"
    raw["answers"]["legal_gateway"] = "Section 45A\x7f"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    status, out, err = cli(capsys, "import-case", str(bad))
    assert status == 2 and out == ""
    lines = err.splitlines()
    assert any("business_case" in line and "U+001B (ESCAPE)" in line for line in lines)
    assert any("legal_gateway" in line and "U+007F (DELETE)" in line for line in lines)
    assert "\x1b" not in err and "\x7f" not in err
    assert cli(capsys, "list", "--json")[1].strip() == "[]"  # nothing was created
