"""Claims the figures support: a change is called a rise or a fall only when significant, a
target is met or not met only when the whole interval is on one side of it, a unit differs
from the university only when significant. Hand-computed cases, then the committed data."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from kazutb_transparency.surveys.codes import OVERALL
from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.models import Target
from kazutb_transparency.surveys.pages.fragments import trend_cell, university_cell
from kazutb_transparency.surveys.pages.labels import L
from kazutb_transparency.surveys.pages.views import status
from kazutb_transparency.surveys.rows import survey_indicator_records
from kazutb_transparency.surveys.significance import against_target, two_proportions

D = Decimal


def test_a_significant_change():
    # 60 % of 400 against 50 % of 400: pooled 0.55, SE = √(0.55·0.45·(2/400)) = 0.035178,
    # z = 0.1 / 0.035178 = 2.843, p = erfc(2.843/√2) = 0.0045.
    test = two_proportions(D("0.600"), 400, D("0.500"), 400)
    assert test.z == pytest.approx(2.8427, abs=1e-3)
    assert test.p_value == pytest.approx(0.00447, abs=1e-4)
    assert test.significant and test.direction == "up"
    assert two_proportions(D("0.500"), 400, D("0.600"), 400).direction == "down"


def test_a_change_inside_the_noise_is_no_change():
    # The case: 0.7 points between two waves whose intervals are about ±3 points
    # (n = 900): pooled 0.7035, SE = √(0.7035·0.2965·(2/900)) = 0.021530, z = 0.325, p = 0.745.
    test = two_proportions(D("0.707"), 900, D("0.700"), 900)
    assert test.z == pytest.approx(0.3251, abs=1e-3)
    assert test.p_value == pytest.approx(0.745, abs=1e-3)
    assert not test.significant and test.direction == "flat"


def test_small_groups_are_not_tested():
    test = two_proportions(D("0.900"), 29, D("0.300"), 400)
    assert test.p_value is None and test.direction == "flat"


def test_no_variance_is_no_change():
    test = two_proportions(D("1.000"), 50, D("1.000"), 60)
    assert test.p_value == 1.0 and test.direction == "flat"


def test_an_interval_straddling_the_target_is_not_distinguishable():
    target = D("0.800")
    assert against_target(D("0.760"), D("0.840"), target) == "indistinguishable"
    assert against_target(D("0.800"), D("0.860"), target) == "met"  # touches: met
    assert against_target(D("0.740"), D("0.799"), target) == "not-met"
    assert against_target(None, None, target) == "indistinguishable"  # no interval


def test_the_status_follows_the_interval(committed_data: SurveyData):
    row = next(r for r in committed_data.indicators if r.ci_low is not None)
    target = Target(target=D("0.800"), threshold=D("0.650"))

    def at(value: str, low: str, high: str):
        return replace(row, satisfaction=D(value), ci_low=D(low), ci_high=D(high))

    # 79 % is below the 80 % target, but its interval reaches it: not "below target".
    assert status(at("0.790", "0.760", "0.820"), target) == "indistinguishable"
    # 81 % above the target, interval straddling it: not "on target" either.
    assert status(at("0.810", "0.780", "0.840"), target) == "indistinguishable"
    assert status(at("0.850", "0.810", "0.890"), target) == "on-target"
    assert status(at("0.700", "0.660", "0.740"), target) == "below-target"
    assert status(at("0.600", "0.560", "0.640"), target) == "below-threshold"


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_pages_draw_an_arrow_only_for_a_significant_change(committed_data: SurveyData, lang):
    records = {
        tuple(r[k] for k in ("survey", "wave", "unit_type", "unit", "block", "question")): r
        for r in survey_indicator_records(committed_data)
    }
    seen = set()
    for row in committed_data.indicators:
        record = records[row.key()]
        direction = record["change_direction"]
        if direction is None or direction in seen:
            continue
        seen.add(direction)
        cell = trend_cell(row, committed_data, lang)
        if direction == "flat":
            flat = L["trend_flat"][lang].split("{wave}")[0]
            assert "↑" not in cell and "↓" not in cell and cell.startswith(flat)
        else:
            assert ("↑" if direction == "up" else "↓") in cell
            assert record["change_p"] < 0.05
    assert seen == {"up", "down", "flat"}  # the committed data have all three


def test_open_data_carry_the_test_beside_each_change(committed_data: SurveyData):
    rows = survey_indicator_records(committed_data)
    changes = [r for r in rows if r["previous_wave"] is not None]
    assert changes
    for r in changes:
        if r["change_p"] is None:
            assert r["change_direction"] == "flat" and r["change_z"] is None
        else:
            assert (r["change_direction"] != "flat") == (r["change_p"] < 0.05)
            assert (r["change_direction"] == "up") == (r["change_p"] < 0.05 and r["change"] > 0)
    published = [r for r in rows if not r["suppressed"]]
    assert all(r["target_verdict"] for r in published)
    assert all(r["vs_university"] is None for r in rows if r["unit_type"] == "university")
    faculties = [r for r in published if r["unit_type"] == "faculty"]
    assert {r["vs_university"] for r in faculties} <= {"above", "below", "same"}
    for r in faculties:
        if r["vs_university"] != "same":
            # p is published to 4 decimals: a p of 0.04996 is significant and reads 0.05.
            assert r["vs_university_p"] <= 0.05


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_unit_against_the_university(committed_data: SurveyData, lang):
    wave = committed_data.waves("student-satisfaction")[-1]
    university = committed_data.row("student-satisfaction", wave)
    faculty = next(
        r
        for r in committed_data.rows("student-satisfaction", wave)
        if r.unit_type == "faculty" and r.block == OVERALL and not r.suppressed
    )
    assert university is not None and university.respondents
    assert university_cell(university, committed_data, lang) == "—"
    same = replace(faculty, satisfaction=university.satisfaction)
    # Each verdict is one sentence, its difference and test filled in.
    verdict = {key: L[key][lang].split("{")[0] for key in ("vs_same", "vs_above")}
    assert university_cell(same, committed_data, lang).startswith(verdict["vs_same"])
    higher = replace(faculty, satisfaction=min(D("1.000"), university.satisfaction + D("0.2")))
    assert university_cell(higher, committed_data, lang).startswith(verdict["vs_above"])


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_an_untested_difference_claims_no_significance(committed_data: SurveyData, lang):
    """Fewer than 30 respondents: no test was run, so the cell must not say that there is
    no significant difference or change (a claim only a test can make)."""
    wave = committed_data.waves("student-satisfaction")[-1]
    university = committed_data.row("student-satisfaction", wave)
    faculty = next(
        r
        for r in committed_data.rows("student-satisfaction", wave)
        if r.unit_type == "faculty" and r.block == OVERALL and not r.suppressed
    )
    assert university is not None
    small = replace(faculty, satisfaction=university.satisfaction, respondents=12)
    cell = university_cell(small, committed_data, lang)
    assert cell.startswith(L["vs_untested"][lang].split("{")[0])
    assert L["vs_same"][lang].split("{")[0] not in cell
    assert not any(word in cell.casefold() for word in ("жоқ", "не выявлено", "no significant"))


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_methodology_states_the_rules(committed_data: SurveyData, lang):
    from kazutb_transparency.surveys.pages.quality import methodology_page

    page = methodology_page(committed_data, lang)
    assert "z = (p₁ − p₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂))" in page
    assert ("p < 0.05" if lang == "en" else "p < 0,05") in page
    assert "NSS" in page and "Discover Uni" in page
    assert "24" in page  # three yearly waves span 24 months: two years
