"""The scripts that take the screenshots in docs/screenshots still run, and still take the pictures committed there
(a script that rots is found here, not on the day the screenshots need retaking), in English and, for the scripts
that take some in Welsh (``--lang cy``), in Welsh as ``<prefix>cy-*.png``."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

SHOTS = REPO_ROOT / "docs" / "screenshots"
SCRIPTS = {"capture_main_window.py": "main-window-", "capture_wizard.py": "wizard-",
           "capture_screening.py": "screening-", "capture_roundtrip.py": "roundtrip-", "capture_pack.py": "pack-"}
IN_WELSH = ("capture_main_window.py", "capture_wizard.py", "capture_screening.py", "capture_pack.py")
RUNS = [(script, "en") for script in sorted(SCRIPTS)] + [(script, "cy") for script in IN_WELSH]


def committed(prefix: str, language: str) -> list[str]:
    """The committed pictures a script takes in ``language`` (Welsh ones are ``<prefix>cy-*.png``)."""
    names = sorted(p.name for p in SHOTS.glob(f"{prefix}*.png"))
    welsh = [n for n in names if n.startswith(f"{prefix}cy-")]
    return welsh if language == "cy" else [n for n in names if n not in welsh]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize(("script", "language"), RUNS, ids=[f"{s}-{lang}" for s, lang in RUNS])
def test_the_capture_script_takes_every_committed_screenshot(script: str, language: str, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    out.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    arguments = [] if language == "en" else ["--lang", language]
    done = subprocess.run([sys.executable, str(SHOTS / script), str(out), *arguments], cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    expected = committed(SCRIPTS[script], language)
    taken = sorted(p.name for p in out.glob("*.png"))
    assert expected and taken == expected
    for name in taken:
        width, height = png_size(out / name)
        assert width >= 600 and height >= 400, f"{name} is {width}x{height}"
