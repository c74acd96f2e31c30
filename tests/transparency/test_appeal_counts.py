"""Appeal counts under the disclosure policy (data/disclosure.yaml): published as letters
with the policy's reason, or, without that exemption, withheld like any count of people,
each value with its status in the open data."""

from __future__ import annotations

from datetime import date

import pytest

from kazutb_transparency.core.disclosure_policy import (
    DisclosurePolicy,
    Exemption,
    load_policy,
)
from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.transparency.appeal_counts import published_appeals
from kazutb_transparency.transparency.datasets import appeals_dataset
from kazutb_transparency.transparency.models import AppealYear
from kazutb_transparency.transparency.pages.appeals import appeals_page

COUNTS = ("received", "answered_in_term", "answered_late", "pending")
REASON = Localized(kk="Хаттар, адамдар емес.", ru="Письма, не люди.", en="Letters, not people.")


def _year(year: int, *topics: tuple[str, int, int, int]) -> AppealYear:
    return AppealYear.model_validate(
        {
            "year": year,
            "topics": [
                {"topic": t, "received": a + b + c, "answered_in_term": a, "answered_late": b,
                 "pending": c}
                for t, a, b, c in topics
            ],
            "posted": date(2026, 1, 10),
            "updated": date(2026, 1, 10),
            "review_months": 12,
            "provenance": "placeholder",
            "source": {"kk": "Үлгі", "ru": "Образец", "en": "Sample"},
        }
    )  # fmt: skip


YEARS = [
    _year(2025, ("admission", 45, 2, 1), ("studies", 34, 2, 0), ("other", 8, 0, 1)),
    _year(2024, ("admission", 37, 4, 0), ("fees", 18, 0, 0)),
]
STRICT = DisclosurePolicy(min_group=10, zero_publishable=False)
LETTERS = DisclosurePolicy(
    min_group=10,
    zero_publishable=False,
    datasets={"appeals-statistics": Exemption(counts="letters", reason=REASON)},
)


class _Appeals:
    """What appeals_dataset and appeals_page read of the transparency data."""

    def __init__(self, years: list[AppealYear]) -> None:
        self.appeal_years = tuple(years)
        self.appeals = None
        self.today = date(2026, 11, 21)


def test_the_repository_policy_exempts_appeals_as_letters_and_says_why() -> None:
    from buildtools import DATA

    policy = load_policy(DATA)
    assert policy.min_group == 10 and policy.exemption("appeals-statistics") is not None


def test_letters_are_published_as_they_are_with_the_reason() -> None:
    t = _Appeals(YEARS)
    dataset = appeals_dataset(t, LETTERS)  # type: ignore[arg-type]
    assert {r[f"{c}_status"] for r in dataset.rows for c in COUNTS} == {"published"}
    assert [r["pending"] for r in dataset.rows][:3] == [1, 0, 1]
    for lang in ("kk", "ru", "en"):
        assert REASON.get(lang) in dataset.description.get(lang)
        assert REASON.get(lang) in appeals_page(t, LETTERS, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize("zeros", [False, True])
def test_without_the_exemption_no_small_count_is_published(zeros: bool) -> None:
    policy = DisclosurePolicy(min_group=10, zero_publishable=zeros)
    t = _Appeals(YEARS)
    dataset = appeals_dataset(t, policy)  # type: ignore[arg-type]
    for row in dataset.rows:
        for name in COUNTS:
            value, status = row[name], row[f"{name}_status"]
            assert (value is None) == (status != "published"), row
            if value is not None:
                assert value >= 10 or (zeros and value == 0), row
    statuses = {r[f"{c}_status"] for r in dataset.rows for c in COUNTS}
    assert {"small-group", "protects-another", "published"} <= statuses
    page = appeals_page(t, policy, "en")  # type: ignore[arg-type]
    assert "fewer than 10 people" in page and "another, small group" in page
    assert ">8<" not in page and ">2<" not in page


def test_published_appeals_is_none_under_the_exemption() -> None:
    assert published_appeals(YEARS, LETTERS) is None
    assert published_appeals(YEARS, STRICT) is not None
