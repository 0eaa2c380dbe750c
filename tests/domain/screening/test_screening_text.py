from __future__ import annotations

from onsshare_desktop.domain.screening.register import TransparencyEntry
from onsshare_desktop.domain.screening.transparency import transparency_csv


def test_transparency_csv_neutralises_formulas() -> None:
    entry = TransparencyEntry("R", "=HYPERLINK(\"x\")", "t", "d", "p", "g", "b", "2026-01-01", "", "Approved", "None")
    line = transparency_csv([entry]).splitlines()[1]
    assert line.startswith("R,\"'=HYPERLINK(\"\"x\"\")\",t")


def test_history_entries_read_as_sentences() -> None:
    from datetime import UTC, datetime

    from onsshare_desktop.domain.screening.history import describe
    from onsshare_desktop.domain.screening.register import HistoryEntry

    at = datetime(2026, 11, 25, tzinfo=UTC)
    stage = HistoryEntry(5, "stage", "sam", at, {
        "from": "awaiting_decision", "to": "third_screening",
        "move": {"outcome": "approved", "decided_by": "national_statistician", "decider_name": "N. S.",
                 "exception": "administrative use"}}, "h")
    assert describe(stage) == ("Approved: Awaiting decision → Third screening (transparency); decided by National "
                               "Statistician (N. S.); exception authorised by the National Statistician: "
                               "“administrative use”")
    note = HistoryEntry(2, "annotation", "sam", at, {"section": "general", "status": "concern", "comment": "x"}, "h")
    assert describe(note) == "General comment: Concern “x”"
    check = HistoryEntry(3, "checklist", "sam", at, {"item": "dpia", "answer": "met", "note": ""}, "h")
    assert describe(check) == "Checklist dpia: Met"
    assert describe(check, {"dpia": "A DPIA is present"}) == "Checklist A DPIA is present: Met"
    imported = HistoryEntry(1, "pack_imported", "sam", at, {"version": 2, "sha256": "a" * 64,
                                                            "previous_sha256": "b" * 64, "signer_confirmed": False},
                            "h")
    assert describe(imported) == (f"Pack version 2 received (SHA-256 {'a' * 16}…), a newer version of pack "
                                  f"{'b' * 16}…; signer not confirmed")
