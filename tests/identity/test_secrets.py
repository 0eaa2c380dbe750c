"""Passphrases in the keyring: stored only by secure backends; a failing or hanging keyring never blocks."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring
from keyring.backends.null import Keyring as NullKeyring

from onsshare_desktop.identity.secrets import (
    KeyringSecretStore,
    MemorySecretStore,
    SecretStoreUnavailable,
    keyring_status,
)


class PlaintextKeyring(KeyringBackend):
    """Stands in for keyrings.alt's PlaintextKeyring: works, but keeps secrets unencrypted."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return "leaked"

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("a plaintext keyring must never be written to")

    def delete_password(self, service: str, username: str) -> None:
        pass


class RaisingKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("D-Bus went away")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("D-Bus went away")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("D-Bus went away")


class HangingKeyring(KeyringBackend):
    """Blocks like a SecretService unlock prompt nobody answers, until the test releases it."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait()
        return "too late"

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait()

    def delete_password(self, service: str, username: str) -> None:
        self.release.wait()


@pytest.fixture
def hanging() -> Iterator[HangingKeyring]:
    backend = HangingKeyring()
    keyring.set_keyring(backend)
    yield backend
    backend.release.set()


def test_secure_backend_stores_and_returns_the_passphrase(memory_keyring) -> None:
    store = KeyringSecretStore()
    store.set("identity-passphrase:abc", "s3cret passphrase")
    assert memory_keyring.secrets == {("onsshare-desktop", "identity-passphrase:abc"): "s3cret passphrase"}
    assert store.get("identity-passphrase:abc") == "s3cret passphrase"
    store.delete("identity-passphrase:abc")
    assert store.get("identity-passphrase:abc") is None


@pytest.mark.parametrize("backend", [FailKeyring(), NullKeyring(), PlaintextKeyring()],
                         ids=["fail", "null", "plaintext"])
def test_insecure_backends_are_refused(backend: KeyringBackend) -> None:
    keyring.set_keyring(backend)
    assert not keyring_status().secure
    store = KeyringSecretStore()
    with pytest.raises(SecretStoreUnavailable, match="asked for at each signing"):
        store.set("k", "secret")
    assert store.get("k") is None  # never read back from a plaintext store either
    store.delete("k")


def test_raising_backend_falls_back_to_asking() -> None:
    keyring.set_keyring(RaisingKeyring())
    store = KeyringSecretStore()
    assert store.get("k") is None
    with pytest.raises(SecretStoreUnavailable, match="RuntimeError"):
        store.set("k", "secret")
    store.delete("k")


def test_hanging_backend_falls_back_to_asking(hanging: HangingKeyring) -> None:
    store = KeyringSecretStore(timeout=0.05)
    assert store.get("k") is None
    with pytest.raises(SecretStoreUnavailable, match="did not answer"):
        store.set("k", "secret")
    store.delete("k")


def test_memory_secret_store() -> None:
    store = MemorySecretStore()
    store.set("a", "b")
    assert store.get("a") == "b"
    store.delete("a")
    assert store.get("a") is None
