"""``backup`` and ``restore FILE`` from the command line: exit codes and plain messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onsshare_desktop.cli import run
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.lock import DataFolderLock


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _titles(capsys: pytest.CaptureFixture[str]) -> list[str]:
    status, out, _ = cli(capsys, "list", "--json")
    assert status == 0
    return sorted(row["title"] for row in json.loads(out))


def test_backup_then_restore_round_trip(capsys: pytest.CaptureFixture[str], example_files: list[Path],
                                        data_paths: DataPaths) -> None:
    assert cli(capsys, "import-case", str(example_files[0]))[0] == 0
    kept = _titles(capsys)
    status, out, _ = cli(capsys, "backup")
    backup = Path(out.strip())
    assert status == 0 and backup.parent == data_paths.backups and backup.exists()
    assert str(backup) in cli(capsys, "backup", "--list")[1]

    assert cli(capsys, "import-case", str(example_files[1]))[0] == 0
    assert len(_titles(capsys)) == 2
    status, out, _ = cli(capsys, "restore", str(backup))
    assert status == 0 and "restored" in out and "backed up to" in out
    assert _titles(capsys) == kept


def test_restore_refuses_a_file_that_is_not_a_database(capsys: pytest.CaptureFixture[str],
                                                       example_files: list[Path]) -> None:
    cli(capsys, "import-case", str(example_files[0]))
    status, _, err = cli(capsys, "restore", str(example_files[0]))
    assert status == 2
    assert "cannot be restored" in err and "not a SQLite database" in err
    assert len(_titles(capsys)) == 1


def test_restore_refuses_while_another_app_uses_the_folder(capsys: pytest.CaptureFixture[str],
                                                           example_files: list[Path], data_paths: DataPaths) -> None:
    cli(capsys, "import-case", str(example_files[0]))
    backup = Path(cli(capsys, "backup")[1].strip())
    with DataFolderLock(data_paths):
        status, _, err = cli(capsys, "restore", str(backup))
    assert status == 3 and "Another onsshare-desktop" in err


def test_backup_with_no_database_yet_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = cli(capsys, "backup")
    assert status == 1 and "no database" in err


def test_a_damaged_database_is_reported_then_the_backup_restored(capsys: pytest.CaptureFixture[str],
                                                                 example_files: list[Path],
                                                                 data_paths: DataPaths) -> None:
    """The whole recovery story from the command line: told in plain words, nothing lost, backup restored."""
    cli(capsys, "import-case", str(example_files[0]))
    kept = _titles(capsys)
    backup = Path(cli(capsys, "backup")[1].strip())
    data_paths.database.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)

    status, _, err = cli(capsys, "list")
    assert status == 3
    assert "damaged" in err and "Nothing was deleted" in err and backup.name in err
    (quarantined,) = data_paths.quarantine.iterdir()
    assert (quarantined / data_paths.database.name).exists()

    status, out, _ = cli(capsys, "restore", str(backup))
    assert status == 0 and "restored" in out
    assert _titles(capsys) == kept
