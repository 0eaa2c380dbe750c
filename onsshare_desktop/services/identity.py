"""Your signing identity: who you are (the actor recorded in histories), creating or importing a key, and the one
way a signing key is unlocked (``SigningKey``: the remembered passphrase first, then ask, again while wrong).
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from onsshare_desktop.i18n import _
from onsshare_desktop.identity.profile import Profile as Profile
from onsshare_desktop.identity.store import WrongPassphraseError as WrongPassphraseError
from onsshare_desktop.services.errors import PassphraseNeededError

if TYPE_CHECKING:
    from cryptography import x509

    from onsshare_desktop.identity.certificates import SignerInfo as SignerInfo
    from onsshare_desktop.identity.secrets import KeyringSecretStore as KeyringSecretStore
    from onsshare_desktop.identity.secrets import KeyringStatus
    from onsshare_desktop.identity.secrets import SecretStore as SecretStore
    from onsshare_desktop.identity.store import IdentityStore
    from onsshare_desktop.identity.store import UnlockedIdentity as UnlockedIdentity

def person_working_in(folder: Path) -> Profile | None:
    """Who works with the identity folder ``folder``: the signing identity's holder, else the profile given at
    first run (before any key was made), else None."""
    from onsshare_desktop.identity.profile import current_person

    return current_person(folder)


def saved_profile(folder: Path) -> Profile | None:
    """The profile given at first run (name, organisation, e-mail), if one was saved in ``folder``."""
    from onsshare_desktop.identity.profile import load_profile

    return load_profile(folder)


def save_profile(folder: Path, profile: Profile) -> None:
    """Keep ``profile`` in ``folder`` so someone who has no signing key yet still works under their own name.

    Raises:
        OSError: the file could not be written (say so; nothing else changed).
        InvalidInputError: a text of it carries a control character (``profile_problem``); nothing written.
    """
    from onsshare_desktop.identity.profile import save_profile as save
    from onsshare_desktop.services.errors import InvalidInputError

    problem = profile_problem(profile)
    if problem is not None:
        raise InvalidInputError(problem)
    save(folder, profile)


def profile_problem(profile: Profile) -> str | None:
    """Why ``profile`` cannot be kept: its name, organisation or e-mail address carries a control character (it
    would be in every history entry and document, and refused there); None when it is fine."""
    from onsshare_desktop.services import free_text

    return free_text.control_character_problem((free_text.NAME, profile.name),
                                               (free_text.ORGANISATION, profile.organisation),
                                               (free_text.EMAIL, profile.email))


@dataclass(frozen=True)
class IdentityOutcome:
    """A signing identity just made or imported, and ``note``: why its passphrase was not remembered, when it was
    asked to be but could not be (empty when all went to plan)."""

    info: SignerInfo
    note: str


# ``ask(retry)`` returns a typed passphrase, or None when the user cancels; ``retry`` is True after a wrong one.
AskPassphrase = Callable[[bool], "str | None"]


@dataclass(frozen=True)
class SigningKey:
    """The one passphrase resolution, for the window and the command line alike.

    ``try_remembered`` and ``try_typed`` are the slow steps (keyring, key derivation: keep them off a UI thread);
    ``unlock`` chains them for a caller that may block (the command line).
    """

    store: IdentityStore
    secrets: SecretStore
    forget_stale: bool = False

    @property
    def owner(self) -> str:
        """The identity's name (``NoIdentityError`` when there is none)."""
        return self.store.info().name

    def try_remembered(self) -> UnlockedIdentity | None:
        """The key unlocked with the passphrase kept in the keyring; None when none is kept or it is wrong."""
        return self.store.unlock_remembered(self.secrets, forget_stale=self.forget_stale)

    def try_typed(self, passphrase: str) -> UnlockedIdentity:
        """The key unlocked with ``passphrase``; ``WrongPassphraseError`` when it does not open it."""
        return self.store.unlock(passphrase)

    def remembers(self) -> bool:
        return self.store.remembers_passphrase(self.secrets)

    def unlock(self, ask: AskPassphrase | None, *, supplied: str | None = None,
               attempts: int | None = None) -> UnlockedIdentity | None:
        """Unlock with ``supplied`` if given; else the remembered passphrase; else ``ask`` until right.

        ``attempts`` bounds the asking (None: until the user cancels, which returns None). With no way to ask
        (``ask`` None), ``PassphraseNeededError`` says whether a kept passphrase went stale.
        """
        self.store.info()  # NoIdentityError first: no point asking for a passphrase
        if supplied is not None:
            return self.try_typed(supplied)
        signer = self.try_remembered()
        if signer is not None:
            return signer
        if ask is None:
            stale = self.remembers()
            raise PassphraseNeededError(
                _("The passphrase kept in the keyring no longer unlocks the signing key.") if stale else
                _("The signing key's passphrase is needed."), stale=stale)
        tried = 0
        while True:
            typed = ask(tried > 0)
            if typed is None:
                return None
            tried += 1
            try:
                return self.try_typed(typed)
            except WrongPassphraseError:
                if attempts is not None and tried >= attempts:
                    raise


