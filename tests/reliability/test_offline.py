"""The offline guarantee for the command line: every command runs with the network refused.

A new command must be added to ``SCENARIO`` below (the coverage test fails until it is).
"""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import pytest

from onsshare_desktop.cli import build_parser, run
from tests.reliability.offline import EXIT_NETWORK_ATTEMPT, NetworkAttempt, NetworkGuard, install_guard, \
    offline_command

# (command words, expected exit status); "{example}", "{export}" and "{backup}" are filled in as the run goes.
SCENARIO: list[tuple[list[str], int]] = [
    (["--version"], 0),
    (["self-test"], 0),
    (["import-case", "{example}"], 0),
    (["list"], 0),
    (["list", "--json", "--deleted"], 0),
    (["export-case", "1", "-o", "{export}"], 0),
    (["export-case", "1"], 0),
    (["backup"], 0),
    (["backup", "--list"], 0),
    (["restore", "{backup}"], 0),
    (["history", "verify"], 0),
    (["history", "verify", "--json"], 0),
    (["import-case", "{export}.missing"], 1),
    (["identity", "create", "--name", "Ana Jones", "--org", "Cardiff University", "--email", "ana@example.ac.uk",
      "--passphrase-file", "{passfile}"], 0),
    (["identity", "show"], 0),
    (["identity", "export-cert", "{cert}"], 0),
    (["identity", "import-p12", "{export}.missing"], 1),
    (["export", "1", "-o", "{pack}", "--passphrase-file", "{passfile}"], 0),
    (["verify", "{pack}"], 0),
    (["verify", "--json", "{pack}"], 0),
    (["show", "{pack}"], 0),
    (["extract", "{pack}", "{extract}"], 0),
    (["trust", "add", "{cert}"], 0),
    (["trust", "list"], 0),
    (["trust", "remove", "00"], 1),
]


def _covered() -> set[str]:
    return {words[0] for words, _ in SCENARIO if not words[0].startswith("-")}


def test_every_registered_command_is_in_the_offline_scenario() -> None:
    parser = build_parser()
    registered = set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    assert registered - _covered() == set(), "add these commands to SCENARIO in tests/reliability/test_offline.py"


def _values(example_files: list[Path], tmp_path: Path) -> dict[str, str]:
    passfile = tmp_path / "passphrase.txt"
    passfile.write_text("correct horse battery staple\n")
    return {"example": str(example_files[0]), "export": str(tmp_path / "case.json"), "backup": "",
            "passfile": str(passfile), "cert": str(tmp_path / "me.pem"), "pack": str(tmp_path / "pack.pdf"),
            "extract": str(tmp_path / "extracted")}


def _fill(words: list[str], values: dict[str, str]) -> list[str]:
    return [w.format(**values) for w in words]


def _run_in_process(argv: list[str]) -> tuple[int, str]:
    try:
        return run(argv), ""
    except SystemExit as exc:  # argparse's --version
        return int(exc.code or 0), ""


def test_every_command_runs_in_process_without_the_network(no_network: NetworkGuard, example_files: list[Path],
                                                           tmp_path: Path, data_paths,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    values = _values(example_files, tmp_path)
    for words, expected in SCENARIO:
        argv = _fill(words, values)
        status, _ = _run_in_process(argv)
        out, err = capsys.readouterr()
        assert status == expected, (argv, out, err)
        if words == ["backup"]:
            values["backup"] = out.strip()
    assert no_network.attempts == []


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
    import sys

    probe = [sys.executable, "-c", offline_command()[2].replace(
        "from onsshare_desktop.__main__ import main",
        "import socket; socket.create_connection(('127.0.0.1', 9)); from onsshare_desktop.__main__ import main")]
    result = subprocess.run(probe, capture_output=True, text=True, timeout=60)
    assert result.returncode == EXIT_NETWORK_ATTEMPT and "network attempt" in result.stderr


def test_self_test_runs_offline_as_a_real_process(tmp_path: Path) -> None:
    result = _run_child(["self-test"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("self-test ok")


@pytest.mark.slow
def test_every_command_runs_offline_as_a_real_process(example_files: list[Path], tmp_path: Path) -> None:
    values = _values(example_files, tmp_path)
    for words, expected in SCENARIO:
        result = _run_child(_fill(words, values), tmp_path)
        assert result.returncode == expected, (words, result.stdout, result.stderr)
        if words == ["backup"]:
            values["backup"] = result.stdout.strip()
