"""Encrypted transport: export --encrypt-to ONS.pem writes a CMS envelope (.p7m, AES-256) that openssl opens to the
very pack, the screener's decryption identity opens on import, and that is refused by name when it is addressed to
someone else, damaged, or holds no pack."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from onsshare_desktop.cli import run
from onsshare_desktop.identity.decryption import DecryptionIdentityStore
from onsshare_desktop.pack.envelope import open_envelope, seal
from onsshare_desktop.pack.refusal import Refusal, Refused
from tests.pack.support import EXAMPLES, PASSPHRASE

CREATE = ("identity", "create", "--name", "Rhian Pritchard", "--org", "Welsh Government", "--email",
          "rhian@example.org")


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def passphrase(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def ons(capsys, tmp_path: Path, passphrase: Path, name: str = "ons") -> tuple[Path, Path]:
    """A screener's data folder with a decryption identity, and its certificate exported for requesters."""
    data = tmp_path / name
    status, out, err = cli(capsys, "--data-dir", str(data), "identity", "decryption", "create", "--name",
                           "ONS Data Sharing Team", "--passphrase-file", str(passphrase))
    assert status == 0, err
    assert "ONS Data Sharing Team" in out
    cert = tmp_path / f"{name}.pem"
    assert cli(capsys, "--data-dir", str(data), "identity", "decryption", "export-cert", str(cert))[0] == 0
    return data, cert


def encrypted_pack(capsys, tmp_path: Path, passphrase: Path, cert: Path) -> Path:
    requester = tmp_path / "requester"
    assert cli(capsys, "--data-dir", str(requester), *CREATE, "--passphrase-file", str(passphrase))[0] == 0
    status, out, _ = cli(capsys, "--data-dir", str(requester), "import-case", str(EXAMPLES[0]))
    draft = out.strip()
    target = tmp_path / "outbox" / "request.pdf"
    target.parent.mkdir()
    status, out, err = cli(capsys, "--data-dir", str(requester), "export", draft, "-o", str(target),
                           "--encrypt-to", str(cert), "--passphrase-file", str(passphrase))
    assert status == 0, err
    envelope = target.with_name("request.pdf.p7m")
    assert envelope.is_file() and str(envelope) in out
    assert list(target.parent.iterdir()) == [envelope]  # the plain pack is not left beside it
    return envelope


