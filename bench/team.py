"""A screening team's database: the register of 100,000 cases on SQLite and on PostgreSQL, and one screening move
(with its history append) on PostgreSQL over loopback.

The PostgreSQL rows need a server: ``ONSSHARE_BENCH_POSTGRES_URL`` (or the tests' ``ONSSHARE_TEST_POSTGRES_URL``), a
superuser URL on loopback; a scratch database is made there and dropped afterwards. Without one, those rows are
left out and the reason printed.

The register is filled straight into the table (as ``bench.register`` does) with an empty case JSON per row: the
register's queries read only its covering index, and 100,000 real cases would take gigabytes of disk. Every 5th case
is at version 2, its version 1 superseded (120,000 packs): the register lists each case once. Each sample
is a fresh process that opens the database, shows the register view and types a search; it reports its own
timings and peak RSS.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from bench.core import ROOT, Row, Settings, percentile, summarise
from bench.register import GOAL_MS, GOAL_RSS_MB, SEARCH, insert_register_rows, register_rows

TEAM_CASES = 100_000
SECOND_VERSIONS = 5  # every 5th case has a version 2, its version 1 superseded: 120,000 packs in the table
MOVE_GOAL_MS = 20
URL_ENVS = ("ONSSHARE_BENCH_POSTGRES_URL", "ONSSHARE_TEST_POSTGRES_URL")

CHILD = """
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
from onsshare_desktop.gui.screening.register import RegisterView
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.database import open_database
import onsshare_desktop.store.screening  # imports are start-up, not loading

qt_app = QApplication(sys.argv[:1])
database = open_database(DataPaths(Path(sys.argv[1])), daily_backup=False, url=sys.argv[3] or None)
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
while view.model.rowCount() < total and time.perf_counter() - start < 300:  # then every case, from a worker
    qt_app.processEvents()
    time.sleep(0.005)
start = time.perf_counter()
view.ui.searchEdit.setText(sys.argv[2])
view.reload()
while view.reading:  # read on a worker thread; shown when it arrives
    qt_app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # woken by the worker's report
