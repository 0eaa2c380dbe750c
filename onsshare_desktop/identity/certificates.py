"""X.509 helpers: SHA-256 fingerprints, who a certificate names, and new self-signed signing certificates."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePrivateKey

CERTIFICATE_YEARS = 5


class InvalidCertificateError(UserError):
    """A certificate file could not be read."""


def fingerprint_of_der(der: bytes) -> str:
    """The SHA-256 fingerprint of a DER certificate as 64 lowercase hex digits (the form stored and compared)."""
    return hashlib.sha256(der).hexdigest()


def format_fingerprint(fingerprint: str) -> str:
    """``ab12...`` as ``AB:12:...`` (how fingerprints are shown to people)."""
    hexdigits = normalise_fingerprint(fingerprint)
    return ":".join(hexdigits[i:i + 2] for i in range(0, len(hexdigits), 2)).upper()


def normalise_fingerprint(text: str) -> str:
    """Accept ``AB:12…``, ``ab 12…`` or ``ab12…`` and return lowercase hex without separators."""
    return "".join(ch for ch in text.lower() if ch not in ": \t")


@dataclass(frozen=True)
class SignerInfo:
    """Who a certificate names, with its fingerprint: what every screen shows about a signer."""

    name: str
    organisation: str
    email: str
    fingerprint: str  # 64 lowercase hex digits

    @property
    def display_fingerprint(self) -> str:
        return format_fingerprint(self.fingerprint)


def _attr(name: "x509.Name", oid: "x509.ObjectIdentifier") -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def signer_info(cert: "x509.Certificate") -> SignerInfo:
    """Name, organisation and e-mail from the subject (e-mail also from the subject alternative name)."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding
    from cryptography.x509.oid import NameOID

    email = _attr(cert.subject, NameOID.EMAIL_ADDRESS)
    if not email:
        try:
            san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
            emails = san.get_values_for_type(x509.RFC822Name)
            email = emails[0] if emails else ""
        except x509.ExtensionNotFound:
            pass
    return SignerInfo(
        name=_attr(cert.subject, NameOID.COMMON_NAME),
        organisation=_attr(cert.subject, NameOID.ORGANIZATION_NAME),
        email=email,
        fingerprint=fingerprint_of_der(cert.public_bytes(Encoding.DER)),
    )


def load_certificate(data: bytes) -> "x509.Certificate":
    """One certificate from PEM or DER bytes; ``InvalidCertificateError`` if it is neither."""
    from cryptography import x509

    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError:
        raise InvalidCertificateError(_("This is not an X.509 certificate (PEM or DER).")) from None


def certificate_pem(cert: "x509.Certificate") -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding

    return cert.public_bytes(Encoding.PEM)


def new_signing_key() -> "EllipticCurvePrivateKey":
    """A fresh ECDSA P-256 key (fast to sign with; RSA keys are re-parsed by pyHanko at each signature)."""
    from cryptography.hazmat.primitives.asymmetric import ec

    return ec.generate_private_key(ec.SECP256R1())


def self_signed_builder(public_key: Any, name: str, organisation: str, email: str,
                        now: datetime | None = None) -> "x509.CertificateBuilder":
    """A self-signed, non-CA certificate naming the person, their organisation and e-mail, valid for
    ``CERTIFICATE_YEARS`` from five minutes ago; the caller adds its key usages and signs it."""
    import secrets

    from cryptography import x509
    from cryptography.x509.oid import NameOID

    now = now or datetime.now(timezone.utc)
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    if email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    subject = x509.Name(attributes)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public_key)
        .serial_number(int.from_bytes(secrets.token_bytes(16), "big") >> 1)
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=365 * CERTIFICATE_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
    )


def self_signed_certificate(key: "EllipticCurvePrivateKey", name: str, organisation: str, email: str,
                            now: datetime | None = None) -> "x509.Certificate":
    """A self-signed document-signing certificate naming the person, their organisation and e-mail."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import ExtendedKeyUsageOID

    builder = (
        self_signed_builder(key.public_key(), name, organisation, email, now)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if email:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
    return builder.sign(key, hashes.SHA256())
