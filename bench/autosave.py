"""Autosave of one edit with 1,000 drafts stored: p50 and p99 of ``DraftRepository.save``."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.core import Row, Settings, percentile, summarise
from bench.startup import fill_drafts


def run(settings: Settings) -> list[Row]:
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.store.database import open_database

    with tempfile.TemporaryDirectory(prefix="bench-autosave-") as tmp:
        fill_drafts(Path(tmp), settings.drafts)
        database = open_database(DataPaths(Path(tmp)))
        try:
            draft_id = database.drafts.list()[settings.drafts // 2].id
            case = database.drafts.get(draft_id).case
            samples: list[float] = []
            for i in range(settings.autosaves):
                case = case.with_answer("business_case", f"{case.answers.get('business_case', '')[:2000]} {i}")
                start = time.perf_counter()
                database.drafts.save(draft_id, case)
                samples.append((time.perf_counter() - start) * 1000)
        finally:
            database.close()
    p99 = percentile(samples, 99)
    row = summarise(f"autosave one edit ({settings.drafts} drafts), p50", samples, "ms", "p99 <= 10 ms",
                    met=lambda _m, _r: p99 <= 10)
    return [row, summarise(f"autosave one edit ({settings.drafts} drafts), p99", [p99], "ms", "<= 10 ms",
                           met=lambda m, _r: m <= 10)]
