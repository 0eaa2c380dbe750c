"""Crash safety: a child saving drafts is SIGKILLed at random moments; nothing acknowledged may be lost.

After every kill the next child opens the database through the production path (integrity check on open);
at the end the file passes ``integrity_check``, every acknowledged save reads back exactly, and the
tamper-evident history of every case verifies.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import sys
import time
from pathlib import Path

import pytest

from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.database import open_database
from onsshare_desktop.store.drafts import draft_stream
from onsshare_desktop.store.integrity import check_database

sys.path.insert(0, str(Path(__file__).resolve().parent))
import crash_worker  # noqa: E402

PRELOAD = ["onsshare_desktop.store.database", "onsshare_desktop.domain.questions", "crash_worker"]
ACK_TIMEOUT_S = 60.0


def _acks(path: Path) -> list[tuple[int, int, int, str, bool]]:
    if not path.exists():
        return []
    lines = path.read_text(encoding="ascii").split("\n")
    complete = lines[:-1]  # a line without its newline was cut by the kill: not an acknowledgement
    return [(int(r), int(n), int(i), ref, d == "1") for r, n, i, ref, d in (line.split() for line in complete)]


def _wait_for_first_ack(path: Path, run: int, process: multiprocessing.process.BaseProcess) -> None:
    deadline = time.monotonic() + ACK_TIMEOUT_S
    while not any(a[0] == run for a in _acks(path)):
        if not process.is_alive():
            raise AssertionError(f"the saving child of run {run} died by itself (exit {process.exitcode})")
        if time.monotonic() > deadline:
            raise AssertionError(f"the saving child of run {run} acknowledged nothing in {ACK_TIMEOUT_S} s")
        time.sleep(0.005)


def kill_repeatedly(data_paths: DataPaths, kills: int, seed: int) -> dict[str, int]:
    """Run ``kills`` children, each SIGKILLed a random moment after its first acknowledged save."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    rng = random.Random(seed)
    ack_file = data_paths.root / "acks.txt"
    open_database(data_paths).close()
    for run in range(kills):
        child = ctx.Process(target=crash_worker.save_loop, args=(str(data_paths.root), run, str(ack_file)))
        child.start()
        try:
            _wait_for_first_ack(ack_file, run, child)
            time.sleep(rng.uniform(0, 0.05))
        finally:
            assert child.pid is not None
            os.kill(child.pid, 9)
            child.join()
        assert child.exitcode == -9, f"run {run} ended with {child.exitcode} before it was killed"

    acks = _acks(ack_file)
    assert check_database(data_paths.database, quick=False).ok
    database = open_database(data_paths, daily_backup=False)
    try:
        for run, n, draft_id, case_ref, deleted in acks:
            draft = database.drafts.get(draft_id)
            assert (draft.case.case_ref, draft.case.title, draft.case.organisation) == (
                case_ref, f"run {run} save {n}", f"org {run}.{n}"), f"acknowledged save {run}.{n} was lost"
            assert (draft.deleted_at is not None) == deleted
            kinds = [e.kind for e in database.events.events(draft_stream(case_ref))]
            assert kinds[:2] == ["draft.created", "draft.saved"]
        report = database.events.verify()
        assert report.ok, report.problems
        return {"kills": kills, "acknowledged": len(acks), "lost": 0, "events": report.events_checked}
    finally:
        database.close()


def test_ten_random_kills_lose_no_acknowledged_save(data_paths: DataPaths, record_property) -> None:
    figures = kill_repeatedly(data_paths, kills=10, seed=8)
    record_property("crash_figures", figures)
    print(f"crash test: {figures}")
    assert figures["acknowledged"] >= 10


@pytest.mark.slow
def test_a_hundred_random_kills_lose_no_acknowledged_save(data_paths: DataPaths, record_property) -> None:
    figures = kill_repeatedly(data_paths, kills=100, seed=int(time.time()))
    record_property("crash_figures", figures)
    print(f"crash test: {figures}")
    assert figures["acknowledged"] >= 100
