"""The appeals' counts as the site publishes them, under the disclosure policy.

Appeals are letters, not people, and the policy (data/disclosure.yaml) may say so: the
counts are then published as they are, with the policy's reason beside them. Without that
exemption they follow the rule of every count of people: each year is a table of topics ×
outcomes (in term, late, pending) with its totals, passed through the applicants' small-
group rule and its attack (applicants/figures.py), one table per year.
"""

from __future__ import annotations

from kazutb_transparency.applicants.figures import Count, Published, publish
from kazutb_transparency.core.disclosure_policy import DisclosurePolicy
from kazutb_transparency.transparency.models import AppealYear

DATASET = "appeals-statistics"
OUTCOMES = ("answered_in_term", "answered_late", "pending")
MEASURE = "appeals"
ALL = "all"  # the one "faculty" a year's topics belong to


def published_appeals(years: list[AppealYear], policy: DisclosurePolicy) -> Published | None:
    """The counts that may be shown, or None when the policy publishes them all (letters)."""
    if policy.exemption(DATASET) is not None:
        return None
    counts = [
        Count(
            MEASURE, str(year.year), ALL, topic.topic, {"outcome": outcome}, getattr(topic, outcome)
        )
        for year in years
        for topic in year.topics
        for outcome in OUTCOMES
    ]
    return publish(counts, policy.min_group, policy.zero_publishable)


def count_of(
    published: Published | None, year: AppealYear, topic: str | None, outcome: str | None
) -> tuple[int | None, str]:
    """A count of a topic (None: the year's total) and outcome (None: received), with its
    status (applicants/figures.py)."""
    if published is None:
        chosen = [t for t in year.topics if topic is None or t.topic == topic]
        names = OUTCOMES if outcome is None else (outcome,)
        return sum(getattr(t, name) for t in chosen for name in names), "published"
    unit = ("university", "") if topic is None else ("programme", topic)
    parts = ("outcome", outcome) if outcome is not None else ("", "")
    period = str(year.year)
    return published.get(MEASURE, period, unit, *parts), published.status(
        MEASURE, period, unit, *parts
    )
