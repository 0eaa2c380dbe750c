"""The screener's register of 10,000 received cases: load it, then filter it by text; peak RSS of the process.

A data folder is filled once with generated received packs (straight into the table, as tests/screening_data.py
does, each carrying a real example case's JSON). Each sample is a fresh child process that opens the database,
shows the register view (``RegisterView``: repository query, table model, a painted table) and types a search;
it reports its own timings and peak RSS (``VmHWM``).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.core import ROOT, Row, Settings, summarise

ORGANISATIONS = ("Welsh Government", "Scottish Government", "University of Leeds", "Department for Education",
                 "NHS England", "Office for Students", "University of Bristol", "Shelter Cymru")
TOPICS = ("income", "education", "care", "housing", "migration", "employment")
SEARCH = "leeds care"  # matches about 1 in 50 cases
GOAL_MS = 300
GOAL_RSS_MB = 300

CHILD = """
import json, os, resource, sys, time
from pathlib import Path
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
from onsshare_desktop.gui.screening.register import RegisterView
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.database import open_database
import onsshare_desktop.store.screening, sqlalchemy.dialects.sqlite  # imports are start-up, not loading

qt_app = QApplication(sys.argv[:1])
database = open_database(DataPaths(Path(sys.argv[1])), daily_backup=False)
start = time.perf_counter()
view = RegisterView(database.screening, None)
view.resize(1400, 900)
view.show()
view.reload()
while view.reading:  # the rows are read on a worker thread: the first screen is shown when they arrive
    qt_app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # woken by the worker's report
qt_app.processEvents()
load_ms = (time.perf_counter() - start) * 1000  # the first screen: the newest cases, the rest still being read
total = database.screening.count()
while view.model.rowCount() < total and time.perf_counter() - start < 120:  # then every case, from a worker
    qt_app.processEvents()
    time.sleep(0.005)
all_ms = (time.perf_counter() - start) * 1000
loaded = view.model.rowCount()
start = time.perf_counter()
view.ui.searchEdit.setText(sys.argv[2])
view.reload()  # what the debounce timer calls once typing stops
while view.reading:  # read on a worker thread; shown when it arrives
    qt_app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # woken by the worker's report
qt_app.processEvents()
filter_ms = (time.perf_counter() - start) * 1000
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over execve, so it would report the parent's size at fork
status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
peak_kb = int(status["VmHWM"].split()[0]) if "VmHWM" in status else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"load_ms": load_ms, "all_ms": all_ms, "filter_ms": filter_ms, "rows": loaded,
                  "filtered": view.model.rowCount(),
                  "peak_rss_mb": peak_kb / 1024}))
