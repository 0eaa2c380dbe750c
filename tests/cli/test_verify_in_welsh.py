"""``verify`` in Welsh says its verdict in Welsh: the word at the start of each line is for people. What scripts read
stays the same in every language: the exit status (0 trusted, 1 signer unknown, 2 refused) and ``verify --json``,
whose ``verdict`` is ``trusted``, ``untrusted`` or ``refused`` and whose ``refusal`` names the reason's code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onsshare_desktop.cli import run
from tests.cli.test_cli_language import CREATE, HOUSING, cli, cy
from tests.pack.support import PASSPHRASE


@pytest.fixture
def packs(capsysbinary, tmp_path: Path) -> tuple[Path, Path]:
    """A good pack, and a copy changed after signing."""
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert run([*CREATE, "--passphrase-file", str(passphrase)]) == 0
    assert run(["import-case", str(HOUSING)]) == 0
    good = tmp_path / "good.pdf"
    assert run(["export", "1", "-o", str(good), "--passphrase-file", str(passphrase)]) == 0
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(good.read_bytes() + b"\n% appended\n")
    capsysbinary.readouterr()
    return good, changed


def _verdict_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if not line.startswith(" ")]


def test_the_verdict_reads_in_welsh_and_the_exit_status_is_the_same(capsysbinary, packs: tuple[Path, Path]) -> None:
    good, changed = packs
    status, out, _err = cli(capsysbinary, "--lang", "cy", "verify", str(good))
    [line] = _verdict_lines(out)
    assert status == 0 and line.startswith(f"{good}: {cy('TRUSTED')}: ") and "TRUSTED" not in line
    status, out, _err = cli(capsysbinary, "--lang", "cy", "verify", str(good), str(changed))
    lines = _verdict_lines(out)
    assert status == 2 and lines[1].startswith(f"{changed}: {cy('REFUSED')}: ") and "REFUSED" not in lines[1]


def test_an_unknown_signer_reads_in_welsh(capsysbinary, packs: tuple[Path, Path], tmp_path: Path) -> None:
    good, _changed = packs
    status, out, _err = cli(capsysbinary, "--lang", "cy", "--data-dir", str(tmp_path / "stranger"), "verify",
                            str(good))
    [line] = _verdict_lines(out)
    assert status == 1 and line.startswith(f"{good}: {cy('UNTRUSTED')}: ")


def test_english_and_json_are_unchanged(capsysbinary, packs: tuple[Path, Path]) -> None:
    good, changed = packs
    status, out, _err = cli(capsysbinary, "--lang", "en", "verify", str(good), str(changed))
    lines = _verdict_lines(out)
    assert status == 2 and lines[0].startswith(f"{good}: TRUSTED: ") and lines[1].startswith(f"{changed}: REFUSED: ")
    status, out, _err = cli(capsysbinary, "--lang", "cy", "verify", "--json", str(good), str(changed))
    reports = json.loads(out)
    assert status == 2 and [r["verdict"] for r in reports] == ["trusted", "refused"]
    assert reports[1]["refusal"] == "modified-after-signing"
