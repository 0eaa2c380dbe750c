"""Encrypted transport: a signed pack sealed in a CMS EnvelopedData (``.p7m``, AES-256-CBC) that only the holder of
the recipient certificate's private key (ONS's decryption identity) can open.

The envelope only hides the pack in transit: CMS AES-CBC is not authenticated, so whatever comes out of it is then
verified as any received pack (its signature is what proves who made it and that it is unchanged). The recipient's
certificate must carry an RSA key (cryptography's PKCS#7 API transports keys with RSA PKCS#1 v1.5 only).
``openssl cms -decrypt -inform DER -recip CERT -inkey KEY`` opens these envelopes too.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from onsshare_desktop.i18n import _
from onsshare_desktop.pack import limits
from onsshare_desktop.pack.refusal import Refusal, Refused

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

ENVELOPE_SUFFIX = ".p7m"


class NotAnEncryptionCertificateError(ValueError):
    """The certificate given to encrypt to cannot receive an envelope (no RSA key, signing only, or out of date)."""


def is_envelope(data: bytes) -> bool:
    """Whether ``data`` looks like a DER CMS message (a SEQUENCE starting with the pkcs7 content type)."""
    return data[:1] == b"\x30" and b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07" in data[:32]


def check_recipient(recipient: "x509.Certificate", now: datetime | None = None) -> None:
    """``NotAnEncryptionCertificateError`` saying why in plain words when packs cannot be sealed to ``recipient``:
    it holds no RSA key, its key usage forbids encrypting keys to it, or it is not valid ``now`` (expired, or not
    yet valid). Dates are given as YYYY-MM-DD (UTC)."""
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import rsa

    if not isinstance(recipient.public_key(), rsa.RSAPublicKey):
        raise NotAnEncryptionCertificateError(_(
            "this certificate cannot receive encrypted packs: it holds no RSA key (ONS's decryption certificate "
            "does)"))
    try:
        usage = recipient.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    except ValueError:  # a malformed extension: nothing it allows can be relied on
        raise NotAnEncryptionCertificateError(_(
            "this certificate cannot receive encrypted packs: its key usage cannot be read")) from None
    if usage is not None and not usage.key_encipherment:
        raise NotAnEncryptionCertificateError(_(
            "this certificate cannot receive encrypted packs: it is only for signing, not for encryption (ask ONS "
            "for their decryption certificate)"))
    now = now or datetime.now(timezone.utc)
    if recipient.not_valid_after_utc < now:
        raise NotAnEncryptionCertificateError(_(
            "this certificate expired on {date}: ask ONS for their current decryption certificate").format(
            date=recipient.not_valid_after_utc.date().isoformat()))
    if recipient.not_valid_before_utc > now:
        raise NotAnEncryptionCertificateError(_(
            "this certificate is not valid until {date}: check this computer's date, or ask ONS for their current "
            "decryption certificate").format(date=recipient.not_valid_before_utc.date().isoformat()))


def seal(pdf: bytes, recipient: "x509.Certificate") -> bytes:
    """``pdf`` in a CMS EnvelopedData (DER, AES-256) addressed to ``recipient`` (checked first: ``check_recipient``)."""
    from cryptography.hazmat.primitives.ciphers import algorithms
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

    check_recipient(recipient)
    return (pkcs7.PKCS7EnvelopeBuilder().set_data(pdf).add_recipient(recipient)
            .set_content_encryption_algorithm(algorithms.AES256)
            .encrypt(Encoding.DER, [pkcs7.PKCS7Options.Binary]))


def _addressed_to(der: bytes, certificate: "x509.Certificate") -> bool:
    """Whether one of the envelope's recipients is ``certificate`` (by issuer and serial number); ``Refused``
    (damaged) when the envelope is not an EnvelopedData at all."""
    from asn1crypto import cms

    try:
        info = cms.ContentInfo.load(der)
        if info["content_type"].native != "enveloped_data":
            raise ValueError("not enveloped data")
        recipients = info["content"]["recipient_infos"]
        wanted = cms.IssuerAndSerialNumber({
            "issuer": cms.Name.load(certificate.issuer.public_bytes()), "serial_number": certificate.serial_number})
        for recipient in recipients:
            rid = recipient.chosen["rid"]
            if rid.name == "issuer_and_serial_number" and rid.chosen.dump() == wanted.dump():
                return True
        return False
    except Exception:  # noqa: BLE001 - any parse failure of an untrusted file is a damaged envelope
        raise Refused(Refusal.DAMAGED_ENVELOPE, _("the encrypted file (.p7m) is damaged or is not a CMS envelope")) \
            from None


def open_envelope(der: bytes, certificate: "x509.Certificate", key: "RSAPrivateKey") -> bytes:
    """The PDF inside an envelope addressed to ``certificate``; ``Refused`` with ``WRONG_KEY`` (addressed to
    someone else), ``DAMAGED_ENVELOPE`` or ``NOT_A_PACK`` (what is inside is not a PDF)."""
    from cryptography.hazmat.primitives.serialization import pkcs7

    if len(der) > limits.MAX_PDF_BYTES + 2**20:
        raise Refused(Refusal.TOO_LARGE, _("the encrypted file is larger than a pack may be"))
    if not _addressed_to(der, certificate):
        raise Refused(Refusal.WRONG_KEY, _(
            "the encrypted file is addressed to another certificate than this app's decryption identity; ask the "
            "sender to encrypt it to the certificate from: identity decryption export-cert"))
    try:
        pdf = pkcs7.pkcs7_decrypt_der(der, certificate, key, [])
    except Exception:  # noqa: BLE001 - ValueError, UnsupportedAlgorithm: either way it cannot be opened
        raise Refused(Refusal.DAMAGED_ENVELOPE, _(
            "the encrypted file (.p7m) is addressed to this app but cannot be decrypted: it is damaged")) from None
    if b"%PDF-" not in pdf[:1024]:
        raise Refused(Refusal.NOT_A_PACK, _("the encrypted file does not hold a PDF pack"))
    return pdf
