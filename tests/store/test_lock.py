"""One app per data folder: a second holder is told who has it; a killed holder leaves no stale lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.database import open_database
from onsshare_desktop.store.integrity import DatabaseDamaged
from onsshare_desktop.store.lock import DataFolderInUse, DataFolderLock, in_use_elsewhere

HOLD = """
import sys, time
from pathlib import Path
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.lock import DataFolderLock
lock = DataFolderLock(DataPaths(Path(sys.argv[1])))
lock.acquire()
print("held", flush=True)
time.sleep(60)
"""


def test_a_second_lock_on_the_same_folder_is_refused_until_released(data_paths: DataPaths) -> None:
    first = DataFolderLock(data_paths)
    first.acquire()
    try:
        with pytest.raises(DataFolderInUse) as caught:
            DataFolderLock(data_paths).acquire()
        assert caught.value.holder_pid == os.getpid()
        assert "Another onsshare-desktop" in str(caught.value) and str(data_paths.root) in str(caught.value)
        assert not in_use_elsewhere(data_paths)  # held by this very process
    finally:
        first.release()
    assert not in_use_elsewhere(data_paths)
    with DataFolderLock(data_paths) as second:
        assert second.held
    assert not second.held


def test_another_process_is_detected_and_a_killed_one_frees_the_folder(data_paths: DataPaths) -> None:
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(data_paths.root)], stdout=subprocess.PIPE,
                             text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        with pytest.raises(DataFolderInUse) as caught:
            DataFolderLock(data_paths).acquire()
        assert caught.value.holder_pid == child.pid
        assert in_use_elsewhere(data_paths)

        # A damaged database in use by the other process is reported but left where it is.
        data_paths.database.write_bytes(b"SQLite format 3\x00" + b"\x07" * 3000)
        with pytest.raises(DatabaseDamaged) as damaged:
            open_database(data_paths)
        assert damaged.value.quarantine_dir is None and "close it" in str(damaged.value)
        assert data_paths.database.exists() and not data_paths.quarantine.exists()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        if child.stdout:
            child.stdout.close()
    with DataFolderLock(data_paths):
        pass
