"""CLI contract: identity create/show/export-cert/import-p12, passphrase from file, keyring or nowhere."""

from __future__ import annotations

import hashlib
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from onsshare_desktop.cli import run
from onsshare_desktop.identity.certificates import load_certificate
from tests.pack.support import PASSPHRASE

CREATE = ("identity", "create", "--name", "Rhian Pritchard", "--org", "Welsh Government", "--email",
          "rhian@example.org")


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def test_create_show_and_export_cert(capsys, passphrase_file: Path, tmp_path: Path, memory_keyring) -> None:
    status, out, err = cli(capsys, *CREATE, "--passphrase-file", str(passphrase_file))
    assert status == 0, err
    assert "Rhian Pritchard" in out and "(SHA-256)" in out
    assert "kept in the system keyring" in err
    assert list(memory_keyring.secrets.values()) == [PASSPHRASE]
    status, out, _ = cli(capsys, "identity", "show")
    assert status == 0 and "Welsh Government" in out and "kept in the system keyring" in out
    fingerprint_line = next(line for line in out.splitlines() if line.startswith("Fingerprint:"))
    cert_file = tmp_path / "me.pem"
    status, out, _ = cli(capsys, "identity", "export-cert", str(cert_file))
    assert status == 0
    cert = load_certificate(cert_file.read_bytes())
    from cryptography.hazmat.primitives.serialization import Encoding

    digest = hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest().upper()
    assert ":".join(digest[i:i + 2] for i in range(0, 64, 2)) in fingerprint_line


def test_insecure_keyring_is_refused_with_one_line(capsys, passphrase_file: Path) -> None:
    keyring.set_keyring(FailKeyring())  # the autouse fixture restores the previous backend
    status, _out, err = cli(capsys, *CREATE, "--passphrase-file", str(passphrase_file))
    assert status == 0
    assert err.strip().count("\n") == 0 and "asked for at each signing" in err
    status, out, _ = cli(capsys, "identity", "show")
    assert "no secure keyring" in out


def test_create_without_a_passphrase_or_terminal_is_a_plain_error(capsys) -> None:
    status, out, err = cli(capsys, *CREATE)
    assert status == 1 and out == ""
    assert "--passphrase-file" in err


def test_create_twice_is_refused(capsys, passphrase_file: Path) -> None:
    assert cli(capsys, *CREATE, "--passphrase-file", str(passphrase_file))[0] == 0
    status, _out, err = cli(capsys, *CREATE, "--passphrase-file", str(passphrase_file))
    assert status == 1 and "already exists" in err


def test_short_passphrase_is_refused(capsys, tmp_path: Path) -> None:
    short = tmp_path / "short"
    short.write_text("abc\n")
    status, _out, err = cli(capsys, *CREATE, "--passphrase-file", str(short))
    assert status == 1 and "at least 8" in err


def test_show_without_identity(capsys) -> None:
    status, _out, err = cli(capsys, "identity", "show")
    assert status == 1 and "identity create" in err


def test_import_p12(capsys, tmp_path: Path, passphrase_file: Path) -> None:
    from tests.identity.test_identity_store import organisation_p12

    p12 = tmp_path / "issued.p12"
    p12.write_bytes(organisation_p12(PASSPHRASE))
    status, out, err = cli(capsys, "identity", "import-p12", str(p12), "--passphrase-file", str(passphrase_file))
    assert status == 0, err
    assert "Organisation Signer" in out and "Example Issuing Org" in out
    wrong = tmp_path / "wrong"
    wrong.write_text("not the password\n")
    (tmp_path / "other").mkdir()
    status, _out, err = run(["--data-dir", str(tmp_path / "other"), "identity", "import-p12", str(p12),
                             "--passphrase-file", str(wrong)]), *capsys.readouterr()
    assert status == 1 and "password is wrong" in err
