"""The disclosure-control policy (data/disclosure.yaml): the minimum group every published
count of people follows, whether a zero may be shown, and which datasets count something
other than people (and why they are published as they are).

One policy for every domain: the applicants' figures, the survey indicators and the
transparency statistics read their minimum from here (core/suppression.py applies it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kazutb_transparency.core.datafiles import load_model
from kazutb_transparency.core.i18n import Localized

POLICY_FILE = "disclosure.yaml"

# Why a value is or is not shown, as the open data and the pages say it beside the value
# (the kind of markers statistics offices publish):
PUBLISHED = "published"
SMALL_GROUP = "small-group"  # fewer than the minimum group, or a figure that would show one
PROTECTS_ANOTHER = "protects-another"  # hidden so that a small group cannot be worked out
NOT_COLLECTED = "not-collected"  # no record holds it (yet)
NOT_APPLICABLE = "not-applicable"  # the figure has no meaning here (a rate of no one)
STATUSES = (PUBLISHED, SMALL_GROUP, PROTECTS_ANOTHER, NOT_COLLECTED, NOT_APPLICABLE)


class Exemption(BaseModel):
    """A dataset whose counts are not counts of people."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    counts: Literal["letters", "places", "money", "documents"]
    reason: Localized


class DisclosurePolicy(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    min_group: int = Field(ge=3, le=100)
    zero_publishable: bool
    datasets: dict[str, Exemption] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _known_datasets(self) -> DisclosurePolicy:
        unknown = sorted(set(self.datasets) - EXEMPTIBLE)
        if unknown:
            raise ValueError(
                f"{', '.join(unknown)}: no such dataset counts something other than people "
                f"(datasets that may: {', '.join(sorted(EXEMPTIBLE))})"
            )
        return self

    def exemption(self, dataset: str) -> Exemption | None:
        return self.datasets.get(dataset)


# Datasets whose counts may be declared "not of people": the rest are counts of people
# (students, graduates, entrants, staff, applicants, respondents) and always follow the rule.
EXEMPTIBLE = frozenset({"appeals-statistics", "procurement", "competitions"})

DEFAULT = DisclosurePolicy(min_group=10, zero_publishable=False)


def load_policy(data_dir: Path) -> DisclosurePolicy:
    """data/disclosure.yaml, or the default rule (10, zeros withheld) when there is none."""
    path = data_dir / POLICY_FILE
    if not path.is_file():
        return DEFAULT
    return load_model(path, DisclosurePolicy)
