"""Requester commands added with the services layer: versions across exports, import-case --attachments, attach,
set-answer."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from onsshare_desktop.cli import run
from tests.pack.support import EXAMPLES, PASSPHRASE, pypdf_embedded

CREATE = ("identity", "create", "--name", "Rhian Pritchard", "--org", "Welsh Government", "--email",
          "rhian@example.org")
DPIA = b"%PDF-1.4\n% a stand-in DPIA for the command line\n" * 30


def cli(capsysbinary, *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out, err = capsysbinary.readouterr()
    return status, out.decode("utf-8"), err.decode("utf-8")


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def signer(capsysbinary, passphrase_file: Path) -> Path:
    assert cli(capsysbinary, *CREATE, "--passphrase-file", str(passphrase_file))[0] == 0
    return passphrase_file


def _import(capsysbinary, path: Path, *extra: str) -> int:
    status, out, err = cli(capsysbinary, "import-case", str(path), *extra)
    assert status == 0, err
    return int(out)


def _manifest(pack: Path) -> dict:
    files = pypdf_embedded(pack)
    return {"manifest": json.loads(files["manifest.json"]), "case": json.loads(files["case.json"])}


def test_two_exports_of_one_draft_are_version_1_then_2_linked_by_hash(capsysbinary, signer: Path,
                                                                        tmp_path: Path) -> None:
    draft = _import(capsysbinary, EXAMPLES[0])
    first, second = tmp_path / "v1.pdf", tmp_path / "v2.pdf"
    for out in (first, second):
        status, _out, err = cli(capsysbinary, "export", str(draft), "-o", str(out), "--passphrase-file", str(signer))
        assert status == 0, err
    one, two = _manifest(first), _manifest(second)
    assert (one["manifest"]["version"], one["case"]["version"]) == (1, 1)
    assert (two["manifest"]["version"], two["case"]["version"]) == (2, 2)
    assert one["case"]["previous_pack_sha256"] is None
    assert two["case"]["previous_pack_sha256"] == hashlib.sha256(first.read_bytes()).hexdigest()
    assert one["manifest"]["history_head"] and two["manifest"]["history_head"]
    assert one["manifest"]["history_head"] != two["manifest"]["history_head"]  # the bump is in the history
    status, out, _ = cli(capsysbinary, "export-case", str(draft))
    assert json.loads(out)["version"] == 3  # the draft now waits as the next version


def _case_with_attachment(tmp_path: Path, data: bytes = DPIA, name: str = "DPIA v3.pdf") -> Path:
    raw = json.loads(EXAMPLES[0].read_bytes())
    raw["attachments"] = [{"file_name": name, "type": "dpia", "size": len(data),
                           "sha256": hashlib.sha256(data).hexdigest(), "media_type": "application/pdf"}]
    path = tmp_path / "case-with-attachment.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_a_case_file_with_an_attachment_imports_exports_and_verifies_from_the_command_line(
        capsysbinary, signer: Path, tmp_path: Path) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "DPIA v3.pdf").write_bytes(DPIA)
    draft = _import(capsysbinary, _case_with_attachment(tmp_path), "--attachments", str(folder))
    pack = tmp_path / "pack.pdf"
    status, _out, err = cli(capsysbinary, "export", str(draft), "-o", str(pack), "--passphrase-file", str(signer))
    assert status == 0, err
    status, out, _ = cli(capsysbinary, "verify", str(pack))
    assert status == 0 and "TRUSTED" in out
    assert DPIA in pypdf_embedded(pack).values()


@pytest.mark.parametrize("problem", ["missing", "different"])
def test_a_missing_or_different_attachment_is_refused_with_one_line_and_no_draft(
        capsysbinary, tmp_path: Path, problem: str) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    if problem == "different":
        (folder / "DPIA v3.pdf").write_bytes(DPIA + b"changed")
    status, out, err = cli(capsysbinary, "import-case", str(_case_with_attachment(tmp_path)), "--attachments",
                           str(folder))
    assert status == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "DPIA v3.pdf" in err
    assert json.loads(cli(capsysbinary, "list", "--json")[1]) == []


def test_attach_adds_a_file_with_the_windows_checks(capsysbinary, tmp_path: Path) -> None:
    draft = _import(capsysbinary, EXAMPLES[0])
    file = tmp_path / "agreement.pdf"
    file.write_bytes(b"%PDF-1.4 draft agreement")
    status, out, err = cli(capsysbinary, "attach", str(draft), str(file), "--type", "draft_dsa")
    assert status == 0, err
    assert hashlib.sha256(file.read_bytes()).hexdigest() in out
    case = json.loads(cli(capsysbinary, "export-case", str(draft))[1])
    assert [(a["file_name"], a["type"]) for a in case["attachments"]][-1] == ("agreement.pdf", "draft_dsa")
    status, _out, err = cli(capsysbinary, "attach", str(draft), str(file), "--type", "draft_dsa")
    assert status == 2 and "already attached" in err
    status, _out, err = cli(capsysbinary, "attach", str(draft), str(tmp_path / "nowhere.pdf"))
    assert status == 2 and "nowhere.pdf" in err
    with pytest.raises(SystemExit) as stop:
        run(["attach", str(draft), str(file), "--type", "holiday_photos"])
    assert stop.value.code == 2


def test_set_answer_validates_like_the_window(capsysbinary) -> None:
    draft = _import(capsysbinary, EXAMPLES[0])
    status, _out, err = cli(capsysbinary, "set-answer", str(draft), "project_title", '"A new title"')
    assert status == 0, err
    assert json.loads(cli(capsysbinary, "export-case", str(draft))[1])["answers"]["project_title"] == "A new title"
    status, _out, err = cli(capsysbinary, "set-answer", str(draft), "no_such_question", '"x"')
    assert status == 2 and "no_such_question" in err and "no such question" in err
    status, _out, err = cli(capsysbinary, "set-answer", str(draft), "living_individuals", '"perhaps"')
    assert status == 2 and "living_individuals" in err
    status, _out, err = cli(capsysbinary, "set-answer", str(draft), "contact_email", '"not an address"')
    assert status == 2 and "e-mail" in err
    status, _out, err = cli(capsysbinary, "set-answer", str(draft), "project_title", "{not json")
    assert status == 2 and "not JSON" in err
    assert json.loads(cli(capsysbinary, "export-case", str(draft))[1])["answers"]["project_title"] == "A new title"
