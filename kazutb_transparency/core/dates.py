"""Review dates: an item updated on a day and reviewed every N months is due N months later.

Shared by every domain that carries a review interval (the registry, the disclosures).
"""

from __future__ import annotations

from datetime import date


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
