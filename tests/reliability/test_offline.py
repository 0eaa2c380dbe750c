"""The offline guarantee for the command line: every command runs with the network refused.

A new command must be added to ``SCENARIO`` below (the coverage test fails until it is).
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from onsshare_desktop.cli import build_parser, run
from tests.reliability.offline import EXIT_NETWORK_ATTEMPT, NetworkAttempt, NetworkGuard, install_guard, \
    offline_command

# (command words, expected exit status, value to capture from stdout as (name, regex) or None). "{name}" in the
# words is filled in from the files below or from an earlier capture.
SCENARIO: list[tuple[list[str], int, tuple[str, str] | None]] = [
    (["--version"], 0, None),
    (["self-test"], 0, None),
    (["import-case", "{example}"], 0, ("draft", r"^(\d+)$")),
    (["list"], 0, None),
    (["attach", "{draft}", "{example}", "--type", "other"], 0, None),
    (["set-answer", "{draft}", "project_title", '"Offline check"'], 0, None),
    (["list", "--json", "--deleted"], 0, None),
    (["export-case", "{draft}", "-o", "{case_json}"], 0, None),
    (["export-case", "{draft}"], 0, None),
    (["identity", "create", "--name", "Rhian Pritchard", "--org", "Welsh Government", "--email",
      "rhian@example.org", "--passphrase-file", "{passphrase}"], 0, None),
    (["identity", "show"], 0, None),
    (["identity", "export-cert", "{cert}"], 0, None),
    (["identity", "import-p12", "{missing}", "--passphrase-file", "{passphrase}"], 1, None),
    (["export", "{draft}", "-o", "{pack}", "--passphrase-file", "{passphrase}"], 0, None),
    (["verify", "{pack}"], 0, None),
    (["verify", "--json", "{pack}"], 0, None),
    (["--lang", "cy", "verify", "{pack}"], 0, None),  # the command line in Welsh: its catalogue is read locally
    (["show", "{pack}"], 0, None),
    (["show", "--json", "{pack}"], 0, None),
    (["extract", "{pack}", "{extracted}"], 0, None),
    (["import", "{pack}"], 0, None),
    (["import", "--json", "{example}"], 2, None),
    (["screen", "show", "1", "--json"], 0, None),
    (["screen", "move", "1", "start_first_screening"], 0, None),
    (["register", "list", "--json"], 0, None),
    (["register", "export-csv", "{missing}.csv"], 0, None),
    (["record", "export", "999", "-o", "{missing}.record.pdf"], 1, None),
    (["trust", "add", "{cert}"], 0, ("fingerprint", r"fingerprint (.+)$")),
    (["trust", "list"], 0, None),
    (["trust", "remove", "{fingerprint}"], 0, None),
    (["backup"], 0, ("backup", r"^(\S+\.sqlite3)$")),
    (["backup", "--list"], 0, None),
    (["restore", "{backup}"], 0, None),
    (["history", "verify"], 0, None),
    (["history", "verify", "--json"], 0, None),
    (["import-case", "{missing}"], 1, None),
    (["diff", "{pack}", "{pack}"], 0, None),
    (["respond", "{draft}", "no-such-request", "An answer"], 1, None),
    (["return", "import", "{missing}"], 1, None),
    (["decision", "import", "{missing}"], 1, None),
    (["benefits", "export", "{draft}", "-o", "{missing}.benefits.pdf", "--passphrase-file", "{passphrase}"], 2, None),
    (["team", "list"], 0, None),  # the data folder's own database: no team, nothing to reach
    (["db", "upgrade"], 2, None),  # without --database-url: refused, nothing reached
]


def _covered() -> set[str]:
    return {words[0] for words, _, _ in SCENARIO if not words[0].startswith("-")}


def test_every_registered_command_is_in_the_offline_scenario() -> None:
    parser = build_parser()
    registered = set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    assert registered - _covered() == set(), "add these commands to SCENARIO in tests/reliability/test_offline.py"


def _files(tmp_path: Path, example: Path) -> dict[str, str]:
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text("correct horse battery staple\n", encoding="utf-8")
    return {"example": str(example), "case_json": str(tmp_path / "case.json"), "passphrase": str(passphrase),
            "cert": str(tmp_path / "me.pem"), "pack": str(tmp_path / "pack.pdf"),
            "extracted": str(tmp_path / "extracted"), "missing": str(tmp_path / "missing.file")}


def _play(values: dict[str, str], execute: Callable[[list[str]], tuple[int, str, str]],
          skip: tuple[str, ...] = ()) -> int:
    """Run the scenario (less the commands in ``skip``) through ``execute``; returns how many commands ran."""
    ran = 0
    for words, expected, capture in SCENARIO:
        if words[0] in skip:
            continue
        ran += 1
        argv = [w.format(**values) for w in words]
        status, out, err = execute(argv)
        assert status == expected, (argv, out, err)
        if capture:
            name, pattern = capture
            found = [m.group(1) for line in out.splitlines() if (m := re.search(pattern, line.strip()))]
            assert found, (argv, out)
            values[name] = found[-1].strip()
    return ran


def _in_process(capsysbinary: pytest.CaptureFixture[bytes]) -> Callable[[list[str]], tuple[int, str, str]]:
    def execute(argv: list[str]) -> tuple[int, str, str]:
        try:
            status = run(argv)
        except SystemExit as exc:  # argparse's --version
            status = int(exc.code or 0)
        out, err = capsysbinary.readouterr()
        return status, out.decode("utf-8"), err.decode("utf-8")

    return execute


def test_every_command_runs_in_process_without_the_network(no_network: NetworkGuard, example_files: list[Path],
                                                           tmp_path: Path, data_paths,
                                                           capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    ran = _play(_files(tmp_path, example_files[0]), _in_process(capsysbinary), skip=("self-test",))
    assert ran == len(SCENARIO) - 1
    assert no_network.attempts == []


def test_self_test_runs_in_process_without_the_network(no_network: NetworkGuard,
                                                       capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    """Kept apart from the scenario above only because it is the slowest command (key, pack, verify)."""
    status, out, err = _in_process(capsysbinary)(["self-test"])
    assert status == 0, err
    assert out.strip().endswith("self-test ok")


@pytest.fixture
def guard() -> NetworkGuard:
    guard = install_guard()
    guard.attempts.clear()
    return guard


@pytest.mark.parametrize("attempt", [
    lambda: socket.create_connection(("127.0.0.1", 9), timeout=0.1),
    lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM),
    lambda: socket.socket(socket.AF_INET6, socket.SOCK_STREAM),
    lambda: socket.getaddrinfo("localhost", 80),
    lambda: socket.gethostbyname("localhost"),
    lambda: __import__("urllib.request").request.urlopen("http://127.0.0.1:9/", timeout=0.1),
], ids=["tcp-connect", "udp-socket", "ipv6-socket", "getaddrinfo", "gethostbyname", "urlopen"])
def test_the_guard_refuses_each_kind_of_attempt(guard: NetworkGuard, attempt) -> None:
    guard.active = True
    try:
        with pytest.raises(NetworkAttempt):
            attempt()
    finally:
        guard.active = False
    assert guard.attempts
    guard.attempts.clear()


def test_the_guard_allows_local_ipc_and_is_inactive_outside_the_fixture(guard: NetworkGuard) -> None:
    guard.active = True
    try:
        left, right = socket.socketpair(socket.AF_UNIX)
        left.close()
        right.close()
    finally:
        guard.active = False
    socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
    assert guard.attempts == []


def _run_child(argv: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(offline_command(*argv), capture_output=True, text=True, timeout=120, cwd=cwd)


def test_a_child_process_that_tries_the_network_is_caught(tmp_path: Path) -> None:
    probe = [sys.executable, "-c", offline_command()[2].replace(
        "from onsshare_desktop.__main__ import main",
        "import socket; socket.create_connection(('127.0.0.1', 9)); from onsshare_desktop.__main__ import main")]
    result = subprocess.run(probe, capture_output=True, text=True, timeout=60)
    assert result.returncode == EXIT_NETWORK_ATTEMPT and "network attempt" in result.stderr


def test_a_command_runs_offline_as_a_real_process(example_files: list[Path], tmp_path: Path) -> None:
    """Start-up included (entry point, imports); every command does so in the slow variant below."""
    result = _run_child(["import-case", str(example_files[0])], tmp_path)
    assert result.returncode == 0 and result.stdout.strip() == "1", result.stderr


@pytest.mark.slow
def test_every_command_runs_offline_as_a_real_process(example_files: list[Path], tmp_path: Path) -> None:
    def execute(argv: list[str]) -> tuple[int, str, str]:
        result = _run_child(argv, tmp_path)
        assert result.returncode != EXIT_NETWORK_ATTEMPT, (argv, result.stderr)
        return result.returncode, result.stdout, result.stderr

    assert _play(_files(tmp_path, example_files[0]), execute) == len(SCENARIO)
