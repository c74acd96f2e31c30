"""The academic calendar (§9.7.1.5): the terms, examination sessions, holidays and the
final attestation of an academic year, one record per year in data/disclosures/calendar.yaml."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.disclosures.common import Dated, Record

PeriodKind = Literal["term", "session", "holidays", "practice", "final-attestation"]
PERIOD_KINDS: tuple[str, ...] = ("term", "session", "holidays", "practice", "final-attestation")


class CalendarPeriod(Record):
    """One period of the year: a term, a session, holidays, a practice, the final attestation."""

    kind: PeriodKind
    name: Localized
    start: date
    end: date

    @model_validator(mode="after")
    def _order(self) -> CalendarPeriod:
        if self.end < self.start:
            raise ValueError("'end' is before 'start'")
        return self


class AcademicCalendar(Dated):
    """The calendar of one academic year, approved by the university."""

    own_meta = Dated.own_meta | {"academic_year"}

    academic_year: str
    periods: list[CalendarPeriod] = Field(min_length=1)

    @field_validator("academic_year")
    @classmethod
    def _year(cls, value: str) -> str:
        match = re.match(r"^(\d{4})-(\d{4})$", value)
        if not match or int(match[2]) != int(match[1]) + 1:
            raise ValueError("write the academic year as two consecutive years, e.g. 2026-2027")
        return value

    @field_validator("periods")
    @classmethod
    def _within_year(cls, value: list[CalendarPeriod], info: ValidationInfo) -> list:
        # An academic year runs from summer to summer: 1 July to 31 August a year later
        # leaves room for summer sessions and the final attestation.
        year = info.data.get("academic_year")
        if year is None:
            return value  # the year itself is wrong: that is the one message
        first = int(year[:4])
        low, high = date(first, 7, 1), date(first + 1, 8, 31)
        for period in value:
            if period.start < low or period.end > high:
                raise ValueError(
                    f"a period of {period.start}–{period.end} is outside the academic year "
                    f"{year} (write dates from {low} to {high})"
                )
        return value


def current_calendar(calendars: tuple[AcademicCalendar, ...]) -> AcademicCalendar | None:
    """The newest academic year's calendar, or None."""
    return max(calendars, key=lambda c: c.academic_year) if calendars else None
