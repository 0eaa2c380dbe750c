"""Times as people read them: "29 November 2026, 18:40 UTC" (the exact time stays in the JSON it came from)."""

from __future__ import annotations

from datetime import date, datetime, timezone

from onsshare_desktop.i18n import N_, _


def month_name(month: int) -> str:
    """The month's name (1 = January), translated."""
    return (_("January"), _("February"), _("March"), _("April"), _("May"), _("June"), _("July"), _("August"),
            _("September"), _("October"), _("November"), _("December"))[month - 1]


# Translators: the months abbreviated, as lists and tables show dates ("29 Nov 2026 18:40").
_SHORT_MONTHS = (N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"), N_("Jul"), N_("Aug"), N_("Sep"),
                 N_("Oct"), N_("Nov"), N_("Dec"))


def short_month_name(month: int) -> str:
    """The month's abbreviated name (1 = "Jan"), translated."""
    return _(_SHORT_MONTHS[month - 1])


def local_time(at: datetime, *, time: bool = True, seconds: bool = False) -> str:
    """``at`` in the computer's time zone as lists show it: "29 Nov 2026 18:40" (``time``: with the time of day;
    ``seconds``: to the second), the month abbreviated in the current language."""
    local = at.astimezone()
    text = f"{local.day:02d} {short_month_name(local.month)} {local.year}"
    if time:
        text += " " + local.strftime("%H:%M:%S" if seconds else "%H:%M")
    return text


def human_time(at: datetime | str | None) -> str:
    """``at`` (a datetime, or ISO 8601 text such as ``2026-11-29T18:40:20.763728Z``) as "29 November 2026, 18:40
    UTC", in UTC; text that is not a time comes back unchanged, and None as an empty string."""
    if at is None:
        return ""
    if isinstance(at, str):
        try:
            moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
        except ValueError:
            return at
    else:
        moment = at
    utc = moment.astimezone(timezone.utc) if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return _("{day} {month} {year}, {time} UTC").format(day=utc.day, month=month_name(utc.month), year=utc.year,
                                                       time=utc.strftime("%H:%M"))


def document_time(at: datetime) -> str:
    """``at`` as a signed pack's cover has always printed it: "02 November 2026, 18:40 UTC" (the day in two
    digits), the month named in the current language; ``at`` is a UTC time."""
    utc = at.astimezone(timezone.utc) if at.tzinfo else at.replace(tzinfo=timezone.utc)
    return _("{day} {month} {year}, {time} UTC").format(day=f"{utc.day:02d}", month=month_name(utc.month),
                                                       year=utc.year, time=utc.strftime("%H:%M"))


def human_date(day: date | str) -> str:
    """``day`` (a date, or text starting with an ISO 8601 date such as ``2026-11-29`` or ``2026-11-29T18:40Z``) as
    "29 November 2026", the month named in the current language; text that is not a date comes back unchanged."""
    if isinstance(day, str):
        try:
            parsed = date.fromisoformat(day[:10])
        except ValueError:
            return day
    else:
        parsed = day
    return f"{parsed.day} {month_name(parsed.month)} {parsed.year}"