database.close()
os._exit(0)
"""


def register_rows(count: int, seed: int = 7, case_jsons: Sequence[str] = ("{}",),
                  second_versions: int = 0) -> list[dict[str, object]]:
    """``count`` generated cases as rows of the register table (``received_packs``), the same for the same seed.

    Shared by the benchmark and the screening tests, so both exercise one realistic register. With
    ``second_versions`` N > 0, every Nth case arrives as version 2, after its version 1 was returned: the table then
    holds a superseded version 1 row for each of those cases too (``count`` cases, more rows).
    """
    from onsshare_desktop.domain.screening.stages import Stage

    stages = tuple(Stage)
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    rows: list[dict[str, object]] = []
    for n in range(count):
        organisation = rng.choice(ORGANISATIONS)
        title = f"Study {n:05d} of housing, health and {rng.choice(TOPICS)}"
        ref = f"ONS-DSR-GEN-{n:06d}"
        rows.append({
            "sha256": hashlib.sha256(ref.encode()).hexdigest(), "case_ref": ref, "version": 1, "previous_id": None,
            "superseded": False, "signer_fingerprint": f"{n % 50:064x}", "signer_name": f"Signer {n % 50}",
            "signer_confirmed": n % 10 != 0, "stage": stages[n % len(stages)].value,
            "imported_at": start + timedelta(hours=n), "imported_by": "generator", "size": 400_000 + n,
            "title": title, "organisation": organisation, "organisation_key": organisation.lower(),
            "org_type": "Other public body", "datasets": "Census 2021", "purpose": "Research",
            "legal_gateway": "SRSA 2007 s.39(4)(i)", "public_benefit": "Better services", "retention": "2 years",
            "decided_at": None, "exemption_ground": None,
            "search_text": f"{ref} {title} {organisation} census 2021 signer {n % 50}".lower(),
            "case_json": case_jsons[n % len(case_jsons)],
        })
        if second_versions and n % second_versions == 0:  # version 1, returned a week before version 2 came
            current = rows[-1]
            rows.append({**current, "sha256": hashlib.sha256(f"{ref} v1".encode()).hexdigest(), "superseded": True,
                         "stage": Stage.RETURNED.value, "imported_at": start + timedelta(hours=n) - timedelta(days=7),
                         "size": 300_000 + n})
            current["version"] = 2
    return rows


def insert_register_rows(database: "object", rows: list[dict[str, object]]) -> None:
    """Insert generated rows in batches straight into the table (no history events: fast)."""
    from sqlalchemy import insert

    from onsshare_desktop.store.models import ReceivedPackRow

    with database.sessions.begin() as session:  # type: ignore[attr-defined]
        for offset in range(0, len(rows), 2000):
            session.execute(insert(ReceivedPackRow), rows[offset:offset + 2000])


def fill_register(data_dir: Path, count: int, seed: int = 7) -> None:
    """``count`` received packs, each holding a real example case, in the register of the data folder."""
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.resources import resource_path
    from onsshare_desktop.store.database import open_database

    cases = [json.dumps(json.loads(p.read_bytes()), sort_keys=True, separators=(",", ":"))
             for p in sorted(resource_path("examples").glob("*.json"))]
    database = open_database(DataPaths(data_dir), daily_backup=False)
    try:
        insert_register_rows(database, register_rows(count, seed, cases))
    finally:
        database.close()


def measure_child(data_dir: Path, search: str = SEARCH) -> dict[str, float]:
    """One fresh process: load the register, filter it; its timings and peak RSS."""
    result = subprocess.run([sys.executable, "-c", CHILD, str(data_dir), search], check=True, cwd=ROOT,
                            capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return json.loads(result.stdout.strip().splitlines()[-1])


def run(settings: Settings) -> list[Row]:
    count = settings.register_cases
    with tempfile.TemporaryDirectory(prefix="bench-register-") as tmp:
        fill_register(Path(tmp), count)
        samples = [measure_child(Path(tmp)) for _ in range(max(settings.repeats, 1))]
    if any(s["rows"] != count for s in samples):
        raise RuntimeError(f"the register listed {samples[0]['rows']} cases, not {count}")
    load = [s["load_ms"] for s in samples]
    listed = [s["all_ms"] for s in samples]
    filtered = [s["filter_ms"] for s in samples]
    rss = [s["peak_rss_mb"] for s in samples]
    return [
        summarise(f"register of {count} cases: load", load, "ms", f"<= {GOAL_MS} ms",
                  met=lambda m, _r: m <= GOAL_MS),
        summarise(f"register of {count} cases: every case listed (read on a worker)", listed, "ms", "(no goal)",
                  met=lambda _m, _r: True),
        summarise(f"register of {count} cases: filter by text", filtered, "ms", f"<= {GOAL_MS} ms",
                  met=lambda m, _r: m <= GOAL_MS),
        summarise(f"register of {count} cases: peak RSS", rss, "MB", f"<= {GOAL_RSS_MB} MB",
                  met=lambda _m, _r: max(rss) <= GOAL_RSS_MB),
    ]


if __name__ == "__main__":
    for row in run(Settings.quick()):
        print(row)