class IdentityService:
    """The signing identity in one data folder, and the keyring that may keep its passphrase."""

    def __init__(self, folder: Path, secrets: SecretStore) -> None:
        from onsshare_desktop.identity.store import IdentityStore

        self.store = IdentityStore(folder)
        self.secrets = secrets

    @property
    def folder(self) -> Path:
        """The identity folder (key, certificate and first-run profile)."""
        return self.store.folder

    def exists(self) -> bool:
        return self.store.exists()

    def info(self) -> SignerInfo:
        return self.store.info()

    def certificate(self) -> x509.Certificate:
        return self.store.certificate()

    def certificate_pem(self) -> bytes:
        return self.store.certificate_pem()

    def person(self) -> Profile | None:
        """Who works here: the signing identity's holder, else the profile given at first run, else None."""
        return person_working_in(self.store.folder)

    def actor(self) -> str | None:
        """How histories record the person working here (``Name <email>``); None before the first-run set-up."""
        person = self.person()
        return person.actor if person is not None else None

    def actor_or_login(self) -> str:
        """``actor()``, else the login name (for the command line, which has no first-run set-up to offer)."""
        return self.actor() or getpass.getuser()

    def fingerprint(self) -> str | None:
        """The fingerprint of the signing identity's certificate (a team knows its members by it), if any."""
        return self.store.info().fingerprint if self.store.exists() else None

    def signing_key(self, *, forget_stale: bool = False) -> SigningKey:
        return SigningKey(self.store, self.secrets, forget_stale)

    def check_absent(self) -> None:
        self.store.check_absent()

    def create(self, name: str, organisation: str, email: str, passphrase: str, *,
               replace: bool = False) -> SignerInfo:
        """A new key and self-signed certificate under ``passphrase``; ``replace`` retires the current one.
        ``InvalidInputError`` when the name, organisation or e-mail address carries a control character (it would
        be in every document signed, and refused there)."""
        from onsshare_desktop.services.errors import InvalidInputError

        problem = profile_problem(Profile(name, organisation, email))
        if problem is not None:
            raise InvalidInputError(problem)
        return self.store.create(name, organisation, email, passphrase, replace=replace)

    def create_and_remember(self, name: str, organisation: str, email: str, passphrase: str, *, remember: bool,
                            replace: bool = False) -> IdentityOutcome:
        """``create`` (slow: key derivation, keep it off a UI thread), then keep the passphrase in the keyring if
        ``remember``; a keyring that refuses it is reported in ``note``, not raised."""
        info = self.create(name, organisation, email, passphrase, replace=replace)
        return IdentityOutcome(info, self._remembered(info, passphrase) if remember else "")

    @property
    def max_pkcs12_bytes(self) -> int:
        """The largest PKCS#12 file accepted (larger ones are refused in plain words)."""
        from onsshare_desktop.identity.store import MAX_P12_BYTES

        return MAX_P12_BYTES

    def import_pkcs12(self, data: bytes, password: str, *, replace: bool = False) -> SignerInfo:
        """Import an organisation's PKCS#12 key file; the key is kept here under the same ``password``."""
        return self.store.import_pkcs12(data, password, replace=replace)

    def import_and_remember(self, data: bytes, password: str, *, remember: bool,
                            replace: bool = False) -> IdentityOutcome:
        """``import_pkcs12`` (slow), then keep the password in the keyring if ``remember`` (see
        ``create_and_remember``)."""
        info = self.import_pkcs12(data, password, replace=replace)
        return IdentityOutcome(info, self._remembered(info, password) if remember else "")

    def _remembered(self, info: SignerInfo, passphrase: str) -> str:
        return self.remember(info.fingerprint, passphrase) or ""

    def remember(self, fingerprint: str, passphrase: str) -> str | None:
        """Keep the passphrase in the keyring; None when kept, else the reason it cannot be (not secure)."""
        from onsshare_desktop.identity.secrets import SecretStoreUnavailable
        from onsshare_desktop.identity.store import passphrase_key

        try:
            self.secrets.set(passphrase_key(fingerprint), passphrase)
        except SecretStoreUnavailable as err:
            return str(err)
        return None

    def remembers_passphrase(self) -> bool:
        return self.store.remembers_passphrase(self.secrets)

    @staticmethod
    def keyring_status() -> KeyringStatus:
        from onsshare_desktop.identity.secrets import keyring_status

        return keyring_status()
