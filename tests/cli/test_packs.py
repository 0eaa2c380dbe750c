"""CLI contract: export, verify (exit 0/1/2, --json), show, extract, trust add/list/remove."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from onsshare_desktop.cli import run
from onsshare_desktop.domain.case_io import dump_case
from tests.pack.support import EXAMPLES, PASSPHRASE, load_example, pdfsig, pypdf_embedded, store_attachment

CREATE = ("identity", "create", "--name", "Rhian Pritchard", "--org", "Welsh Government", "--email",
          "rhian@example.org")


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
def draft_id(capsysbinary) -> int:
    status, out, _ = cli(capsysbinary, "import-case", str(EXAMPLES[0]))
    assert status == 0
    return int(out)


@pytest.fixture
def pack(capsysbinary, draft_id: int, passphrase_file: Path, tmp_path: Path) -> Path:
    assert cli(capsysbinary, *CREATE, "--passphrase-file", str(passphrase_file))[0] == 0
    out = tmp_path / "pack.pdf"
    status, stdout, err = cli(capsysbinary, "export", str(draft_id), "-o", str(out), "--passphrase-file",
                              str(passphrase_file))
    assert status == 0, err
    return out


def test_export_names_the_file_and_its_sha256(capsysbinary, draft_id: int, passphrase_file: Path,
                                             tmp_path: Path) -> None:
    import hashlib

    cli(capsysbinary, *CREATE, "--passphrase-file", str(passphrase_file))
    out = tmp_path / "p.pdf"
    status, stdout, _ = cli(capsysbinary, "export", str(draft_id), "-o", str(out), "--passphrase-file",
                            str(passphrase_file))
    assert status == 0
    assert str(out) in stdout and hashlib.sha256(out.read_bytes()).hexdigest() in stdout
    assert "Signature is Valid." in pdfsig(out)


def test_export_default_name_follows_the_convention(capsysbinary, draft_id: int, passphrase_file: Path,
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli(capsysbinary, *CREATE, "--passphrase-file", str(passphrase_file))
    monkeypatch.chdir(tmp_path)
    assert cli(capsysbinary, "export", str(draft_id), "--passphrase-file", str(passphrase_file))[0] == 0
    (made,) = tmp_path.glob("*.pdf")
    assert made.name.endswith(f"_{date.today().isoformat()}_v1.pdf") and made.name.count("_") == 3


def test_export_uses_the_passphrase_kept_in_a_secure_keyring(capsysbinary, draft_id: int, passphrase_file: Path,
                                                             tmp_path: Path) -> None:
    cli(capsysbinary, *CREATE, "--passphrase-file", str(passphrase_file))  # the memory keyring is secure
    status, _out, err = cli(capsysbinary, "export", str(draft_id), "-o", str(tmp_path / "k.pdf"))
    assert status == 0, err


def test_export_without_any_passphrase_source_says_how(capsysbinary, draft_id: int, passphrase_file: Path,
                                                      tmp_path: Path) -> None:
    keyring.set_keyring(FailKeyring())
    cli(capsysbinary, *CREATE, "--passphrase-file", str(passphrase_file))
    status, _out, err = cli(capsysbinary, "export", str(draft_id), "-o", str(tmp_path / "k.pdf"))
    assert status == 1 and "--passphrase-file" in err and not (tmp_path / "k.pdf").exists()


def test_export_refuses_without_identity_or_with_a_wrong_passphrase(capsysbinary, draft_id: int,
                                                                    passphrase_file: Path, tmp_path: Path) -> None:
    status, _out, err = cli(capsysbinary, "export", str(draft_id), "-o", str(tmp_path / "x.pdf"))
    assert status == 1 and "no signing identity" in err
    cli(capsysbinary, *CREATE, "--passphrase-file", str(passphrase_file))
    wrong = tmp_path / "wrong"
    wrong.write_text("definitely wrong\n")
    status, _out, err = cli(capsysbinary, "export", str(draft_id), "-o", str(tmp_path / "x.pdf"),
                            "--passphrase-file", str(wrong))
    assert status == 1 and "passphrase does not unlock" in err and not (tmp_path / "x.pdf").exists()


def test_verify_exit_codes_and_json(capsysbinary, pack: Path, tmp_path: Path, data_paths) -> None:
    status, out, _ = cli(capsysbinary, "verify", str(pack))
    assert status == 0 and "TRUSTED" in out and "covers entire file: yes" in out  # own identity is trusted
    status, out, _ = cli(capsysbinary, "verify", "--json", str(pack))
    (row,) = json.loads(out)
    assert row["verdict"] == "trusted" and row["covers_entire_file"] and row["signer"]["name"] == "Rhian Pritchard"
    assert len(row["signer"]["fingerprint"]) == 64 and row["signing_time"]

    # Someone else's identity: the same pack is intact but its signer unknown → 1.
    other = tmp_path / "other"
    status, out, _ = cli(capsysbinary, "--data-dir", str(other), "verify", "--json", str(pack))
    assert status == 1 and json.loads(out)[0]["verdict"] == "untrusted"

    # Trusting the certificate through the trust store → 0.
    cert = tmp_path / "rhian.pem"
    cli(capsysbinary, "identity", "export-cert", str(cert))
    assert cli(capsysbinary, "--data-dir", str(other), "trust", "add", str(cert))[0] == 0
    assert cli(capsysbinary, "--data-dir", str(other), "verify", str(pack))[0] == 0

    # Any refused pack → 2, with the reason named per file.
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(pack.read_bytes() + b"\n% appended\n")
    status, out, _ = cli(capsysbinary, "--data-dir", str(other), "verify", "--json", str(pack), str(bad))
    rows = json.loads(out)
    assert status == 2
    assert [r["verdict"] for r in rows] == ["trusted", "refused"]
    assert rows[1]["refusal"] == "modified-after-signing" and "after signing" in rows[1]["reason"]


def test_show_json_is_the_signed_case_json_byte_for_byte(capsysbinary, pack: Path) -> None:
    status = run(["show", "--json", str(pack)])
    out, _err = capsysbinary.readouterr()
    assert status == 0
    assert out == pypdf_embedded(pack)["case.json"]
    case, qs = load_example(EXAMPLES[0])
    assert out == dump_case(case, qs)


def test_show_text_uses_labels(capsysbinary, pack: Path) -> None:
    status, out, _ = cli(capsysbinary, "show", str(pack))
    assert status == 0
    assert "== Requesting party ==" in out and "Organisation name" in out


def test_show_and_extract_refuse_a_tampered_pack(capsysbinary, pack: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(pack.read_bytes() + b"garbage")
    status, out, err = cli(capsysbinary, "show", "--json", str(bad))
    assert status == 2 and out == "" and "refused" in err
    status, _out, err = cli(capsysbinary, "extract", str(bad), str(tmp_path / "x"))
    assert status == 2 and not (tmp_path / "x").exists()


def test_extract_uses_safe_names_and_never_overwrites(capsysbinary, data_paths, passphrase_file: Path,
                                                      tmp_path: Path) -> None:
    case, _qs = load_example(EXAMPLES[0])
    hostile = [store_attachment(data_paths, "../../escape.txt", "other", b"one", "text/plain"),
               store_attachment(data_paths, "..", "other", b"two", "text/plain"),
               store_attachment(data_paths, "sub\\dir/report.pdf", "dpia", b"three", "application/pdf")]
    from onsshare_desktop.store.database import open_database

    db = open_database(data_paths)
    try:
        draft = db.drafts.create(case.with_attachments(tuple(hostile)))
    finally:
        db.close()
    cli(capsysbinary, *CREATE, "--passphrase-file", str(passphrase_file))
    pack = tmp_path / "hostile.pdf"
    assert cli(capsysbinary, "export", str(draft), "-o", str(pack), "--passphrase-file", str(passphrase_file))[0] == 0
    target = tmp_path / "out"
    status, out, _ = cli(capsysbinary, "extract", str(pack), str(target))
    assert status == 0
    written = sorted(p.name for p in target.iterdir())
    assert written == sorted(["case.json", "manifest.json", "escape.txt", "attachment", "report.pdf"])
    assert all(Path(line).parent == target for line in out.splitlines())
    assert not (tmp_path / "escape.txt").exists()
    assert (target / "report.pdf").read_bytes() == b"three"

    (target / "case.json").write_text("mine")
    status, out, _ = cli(capsysbinary, "extract", str(pack), str(target))
    assert status == 0 and (target / "case.json").read_text() == "mine"
    assert (target / "case (2).json").read_bytes() == pypdf_embedded(pack)["case.json"]


def test_trust_list_and_remove(capsysbinary, pack: Path, tmp_path: Path) -> None:
    status, out, _ = cli(capsysbinary, "trust", "list")
    assert status == 0 and "No trusted certificates." in out
    cert = tmp_path / "me.pem"
    cli(capsysbinary, "identity", "export-cert", str(cert))
    status, out, _ = cli(capsysbinary, "trust", "add", str(cert))
    fingerprint = out.rsplit(" ", 1)[-1].strip()
    status, out, _ = cli(capsysbinary, "trust", "list")
    assert fingerprint in out and "Rhian Pritchard" in out
    assert cli(capsysbinary, "trust", "remove", fingerprint)[0] == 0
    status, _out, err = cli(capsysbinary, "trust", "remove", fingerprint)
    assert status == 1 and "No trusted certificate" in err
    status, _out, err = cli(capsysbinary, "trust", "add", str(pack))
    assert status == 1 and "too large to be a certificate" in err
    junk = tmp_path / "junk.pem"
    junk.write_text("hello")
    status, _out, err = cli(capsysbinary, "trust", "add", str(junk))
    assert status == 1 and "not an X.509 certificate" in err


def test_a_stale_keyring_passphrase_is_reported(capsysbinary, draft_id: int, passphrase_file: Path,
                                                tmp_path: Path, memory_keyring) -> None:
    cli(capsysbinary, *CREATE, "--passphrase-file", str(passphrase_file))
    (key,) = memory_keyring.secrets
    memory_keyring.secrets[key] = "an old passphrase"
    status, _out, err = cli(capsysbinary, "export", str(draft_id), "-o", str(tmp_path / "k.pdf"))
    assert status == 1 and "no longer unlocks" in err
