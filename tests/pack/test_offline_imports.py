"""Signing and verifying never import aiohttp: pyHanko's two network modules are replaced by stand-ins
(``onsshare_desktop.offline``, installed by ``onsshare_desktop.pack``) before pyHanko loads, which saves about 200 ms of every process that signs or verifies."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import onsshare_desktop.pack.verify, onsshare_desktop.pack.sign, onsshare_desktop.pack.export
import pyhanko.sign.validation, pyhanko.sign.signers, pyhanko.sign.timestamps
print(sorted(m for m in sys.modules if m.split('.')[0] == 'aiohttp'))
from pyhanko.sign.timestamps.aiohttp_client import AIOHttpTimeStamper
try:
    AIOHttpTimeStamper("http://timestamp.invalid")
except RuntimeError as err:
    print(err)
"""


def test_signing_and_verifying_load_without_aiohttp_and_never_reach_a_server() -> None:
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.splitlines() == [
        "[]", "onsshare-desktop works offline: it never contacts a timestamp, OCSP or CRL server"]
