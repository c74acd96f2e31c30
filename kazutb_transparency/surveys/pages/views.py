"""What the pages say about a figure: its status against the target and its trend, each
only as far as the published intervals and the significance test support (significance.py)."""

from __future__ import annotations

from typing import Literal

from kazutb_transparency.surveys.claims import Trend, against_university, trend
from kazutb_transparency.surveys.codes import OVERALL
from kazutb_transparency.surveys.indicators import IndicatorRow
from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.models import Target
from kazutb_transparency.surveys.significance import against_target

# on-target / below-target only when the whole interval is on one side of the target;
# below-threshold (the methodology's trigger for a corrective action, on the value itself)
# only once the target is clearly not met.
Status = Literal["on-target", "below-target", "below-threshold", "indistinguishable"]


def status(row: IndicatorRow | None, target: Target) -> Status | None:
    if row is None or row.suppressed or row.satisfaction is None:
        return None
    verdict = against_target(row.ci_low, row.ci_high, target.target)
    if verdict == "met":
        return "on-target"
    if verdict == "indistinguishable":
        return "indistinguishable"
    return "below-target" if row.satisfaction >= target.threshold else "below-threshold"


def latest(data: SurveyData, survey: str) -> IndicatorRow | None:
    """The university's overall row in the survey's latest wave."""
    waves = data.waves(survey)
    return data.row(survey, waves[-1], "university", "", OVERALL) if waves else None


__all__ = ["Status", "Trend", "against_university", "latest", "status", "trend"]
