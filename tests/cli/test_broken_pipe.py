"""A reader that stops reading (``onsshare-desktop verify PACK | head -1``) is not an error: no traceback, no
"Exception ignored" line, and the command exits with its own status (``cli.pipes``).

Each command runs as a real process whose standard output is a pipe closed before it writes anything, so its
first write meets a pipe with no reader, every time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from onsshare_desktop.cli import run
from tests.pack.support import EXAMPLES, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def closed_reader(*argv: str) -> tuple[int, str]:
    """Run the command with its standard output closed by the reader at once; its exit status and stderr."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-m", "onsshare_desktop", *argv], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before the command prints its first line
    err = process.stderr.read().decode("utf-8", errors="replace")
    return process.wait(timeout=120), err


def assert_quiet(err: str) -> None:
    assert "Traceback" not in err and "BrokenPipeError" not in err and "Exception ignored" not in err, err


@pytest.fixture
def pack(capsys, tmp_path: Path) -> Path:
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert run(["identity", "create", "--name", "Rhian Pritchard", "--org", "Welsh Government", "--email",
                "rhian@example.org", "--passphrase-file", str(passphrase)]) == 0
    for example in EXAMPLES:
        assert run(["import-case", str(example)]) == 0
    out = tmp_path / "pack.pdf"
    assert run(["export", "1", "-o", str(out), "--passphrase-file", str(passphrase)]) == 0
    capsys.readouterr()
    return out


def test_verify_into_a_closed_pipe_exits_quietly_with_the_verdicts_status(pack: Path, tmp_path: Path) -> None:
    status, err = closed_reader("verify", str(pack))
    assert_quiet(err)
    assert status == 0  # trusted: the exit status says so even though nobody read the verdict
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(pack.read_bytes() + b"\n% appended after signing\n")
    status, err = closed_reader("verify", str(pack), str(changed))
    assert_quiet(err)
    assert status == 2  # one refused


@pytest.mark.parametrize("argv", [("list",), ("verify", "--json", "{pack}"), ("show", "{pack}"),
                                  ("export-case", "1")])
def test_other_commands_into_a_closed_pipe_exit_quietly(pack: Path, argv: tuple[str, ...]) -> None:
    status, err = closed_reader(*(a.replace("{pack}", str(pack)) for a in argv))
    assert_quiet(err)
    assert status == 0