qt_app.processEvents()
filter_ms = (time.perf_counter() - start) * 1000
status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
print(json.dumps({"load_ms": load_ms, "filter_ms": filter_ms, "peak_rss_mb": int(status["VmHWM"].split()[0]) / 1024}))
database.close()
os._exit(0)
"""


def server_url() -> str | None:
    for name in URL_ENVS:
        if os.environ.get(name):
            return os.environ[name]
    return None


class ScratchDatabase:
    """A database made on the server for one benchmark, at this version's schema, dropped afterwards."""

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy.engine import make_url

        self.admin = make_url(admin_url)
        self.name = f"onsshare_bench_{uuid.uuid4().hex[:10]}"

    def _execute(self, statement: str) -> None:
        import psycopg

        a = self.admin
        with psycopg.connect(host=a.host, port=a.port, user=a.username, password=a.password, dbname=a.database,
                             autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def __enter__(self) -> str:
        from onsshare_desktop.store.database import upgrade_server

        self._execute(f'CREATE DATABASE "{self.name}"')
        url = self.admin.set(database=self.name).render_as_string(hide_password=False)
        upgrade_server(url)
        return url

    def __exit__(self, *exc: object) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def _fill(data_dir: Path, url: str | None, count: int) -> None:
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.store.database import open_database

    database = open_database(DataPaths(data_dir), daily_backup=False, url=url)
    try:
        insert_register_rows(database, register_rows(count, 7, second_versions=SECOND_VERSIONS))
        if url is not None:  # as autovacuum would: statistics and the visibility map for index-only scans
            with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE received_packs")
    finally:
        database.close()


def _measure(data_dir: Path, url: str | None) -> dict[str, float]:
    result = subprocess.run([sys.executable, "-c", CHILD, str(data_dir), SEARCH, url or ""], check=True, cwd=ROOT,
                            capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return json.loads(result.stdout.strip().splitlines()[-1])


def _register_rows(label: str, data_dir: Path, url: str | None, count: int, repeats: int) -> list[Row]:
    _fill(data_dir, url, count)
    samples = [_measure(data_dir, url) for _ in range(repeats)]
    load = [s["load_ms"] for s in samples]
    filtered = [s["filter_ms"] for s in samples]
    rss = [s["peak_rss_mb"] for s in samples]
    name = f"register of {count} cases on {label}"
    return [
        summarise(f"{name}: first screen", load, "ms", f"<= {GOAL_MS} ms", met=lambda m, _r: m <= GOAL_MS),
        summarise(f"{name}: filter by text", filtered, "ms", f"<= {GOAL_MS} ms", met=lambda m, _r: m <= GOAL_MS),
        summarise(f"{name}: peak RSS", rss, "MB", f"<= {GOAL_RSS_MB} MB",
                  met=lambda _m, _r: max(rss) <= GOAL_RSS_MB),
    ]


def _move_samples(url: str, moves: int) -> list[float]:
    """Milliseconds of each of ``moves`` screening moves (stage change + hash-chained history append)."""
    from onsshare_desktop.domain.case_io import load_case
    from onsshare_desktop.domain.screening.importing import IncomingPack
    from onsshare_desktop.domain.screening.stages import Move, Outcome
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.resources import resource_path
    from onsshare_desktop.store.database import open_database

    example = load_case(sorted(resource_path("examples").glob("*.json"))[0].read_bytes())
    fingerprint = "f" * 64
    with tempfile.TemporaryDirectory(prefix="bench-team-") as tmp:
        database = open_database(DataPaths(Path(tmp)), url=url, trusted_fingerprints=lambda: frozenset({fingerprint}))
        try:
            ids = []
            for n in range(moves + 10):
                case = example.copy_as_new()
                data = f"%PDF-1.7 bench {n} {case.case_ref}".encode()
                pack = IncomingPack(data=data, case=case, signer_fingerprint=fingerprint, signer_name="Bench",
                                    signer_trusted=True)
                ids.append(database.screening.add_pack(pack, "bench").id)
            samples = []
            for n, pack_id in enumerate(ids):
                start = time.perf_counter()
                database.screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), "bench")
                if n >= 10:  # the first ones warm the connection pool and the statement caches
                    samples.append((time.perf_counter() - start) * 1000)
            return samples
        finally:
            database.close()


def run(settings: Settings) -> list[Row]:
    count = TEAM_CASES if settings.register_cases >= 10_000 else settings.register_cases
    repeats = max(min(settings.repeats, 5), 1)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-team-sqlite-") as tmp:
        rows += _register_rows("SQLite", Path(tmp), None, count, repeats)
    url = server_url()
    if url is None:
        print(f"bench.team: no PostgreSQL server ({' or '.join(URL_ENVS)} unset): its rows are left out",
              file=sys.stderr)
        return rows
    with ScratchDatabase(url) as scratch, tempfile.TemporaryDirectory(prefix="bench-team-pg-") as tmp:
        rows += _register_rows("PostgreSQL", Path(tmp), scratch, count, repeats)
    with ScratchDatabase(url) as scratch:
        moves = _move_samples(scratch, 200 if settings.register_cases >= 10_000 else 20)
    rows.append(summarise("one move + history append on PostgreSQL (loopback): p99", [percentile(moves, 99)], "ms",
                          f"<= {MOVE_GOAL_MS} ms", met=lambda m, _r: m <= MOVE_GOAL_MS))
    rows.append(summarise("one move + history append on PostgreSQL (loopback): each", moves, "ms",
                          "(p99 above)", met=lambda _m, _r: True))
    return rows


if __name__ == "__main__":
    from bench.__main__ import format_table

    print(format_table(run(Settings.quick())))
