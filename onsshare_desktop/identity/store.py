"""The user's signing identity on disk: a certificate and its private key, encrypted under a passphrase.

Files in ``DataPaths.identity``: ``certificate.pem`` (readable without the passphrase) and ``key.p12`` (the key,
certificate and any issuer chain in a PKCS#12 encrypted with the passphrase: AES-256-CBC, PBKDF2-SHA256; the key
is never stored in plain text). Replacing an identity
moves the old files to ``retired/<fingerprint>/`` rather than deleting them.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _
from onsshare_desktop.identity.certificates import (
    SignerInfo,
    certificate_pem,
    new_signing_key,
    self_signed_certificate,
    signer_info,
)

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

    from onsshare_desktop.identity.secrets import SecretStore

MIN_PASSPHRASE_LENGTH = 8
MAX_P12_BYTES = 1024 * 1024
KDF_ROUNDS = 200_000  # ~0.1 s per unlock: cheap for the user, costly for someone guessing passphrases


class NoIdentityError(UserError):
    def __init__(self) -> None:
        super().__init__(_("There is no signing identity yet: create one (identity create) or import your "
                           "organisation's PKCS#12 file (identity import-p12) first."))


class IdentityExistsError(UserError):
    pass


class WrongPassphraseError(UserError):
    def __init__(self) -> None:
        super().__init__(_("The passphrase does not unlock the signing key."))


class WeakPassphraseError(UserError):
    def __init__(self) -> None:
        super().__init__(_("Choose a passphrase of at least {n} characters.").format(n=MIN_PASSPHRASE_LENGTH))


@dataclass(frozen=True)
class UnlockedIdentity:
    """A certificate with its decrypted private key, ready to sign. Keep it only as long as needed."""

    certificate: "x509.Certificate"
    private_key: "PrivateKeyTypes"
    chain: tuple["x509.Certificate", ...]

    @property
    def info(self) -> SignerInfo:
        return signer_info(self.certificate)


def passphrase_key(fingerprint: str) -> str:
    """The keyring entry name for the passphrase of the key behind ``fingerprint``."""
    return f"identity-passphrase:{fingerprint}"


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` readable by the owner only, atomically."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class IdentityStore:
    """Create, import, read and unlock the signing identity kept in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @property
    def certificate_path(self) -> Path:
        return self.folder / "certificate.pem"

    @property
    def key_path(self) -> Path:
        return self.folder / "key.p12"

    def exists(self) -> bool:
        return self.certificate_path.is_file() and self.key_path.is_file()

    def certificate(self) -> "x509.Certificate":
        """The identity's certificate; ``NoIdentityError`` if there is none."""
        from cryptography import x509

        if not self.exists():
            raise NoIdentityError()
        return x509.load_pem_x509_certificate(self.certificate_path.read_bytes())

    def info(self) -> SignerInfo:
        return signer_info(self.certificate())

    def certificate_pem(self) -> bytes:
        return certificate_pem(self.certificate())

    def create(self, name: str, organisation: str, email: str, passphrase: str, *,
               replace: bool = False) -> SignerInfo:
        """A new ECDSA P-256 key and self-signed certificate, the key encrypted under ``passphrase``."""
        name, organisation, email = name.strip(), organisation.strip(), email.strip()
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            raise WeakPassphraseError()
        if not name:
            raise UserError(_("Give the name of the person who signs."))
        key = new_signing_key()
        cert = self_signed_certificate(key, name, organisation, email)
        self._save(cert, key, (), passphrase, replace)
        return signer_info(cert)

    def import_pkcs12(self, data: bytes, p12_password: str, passphrase: str | None = None, *,
                      replace: bool = False) -> SignerInfo:
        """Import an organisation-issued PKCS#12; the key is stored under ``passphrase`` (default: the same)."""
        from cryptography.hazmat.primitives.serialization import pkcs12

        if len(data) > MAX_P12_BYTES:
            raise UserError(_("This file is too large to be a PKCS#12 key file."))
        try:
            key, cert, extra = pkcs12.load_key_and_certificates(data, p12_password.encode("utf-8") or None)
        except ValueError:
            raise UserError(_("Cannot open the PKCS#12 file: the password is wrong or the file is damaged.")) \
                from None
        if key is None or cert is None:
            raise UserError(_("The PKCS#12 file must hold a private key and its certificate."))
        self._save(cert, key, tuple(extra or ()), passphrase if passphrase is not None else p12_password, replace)
        return signer_info(cert)

    def unlock(self, passphrase: str) -> UnlockedIdentity:
        """Decrypt the key; ``WrongPassphraseError`` if ``passphrase`` does not open it."""
        from cryptography.hazmat.primitives.serialization import pkcs12

        cert = self.certificate()
        try:
            key, stored_cert, chain = pkcs12.load_key_and_certificates(self.key_path.read_bytes(),
                                                                       passphrase.encode("utf-8"))
        except ValueError:
            raise WrongPassphraseError() from None
        if key is None or stored_cert != cert:
            raise UserError(_("The key file in {folder} does not belong to the certificate beside it.").format(
                folder=self.folder))
        return UnlockedIdentity(cert, key, tuple(chain))

    def unlock_remembered(self, secrets: "SecretStore", *, forget_stale: bool = False) -> UnlockedIdentity | None:
        """The identity unlocked with the passphrase kept in ``secrets``; ``None`` when none is kept or the one kept
        no longer unlocks the key (the caller then asks the user). ``NoIdentityError`` if there is no identity.

        ``forget_stale`` deletes a kept passphrase that no longer unlocks the key, so it is not tried again.
        Slow (a keyring call of up to a few seconds, then the key derivation): keep it off a UI thread.
        """
        key = passphrase_key(self.info().fingerprint)
        remembered = secrets.get(key)
        if remembered is None:
            return None
        try:
            return self.unlock(remembered)
        except WrongPassphraseError:
            if forget_stale:
                secrets.delete(key)
            return None

    def remembers_passphrase(self, secrets: "SecretStore") -> bool:
        """Whether ``secrets`` keeps a passphrase for this identity (right or not); a keyring call, like the above."""
        return secrets.get(passphrase_key(self.info().fingerprint)) is not None

    def check_absent(self) -> None:
        """Raise ``IdentityExistsError`` if an identity is already here (creating one would replace it)."""
        if self.exists():
            info = self.info()
            raise IdentityExistsError(_(
                "A signing identity already exists ({name}, {fingerprint}); move {folder} aside first to "
                "replace it.").format(name=info.name, fingerprint=info.display_fingerprint, folder=self.folder))

    def forget_passphrase(self, secrets: "SecretStore") -> None:
        if self.exists():
            secrets.delete(passphrase_key(self.info().fingerprint))

    def _save(self, cert: "x509.Certificate", key: "PrivateKeyTypes", chain: tuple["x509.Certificate", ...],
              passphrase: str, replace: bool) -> None:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.serialization import PrivateFormat, pkcs12

        if not replace:
            self.check_absent()
        elif self.exists():
            self._retire()
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        encryption = (PrivateFormat.PKCS12.encryption_builder().kdf_rounds(KDF_ROUNDS)
                      .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC).hmac_hash(hashes.SHA256())
                      .build(passphrase.encode("utf-8")))
        p12 = pkcs12.serialize_key_and_certificates(b"onsshare signing key", key, cert,  # type: ignore[arg-type]
                                                    list(chain) or None, encryption)
        _write_private(self.key_path, p12)
        _write_private(self.certificate_path, certificate_pem(cert))

    def _retire(self) -> None:
        target = self.folder / "retired" / self.info().fingerprint
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        for path in (self.certificate_path, self.key_path):
            if path.exists():
                shutil.move(str(path), str(target / path.name))
