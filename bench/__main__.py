"""``python -m bench [--quick] [--bundle]``: run the benchmarks, print the table, write bench/results/latest.json.

The full run includes the bundle rows (bench.bundle) when PyInstaller is installed; ``--bundle`` runs only those.
"""

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


BUNDLE_SUITE = "bench.bundle"


def run_all(settings: Settings, output: Path = RESULTS, suites: tuple[str, ...] | None = None) -> list[Row]:
    """Run ``suites`` (default: all of ``SUITES``, and the bundle's when ``settings.bundle``); write ``output``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if suites is None:
        suites = SUITES + ((BUNDLE_SUITE,) if settings.bundle else ())
    rows: list[Row] = []
    for name in suites:
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
    parser.add_argument("--bundle", action="store_true",
                        help="only the installed app: build the PyInstaller bundles once and measure them")
    args = parser.parse_args(argv)
    settings = Settings.quick() if args.quick else Settings.full()
    if args.bundle:
        from bench.bundle import available

        if not available():
            parser.error("--bundle needs PyInstaller (pip install -e '.[dev]')")
        output = RESULTS.with_name("bundle.json")
        rows = run_all(settings, output, suites=(BUNDLE_SUITE,))
    else:
        output = RESULTS
        rows = run_all(settings, output)
    print(format_table(rows))
    if any(r.name.startswith("bundle") for r in rows):
        from bench.bundle import describe_parts

        print("\n" + describe_parts())
    print(f"\nwritten to {output.relative_to(Path.cwd()) if output.is_relative_to(Path.cwd()) else output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
