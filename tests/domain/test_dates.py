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


def test_local_times_read_as_lists_have_always_shown_them_in_english() -> None:
    from onsshare_desktop.domain.dates import local_time

    for moment in (datetime(2026, 1, 3, 9, 5, 7, tzinfo=timezone.utc), datetime(2026, 11, 29, 18, 40)):
        local = moment.astimezone()
        assert local_time(moment) == local.strftime("%d %b %Y %H:%M")
        assert local_time(moment, seconds=True) == local.strftime("%d %b %Y %H:%M:%S")
        assert local_time(moment, time=False) == local.strftime("%d %b %Y")


def test_dates_name_their_month_in_welsh_for_a_welsh_reader() -> None:
    from onsshare_desktop.domain.dates import document_time, local_time
    from onsshare_desktop.i18n import WELSH, use_language

    moment = datetime(2026, 11, 29, 12, 0, tzinfo=timezone.utc)
    with use_language(WELSH):
        assert local_time(moment, time=False).split()[1] == "Tach"
        assert human_time(moment).split()[1] == "Tachwedd"
        assert document_time(datetime(2026, 2, 2, 3, 4, tzinfo=timezone.utc)).startswith("02 Chwefror 2026")
    assert document_time(datetime(2026, 2, 2, 3, 4, tzinfo=timezone.utc)) == "02 February 2026, 03:04 UTC"
