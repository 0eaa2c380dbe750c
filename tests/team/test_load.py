"""Load: several screener processes against one PostgreSQL server, making random moves, annotations and checklist
answers on shared cases, each based on what it has just read.

Every conflict is reported to its writer (who and when), nothing acknowledged is lost (each acknowledged change
got its own version, and the newest is what is stored), each case's history verifies, and the final state equals
the replay of the history. CI runs a small count; ``-m slow`` runs the full one (5 processes x 200 operations on
20 cases) and prints the figures.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.screening.checklist import CheckAnswer, checklist_items
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.database import open_database
from onsshare_desktop.store.screening import stream_of
from tests.screening_data import FINGERPRINT, SCREENER, example_case, incoming
from tests.team.load_worker import ITEMS

REPO = Path(__file__).resolve().parents[2]


def run_load(url: str, tmp_path: Path, workers: int, operations: int, cases: int) -> dict[str, object]:
    paths = DataPaths(tmp_path / "setup").ensure()
    db = open_database(paths, url=url, trusted_fingerprints=lambda: frozenset({FINGERPRINT}))
    packs = []
    for _ in range(cases):
        pack_id = db.screening.add_pack(incoming(example_case().copy_as_new()), SCREENER).id
        case = db.screening.get(pack_id).case
        for item in checklist_items(load_question_set(), case.answers):  # the workers answer the last ones
            if item.id not in ITEMS:
                db.screening.answer_check(pack_id, item.id, CheckAnswer.MET, "", SCREENER)
        packs.append(pack_id)
    started = time.perf_counter()
    procs = [subprocess.Popen(
        [sys.executable, "-m", "tests.team.load_worker", url, str(tmp_path / f"w{w}"), str(w), str(operations),
         str(1000 + w), FINGERPRINT, *map(str, packs)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)}) for w in range(workers)]
    results = [proc.communicate(timeout=600) for proc in procs]
    wall = time.perf_counter() - started
    for proc, (_, err) in zip(procs, results):
        assert proc.returncode == 0, err[-3000:]
    records = [json.loads(line) for out, _ in results for line in out.splitlines()]
    assert len(records) == workers * operations

    try:
        check_outcome(db, records, packs)
    finally:
        db.close()
    latencies = sorted(r["ms"] for r in records if "ms" in r)
    outcomes = Counter(r["outcome"] for r in records)
    return {"workers": workers, "operations": len(records), "cases": cases, "wall_s": round(wall, 2),
            **{k: outcomes.get(k, 0) for k in ("ack", "conflict", "refused")},
            "p50_ms": round(statistics.median(latencies), 2),
            "p99_ms": round(latencies[int(0.99 * (len(latencies) - 1))], 2)}


def check_outcome(db, records: list[dict], packs: list[int]) -> None:
    # every conflict was reported to its writer, naming who and when
    for record in records:
        if record["outcome"] == "conflict":
            assert record["who"] and record["when"] and record["who"] in record["message"]
    # nothing acknowledged is lost: each ack has its own version, and the newest ack is what is stored
    acked = defaultdict(list)
    for record in records:
        if record["outcome"] == "ack" and record["op"] in ("annotate", "check"):
            acked[(record["pack"], record["op"], record["key"])].append(record)
    for (pack_id, op, key), acks in acked.items():
        versions = [a["version"] for a in acks]
        assert len(set(versions)) == len(versions), f"two acknowledged writes got one version: {acks}"
        newest = max(acks, key=lambda a: a["version"])
        received = db.screening.get(pack_id)
        stored = received.annotations[key] if op == "annotate" else received.checklist[key]
        value = [stored.status.value, stored.comment] if op == "annotate" else [stored.answer.value, stored.note]
        assert stored.version == newest["version"] and value == newest["value"]
    # each case's history verifies, and replaying it gives the final state
    report = db.events.verify()
    assert report.ok and report.triggers_intact, report.problems
    moves = Counter(r["pack"] for r in records if r["op"] == "move" and r["outcome"] == "ack")
    for pack_id in packs:
        received = db.screening.get(pack_id)
        history = db.events.events(stream_of(received.row.case_ref))
        assert [e.seq for e in history] == list(range(1, len(history) + 1))
        annotations, checklist, stage, stage_events = {}, {}, "received", 0
        for event in history:
            p = event.payload
            if event.kind == "annotation":
                annotations[p["section"]] = (p["status"], p["comment"], event.actor)
            elif event.kind == "checklist":
                checklist[p["item"]] = (p["answer"], p["note"], event.actor)
            elif event.kind == "stage":
                assert p["from"] == stage  # no move was based on a stage that had already changed
                stage, stage_events = p["to"], stage_events + 1
        assert annotations == {k: (a.status.value, a.comment, a.author) for k, a in received.annotations.items()}
        assert checklist == {k: (c.answer.value, c.note, c.author) for k, c in received.checklist.items()}
        assert stage == received.row.stage.value and stage_events == moves[pack_id]


def test_screeners_in_parallel_lose_nothing(postgres_url, tmp_path: Path) -> None:
    figures = run_load(postgres_url, tmp_path, workers=3, operations=30, cases=4)
    assert figures["ack"] > 0
    print("load (small):", figures)


@pytest.mark.slow
def test_five_screeners_two_hundred_operations_each(postgres_url, tmp_path: Path, request) -> None:
    if "slow" not in (request.config.getoption("-m") or ""):
        pytest.skip("the full load test (5 x 200 on 20 cases) runs with -m slow; CI runs the small one")
    figures = run_load(postgres_url, tmp_path, workers=5, operations=200, cases=20)
    assert figures["conflict"] > 0  # the screeners did get in each other's way, and were told
    print("load (full):", figures)
