"""``self-test``: every check runs and reports; a failing check is named, the others still run, exit status 1."""

from __future__ import annotations

import subprocess
import sys

import pytest

from onsshare_desktop.cli import run
from onsshare_desktop.services import selftest


def test_each_check_reports_ok_and_the_window_opens_offscreen(capsys: pytest.CaptureFixture[str]) -> None:
    status = run(["self-test", "--only", "record", "--only", "window", "--only", "resources"])
    out = capsys.readouterr().out.splitlines()
    assert status == 0
    assert [line.split(":")[0] for line in out[:-1]] == ["resources", "record", "window"]  # in CHECKS order
    assert all(": ok (" in line for line in out[:-1]) and out[-1] == "self-test ok"
    assert "screener's register shown" in out[2]


def test_a_failing_check_is_named_and_the_others_still_run(monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    def broken(_run: selftest.SelfTest) -> str:
        raise OSError("disk full")

    checks = tuple((name, broken if name == "database" else check) for name, check in selftest.CHECKS)
    monkeypatch.setattr(selftest, "CHECKS", checks)
    status = run(["self-test", "--only", "database", "--only", "keyring"])
    captured = capsys.readouterr()
    assert status == 1
    assert captured.out.splitlines() == [
        "database: FAILED (OSError: disk full)",
        captured.out.splitlines()[1],
    ] and captured.out.splitlines()[1].startswith("keyring: ok (")
    assert "error: self-test failed: database" in captured.err and "self-test ok" not in captured.out


def test_version_and_the_window_load_no_command_module() -> None:
    """Opening the window and --version skip the command modules (their imports cost ~40 ms of every start); the
    window gets --lang."""
    probe = """
import sys, types
from onsshare_desktop.cli import COMMAND_MODULES, run
opened = []
fake = types.ModuleType("onsshare_desktop.gui.app")
fake.run_gui = lambda data_dir=None, database_url=None, language=None: opened.append((data_dir, language)) or 0
sys.modules["onsshare_desktop.gui.app"] = fake
assert run([]) == 0 and run(["--data-dir", "/tmp/x"]) == 0 and run(["--lang", "cy"]) == 0, opened
try:
    run(["--version"])
except SystemExit as exc:
    assert exc.code == 0
print(opened, [m for m in COMMAND_MODULES if m in sys.modules])
"""
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("onsshare-desktop ")
    assert lines[1] == "[(None, None), ('/tmp/x', None), (None, 'cy')] []"  # --lang reaches the window


def test_a_command_or_a_mistake_still_gets_the_full_parser(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        run(["--data-dir"])
    assert exc.value.code == 2 and "COMMAND" in capsys.readouterr().err  # the full usage, not the short one
    with pytest.raises(SystemExit):
        run(["--help"])
    assert "self-test" in capsys.readouterr().out


def test_the_command_runs_every_check_the_services_define() -> None:
    from onsshare_desktop.cli.selftest import CHECK_NAMES, all_checks

    assert [name for name, _check in all_checks()] == list(CHECK_NAMES)
    assert [name for name, _check in selftest.CHECKS] == list(CHECK_NAMES[:-1])


def test_the_welsh_check_translates_signs_and_verifies_a_welsh_pack(capsys: pytest.CaptureFixture[str]) -> None:
    status = run(["self-test", "--only", "welsh", "--only", "window"])
    out = capsys.readouterr().out.splitlines()
    assert status == 0, out
    assert out[0].startswith("welsh: ok (catalogue translates “Confirmed” as “Wedi'i gadarnhau”; question set in "
                             "Welsh; ") and out[0].endswith("Welsh pack rendered, signed and verified)")
    assert out[1].startswith("window: ok (main window shown in Welsh,")


def test_the_welsh_check_fails_when_the_catalogue_translates_nothing(monkeypatch: pytest.MonkeyPatch,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    import gettext

    from onsshare_desktop import i18n

    real = i18n.catalogue
    monkeypatch.setattr(i18n, "catalogue", lambda code: gettext.NullTranslations() if code == "cy" else real(code))
    assert run(["self-test", "--only", "welsh"]) == 1
    assert capsys.readouterr().out.startswith("welsh: FAILED (")
