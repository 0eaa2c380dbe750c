"""The signers you trust: the local trust store, and the decision on your own certificate.

Your own certificate is trusted for verifying (your own packs and records verify as trusted, and a pack you
signed is "signer confirmed" when you screen it) without being written into the trust store: ``trust list``
shows only the certificates added on purpose. The window and the command line both verify through
``verifying_store`` so they give the same verdict.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from onsshare_desktop.identity.certificates import SignerInfo
    from onsshare_desktop.identity.trust import TrustedCertificate as TrustedCertificate
    from onsshare_desktop.identity.trust import TrustStore as TrustStore
    from onsshare_desktop.services.identity import IdentityService


class TrustedSigners(Protocol):
    """The certificates trusted on purpose, as the trusted-signers dialog lists and edits them: a ``TrustService``
    or the ``TrustStore`` it gives."""

    def list(self) -> list[TrustedCertificate]: ...

    def add(self, certificate: bytes) -> SignerInfo: ...

    def remove(self, fingerprint: str) -> SignerInfo: ...


class TrustService:
    """Add, list and remove trusted signers; the store packs are verified against."""

    def __init__(self, folder: Path, identity: IdentityService) -> None:
        self.folder = folder
        self._identity = identity

    def store(self) -> TrustStore:
        """The certificates added on purpose (what ``trust list`` and the trusted-signers dialog show)."""
        from onsshare_desktop.identity.trust import TrustStore

        return TrustStore(self.folder)

    def verifying_store(self) -> TrustStore:
        """The store packs are verified against: the trust store plus your own certificate, if you have one."""
        store = self.store()
        return store.with_extra([self._identity.certificate()]) if self._identity.exists() else store

    def fingerprints(self) -> frozenset[str]:
        """Every fingerprint trusted for verifying (own certificate included)."""
        return self.verifying_store().fingerprints()

    @staticmethod
    def describe(certificate: bytes) -> SignerInfo:
        """Who a certificate (PEM or DER) names, read before anyone decides to trust it; ``UserError`` in plain
        words when it is not a certificate."""
        from onsshare_desktop.identity.certificates import load_certificate, signer_info

        return signer_info(load_certificate(certificate))

    def add(self, certificate: bytes) -> SignerInfo:
        """Trust the certificate (PEM or DER); adding one already trusted is harmless."""
        return self.store().add(certificate)

    def list(self) -> list[TrustedCertificate]:
        return self.store().list()

    def remove(self, fingerprint: str) -> SignerInfo:
        return self.store().remove(fingerprint)
