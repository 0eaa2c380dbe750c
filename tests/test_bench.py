"""A tiny pass of every benchmark, so they cannot rot. No timing is asserted: goals are read from the output."""

from __future__ import annotations

import json
from pathlib import Path

from bench.__main__ import SUITES, format_table, run_all
from bench.core import Settings


def test_every_benchmark_runs_and_reports_a_complete_row(tmp_path: Path) -> None:
    output = tmp_path / "latest.json"
    rows = run_all(Settings.tiny(), output)
    assert len(rows) >= len(SUITES)
    written = json.loads(output.read_text(encoding="utf-8"))
    assert [r["name"] for r in written] == [r.name for r in rows]
    for row in written:
        assert set(row) == {"name", "median", "min", "max", "unit", "baseline_median", "ratio", "goal", "met"}
        assert row["min"] <= row["median"] <= row["max"]
        assert (row["ratio"] is None) == (row["baseline_median"] is None)
    assert "cold start to main window shown" in format_table(rows)
