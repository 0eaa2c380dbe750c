"""The trusted-signers dialog's certificate preview (``TrustService.describe``) and the requester's document import
from a file (``import_document_file``), as the window calls them."""

from __future__ import annotations

from pathlib import Path

import pytest

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.identity.secrets import MemorySecretStore
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack.reading import Refusal
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.services.container import Services
from onsshare_desktop.services.requester import import_document_file
from onsshare_desktop.services.roundtrip import MAX_DOCUMENT_BYTES, DocumentRefused
from onsshare_desktop.services.trust import TrustService


def test_a_certificate_is_described_before_it_is_trusted(data_paths: DataPaths) -> None:
    services = Services(data_paths, MemorySecretStore())
    services.identity.create("Ana Jones", "Cardiff University", "ana@example.ac.uk", "a long passphrase")
    info = TrustService.describe(services.identity.certificate_pem())
    assert (info.name, info.organisation) == ("Ana Jones", "Cardiff University")
    assert services.trust.list() == []  # describing trusts nothing
    with pytest.raises(UserError):
        TrustService.describe(b"not a certificate")


def test_a_document_larger_than_any_signed_one_is_refused_unread(database, data_paths: DataPaths,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path) -> None:
    big = tmp_path / "letter.pdf"
    with big.open("wb") as fh:
        fh.truncate(MAX_DOCUMENT_BYTES + 1)  # sparse: nothing written to disk
    with pytest.raises(DocumentRefused) as refused:
        import_document_file(database, big, TrustStore(data_paths.trust))
    assert refused.value.refusal is Refusal.TOO_LARGE and "letter.pdf" in str(refused.value)


def test_a_file_that_is_not_a_document_is_refused_in_words(database, data_paths: DataPaths,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7 not really")
    with pytest.raises(DocumentRefused):
        import_document_file(database, junk, TrustStore(data_paths.trust))
