"""Two processes writing to one data folder at once never corrupt it, and neither sees a spurious error."""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.database import open_database
from onsshare_desktop.store.drafts import draft_stream
from onsshare_desktop.store.integrity import check_database

sys.path.insert(0, str(Path(__file__).resolve().parent))
import crash_worker  # noqa: E402

PRELOAD = ["onsshare_desktop.store.database", "onsshare_desktop.domain.questions", "crash_worker"]


def test_two_writers_interleave_without_corruption_or_lost_saves(data_paths: DataPaths) -> None:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    database = open_database(data_paths)
    shared_case = Case.new(load_question_set())
    shared = database.drafts.create(shared_case)
    database.close()
    acks = data_paths.root / "acks.txt"
    count = 25
    writers = [ctx.Process(target=crash_worker.save_many,
                           args=(str(data_paths.root), name, count, shared, str(acks)))
               for name in ("alpha", "beta")]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=120)
    assert [w.exitcode for w in writers] == [0, 0]

    assert check_database(data_paths.database).ok
    lines = acks.read_text(encoding="ascii").splitlines()
    assert len(lines) == 2 * count
    database = open_database(data_paths, daily_backup=False)
    try:
        for line in lines:
            name, n, draft_id = line.split()
            draft = database.drafts.get(int(draft_id)).case
            assert (draft.title, draft.organisation) == (f"{name} {n}", name)
        assert database.drafts.get(shared).case.organisation in (f"alpha {count - 1}", f"beta {count - 1}")
        shared_history = database.events.events(draft_stream(shared_case.case_ref))
        assert [e.kind for e in shared_history] == ["draft.created"] + ["draft.saved"] * (2 * count)
        assert database.events.verify().ok
    finally:
        database.close()
