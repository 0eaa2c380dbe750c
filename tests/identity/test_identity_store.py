"""The signing identity on disk: created or imported, encrypted at rest, unlocked only by its passphrase."""

from __future__ import annotations

import hashlib
import stat
from datetime import datetime, timedelta, timezone

import pytest

from onsshare_desktop.identity.secrets import MemorySecretStore
from onsshare_desktop.identity.store import (
    IdentityExistsError,
    IdentityStore,
    NoIdentityError,
    WeakPassphraseError,
    WrongPassphraseError,
    passphrase_key,
)
from onsshare_desktop.domain.errors import UserError

PASSPHRASE = "a long enough passphrase"


def organisation_p12(password: str) -> bytes:
    """A PKCS#12 as an organisation would issue it: an RSA key, its certificate and the issuing CA."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    now = datetime.now(timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Example Issuing CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(1).not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True).sign(ca_key, hashes.SHA256()))
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Organisation Signer"),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Example Issuing Org")])
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(ca_name).public_key(key.public_key())
            .serial_number(2).not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
            .sign(ca_key, hashes.SHA256()))
    return pkcs12.serialize_key_and_certificates(b"signer", key, cert, [ca],
                                                 BestAvailableEncryption(password.encode()))


@pytest.fixture
def store(data_paths) -> IdentityStore:
    return IdentityStore(data_paths.identity)


def test_create_makes_a_p256_key_and_certificate_naming_the_person(store: IdentityStore) -> None:
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import Encoding

    info = store.create("Rhian Pritchard", "Welsh Government", "rhian@example.org", PASSPHRASE)
    assert (info.name, info.organisation, info.email) == ("Rhian Pritchard", "Welsh Government", "rhian@example.org")
    unlocked = store.unlock(PASSPHRASE)
    assert isinstance(unlocked.private_key, ec.EllipticCurvePrivateKey)
    assert unlocked.private_key.curve.name == "secp256r1"
    assert info.fingerprint == hashlib.sha256(unlocked.certificate.public_bytes(Encoding.DER)).hexdigest()
    assert store.info() == info


def test_private_key_is_encrypted_and_private(store: IdentityStore) -> None:
    from cryptography.hazmat.primitives.serialization import pkcs12

    store.create("A Person", "Org", "a@example.org", PASSPHRASE)
    data = store.key_path.read_bytes()
    assert b"PRIVATE KEY" not in data
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(data, None)
    assert stat.S_IMODE(store.key_path.stat().st_mode) == 0o600


def test_wrong_passphrase(store: IdentityStore) -> None:
    store.create("A Person", "Org", "a@example.org", PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        store.unlock("not the passphrase")


def test_unlock_remembered_uses_the_kept_passphrase_or_gives_none(store: IdentityStore) -> None:
    secrets = MemorySecretStore()
    info = store.create("A Person", "Org", "a@example.org", PASSPHRASE)
    assert store.unlock_remembered(secrets) is None and not store.remembers_passphrase(secrets)
    secrets.set(passphrase_key(info.fingerprint), PASSPHRASE)
    unlocked = store.unlock_remembered(secrets)
    assert unlocked is not None and unlocked.info == info and store.remembers_passphrase(secrets)
    secrets.set(passphrase_key(info.fingerprint), "an old passphrase")  # stale: None, kept unless asked to forget
    assert store.unlock_remembered(secrets) is None and store.remembers_passphrase(secrets)
    assert store.unlock_remembered(secrets, forget_stale=True) is None and not store.remembers_passphrase(secrets)
    secrets.set(passphrase_key("another fingerprint"), PASSPHRASE)  # another identity's passphrase is not used
    assert store.unlock_remembered(secrets) is None
    assert secrets.secrets == {passphrase_key("another fingerprint"): PASSPHRASE}


def test_unlock_remembered_without_an_identity(store: IdentityStore) -> None:
    with pytest.raises(NoIdentityError):
        store.unlock_remembered(MemorySecretStore())


def test_weak_passphrase_and_missing_name_are_refused(store: IdentityStore) -> None:
    with pytest.raises(WeakPassphraseError):
        store.create("A Person", "Org", "a@example.org", "short")
    with pytest.raises(UserError):
        store.create("  ", "Org", "a@example.org", PASSPHRASE)
    assert not store.exists()


def test_no_identity(store: IdentityStore) -> None:
    with pytest.raises(NoIdentityError):
        store.info()
    with pytest.raises(NoIdentityError):
        store.unlock(PASSPHRASE)


def test_existing_identity_is_kept_unless_replaced(store: IdentityStore) -> None:
    first = store.create("First", "Org", "a@example.org", PASSPHRASE)
    with pytest.raises(IdentityExistsError):
        store.create("Second", "Org", "b@example.org", PASSPHRASE)
    second = store.create("Second", "Org", "b@example.org", PASSPHRASE, replace=True)
    assert store.info() == second
    assert (store.folder / "retired" / first.fingerprint / "key.p12").is_file()


def test_import_pkcs12_keeps_the_chain(store: IdentityStore) -> None:
    info = store.import_pkcs12(organisation_p12("p12 password"), "p12 password")
    assert (info.name, info.organisation) == ("Organisation Signer", "Example Issuing Org")
    unlocked = store.unlock("p12 password")
    assert [c.subject.rfc4514_string() for c in unlocked.chain] == ["CN=Example Issuing CA"]


def test_import_pkcs12_with_wrong_password_or_garbage(store: IdentityStore) -> None:
    with pytest.raises(UserError, match="password is wrong"):
        store.import_pkcs12(organisation_p12("right"), "wrong")
    with pytest.raises(UserError):
        store.import_pkcs12(b"not a p12", "x")
    assert not store.exists()


def test_imported_rsa_identity_signs_a_verifiable_pack(store: IdentityStore, data_paths, tmp_path) -> None:
    from onsshare_desktop.identity.trust import TrustStore
    from onsshare_desktop.pack.export import export_pack
    from onsshare_desktop.pack.verify import Verdict, verify_pack
    from tests.pack.support import EXAMPLES, load_example

    store.import_pkcs12(organisation_p12("p12 password"), "p12 password")
    signer = store.unlock("p12 password")
    case, qs = load_example(EXAMPLES[0])
    result = export_pack(case, qs, data_paths, signer, tmp_path / "rsa.pdf")
    report = verify_pack(result.path, TrustStore(tmp_path / "t", extra=[signer.certificate]))
    assert report.verdict is Verdict.TRUSTED and report.signer.organisation == "Example Issuing Org"
