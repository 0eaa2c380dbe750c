"""``screen show`` without ``--json`` is for people: times as the window's history shows them (local time, the
month in the reader's language, not ISO 8601) and statuses in words of the reader's language. ``--json`` keeps the
exact ISO times and the codes."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

from onsshare_desktop.cli import run
from onsshare_desktop.domain.dates import local_time
from tests.cli.test_cli_language import cy
from tests.screening_data import signed_pack, trusted_requester  # noqa: F401 - fixture

REF = "ONS-DSR-EXAMPLE-0001"
ISO_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


def test_screen_show_reads_as_words(capsys, tmp_path: Path, trusted_requester) -> None:  # noqa: ANN001, F811
    pack = tmp_path / "pack.pdf"
    pack.write_bytes(signed_pack())
    assert run(["import", str(pack)]) == 0
    assert run(["screen", "move", REF, "start_first_screening"]) == 0
    assert run(["screen", "annotate", REF, "general", "--status", "needs_more_information", "--comment", "Why?"]) == 0
    assert run(["screen", "triage", REF, "security", "--recommendation", "support_with_conditions"]) == 0
    assert run(["screen", "request", REF, "general", "Say more."]) == 0
    capsys.readouterr()
    assert run(["screen", "show", REF, "--json"]) == 0
    view = json.loads(capsys.readouterr().out)
    imported_at = view["history"][0]["at"]
    assert ISO_TIME.match(imported_at)  # --json keeps the exact time

    assert run(["screen", "show", REF]) == 0
    text = capsys.readouterr().out
    assert not ISO_TIME.search(text), text
    when = local_time(datetime.fromisoformat(imported_at.replace("Z", "+00:00")), seconds=True)
    assert f"    1  {when}  " in text
    assert "general: Needs more information “Why?”" in text and "Security: Support with conditions" in text
    assert "  Open  general: Say more." in text

    assert run(["--lang", "cy", "screen", "show", REF]) == 0
    welsh = capsys.readouterr().out
    assert not ISO_TIME.search(welsh)
    assert f"general: {cy('Needs more information')} “Why?”" in welsh
    assert f"{cy('Security')}: {cy('Support with conditions')}" in welsh and f"  {cy('Open')}  general" in welsh
