"""The figures of the aggregation, checked against values computed by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kazutb_transparency.surveys.codes import is_positive, positive_points
from kazutb_transparency.surveys.figures import share, wilson

from .helpers import aggregate_rows, answer_rows, by_key, group


@pytest.mark.parametrize(
    ("scale", "positives"),
    [(5, {4, 5}), (7, {5, 6, 7}), (10, {7, 8, 9, 10}), (4, {3, 4}), (11, {7, 8, 9, 10, 11})],
)
def test_positive_answers_are_the_top_40_percent_of_the_scale(scale, positives):
    assert {a for a in range(1, scale + 1) if is_positive(a, scale)} == positives
    assert positive_points(15) == 6  # ceil(0.4·15) = 6, where float 0.4*15 would give 7


def hand_fixture() -> list[list[str]]:
    # q1: 5-point; q2: 7-point, reverse-coded; q3: 10-point.
    rows = []
    rows += answer_rows("r1aa01", {"q1": "5", "q2": "2", "q3": "7"})  # q2: 8-2=6 positive
    rows += answer_rows("r2aa02", {"q1": "4", "q2": "7", "q3": "6"})  # q2: 8-7=1 not
    rows += answer_rows("r3aa03", {"q1": "3", "q2": "na", "q3": "dk"})
    rows += answer_rows("r4aa04", {"q1": "", "q2": "3", "q3": "10"})  # q2: 5 positive
    rows += answer_rows("r5aa05", {"q1": "na", "q2": "dk", "q3": ""})  # no valid answer
    rows += answer_rows("r6aa06", {"q2": "1"})  # q2: 7 positive
    rows += answer_rows("r2aa02", {"q1": "1"})  # a repeat: the last answer (1) counts
    return rows


def test_counts_shares_and_weighting_by_hand(tmp_path: Path):
    result = aggregate_rows(tmp_path, hand_fixture(), min_n=1)
    rows = by_key(result)
    assert result.duplicates == 1
    q1 = rows[("university", "", "a", "q1")]
    # valid: r1=5, r2=1 (repeat kept), r3=3 → positive only r1.
    assert (q1["respondents"], q1["valid"], q1["satisfaction"]) == ("3", "3", "0.333")
    q2 = rows[("university", "", "a", "q2")]
    # reverse coded: r1 6 (+), r2 1, r4 5 (+), r6 7 (+); r3 na excluded.
    assert (q2["respondents"], q2["valid"], q2["satisfaction"]) == ("4", "4", "0.750")
    q3 = rows[("university", "", "b", "q3")]
    # 10-point: r1 7 (+), r2 6, r4 10 (+); dk and missing excluded.
    assert (q3["respondents"], q3["valid"], q3["satisfaction"]) == ("3", "3", "0.667")
    block_a = rows[("university", "", "a", "")]
    # weighted by valid answers: (1 + 3) / (3 + 4) = 0.571, not the mean 0.542 of the shares.
    # A block's 7 answers are not published: they are the sum of its questions' (publish.py).
    assert (block_a["respondents"], block_a["valid"], block_a["satisfaction"]) == (
        "5",
        "",
        "0.571",
    )
    overall = rows[("university", "", "overall", "")]
    # 6 positives of 10 valid answers; r5 gave no valid answer and is no respondent.
    assert (overall["respondents"], overall["valid"], overall["satisfaction"]) == (
        "5",
        "",
        "0.600",
    )
    assert {r["ci_low"] for r in result.rows} == {""}  # fewer than 30 respondents


def test_wilson_interval_against_hand_computed_bounds():
    # p = 0.5, n = 100: centre 0.5, half-width 1.96·√(0.0025 + 0.00009604)/1.038416 = 0.09617
    assert wilson(50, 100, 100) == (Decimal("0.404"), Decimal("0.596"))
    # p = 0.8, n = 100: centre 0.788928, half-width 0.0777325
    assert wilson(80, 100, 100) == (Decimal("0.711"), Decimal("0.867"))
    # p = 1: the upper bound stays at 1; lower = 30/(30 + 3.8416) = 0.8865
    assert wilson(30, 30, 30) == (Decimal("0.886"), Decimal("1.000"))


def test_shares_round_half_up_exactly():
    assert share(1, 8) == Decimal("0.125")
    assert share(1, 2000) == Decimal("0.001")  # 0.0005 rounds up
    assert share(2, 3) == Decimal("0.667")


def test_interval_given_from_30_respondents_and_response_rate_flag(tmp_path: Path):
    rows = group(0, 30, "F1", "P1") + group(100, 29, "F2", "P2")
    population = [
        ["s1", "2024-06", "", "", "200"],
        ["s1", "2024-06", "F1", "", "100"],
        ["s1", "2024-06", "F2", "", "97"],
    ]
    result = by_key(aggregate_rows(tmp_path, rows, population))
    f1, f2 = result[("faculty", "F1", "overall", "")], result[("faculty", "F2", "overall", "")]
    assert f1["ci_low"] and f1["ci_high"]
    assert f2["ci_low"] == f2["ci_high"] == ""
    assert (f1["invited"], f1["response_rate"], f1["flags"]) == ("100", "0.300", "")
    # 29/97 = 0.2990 < 30 %: flagged (compared exactly, not after rounding)
    assert (f2["response_rate"], f2["flags"]) == ("0.299", "low-response-rate")
    programme = result[("programme", "P1", "overall", "")]
    assert programme["invited"] == programme["response_rate"] == ""  # not in P.csv
    university = result[("university", "", "overall", "")]
    assert (university["respondents"], university["response_rate"]) == ("59", "0.295")
