"""Secrets (key passphrases) behind a small ``SecretStore`` protocol, backed by the OS keyring when it is secure.

Plaintext, null and fail keyring backends count as "no secure keyring": the app then asks for the passphrase
instead of storing it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

SERVICE_NAME = "onsshare-desktop"
INSECURE_BACKEND_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class SecretStore(Protocol):
    def get(self, key: str) -> str | None: ...

    def set(self, key: str, secret: str) -> None: ...

    def delete(self, key: str) -> None: ...


@dataclass(frozen=True)
class KeyringStatus:
    backend: str
    secure: bool


def keyring_status() -> KeyringStatus:
    """Which keyring backend is active and whether it may hold secrets."""
    import keyring

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    insecure = name.startswith(INSECURE_BACKEND_MODULES) or "plaintext" in name.lower()
    chained = getattr(backend, "backends", None)
    if chained is not None:  # a ChainerBackend is secure only if some backend in it is
        insecure = not any(not f"{type(b).__module__}".startswith(INSECURE_BACKEND_MODULES) for b in chained)
    return KeyringStatus(backend=name, secure=not insecure and getattr(backend, "priority", 0) > 0)
