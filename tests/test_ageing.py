"""A site that ages by itself: the build with a fixed "today" (KAZUTB_TODAY, as the daily
publish run sets it) on the day after a boundary shows the new status, with no change to
the data: an accreditation that expired, an action that became overdue."""

from __future__ import annotations

from pathlib import Path

import pytest

from kazutb_transparency.buildsteps.domains import DATASET_SOURCES, RENDERERS
from kazutb_transparency.buildsteps.pipeline import build_date
from kazutb_transparency.buildsteps.site import SiteData, load_site

REPO = Path(__file__).resolve().parents[1]
EXPIRES = "2027-04-14"  # the last day in force of prog-2022-economics (accreditations.yaml)
PROGRAMME = "6B04103"


def built(monkeypatch: pytest.MonkeyPatch, today: str) -> tuple[SiteData, dict[str, str]]:
    """Data and every English page, built as the publish workflow builds on `today`."""
    monkeypatch.setenv("KAZUTB_TODAY", today)
    site = load_site(REPO / "data", build_date())
    pages: dict[str, str] = {}
    for render in RENDERERS:
        pages.update(render(site, "en", None))
    return site, pages


def dataset_row(site: SiteData, name: str, key: str, value: str) -> dict:
    for source in DATASET_SOURCES:
        for dataset in source(site):
            if dataset.name == name:
                return next(r for r in dataset.rows if r.get(key) == value)
    raise AssertionError(f"no dataset {name}")


@pytest.fixture(scope="module")
def monkeymodule():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.fixture(scope="module")
def last_day(monkeymodule) -> tuple[SiteData, dict[str, str]]:
    return built(monkeymodule, EXPIRES)


@pytest.fixture(scope="module")
def day_after(monkeymodule) -> tuple[SiteData, dict[str, str]]:
    return built(monkeymodule, "2027-04-15")


def test_an_accreditation_expires_on_the_site_the_day_after_its_last_day(last_day, day_after):
    before, after = (
        last_day[1][f"programmes/{PROGRAMME}.md"],
        day_after[1][f"programmes/{PROGRAMME}.md"],
    )
    assert before != after
    assert "expired" not in before.lower() and "expired" in after.lower()
    status_before, _ = last_day[0].disclosures.programme_status(PROGRAMME)
    status_after, _ = day_after[0].disclosures.programme_status(PROGRAMME)
    assert (status_before.value, status_after.value) == ("expiring", "expired")


def test_an_action_is_overdue_on_the_site_the_day_after_its_due_day(monkeypatch):
    site, _ = built(monkeypatch, "2026-12-31")  # capa-2026-02 is due on 2026-12-31
    assert dataset_row(site, "survey-actions", "id", "capa-2026-02")["overdue"] is False
    site, pages = built(monkeypatch, "2027-01-01")
    row = dataset_row(site, "survey-actions", "id", "capa-2026-02")
    assert row["overdue"] is True and row["overdue_on"] == "2027-01-01"
    line = next(x for x in pages["quality/actions.md"].splitlines() if 'id="capa-2026-02"' in x)
    assert "overdue" in line


def test_the_feed_and_sitemap_date_the_expiry_on_its_day(last_day, day_after):
    from kazutb_transparency.buildsteps.domains import changes_of
    from kazutb_transparency.buildsteps.lastmod import page_dates

    def expiry(site: SiteData):
        return [c for c in changes_of(site) if c.key == "accreditation-prog-2022-economics-expired"]

    assert expiry(last_day[0]) == []
    [entry] = expiry(day_after[0])
    assert entry.day.isoformat() == "2027-04-15" and entry.title.en.endswith("expired")
    dates = page_dates(((c.page, c.day) for c in changes_of(day_after[0])), day_after[0].today)
    assert dates["accreditation/index.md"].isoformat() == "2027-04-15"


def test_the_publishing_build_publishes_stale_items_as_stale():
    from kazutb_transparency.buildsteps.pipeline import PUBLISHED_WITH_MARKS
    from kazutb_transparency.core.audit import Audit, Concern
    from kazutb_transparency.core.errors import Problem

    audit = Audit()
    audit.add(Concern.STALE, Problem("data/x.yaml", "review was due on 2027-04-14"))
    audit.add(Concern.TERMINOLOGY, Problem("data/y.yaml", "two translations of one term"))
    [left] = audit.strict_problems(PUBLISHED_WITH_MARKS)  # stale shown, the rest refused
    assert "two translations" in left.message
