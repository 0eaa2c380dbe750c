"""Measurement helpers and the result row every benchmark returns."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    """How hard to measure: ``quick`` for a fast pass, ``tiny`` for the test that keeps benchmarks from rotting."""

    repeats: int
    drafts: int
    register_cases: int
    autosaves: int
    warm_up: bool = True  # run each in-process measure once before timing it
    bundle: bool = False  # build and measure the PyInstaller bundles (bench.bundle: minutes of building)

    @classmethod
    def full(cls) -> "Settings":
        from bench.bundle import available

        return cls(repeats=15, drafts=1000, register_cases=10_000, autosaves=500, bundle=available())

    @classmethod
    def quick(cls) -> "Settings":
        return cls(repeats=3, drafts=1000, register_cases=10_000, autosaves=100)

    @classmethod
    def tiny(cls) -> "Settings":
        return cls(repeats=1, drafts=20, register_cases=200, autosaves=5, warm_up=False)


@dataclass(frozen=True)
class Row:
    name: str
    median: float
    min: float
    max: float
    unit: str
    baseline_median: float | None
    ratio: float | None
    goal: str
    met: bool

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def summarise(name: str, samples: list[float], unit: str, goal: str, *, baseline: list[float] | None = None,
              met: Callable[[float, float | None], bool]) -> Row:
    """A row from raw samples; ``met(median, ratio)`` decides whether the goal holds."""
    median = statistics.median(samples)
    base = statistics.median(baseline) if baseline else None
    ratio = median / base if base else None
    return Row(name, round(median, 3), round(min(samples), 3), round(max(samples), 3), unit,
               None if base is None else round(base, 3), None if ratio is None else round(ratio, 3), goal,
               bool(met(median, ratio)))


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def time_process(argv: list[str], env: dict[str, str] | None = None) -> float:
    """Wall-clock milliseconds for a whole child process (cold import included)."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    start = time.perf_counter()
    subprocess.run(argv, check=True, env=full_env, cwd=ROOT, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def python_script(source: str) -> list[str]:
    return [sys.executable, "-c", source]


def interleaved(repeats: int, *measures: Callable[[], float]) -> list[list[float]]:
    """Run the measures in turn ``repeats`` times, so machine noise hits them alike."""
    results: list[list[float]] = [[] for _ in measures]
    for _ in range(repeats):
        for samples, measure in zip(results, measures):
            samples.append(measure())
    return results
