"""Known signer certificates (the local trust store): one PEM per certificate, named by SHA-256 fingerprint.

A pack is trusted when its signer's certificate is in this store (certificate pinning). The user's own
identity certificate is trusted for their own packs without being added.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _
from onsshare_desktop.identity.certificates import (
    SignerInfo,
    certificate_pem,
    load_certificate,
    normalise_fingerprint,
    signer_info,
)

if TYPE_CHECKING:
    from cryptography import x509

MAX_CERT_BYTES = 64 * 1024


class UnknownFingerprintError(UserError):
    pass


@dataclass(frozen=True)
class TrustedCertificate:
    """A trusted certificate: in the trust store's folder (``path``), or in a screening team's database
    (``path`` None, ``added_by`` the screener who added it)."""

    info: SignerInfo
    not_valid_after: str  # ISO date
    path: Path | None
    added_by: str = ""


class TrustStore:
    """The folder of trusted signer certificates (``DataPaths.trust``)."""

    def __init__(self, folder: Path, extra: Iterable["x509.Certificate"] = ()) -> None:
        self.folder = folder
        self._extra = tuple(extra)

    def with_extra(self, certificates: Iterable["x509.Certificate"]) -> "TrustStore":
        """The same store, also trusting ``certificates`` (e.g. the user's own identity) without saving them."""
        return TrustStore(self.folder, (*self._extra, *certificates))

    def extra_certificates(self) -> tuple["x509.Certificate", ...]:
        """The certificates trusted without being saved here (``with_extra``)."""
        return self._extra

    def add(self, data: bytes) -> SignerInfo:
        """Trust the certificate in ``data`` (PEM or DER); adding one already trusted is harmless."""
        if len(data) > MAX_CERT_BYTES:
            raise UserError(_("This file is too large to be a certificate."))
        cert = load_certificate(data)
        info = signer_info(cert)
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self.folder / f"{info.fingerprint}.pem"
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(certificate_pem(cert))
        tmp.replace(path)
        return info

    def remove(self, fingerprint: str) -> SignerInfo:
        """Stop trusting the certificate with this fingerprint (a unique prefix of 8+ hex digits will do)."""
        wanted = normalise_fingerprint(fingerprint)
        matches = [c for c in self.list() if c.info.fingerprint.startswith(wanted)] if len(wanted) >= 8 else []
        if len(matches) != 1:
            raise UnknownFingerprintError(
                _("No trusted certificate has the fingerprint {fp}.").format(fp=fingerprint) if not matches else
                _("{fp} matches more than one certificate; give the whole fingerprint.").format(fp=fingerprint))
        path = matches[0].path
        assert path is not None  # this store lists only its folder's files
        path.unlink()
        return matches[0].info

    def list(self) -> list[TrustedCertificate]:
        """Trusted certificates, by name. Files that are not readable certificates are skipped."""
        found: list[TrustedCertificate] = []
        for path in sorted(self.folder.glob("*.pem")) if self.folder.is_dir() else ():
            try:
                cert = load_certificate(path.read_bytes()[:MAX_CERT_BYTES])
            except (UserError, OSError):
                continue
            found.append(TrustedCertificate(signer_info(cert), cert.not_valid_after_utc.date().isoformat(), path))
        return sorted(found, key=lambda c: (c.info.name.lower(), c.info.fingerprint))

    def fingerprints(self) -> frozenset[str]:
        """Fingerprints of every trusted certificate, including the extra ones."""
        return frozenset({c.info.fingerprint for c in self.list()} | {signer_info(c).fingerprint for c in self._extra})

    def is_trusted(self, fingerprint: str) -> bool:
        return normalise_fingerprint(fingerprint) in self.fingerprints()
