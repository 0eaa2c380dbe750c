"""ruff and mypy (strict below the window) pass, as CI checks them with ./dev.sh lint."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def test_ruff_passes() -> None:
    result = _run(str(BIN / "ruff"), "check", "onsshare_desktop", "tests", "bench", "docs")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_passes_below_the_window() -> None:
    result = _run(str(BIN / "mypy"))  # files and strictness from pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr
