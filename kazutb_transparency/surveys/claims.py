"""The tested claims behind every change, target verdict and unit comparison the pages and
the open data state (the rules: significance.py): one place, so both say the same."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kazutb_transparency.surveys.codes import OVERALL
from kazutb_transparency.surveys.indicators import IndicatorKey, IndicatorRow
from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.significance import (
    Comparison,
    Direction,
    Test,
    comparison,
    two_proportions,
)


@dataclass(frozen=True)
class Trend:
    test: Test
    previous_wave: str

    @property
    def direction(self) -> Direction:
        return self.test.direction

    @property
    def change(self) -> Decimal:
        return self.test.difference


class SurveyRows:
    """One survey's indicator rows, looked up as `SurveyData` looks them up: every claim
    compares a row with rows of its own survey (the wave before, the university's)."""

    def __init__(self, rows: tuple[IndicatorRow, ...]) -> None:
        self._by_key: dict[IndicatorKey, IndicatorRow] = {row.key(): row for row in rows}
        self._waves = sorted({row.wave for row in rows})
        self._surveys = {row.survey for row in rows}

    def waves(self, survey_id: str) -> list[str]:
        return list(self._waves) if survey_id in self._surveys else []

    def row(
        self,
        survey: str,
        wave: str,
        unit_type: str = "university",
        unit: str = "",
        block: str = OVERALL,
        question: str = "",
    ) -> IndicatorRow | None:
        return self._by_key.get((survey, wave, unit_type, unit, block, question))


# Where a claim finds the rows it compares with: the survey data, or one survey's rows.
RowLookup = SurveyData | SurveyRows


def previous_row(data: RowLookup, row: IndicatorRow) -> IndicatorRow | None:
    """The same unit and item in the wave before `row`'s, if published."""
    waves = data.waves(row.survey)
    index = waves.index(row.wave)
    if index == 0:
        return None
    previous = data.row(
        row.survey, waves[index - 1], row.unit_type, row.unit, row.block, row.question
    )
    if previous is None or previous.satisfaction is None:
        return None
    return previous


def trend(data: RowLookup, row: IndicatorRow) -> Trend | None:
    """Change since the wave before `row`'s, tested; None if there is nothing to compare."""
    if row.satisfaction is None:
        return None
    previous = previous_row(data, row)
    if previous is None or previous.satisfaction is None:
        return None
    test = two_proportions(
        row.satisfaction, row.respondents, previous.satisfaction, previous.respondents
    )
    return Trend(test, previous.wave)


def against_university(data: RowLookup, row: IndicatorRow) -> tuple[Comparison, Test] | None:
    """A faculty's or programme's figure against the university's in the same wave."""
    if row.unit_type == "university" or row.satisfaction is None:
        return None
    university = data.row(row.survey, row.wave, "university", "", row.block, row.question)
    if university is None or university.satisfaction is None:
        return None
    test = two_proportions(
        row.satisfaction, row.respondents, university.satisfaction, university.respondents
    )
    return comparison(test), test


def span_months(waves: list[str]) -> int:
    """Whole months from the first wave to the last (waves are YYYY-MM, in order)."""
    if not waves:
        return 0
    (y1, m1), (y2, m2) = (map(int, waves[0].split("-")), map(int, waves[-1].split("-")))
    return (y2 - y1) * 12 + (m2 - m1)


def dynamics_years(waves: list[str]) -> int:
    """The N of an "N-year dynamics" claim: whole years between the first and last wave.

    Three yearly waves (2024-06, 2025-06, 2026-06) span 24 months: two years, not three."""
    return span_months(waves) // 12
