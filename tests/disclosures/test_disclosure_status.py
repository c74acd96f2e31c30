"""Accreditation status on boundary days, and staleness at the review boundary."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from kazutb_transparency.core.audit import Concern
from kazutb_transparency.disclosures.accreditation import (
    Accreditation,
    Status,
    overall_status,
    record_status,
)
from kazutb_transparency.disclosures.common import Dated
from kazutb_transparency.disclosures.pages.programmes import programme_page
from tests.disclosures.helpers import TODAY, line_of, load


def record(valid_until: date, **changes: object) -> Accreditation:
    data = {
        "id": "acc",
        "agency": "agency",
        "activity": "programme",
        "basis": "voluntary",
        "decision": "positive",
        "valid_from": date(2020, 1, 1),
        "valid_until": valid_until,
        "programmes": ["6B04105"],
        "posted": date(2020, 1, 1),
        "updated": date(2020, 1, 1),
        "review_months": 12,
        "provenance": "confirmed",
        "source": {"kk": "сынақ", "ru": "тест", "en": "test"},
    }
    return Accreditation.model_validate({**data, **changes})


@pytest.mark.parametrize(
    ("days_left", "expected"),
    [
        (0, Status.EXPIRING),  # the last day in force is today
        (180, Status.EXPIRING),
        (181, Status.VALID),
        (-1, Status.EXPIRED),  # ended yesterday
    ],
)
def test_status_at_boundary_days(days_left: int, expected: Status) -> None:
    assert record_status(record(TODAY + timedelta(days=days_left)), TODAY) is expected


def test_negative_decision_and_future_start_are_never_valid() -> None:
    far = TODAY + timedelta(days=1000)
    assert record_status(record(far, decision="negative"), TODAY) is Status.NONE
    assert record_status(record(far, valid_from=TODAY + timedelta(days=1)), TODAY) is Status.PENDING


def test_overall_status_prefers_the_record_in_force_and_keeps_history() -> None:
    expired = record(TODAY - timedelta(days=1), id="old")
    current = record(TODAY + timedelta(days=400), id="new", valid_from=TODAY)
    assert overall_status([expired, current], TODAY) == (Status.VALID, current)
    assert overall_status([expired], TODAY) == (Status.EXPIRED, expired)
    assert overall_status([], TODAY) == (Status.NONE, None)


def test_an_expired_programme_accreditation_is_shown_as_expired(data_copy: Path, edit) -> None:
    path = data_copy / "disclosures" / "accreditations.yaml"
    edit(path, "valid_until: 2027-04-14", f"valid_until: {(TODAY - timedelta(days=1)).isoformat()}")
    site = load(data_copy)
    status, _ = site.disclosures.programme_status("6B04105")
    assert status is Status.EXPIRED
    programme = next(p for p in site.disclosures.programmes if p.code == "6B04105")
    page = programme_page(site.disclosures, programme, "en")
    assert "expired" in page
    assert ">valid" not in page and "expires within" not in page


def test_accreditation_expiring_on_the_build_day_is_flagged(data_copy: Path, edit) -> None:
    path = data_copy / "disclosures" / "accreditations.yaml"
    edit(path, "valid_until: 2027-04-14", f"valid_until: {TODAY.isoformat()}")
    site = load(data_copy)
    assert site.disclosures.programme_status("6B04105")[0] is Status.EXPIRING


def dated(updated: date, months: int) -> Dated:
    return Dated(
        posted=updated,
        updated=updated,
        review_months=months,
        provenance="confirmed",
        source={"kk": "сынақ", "en": "test"},
    )


def test_staleness_at_the_review_boundary() -> None:
    item = dated(date(2025, 11, 21), 12)
    assert item.review_due() == date(2026, 11, 21)
    assert not item.stale(date(2026, 11, 21))  # due today: still in time
    assert item.stale(date(2026, 11, 22))
    assert dated(date(2026, 1, 31), 1).review_due() == date(2026, 2, 28)


def test_stale_items_reach_the_audit_and_the_register(data_copy: Path, edit) -> None:
    path = data_copy / "disclosures" / "resources.yaml"
    # Due exactly on the build day: not stale.
    edit(
        path,
        "  posted: 2025-09-01\n  updated: 2025-09-01",
        "  posted: 2025-11-21\n  updated: 2025-11-21",
    )
    site = load(data_copy)
    assert not [p for p in site.audit.of(Concern.STALE) if p.file.endswith("resources.yaml")]
    assert not next(r for r in site.register if r.clause.clause == "9.7.1.8").stale
    # One day older: stale, named by file, record, field and line.
    edit(
        path,
        "  posted: 2025-11-21\n  updated: 2025-11-21",
        "  posted: 2025-11-20\n  updated: 2025-11-20",
    )
    site = load(data_copy)
    stale = [p for p in site.audit.of(Concern.STALE) if p.file.endswith("resources.yaml")]
    assert len(stale) == 1
    assert stale[0].record == "library" and stale[0].field == "updated"
    assert stale[0].line == line_of(path, "updated: 2025-11-20")
    assert "2026-11-20" in stale[0].message
    assert next(r for r in site.register if r.clause.clause == "9.7.1.8").stale


def test_a_source_written_in_one_language_is_refused_with_the_form_to_use() -> None:
    """A source is shown on kk, ru and en pages: a plain (English) string is an error."""
    with pytest.raises(ValueError, match=r"kk, ru and en.*\{kk: "):
        record(date(2030, 1, 1), source="Sample data")
    shown = record(date(2030, 1, 1), source={"kk": "Үлгі деректер", "ru": "Образец данных"})
    assert shown.source.get("ru") == "Образец данных" and shown.source.missing() == ["en"]
