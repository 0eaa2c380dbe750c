"""``verify DIR`` over a folder of 200 small packs, as a whole process, against a shell loop of ``pdfsig`` (poppler)
over the same files. ``pdfsig`` only checks the signature; ``verify`` also reads every pack, checks its structure
and renders its pages again to compare them, on all cores.

The folder holds copies of 10 distinct small packs (new requests with a title and an organisation: four pages
each), signed by one identity the data folder trusts; verification caches nothing, so a copy costs what an
original does.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bench.core import Row, Settings, interleaved, summarise, time_process

PACKS = 200
DISTINCT = 10


def make_folder(root: Path, packs: int = PACKS) -> tuple[Path, Path]:
    """A data folder trusting the signer, and a folder of ``packs`` small packs."""
    from cryptography.hazmat.primitives.serialization import Encoding

    from onsshare_desktop.domain.case import Case
    from onsshare_desktop.domain.questions import ROLE_ORGANISATION, ROLE_TITLE, load_question_set
    from onsshare_desktop.identity.certificates import new_signing_key, self_signed_certificate
    from onsshare_desktop.identity.store import UnlockedIdentity
    from onsshare_desktop.identity.trust import TrustStore
    from onsshare_desktop.pack.export import build_signed_pack
    from onsshare_desktop.paths import DataPaths

    qs = load_question_set()
    key = new_signing_key()
    signer = UnlockedIdentity(self_signed_certificate(key, "Bench Requester", "Benchmark Trust",
                                                      "bench@example.org"), key, ())
    data = DataPaths(root / "data")
    data.ensure()
    TrustStore(data.trust).add(signer.certificate.public_bytes(Encoding.PEM))
    folder = root / "received"
    folder.mkdir()
    originals = []
    for n in range(min(DISTINCT, packs)):
        case = Case.new(qs).with_role_answer(ROLE_TITLE, f"Bench request {n}") \
            .with_role_answer(ROLE_ORGANISATION, f"Benchmark Trust {n}")
        pack = build_signed_pack(case, qs, signer, {}, now=datetime.now(UTC).replace(microsecond=0))
        path = folder / f"pack-{n:03d}.pdf"
        path.write_bytes(pack.pdf)
        originals.append(path)
    for n in range(DISTINCT, packs):
        shutil.copy(originals[n % DISTINCT], folder / f"pack-{n:03d}.pdf")
    return data.root, folder


def run(settings: Settings) -> list[Row]:
    count = max(2, settings.repeats // 3)
    packs = PACKS if settings.warm_up else 20  # the tiny pass (tests) only shows the row still runs
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        data, folder = make_folder(Path(tmp), packs)
        app = [sys.executable, "-m", "onsshare_desktop", "--data-dir", str(data), "verify", str(folder)]
        loop = ["sh", "-c", 'for f in "$1"/*.pdf; do pdfsig "$f" > /dev/null; done', "pdfsig-loop", str(folder)]
        if settings.warm_up:
            time_process(app)
            time_process(loop)
        base, measured = interleaved(count, lambda: time_process(loop), lambda: time_process(app))
    return [summarise(f"verify DIR of {packs} packs (whole process)", measured, "ms",
                      "<= 1.0 x shell loop of pdfsig", baseline=base, met=lambda _m, r: r is not None and r <= 1.0)]


if __name__ == "__main__":
    for row in run(Settings.quick()):
        print(row)