def test_openssl_opens_the_envelope_to_the_very_pack_and_import_takes_it(capsys, tmp_path: Path,
                                                                          passphrase: Path) -> None:
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    data, cert = ons(capsys, tmp_path, passphrase)
    envelope = encrypted_pack(capsys, tmp_path, passphrase, cert)
    assert envelope.read_bytes()[:1] == b"\x30" and b"%PDF" not in envelope.read_bytes()

    unlocked = DecryptionIdentityStore(data / "decryption-identity").unlock(PASSPHRASE)
    key = tmp_path / "key.pem"
    key.write_bytes(unlocked.private_key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    opened = subprocess.run(["openssl", "cms", "-decrypt", "-inform", "DER", "-in", str(envelope), "-recip",
                             str(cert), "-inkey", str(key), "-binary"], capture_output=True, check=True).stdout
    ours = open_envelope(envelope.read_bytes(), unlocked.certificate, unlocked.private_key)
    assert opened == ours and opened.startswith(b"%PDF-")
    assert "AES-256" in subprocess.run(["openssl", "cms", "-cmsout", "-print", "-inform", "DER", "-in",
                                        str(envelope)], capture_output=True, text=True).stdout.upper().replace(
        "AES_256", "AES-256").replace("AES256", "AES-256")

    status, out, err = cli(capsys, "--data-dir", str(data), "import", "--json", "--passphrase-file",
                           str(passphrase), str(envelope.parent))
    assert status == 0, (out, err)
    assert '"status": "imported"' in out
    status, out, _ = cli(capsys, "--data-dir", str(data), "register", "list", "--json")
    assert "ONS-DSR-EXAMPLE" in out


def test_an_envelope_for_someone_else_a_damaged_one_and_one_without_a_pack_are_refused(
        capsys, tmp_path: Path, passphrase: Path) -> None:
    data, cert = ons(capsys, tmp_path, passphrase)
    _other_data, other_cert = ons(capsys, tmp_path, passphrase, "someone-else")
    envelope = encrypted_pack(capsys, tmp_path, passphrase, other_cert)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a-for-someone-else.p7m").write_bytes(envelope.read_bytes())
    (inbox / "b-damaged.p7m").write_bytes(seal_to(cert, b"%PDF-1.7 placeholder")[:40])
    from cryptography import x509

    (inbox / "c-not-a-pack.p7m").write_bytes(seal(b"just some text, no PDF", x509.load_pem_x509_certificate(
        cert.read_bytes())))
    status, out, _ = cli(capsys, "--data-dir", str(data), "import", "--passphrase-file", str(passphrase),
                         str(inbox))
    assert status == 2
    lines = out.splitlines()
    assert len(lines) == 3
    assert "addressed to another certificate" in lines[0]
    assert "damaged" in lines[1]
    assert "does not hold a PDF pack" in lines[2]


def seal_to(cert: Path, data: bytes) -> bytes:
    from cryptography import x509

    return seal(data, x509.load_pem_x509_certificate(cert.read_bytes()))


def test_open_envelope_names_each_refusal(tmp_path: Path) -> None:
    store = DecryptionIdentityStore(tmp_path / "d")
    store.create("ONS", "ONS", "", PASSPHRASE)
    key = store.unlock(PASSPHRASE)
    other = DecryptionIdentityStore(tmp_path / "o")
    other.create("Other", "", "", PASSPHRASE)
    envelope = seal(b"%PDF-1.7\n%%EOF\n", store.certificate())
    assert open_envelope(envelope, key.certificate, key.private_key) == b"%PDF-1.7\n%%EOF\n"
    cases = {
        Refusal.WRONG_KEY: seal(b"%PDF-1.7", other.certificate()),
        Refusal.DAMAGED_ENVELOPE: envelope[:-30],
        Refusal.NOT_A_PACK: seal(b"hello", store.certificate()),
    }
    for refusal, data in cases.items():
        with pytest.raises(Refused) as raised:
            open_envelope(data, key.certificate, key.private_key)
        assert raised.value.refusal is refusal
    flipped = bytearray(envelope)
    flipped[-5] ^= 0xFF  # inside the encrypted content: the padding no longer checks out
    with pytest.raises(Refused) as raised:
        open_envelope(bytes(flipped), key.certificate, key.private_key)
    assert raised.value.refusal in (Refusal.DAMAGED_ENVELOPE, Refusal.NOT_A_PACK)


def test_encrypting_to_a_certificate_without_an_rsa_key_is_refused_before_signing(capsys, tmp_path: Path,
                                                                                 passphrase: Path) -> None:
    requester = tmp_path / "requester"
    assert cli(capsys, "--data-dir", str(requester), *CREATE, "--passphrase-file", str(passphrase))[0] == 0
    signing_cert = tmp_path / "ec.pem"  # an ECDSA signing certificate cannot receive an envelope
    assert cli(capsys, "--data-dir", str(requester), "identity", "export-cert", str(signing_cert))[0] == 0
    draft = cli(capsys, "--data-dir", str(requester), "import-case", str(EXAMPLES[0]))[1].strip()
    out = tmp_path / "out" / "p.pdf"
    out.parent.mkdir()
    status, _, err = cli(capsys, "--data-dir", str(requester), "export", draft, "-o", str(out), "--encrypt-to",
                         str(signing_cert), "--passphrase-file", str(passphrase))
    assert status == 1 and "cannot receive encrypted packs" in err
    assert list(out.parent.iterdir()) == []


def test_encrypting_to_an_expired_certificate_is_refused_before_signing(capsys, tmp_path: Path,
                                                                        passphrase: Path) -> None:
    from datetime import datetime, timezone

    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import Encoding

    from onsshare_desktop.identity.decryption import decryption_certificate

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    old = decryption_certificate(key, "ONS Data Sharing Team", "", "", datetime(2015, 3, 1, tzinfo=timezone.utc))
    expired = tmp_path / "old-ons.pem"
    expired.write_bytes(old.public_bytes(Encoding.PEM))
    requester = tmp_path / "requester"
    assert cli(capsys, "--data-dir", str(requester), *CREATE, "--passphrase-file", str(passphrase))[0] == 0
    draft = cli(capsys, "--data-dir", str(requester), "import-case", str(EXAMPLES[0]))[1].strip()
    out = tmp_path / "out" / "p.pdf"
    out.parent.mkdir()
    status, _, err = cli(capsys, "--data-dir", str(requester), "export", draft, "-o", str(out), "--encrypt-to",
                         str(expired), "--passphrase-file", str(passphrase))
    assert status == 1 and "this certificate expired on 2020-02-2" in err  # five years of 365 days, less 5 minutes
    assert list(out.parent.iterdir()) == []
