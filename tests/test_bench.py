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
    table = format_table(rows)
    for measure in ("cold start to main window shown", "drafts list filled", "autosave", "export reference case",
                    "export maximal request", "verify + pages check", "verify DIR of", "register of 200 cases: load",
                    "filter by text", "peak RSS", "diff of two versions of the reference case",
                    "import version 2 with diff"):
        assert measure in table


def test_reference_case_is_complete_deterministic_and_five_megabytes() -> None:
    from bench.reference_case import plain_content, reference_case
    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.pack.export import check_complete

    case, files = reference_case()
    check_complete(case, load_question_set(case.form_id, case.form_version))
    assert len(case.attachments) == 3
    assert sum(len(data) for data in files.values()) == 5 * 2**20
    reference_case.cache_clear()
    again, again_files = reference_case()
    assert again == case and again_files == files
    content = plain_content()
    assert [name for name, _type, _data in content.files] == [a.file_name for a in case.attachments]
    assert b"ONS-DSR-2026-BENCH1" in content.case_json
