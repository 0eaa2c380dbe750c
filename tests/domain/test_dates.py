"""Times as people read them (issue 12, defect 6)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from onsshare_desktop.domain.dates import human_time


def test_times_read_as_day_month_year_and_utc_minutes() -> None:
    assert human_time("2026-11-29T18:40:20.763728Z") == "29 November 2026, 18:40 UTC"
    assert human_time(datetime(2026, 1, 3, 9, 5, tzinfo=timezone.utc)) == "3 January 2026, 09:05 UTC"
    plus_one = timezone(timedelta(hours=1))
    assert human_time(datetime(2026, 6, 1, 0, 30, tzinfo=plus_one)) == "31 May 2026, 23:30 UTC"
    assert human_time("not a time") == "not a time" and human_time(None) == ""
