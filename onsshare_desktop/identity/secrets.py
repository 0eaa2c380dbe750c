"""Secrets (key passphrases) behind a small ``SecretStore`` protocol, backed by the OS keyring when it is secure.

Plaintext, null and fail keyring backends count as "no secure keyring": the app then asks for the passphrase
instead of storing it. Every keyring call is time-bounded and runs in a helper thread, so a backend that hangs
(an unlock prompt nobody answers) or raises never blocks the caller for longer than ``timeout`` seconds.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from onsshare_desktop.i18n import _

SERVICE_NAME = "onsshare-desktop"
INSECURE_BACKEND_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
DEFAULT_TIMEOUT = 3.0

T = TypeVar("T")


class SecretStore(Protocol):
    def get(self, key: str) -> str | None: ...

    def set(self, key: str, secret: str) -> None: ...

    def delete(self, key: str) -> None: ...


class SecretStoreUnavailable(Exception):
    """The secret could not be stored; ``str(err)`` is a one-line explanation for the user."""


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


class _TimedOut(Exception):
    pass


def call_with_timeout(fn: Callable[[], T], timeout: float) -> T:
    """Run ``fn`` in a daemon thread; its result, its exception, or ``_TimedOut`` after ``timeout`` seconds.

    A call that hangs is abandoned (the daemon thread cannot be killed, but it cannot keep the app alive).
    """
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller
            outcome["error"] = exc

    thread = threading.Thread(target=target, name="keyring-call", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise _TimedOut()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


class KeyringSecretStore:
    """A ``SecretStore`` over the OS keyring that refuses insecure backends and never blocks for long.

    ``get`` returns ``None`` (ask the user instead) when the keyring is insecure, fails or hangs; ``set`` raises
    ``SecretStoreUnavailable`` with a one-line reason; ``delete`` is best effort.
    """

    def __init__(self, timeout: float = DEFAULT_TIMEOUT, service: str = SERVICE_NAME) -> None:
        self._timeout = timeout
        self._service = service

    def status(self) -> KeyringStatus:
        return keyring_status()

    def get(self, key: str) -> str | None:
        import keyring

        if not keyring_status().secure:
            return None
        try:
            return call_with_timeout(lambda: keyring.get_password(self._service, key), self._timeout)
        except Exception:  # noqa: BLE001 - a broken or hanging keyring means "ask the user"
            return None

    def set(self, key: str, secret: str) -> None:
        import keyring

        status = keyring_status()
        if not status.secure:
            raise SecretStoreUnavailable(_(
                "No secure keyring is available ({backend}), so the passphrase will be asked for at each signing."
            ).format(backend=status.backend))
        try:
            call_with_timeout(lambda: keyring.set_password(self._service, key, secret), self._timeout)
        except _TimedOut:
            raise SecretStoreUnavailable(_(
                "The keyring did not answer within {n} seconds, so the passphrase will be asked for at each "
                "signing.").format(n=f"{self._timeout:g}")) from None
        except Exception as exc:  # noqa: BLE001
            raise SecretStoreUnavailable(_(
                "The keyring refused to store the passphrase ({reason}), so it will be asked for at each signing."
            ).format(reason=type(exc).__name__)) from None

    def delete(self, key: str) -> None:
        import keyring

        if not keyring_status().secure:
            return
        try:
            call_with_timeout(lambda: keyring.delete_password(self._service, key), self._timeout)
        except Exception:  # noqa: BLE001 - nothing stored or keyring unavailable: nothing to forget
            pass


class MemorySecretStore:
    """A dict-backed ``SecretStore`` for tests and for one session's memory."""

    def __init__(self) -> None:
        self.secrets: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self.secrets.get(key)

    def set(self, key: str, secret: str) -> None:
        self.secrets[key] = secret

    def delete(self, key: str) -> None:
        self.secrets.pop(key, None)
