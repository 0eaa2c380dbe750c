"""Setting up a signing identity through ``IdentityService`` (the window's identity dialog and set-up wizard use
these): make or import a key and remember its passphrase, or say why it could not be remembered; the first-run
profile kept before any key exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from onsshare_desktop.identity.secrets import MemorySecretStore, SecretStoreUnavailable
from onsshare_desktop.identity.store import IdentityStore, passphrase_key
from onsshare_desktop.services.identity import (
    IdentityService, Profile, person_working_in, save_profile, saved_profile,
)

PASSPHRASE = "correct horse battery staple"


class RefusingSecretStore(MemorySecretStore):
    """A keyring with no safe place to keep anything."""

    def set(self, key: str, value: str) -> None:
        raise SecretStoreUnavailable("no secure keyring here")


def test_a_new_identity_is_made_and_its_passphrase_remembered(tmp_path: Path) -> None:
    secrets = MemorySecretStore()
    identity = IdentityService(tmp_path / "identity", secrets)

    outcome = identity.create_and_remember("Ana Jones", "Cardiff University", "ana@example.ac.uk", PASSPHRASE,
                                           remember=True)

    assert outcome.note == "" and outcome.info.name == "Ana Jones"
    assert secrets.get(passphrase_key(outcome.info.fingerprint)) == PASSPHRASE
    assert identity.folder == tmp_path / "identity" and identity.info() == outcome.info


def test_a_keyring_that_refuses_is_reported_not_raised_and_the_key_is_still_made(tmp_path: Path) -> None:
    identity = IdentityService(tmp_path / "identity", RefusingSecretStore())
    outcome = identity.create_and_remember("Ana Jones", "Org", "ana@example.org", PASSPHRASE, remember=True)
    assert outcome.note == "no secure keyring here" and identity.exists()


def test_not_asked_to_remember_keeps_nothing(tmp_path: Path) -> None:
    secrets = MemorySecretStore()
    outcome = IdentityService(tmp_path / "identity", secrets).create_and_remember(
        "Ana Jones", "Org", "ana@example.org", PASSPHRASE, remember=False)
    assert secrets.get(passphrase_key(outcome.info.fingerprint)) is None


def test_replacing_needs_replace_and_retires_the_old_key(tmp_path: Path) -> None:
    identity = IdentityService(tmp_path / "identity", MemorySecretStore())
    first = identity.create_and_remember("Ana Jones", "Org", "ana@example.org", PASSPHRASE, remember=False).info
    with pytest.raises(Exception, match="already exists"):
        identity.create_and_remember("Ana Jones", "Org", "ana@example.org", PASSPHRASE, remember=False)
    second = identity.create_and_remember("Ana Jones", "Org", "ana@example.org", PASSPHRASE, remember=False,
                                          replace=True).info
    assert second.fingerprint != first.fingerprint and identity.info() == second


def test_an_organisation_key_file_is_imported_and_its_password_remembered(tmp_path: Path) -> None:
    from tests.identity.test_identity_store import organisation_p12

    data = organisation_p12("p12 password")
    secrets = MemorySecretStore()
    outcome = IdentityService(tmp_path / "identity", secrets).import_and_remember(data, "p12 password",
                                                                                remember=True)
    assert outcome.note == "" and secrets.get(passphrase_key(outcome.info.fingerprint)) == "p12 password"
    assert IdentityStore(tmp_path / "identity").info() == outcome.info


def test_the_first_run_profile_names_the_person_until_a_key_does(tmp_path: Path) -> None:
    folder = tmp_path / "identity"
    assert saved_profile(folder) is None and person_working_in(folder) is None
    save_profile(folder, Profile("Sam Screener", "ONS", "sam@ons.gov.uk"))
    assert saved_profile(folder) == Profile("Sam Screener", "ONS", "sam@ons.gov.uk")
    assert person_working_in(folder).actor == "Sam Screener <sam@ons.gov.uk>"
    IdentityService(folder, MemorySecretStore()).create("Sam Q. Screener", "ONS", "sam@ons.gov.uk", PASSPHRASE)
    assert person_working_in(folder).name == "Sam Q. Screener"
