"""The signers you trust: the local trust store, a screening team's shared one, and your own certificate.

On a team database the team's trust store (in the database) is where certificates are added and removed, and
every screener trusts what any of them added; certificates in your own folder stay trusted too (they were added
before you joined, or while working alone) and can still be removed there.

Your own certificate is trusted for verifying (your own packs and records verify as trusted, and a pack you
signed is "signer confirmed" when you screen it) without being written into the trust store: ``trust list``
shows only the certificates added on purpose. The window and the command line both verify through
``verifying_store`` so they give the same verdict.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _

if TYPE_CHECKING:
    from cryptography import x509

    from onsshare_desktop.identity.certificates import SignerInfo
    from onsshare_desktop.identity.trust import TrustedCertificate as TrustedCertificate
    from onsshare_desktop.identity.trust import TrustStore as TrustStore
    from onsshare_desktop.services.identity import IdentityService
    from onsshare_desktop.store.trusted_signers import SharedTrustRepository


class TrustedSigners(Protocol):
    """The certificates trusted on purpose, as the trusted-signers dialog lists and edits them: a ``TrustService``
    or the ``TrustStore`` it gives."""

    def list(self) -> list[TrustedCertificate]: ...

    def add(self, certificate: bytes) -> SignerInfo: ...

    def remove(self, fingerprint: str) -> SignerInfo: ...


class TrustService:
    """Add, list and remove trusted signers; the store packs are verified against."""

    def __init__(self, folder: Path, identity: IdentityService,
                 shared: Callable[[], SharedTrustRepository | None] | None = None) -> None:
        """``shared``: the team's trust store when working on a team database (asked only when needed, so
        ``trust list`` alone never opens a lone screener's database)."""
        self.folder = folder
        self._identity = identity
        self._shared = shared or (lambda: None)

    def store(self) -> TrustStore:
        """The certificates added on purpose (what ``trust list`` and the trusted-signers dialog show)."""
        from onsshare_desktop.identity.trust import TrustStore

        return TrustStore(self.folder)

    def verifying_store(self) -> TrustStore:
        """The store packs are verified against: the trust store, the team's (on a team database), and your own
        certificate, if you have one."""
        store = self.store().with_extra(self._shared_certificates())
        return store.with_extra([self._identity.certificate()]) if self._identity.exists() else store

    def _shared_certificates(self) -> list[x509.Certificate]:
        from onsshare_desktop.identity.certificates import load_certificate

        shared = self._shared()
        return [] if shared is None else [load_certificate(s.certificate_pem) for s in shared.list()]

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
        """Trust the certificate (PEM or DER): for the whole team on a team database, else in the folder; adding
        one already trusted is harmless."""
        shared = self._shared()
        if shared is None:
            return self.store().add(certificate)
        from onsshare_desktop.identity.certificates import certificate_pem, load_certificate, signer_info
        from onsshare_desktop.identity.trust import MAX_CERT_BYTES

        if len(certificate) > MAX_CERT_BYTES:
            raise UserError(_("This file is too large to be a certificate."))
        cert = load_certificate(certificate)
        info = signer_info(cert)
        me = self._identity.info() if self._identity.exists() else None
        shared.add(info.fingerprint, certificate_pem(cert), "" if me is None else f"{me.name} <{me.email}>")
        return info

    def list(self) -> list[TrustedCertificate]:
        """The certificates added on purpose: the folder's, and the team's on a team database; by name."""
        local = self.store().list()
        shared = self._shared()
        if shared is None:
            return local
        from onsshare_desktop.identity.certificates import load_certificate, signer_info
        from onsshare_desktop.identity.trust import TrustedCertificate

        known = {c.info.fingerprint for c in local}
        team = []
        for signer in shared.list():
            if signer.fingerprint in known:
                continue
            cert = load_certificate(signer.certificate_pem)
            team.append(TrustedCertificate(signer_info(cert), cert.not_valid_after_utc.date().isoformat(), None,
                                           signer.added_by))
        return sorted([*local, *team], key=lambda c: (c.info.name.lower(), c.info.fingerprint))

    def remove(self, fingerprint: str) -> SignerInfo:
        """Stop trusting it (a unique prefix of 8+ hex digits will do): team-wide if the team's trust store has
        it, and from the folder if it is there too."""
        from onsshare_desktop.identity.certificates import normalise_fingerprint
        from onsshare_desktop.identity.trust import UnknownFingerprintError

        shared = self._shared()
        if shared is None:
            return self.store().remove(fingerprint)
        wanted = normalise_fingerprint(fingerprint)
        matches = [c for c in self.list() if c.info.fingerprint.startswith(wanted)] if len(wanted) >= 8 else []
        fingerprints = {c.info.fingerprint for c in matches}
        if len(fingerprints) != 1:
            raise UnknownFingerprintError(
                _("No trusted certificate has the fingerprint {fp}.").format(fp=fingerprint) if not matches else
                _("{fp} matches more than one certificate; give the whole fingerprint.").format(fp=fingerprint))
        (whole,) = fingerprints
        shared.remove(whole)
        if any(c.path is not None for c in self.store().list() if c.info.fingerprint == whole):
            self.store().remove(whole)
        return matches[0].info
