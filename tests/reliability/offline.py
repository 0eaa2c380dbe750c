"""The offline guarantee, as a reusable pytest plugin: any network attempt fails the test.

Use it from any test module or conftest::

    pytest_plugins = ["tests.reliability.offline"]       # in tests/conftest.py (root conftest only), or
    from tests.reliability.offline import no_network      # noqa: F401  in one test module

then ask for the ``no_network`` fixture. While it is active, creating an Internet socket (IPv4/IPv6), resolving
a host name or connecting anywhere raises ``NetworkAttempt``; and because code under test might swallow that
exception, the fixture also fails the test at teardown if any attempt was recorded. Local IPC (AF_UNIX
sockets, as multiprocessing uses) stays allowed: it never leaves the machine.

It works with a CPython audit hook (PEP 578), so it sees every socket the interpreter creates, including those
made by libraries that never import ``socket`` by name. For a command run as a separate process, start it
through ``offline_command(...)``: the child installs the same guard before importing the app, and exits with
``EXIT_NETWORK_ATTEMPT`` after printing the attempt on stderr.
"""

from __future__ import annotations

import socket
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

EXIT_NETWORK_ATTEMPT = 97
_BLOCKED_EVENTS = frozenset({
    "socket.__new__", "socket.connect", "socket.bind", "socket.sendto", "socket.getaddrinfo",
    "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo", "urllib.Request", "http.client.connect",
    "ftplib.connect", "smtplib.connect", "imaplib.open", "poplib.connect", "nntplib.connect", "telnetlib.Telnet.open",
    "webbrowser.open",
})
_LOCAL_FAMILIES = frozenset(f for f in (getattr(socket, "AF_UNIX", None),) if f is not None)


class NetworkAttempt(AssertionError):
    """Code under test tried to use the network."""


@dataclass
class NetworkGuard:
    """Records (and refuses) network attempts while ``active``."""

    attempts: list[str] = field(default_factory=list)
    active: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def check(self, event: str, args: tuple[Any, ...]) -> None:
        if not self.active or event not in _BLOCKED_EVENTS:
            return
        if event == "socket.__new__" and len(args) > 1 and args[1] in _LOCAL_FAMILIES:
            return
        if event in ("socket.connect", "socket.bind", "socket.sendto") and _is_local_ipc(args):
            return
        description = f"{event}{_describe(args)}"
        with self._lock:
            self.attempts.append(description)
        raise NetworkAttempt(f"network attempt while offline: {description}")


def _is_local_ipc(args: tuple[Any, ...]) -> bool:
    sock = args[0] if args else None
    return getattr(sock, "family", None) in _LOCAL_FAMILIES


def _describe(args: tuple[Any, ...]) -> str:
    text = repr(args)
    return text if len(text) < 200 else text[:200] + "…"


_GUARD = NetworkGuard()
_installed = False


def install_guard() -> NetworkGuard:
    """Add the process-wide audit hook (once; hooks cannot be removed) and return the guard it consults."""
    global _installed
    if not _installed:
        sys.addaudithook(_GUARD.check)
        _installed = True
    return _GUARD


@pytest.fixture
def no_network() -> Iterator[NetworkGuard]:
    """Refuse every network attempt during the test, and fail it if any was made (even if caught)."""
    guard = install_guard()
    guard.attempts.clear()
    guard.active = True
    try:
        yield guard
    finally:
        guard.active = False
    if guard.attempts:
        pytest.fail("network attempts while offline:\n" + "\n".join(guard.attempts), pytrace=False)


_CHILD = """
import sys
sys.path.insert(0, {root!r})
from tests.reliability import offline
guard = offline.install_guard()
guard.active = True
try:
    from onsshare_desktop.__main__ import main
    status = main(sys.argv[1:])
except offline.NetworkAttempt as exc:
    print(exc, file=sys.stderr)
    sys.exit(offline.EXIT_NETWORK_ATTEMPT)
if guard.attempts:
    print("network attempts while offline: " + "; ".join(guard.attempts), file=sys.stderr)
    sys.exit(offline.EXIT_NETWORK_ATTEMPT)
sys.exit(status)
"""


def offline_command(*argv: str) -> list[str]:
    """The argv that runs ``onsshare-desktop ARGV...`` in a new Python process with the network refused.

    The child imports the package from this checkout (not whatever is installed), whatever its working folder.
    """
    return [sys.executable, "-c", _CHILD.format(root=str(Path(__file__).resolve().parents[2])), *argv]
