"""What the pages say about a figure: its status against the target and its trend."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from kazutb_transparency.surveys.codes import OVERALL
from kazutb_transparency.surveys.indicators import IndicatorRow
from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.models import Target

# Changes smaller than this are shown as "no notable change" (→): with a few hundred
# respondents, differences of one or two points are within the noise.
TREND_STEP = Decimal("0.020")

Status = Literal["on-target", "below-target", "below-threshold"]
Direction = Literal["up", "down", "flat"]


def status(value: Decimal | None, target: Target) -> Status | None:
    if value is None:
        return None
    if value >= target.target:
        return "on-target"
    return "below-target" if value >= target.threshold else "below-threshold"


@dataclass(frozen=True)
class Trend:
    direction: Direction
    change: Decimal
    previous_wave: str


def trend(data: SurveyData, row: IndicatorRow) -> Trend | None:
    """Change since the wave before `row`'s, for the same unit and item; None if unknown."""
    waves = data.waves(row.survey)
    index = waves.index(row.wave)
    if index == 0 or row.satisfaction is None:
        return None
    previous = data.row(
        row.survey, waves[index - 1], row.unit_type, row.unit, row.block, row.question
    )
    if previous is None or previous.satisfaction is None:
        return None
    change = row.satisfaction - previous.satisfaction
    direction: Direction = "flat"
    if change >= TREND_STEP:
        direction = "up"
    elif change <= -TREND_STEP:
        direction = "down"
    return Trend(direction, change, previous.wave)


def latest(data: SurveyData, survey: str) -> IndicatorRow | None:
    """The university's overall row in the survey's latest wave."""
    waves = data.waves(survey)
    return data.row(survey, waves[-1], "university", "", OVERALL) if waves else None
