"""Bundle run-time hook: stand-ins for pyHanko's two aiohttp modules, as the bundle ships no aiohttp.

pyHanko imports its aiohttp timestamp client (``pyhanko.sign.timestamps``) and its aiohttp fetcher backend
(``pyhanko.sign.validation.ades``) when signing and validation load, though the app never calls either: it signs
and verifies offline, against the local trust store. This hook, run before the app, registers a stand-in for each
of those modules: loading works, and anything that tried to reach a server would fail with a plain error instead
of opening a connection. freeze/contents.py keeps the real modules (and aiohttp) out of the bundle.
"""

STAND_INS = {
    "pyhanko.sign.timestamps.aiohttp_client": ("HTTPTimeStamper", "AIOHttpTimeStamper"),
    "pyhanko_certvalidator.fetchers.aiohttp_fetchers": ("AIOHttpFetcherBackend",),
}


class OfflineOnly:
    """Refuses to be made: this installation of onsshare-desktop never contacts a server."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        raise RuntimeError("onsshare-desktop works offline: it never contacts a timestamp, OCSP or CRL server")


def _install() -> None:
    import sys
    import types

    for name, classes in STAND_INS.items():
        module = types.ModuleType(name, OfflineOnly.__doc__)
        for cls in classes:
            setattr(module, cls, type(cls, (OfflineOnly,), {"__module__": name}))
        module.__all__ = list(classes)  # type: ignore[attr-defined]
        sys.modules[name] = module


_install()
