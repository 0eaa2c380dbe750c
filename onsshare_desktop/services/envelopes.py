"""Encrypted transport of packs: sealing a signed pack to ONS's decryption certificate (requester), and the
decryption identity that opens received ``.p7m`` envelopes before they are verified as usual (screener).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _
from onsshare_desktop.services.identity import AskPassphrase, IdentityService

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from cryptography import x509

    from onsshare_desktop.identity.secrets import SecretStore
    from onsshare_desktop.identity.store import UnlockedIdentity

MAX_CERTIFICATE_BYTES = 64 * 1024


class EnvelopeRefusedError(UserError):
    """An envelope that cannot be opened (wrong key, damaged, not a pack inside); exits like a refused pack."""

    exit_status = 2

    def __init__(self, refusal: str, message: str) -> None:
        super().__init__(message)
        self.refusal = refusal


class DecryptionIdentityService(IdentityService):
    """The decryption identity of one data folder (``identity.decryption``), its passphrase kept like a signing
    key's."""

    def __init__(self, folder: Path, secrets: "SecretStore") -> None:
        from onsshare_desktop.identity.decryption import DecryptionIdentityStore

        super().__init__(folder, secrets)
        self.store = DecryptionIdentityStore(folder)

    def unlock(self, ask: AskPassphrase | None = None, *, supplied: str | None = None) -> "UnlockedIdentity":
        """The decryption key (remembered passphrase, ``supplied``, else ``ask``); ``EnvelopeRefusedError`` when
        there is no decryption identity here, ``PassphraseNeededError`` when no passphrase can be had."""
        if not self.store.exists():
            raise EnvelopeRefusedError("wrong-key", _(
                "this is an encrypted pack (.p7m), and there is no decryption identity here to open it: import the "
                "team's (identity decryption import-p12)"))
        from onsshare_desktop.services.errors import PassphraseNeededError

        try:
            key = self.signing_key().unlock(ask, supplied=supplied, attempts=1 if ask is None else None)
        except PassphraseNeededError:
            raise EnvelopeRefusedError("passphrase-needed", _(
                "the decryption key's passphrase is needed to open encrypted packs and is not kept in a secure "
                "keyring (on the command line, pass --passphrase-file F)")) from None
        if key is None:
            raise EnvelopeRefusedError("cancelled", _("opening the encrypted pack was cancelled"))
        return key

    @staticmethod
    def open_with(data: bytes, key: "UnlockedIdentity") -> bytes:
        """The PDF inside the envelope ``data``; ``EnvelopeRefusedError`` names why it cannot be opened."""
        from onsshare_desktop.pack.envelope import open_envelope
        from onsshare_desktop.pack.refusal import Refused

        try:
            return open_envelope(data, key.certificate, key.private_key)  # type: ignore[arg-type]
        except Refused as refused:
            raise EnvelopeRefusedError(refused.refusal.value, refused.message) from None

    def open(self, data: bytes, ask: AskPassphrase | None = None, *, supplied: str | None = None) -> bytes:
        """``open_with`` the key unlocked now."""
        return self.open_with(data, self.unlock(ask, supplied=supplied))


@dataclass(frozen=True)
class EncryptionCertificate:
    """A certificate packs can be sealed to, as a person is shown it before choosing it: who it names and until
    when it can be used."""

    path: Path
    name: str
    organisation: str
    email: str
    fingerprint: str  # 64 lowercase hex digits
    valid_until: datetime  # UTC


def encryption_certificate(certificate_file: Path, now: datetime | None = None) -> EncryptionCertificate:
    """Who the certificate in ``certificate_file`` (PEM or DER) names, once it is known to receive envelopes;
    ``UserError`` saying why in plain words when it cannot be read, is no certificate, holds no RSA key, is only
    for signing, or is not valid ``now`` (expired or not yet valid)."""
    from onsshare_desktop.identity.certificates import signer_info

    certificate_file = Path(certificate_file)
    certificate = _recipient(certificate_file, now)
    who = signer_info(certificate)
    return EncryptionCertificate(certificate_file, who.name, who.organisation, who.email, who.fingerprint,
                                 certificate.not_valid_after_utc)


def sealer(certificate_file: Path) -> "Callable[[bytes], bytes]":
    """Seals packs to the certificate in ``certificate_file``; ``UserError`` at once (before anything is signed)
    when the file cannot be read or its certificate cannot receive envelopes (``encryption_certificate``)."""
    certificate_file = Path(certificate_file)
    _recipient(certificate_file)  # the same checks a real pack meets, made before the slow work
    return lambda pdf: seal_pack(pdf, certificate_file)


def seal_pack(pdf: bytes, certificate_file: Path) -> bytes:
    """``pdf`` in a CMS envelope (AES-256) addressed to the certificate in ``certificate_file`` (PEM or DER)."""
    from onsshare_desktop.pack.envelope import seal

    return seal(pdf, _recipient(certificate_file))


def _recipient(certificate_file: Path, now: datetime | None = None) -> "x509.Certificate":
    """The certificate in ``certificate_file``, checked to receive envelopes ``now``; ``UserError`` if not."""
    from onsshare_desktop.identity.certificates import load_certificate
    from onsshare_desktop.pack.envelope import NotAnEncryptionCertificateError, check_recipient

    try:
        with certificate_file.open("rb") as fh:
            raw = fh.read(MAX_CERTIFICATE_BYTES + 1)
    except OSError as exc:
        raise UserError(_("cannot read the certificate {path}: {reason}").format(
            path=certificate_file, reason=exc.strerror)) from None
    if len(raw) > MAX_CERTIFICATE_BYTES:
        raise UserError(_("{path} is too large to be a certificate").format(path=certificate_file))
    certificate = load_certificate(raw)
    try:
        check_recipient(certificate, now)
    except NotAnEncryptionCertificateError as err:
        raise UserError(str(err)) from None
    return certificate


def has_envelopes(paths: "Sequence[Path]") -> bool:
    """Whether any file to import from ``paths`` (files, and the files in folders) is named as an envelope."""
    from onsshare_desktop.domain.screening.importing import collect_pdfs
    from onsshare_desktop.pack.envelope import ENVELOPE_SUFFIX

    return any(path.suffix.lower() == ENVELOPE_SUFFIX for path in collect_pdfs(paths))


def envelope_path(pack_path: Path) -> Path:
    """Where the envelope of a pack goes: the pack's name with ``.p7m`` added."""
    from onsshare_desktop.pack.envelope import ENVELOPE_SUFFIX

    return pack_path.with_name(pack_path.name + ENVELOPE_SUFFIX)


def unwrapper(decryption: DecryptionIdentityService, ask: AskPassphrase | None = None,
              supplied: str | None = None, key: "UnlockedIdentity | None" = None) -> "Callable[[Path, bytes], bytes]":
    """For ``ScreeningService.import_packs``: a file's pack, opening it with the decryption identity when it is an
    envelope (``key`` if already unlocked, else unlocked once, at the first envelope)."""
    from onsshare_desktop.pack.envelope import is_envelope

    unlocked: list[UnlockedIdentity] = [] if key is None else [key]

    def unwrap(path: Path, data: bytes) -> bytes:
        if not is_envelope(data):
            return data
        if not unlocked:
            unlocked.append(decryption.unlock(ask, supplied=supplied))
        return decryption.open_with(data, unlocked[0])

    return unwrap
