"""The trust store: signer certificates by SHA-256 fingerprint; add, list, remove; extra (own) certificates."""

from __future__ import annotations

import pytest

from onsshare_desktop.identity.certificates import InvalidCertificateError, format_fingerprint
from onsshare_desktop.identity.trust import TrustStore, UnknownFingerprintError
from tests.pack.support import make_identity


@pytest.fixture
def trust(data_paths) -> TrustStore:
    return TrustStore(data_paths.root / "trust")


def test_add_list_and_remove(trust: TrustStore, data_paths) -> None:
    from cryptography.hazmat.primitives.serialization import Encoding

    me = make_identity(data_paths)
    info = trust.add(me.certificate.public_bytes(Encoding.PEM))
    assert (trust.folder / f"{info.fingerprint}.pem").is_file()
    assert trust.add(me.certificate.public_bytes(Encoding.DER)) == info  # DER too; adding twice is harmless
    (listed,) = trust.list()
    assert listed.info == info and trust.is_trusted(info.fingerprint)
    assert trust.is_trusted(format_fingerprint(info.fingerprint))
    assert trust.remove(format_fingerprint(info.fingerprint)) == info
    assert trust.list() == [] and not trust.is_trusted(info.fingerprint)


def test_remove_by_unique_prefix_and_unknown_fingerprints(trust: TrustStore, data_paths) -> None:
    from cryptography.hazmat.primitives.serialization import Encoding

    info = trust.add(make_identity(data_paths).certificate.public_bytes(Encoding.PEM))
    with pytest.raises(UnknownFingerprintError):
        trust.remove("00" * 32)
    with pytest.raises(UnknownFingerprintError):
        trust.remove(info.fingerprint[:4])  # too short to be sure
    assert trust.remove(info.fingerprint[:12]) == info


def test_garbage_is_not_a_certificate(trust: TrustStore) -> None:
    with pytest.raises(InvalidCertificateError):
        trust.add(b"-----BEGIN CERTIFICATE-----\nnonsense\n-----END CERTIFICATE-----\n")
    with pytest.raises(InvalidCertificateError):
        trust.add(b"\x00\x01")


def test_unreadable_files_in_the_folder_are_skipped(trust: TrustStore) -> None:
    trust.folder.mkdir(parents=True)
    (trust.folder / "junk.pem").write_text("not a certificate")
    assert trust.list() == []


def test_extra_certificates_are_trusted_without_being_saved(trust: TrustStore, data_paths) -> None:
    me = make_identity(data_paths)
    assert trust.with_extra([me.certificate]).is_trusted(me.info.fingerprint)
    assert not trust.is_trusted(me.info.fingerprint) and trust.list() == []
