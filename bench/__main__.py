"""``python -m bench [--quick]``: run every benchmark, print the table, write bench/results/latest.json."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path

from bench.core import Row, Settings

SUITES = ("bench.startup", "bench.autosave", "bench.pack", "bench.batch", "bench.register", "bench.diff")
RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"


def run_all(settings: Settings, output: Path = RESULTS) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows: list[Row] = []
    for name in SUITES:
        rows += importlib.import_module(name).run(settings)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps([r.to_json() for r in rows], indent=2) + "\n", encoding="utf-8")
    return rows


def format_table(rows: list[Row]) -> str:
    def fmt(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f}" if value < 100 else f"{value:.0f}"

    header = f"{'measure':58} {'median':>8} {'min':>8} {'max':>8} {'unit':4} {'baseline':>8} {'ratio':>6}  goal"
    lines = [header, "-" * len(header)]
    for r in rows:
        lines.append(f"{r.name[:58]:58} {fmt(r.median):>8} {fmt(r.min):>8} {fmt(r.max):>8} {r.unit:4} "
                     f"{fmt(r.baseline_median):>8} {fmt(r.ratio):>6}  {r.goal} {'MET' if r.met else 'MISSED'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats: a small, fast pass")
    args = parser.parse_args(argv)
    rows = run_all(Settings.quick() if args.quick else Settings.full())
    print(format_table(rows))
    print(f"\nwritten to {RESULTS.relative_to(Path.cwd()) if RESULTS.is_relative_to(Path.cwd()) else RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
