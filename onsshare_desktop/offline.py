"""Stand-ins for pyHanko's two aiohttp modules, installed before pyHanko is first imported.

pyHanko imports its aiohttp timestamp client (``pyhanko.sign.timestamps``) and its aiohttp fetcher backend
(``pyhanko_certvalidator.fetchers.aiohttp_fetchers``) whenever signing or validation loads, though this app never
calls either: it signs and verifies offline, against the local trust store. Importing them imports aiohttp, about
200 ms of every process that signs or verifies (a ``verify`` on the command line, each worker of a batch). The
stand-ins load in microseconds, and anything that tried to reach a server through them fails with a plain error
instead of opening a connection. The bundle installs the same stand-ins from ``freeze/rthook_offline.py``.
"""

from __future__ import annotations

import sys
import types

STAND_INS = {
    "pyhanko.sign.timestamps.aiohttp_client": ("HTTPTimeStamper", "AIOHttpTimeStamper"),
    "pyhanko_certvalidator.fetchers.aiohttp_fetchers": ("AIOHttpFetcherBackend",),
}


class OfflineOnly:
    """Refuses to be made: onsshare-desktop never contacts a server."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        raise RuntimeError("onsshare-desktop works offline: it never contacts a timestamp, OCSP or CRL server")


def install() -> None:
    """Register the stand-ins, unless the real modules are loaded already (then nothing changes)."""
    for name, classes in STAND_INS.items():
        if name in sys.modules:
            continue
        module = types.ModuleType(name, OfflineOnly.__doc__)
        for cls in classes:
            setattr(module, cls, type(cls, (OfflineOnly,), {"__module__": name}))
        module.__all__ = list(classes)  # type: ignore[attr-defined]
        sys.modules[name] = module
