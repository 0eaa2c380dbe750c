"""A restore killed at any moment leaves either the database it replaced or the backup, never a broken file."""

from __future__ import annotations

import multiprocessing
import os
import random
import sys
import time
from pathlib import Path

import pytest

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.backups import backup_database, list_backups
from onsshare_desktop.store.database import open_database
from onsshare_desktop.store.integrity import check_database

sys.path.insert(0, str(Path(__file__).resolve().parent))
import crash_worker  # noqa: E402

PRELOAD = ["onsshare_desktop.store.backups", "onsshare_desktop.store.lock", "crash_worker"]


def _titles(paths: DataPaths) -> frozenset[str]:
    db = open_database(paths, daily_backup=False)
    try:
        return frozenset(d.title for d in db.drafts.list())
    finally:
        db.close()


def kill_restores(data_paths: DataPaths, kills: int, seed: int) -> dict[str, int]:
    qs = load_question_set()
    states, sources = [], []
    for label in ("A", "B"):
        db = open_database(data_paths, daily_backup=False)
        try:
            db.drafts.create(Case.new(qs).with_answer("project_title", f"state {label}"))
        finally:
            db.close()
        states.append(_titles(data_paths))
        keep = data_paths.root / f"state-{label}.sqlite3"  # outside backups/, so pruning never takes it
        sources.append(str(backup_database(data_paths.database, data_paths.backups, "manual").replace(keep)))

    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    rng = random.Random(seed)
    acks = data_paths.root / "restore-acks.txt"
    for _ in range(kills):
        child = ctx.Process(target=crash_worker.restore_loop, args=(str(data_paths.root), sources, str(acks)))
        child.start()
        before = _ack_count(acks)
        deadline = time.monotonic() + 60
        while _ack_count(acks) == before:  # let it complete one restore, then kill it somewhere in a later one
            assert child.is_alive() and time.monotonic() < deadline, "the restoring child stopped or stalled"
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.1))
        assert child.pid is not None
        os.kill(child.pid, 9)
        child.join()
        assert child.exitcode == -9, f"the restoring child ended with {child.exitcode} before it was killed"
        assert check_database(data_paths.database, quick=False).ok
        assert _titles(data_paths) in states  # one whole state or the other, never a mixture or nothing
    # A kill between writing a backup and pruning may leave one extra; the next backup prunes it.
    assert len(list_backups(data_paths.backups)) <= 8
    backup_database(data_paths.database, data_paths.backups, "manual")
    assert len(list_backups(data_paths.backups)) <= 7
    return {"kills": kills, "restores_completed": _ack_count(acks)}


def _ack_count(acks: Path) -> int:
    return acks.read_text(encoding="ascii").count("\n") if acks.exists() else 0


def test_restores_killed_at_random_moments_leave_a_whole_database(data_paths: DataPaths) -> None:
    figures = kill_restores(data_paths, kills=3, seed=3)
    print(f"restore crash test: {figures}")


@pytest.mark.slow
def test_many_killed_restores_leave_a_whole_database(data_paths: DataPaths) -> None:
    figures = kill_restores(data_paths, kills=50, seed=int(time.time()))
    print(f"restore crash test: {figures}")
