"""The screening team's decryption identity: an RSA key and certificate of its own (not the signing identity),
to which requesters encrypt packs for transport (``pack.envelope``). Kept like a signing identity: the key only
inside a PKCS#12 encrypted under a passphrase, that passphrase in the OS keyring when it is secure.

Files in ``<data>/decryption-identity/``: ``certificate.pem`` (send it to requesters) and ``key.p12``.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _
from onsshare_desktop.identity.certificates import SignerInfo, self_signed_builder, signer_info
from onsshare_desktop.identity.store import MIN_PASSPHRASE_LENGTH, IdentityStore, WeakPassphraseError

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

RSA_BITS = 3072


class NoDecryptionIdentityError(UserError):
    def __init__(self) -> None:
        super().__init__(_("There is no decryption identity yet: create one (identity decryption create) or "
                           "import the team's (identity decryption import-p12)."))


def decryption_certificate(key: "RSAPrivateKey", name: str, organisation: str, email: str,
                           now: datetime | None = None) -> "x509.Certificate":
    """A self-signed certificate for receiving encrypted packs (key encipherment only: it never signs a pack)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    return (self_signed_builder(key.public_key(), name, organisation, email, now)
            .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=True,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))


class DecryptionIdentityStore(IdentityStore):
    """The decryption identity in ``folder``: created as RSA-3072, or imported from a PKCS#12 holding an RSA key."""

    def certificate(self) -> "x509.Certificate":
        if not self.exists():
            raise NoDecryptionIdentityError()
        return super().certificate()

    def create(self, name: str, organisation: str, email: str, passphrase: str, *,
               replace: bool = False) -> SignerInfo:
        from cryptography.hazmat.primitives.asymmetric import rsa

        name, organisation, email = name.strip(), organisation.strip(), email.strip()
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            raise WeakPassphraseError()
        if not name:
            raise UserError(_("Give the name of the team that decrypts the packs."))
        key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
        cert = decryption_certificate(key, name, organisation, email)
        self._save(cert, key, (), passphrase, replace)
        return signer_info(cert)

    def import_pkcs12(self, data: bytes, p12_password: str, passphrase: str | None = None, *,
                      replace: bool = False) -> SignerInfo:
        from cryptography.hazmat.primitives.asymmetric import rsa
        from cryptography.hazmat.primitives.serialization import pkcs12

        try:
            key, _cert, _extra = pkcs12.load_key_and_certificates(data, p12_password.encode("utf-8") or None)
        except ValueError:
            key = None  # the parent says what is wrong in plain words
        if key is not None and not isinstance(key, rsa.RSAPrivateKey):
            raise UserError(_("A decryption identity needs an RSA key; this PKCS#12 file holds another kind."))
        return super().import_pkcs12(data, p12_password, passphrase, replace=replace)

    def check_absent(self) -> None:
        if self.exists():
            raise UserError(_("A decryption identity already exists ({fingerprint}); move {folder} aside first to "
                              "replace it.").format(fingerprint=self.info().display_fingerprint, folder=self.folder))
