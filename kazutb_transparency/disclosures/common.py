"""What every published disclosure item carries: dates, a review interval and its provenance.

Kazakhstan's law on access to information (art. 16) asks for the posting and the updating
date of every item; the corporate-site regulation (§14) names loss of relevance as a risk,
so every item also says how often it must be reviewed.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from kazutb_transparency.core.dates import add_months
from kazutb_transparency.core.provenance import Sourced

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
PROGRAMME_CODE = r"^(6B|7M|8D)\d{5}$"

Level = Literal["bachelor", "master", "doctorate"]
LEVELS: tuple[Level, ...] = ("bachelor", "master", "doctorate")
LEVEL_PREFIX: dict[str, Level] = {"6B": "bachelor", "7M": "master", "8D": "doctorate"}


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Dated(Sourced):
    """An item of the disclosures: posted and updated dates, review interval, provenance."""

    own_meta = frozenset({"posted", "updated", "review_months"})

    posted: date
    updated: date
    review_months: int = Field(ge=1, le=60)

    @field_validator("updated")
    @classmethod
    def _not_before_posted(cls, value: date, info: ValidationInfo) -> date:
        posted = info.data.get("posted")
        if posted is not None and value < posted:
            raise ValueError(f"must not be before 'posted' ({posted.isoformat()})")
        return value

    def review_due(self) -> date:
        return add_months(self.updated, self.review_months)

    def stale(self, today: date) -> bool:
        """Past its review date; the review date itself is still in time."""
        return self.review_due() < today
