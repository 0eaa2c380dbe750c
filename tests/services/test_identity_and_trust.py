"""The services' one passphrase resolution, and the decision on your own certificate in the trust store."""

from __future__ import annotations

import pytest

from onsshare_desktop.identity.secrets import MemorySecretStore
from onsshare_desktop.identity.store import WrongPassphraseError, passphrase_key
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.services.container import Services
from onsshare_desktop.services.errors import PassphraseNeededError

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def services(data_paths: DataPaths) -> Services:
    services = Services(data_paths.ensure(), MemorySecretStore())
    services.identity.create("Sam Screener", "ONS", "sam@ons.gov.uk", PASSPHRASE)
    return services


def test_the_remembered_passphrase_is_tried_first_and_nothing_is_asked(services: Services) -> None:
    services.identity.remember(services.identity.info().fingerprint, PASSPHRASE)
    asked: list[bool] = []
    signer = services.identity.signing_key().unlock(lambda retry: asked.append(retry) or "")
    assert signer is not None and asked == []


def test_a_wrong_passphrase_is_asked_again_until_right_or_cancelled(services: Services) -> None:
    answers = iter(["wrong", "also wrong", PASSPHRASE])
    asked: list[bool] = []

    def ask(retry: bool) -> str:
        asked.append(retry)
        return next(answers)

    assert services.identity.signing_key().unlock(ask) is not None
    assert asked == [False, True, True]
    assert services.identity.signing_key().unlock(lambda retry: None) is None
    with pytest.raises(WrongPassphraseError):
        services.identity.signing_key().unlock(lambda retry: "wrong", attempts=1)


def test_without_a_way_to_ask_the_error_says_whether_the_kept_passphrase_went_stale(services: Services) -> None:
    key = services.identity.signing_key()
    with pytest.raises(PassphraseNeededError) as none_kept:
        key.unlock(None)
    assert not none_kept.value.stale
    services.secrets.set(passphrase_key(services.identity.info().fingerprint), "stale")
    with pytest.raises(PassphraseNeededError) as stale:
        key.unlock(None)
    assert stale.value.stale


def test_a_stale_remembered_passphrase_is_forgotten_when_asked_to(services: Services) -> None:
    key_name = passphrase_key(services.identity.info().fingerprint)
    services.secrets.set(key_name, "stale")
    assert services.identity.signing_key(forget_stale=True).try_remembered() is None
    assert services.secrets.get(key_name) is None


def test_your_own_certificate_is_trusted_for_verifying_but_not_written_into_the_store(services: Services) -> None:
    own = services.identity.info().fingerprint
    assert own in services.trust.fingerprints()
    assert services.trust.list() == [] and not services.paths.trust.exists()
    assert services.database.screening.sync_signers("x") == 0  # the database sees the same trusted signers


def test_the_actor_is_the_signing_identity(services: Services) -> None:
    assert services.identity.actor() == "Sam Screener <sam@ons.gov.uk>"
    assert services.screening.actor == "Sam Screener <sam@ons.gov.uk>"
