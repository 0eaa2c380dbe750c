from __future__ import annotations

from onsshare_desktop.domain.screening.register import TransparencyEntry
from onsshare_desktop.domain.screening.transparency import transparency_csv


def test_transparency_csv_neutralises_formulas() -> None:
    entry = TransparencyEntry("R", "=HYPERLINK(\"x\")", "t", "d", "p", "g", "b", "2026-01-01", "", "Approved", "None")
    line = transparency_csv([entry]).splitlines()[1]
    assert line.startswith("R,\"'=HYPERLINK(\"\"x\"\")\",t")
