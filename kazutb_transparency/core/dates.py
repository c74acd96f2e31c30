"""Review dates: an item updated on a day and reviewed every N months is due N months later.

Shared by every domain that carries a review interval (the registry, the disclosures).
"""

from __future__ import annotations

import calendar
import os
from datetime import date, timedelta

from kazutb_transparency.core.errors import DataError, Problem


def add_months(day: date, months: int) -> date:
    """`day` plus whole months, clamped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")


# The plausible window of a date in data/. No document of a Kazakh university can be
# older than the Republic (16 December 1991); the university's own founding date is not in
# the sources. Dates of what has happened (updated, approved, published...) cannot be after
# the build day (a day's grace for time zones); other dates (valid until, deadlines, review
# dates) at most FUTURE_YEARS ahead: an "updated: 2126-01-15" would silently clear a stale
# item, an expiry a century away is a typing mistake.
EARLIEST = date(1991, 12, 16)
FUTURE_YEARS = 15
PAST_GRACE_DAYS = 1
PAST_EVENT_FIELDS = frozenset(
    {"updated", "posted", "published", "approved", "issued", "founded", "since", "as_of",
     "adopted", "signed", "received", "answered", "held", "measured", "decided", "reviewed",
     "registered", "submitted", "last_updated", "last_reviewed", "checked", "confirmed"}
)  # fmt: skip


def build_day() -> date:
    """Today, or KAZUTB_TODAY (YYYY-MM-DD) so that tests and rebuilds can pin the date."""
    pinned = os.environ.get("KAZUTB_TODAY", "").strip()
    if not pinned:
        return date.today()
    try:
        return date.fromisoformat(pinned)
    except ValueError as exc:
        raise DataError(
            [
                Problem(
                    "KAZUTB_TODAY",
                    f"the environment variable is not a date ({pinned[:20]!r})",
                    hint="set it as YYYY-MM-DD, e.g. 2026-11-21, or unset it",
                )
            ]
        ) from exc


def date_problem(value: date, field: str | None, today: date) -> tuple[str, str] | None:
    """(message, what to do) when `value` of `field` lies outside the plausible window."""
    if value < EARLIEST:
        return (
            f"{value.isoformat()} is before {EARLIEST.isoformat()}, earlier than any document "
            "of the university can be",
            "check the year",
        )
    if field in PAST_EVENT_FIELDS and value > today + timedelta(days=PAST_GRACE_DAYS):
        return (
            f"{value.isoformat()} is in the future: '{field}' is the day something happened",
            f"write the day it happened, on or before {today.isoformat()}",
        )
    if value > add_months(today, 12 * FUTURE_YEARS):
        return (
            f"{value.isoformat()} is more than {FUTURE_YEARS} years after today",
            "check the year",
        )
    return None


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def calendar_problem(text: str) -> str:
    """Why a YYYY-MM-DD-looking `text` is not a day of the calendar (for error messages)."""
    parts = text.strip().split("T")[0].split(" ")[0].split("-")
    try:
        year, month, day = (int(part) for part in parts[:3])
    except ValueError:
        return f"not a date ({text[:30]!r})"
    if not 1 <= month <= 12:
        swapped = " (day and month swapped?)" if 1 <= day <= 12 else ""
        return f"{text[:30]!r} is not a date: there is no month {month}{swapped}"
    last = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if not 1 <= day <= last:
        return f"{text[:30]!r} is not a date: {_MONTHS[month - 1]} {year} has {last} days"
    return f"{text[:30]!r} is not a date"
