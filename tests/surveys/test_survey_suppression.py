"""Primary and secondary suppression, and that the build's own check agrees."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

from kazutb_transparency.surveys.codes import SUPPRESSED_BLANK
from kazutb_transparency.surveys.disclosure import check_disclosure
from kazutb_transparency.surveys.indicators import IndicatorRow
from kazutb_transparency.surveys.pipeline import Result

from .helpers import aggregate_rows, answer_rows, group, token


def reasons(result: Result, item: tuple[str, str] = ("overall", "")) -> dict[str, str]:
    """unit → suppression reason ('' when published) for one block/question."""
    return {
        r["unit"] or "university": r["suppression_reason"]
        for r in result.rows
        if (r["block"], r["question"]) == item
    }


def published_check(result: Result, faculty_of: dict[str, str], min_n: int = 10) -> list:
    """Run the build's disclosure check on the aggregation's output."""
    rows = []
    for line, raw in enumerate(csv.DictReader(io.StringIO(result.csv)), start=2):
        counts = {k: int(raw[k]) if raw[k] else None for k in ("respondents", "valid", "invited")}
        shares = {
            k: Decimal(raw[k]) if raw[k] else None
            for k in ("response_rate", "satisfaction", "ci_low", "ci_high")
        }
        values = counts | shares
        rows.append(
            IndicatorRow(
                survey=raw["survey"],
                wave=raw["wave"],
                unit_type=raw["unit_type"],
                unit=raw["unit"],
                block=raw["block"],
                question=raw["question"],
                respondents=values["respondents"],
                valid=values["valid"],
                invited=values["invited"],
                response_rate=values["response_rate"],
                satisfaction=values["satisfaction"],
                ci_low=values["ci_low"],
                ci_high=values["ci_high"],
                suppressed=raw["suppressed"] == "true",
                suppression_reason=raw["suppression_reason"],
                flags=tuple(f for f in raw["flags"].split(";") if f),
                line=line,
            )
        )
    return check_disclosure("indicators.csv", rows, faculty_of, min_n)


def test_primary_suppression_blanks_every_figure_that_reveals_respondents(tmp_path: Path):
    rows = group(0, 9, "F1", "P1") + group(100, 40, "F1", "P2")
    population = [["s1", "2024-06", "F1", "P1", "12"], ["s1", "2024-06", "F1", "P2", "200"]]
    result = aggregate_rows(tmp_path, rows, population)
    small = next(r for r in result.rows if r["unit"] == "P1" and r["block"] == "overall")
    assert small["suppressed"] == "true" and small["suppression_reason"] == "primary"
    assert all(small[c] == "" for c in SUPPRESSED_BLANK)  # incl. response_rate and flags
    assert small["invited"] == "12"  # people asked, not people who answered
    assert "0" not in {small["respondents"], small["satisfaction"]}


def test_one_suppressed_child_takes_its_smallest_sibling(tmp_path: Path):
    rows = group(0, 5, "F1", "P1") + group(100, 20, "F1", "P2") + group(200, 30, "F1", "P3")
    rows += group(300, 40, "F2", "P4")
    result = aggregate_rows(tmp_path, rows)
    for item in (("overall", ""), ("a", ""), ("a", "q1"), ("b", "q3")):
        found = reasons(result, item)
        assert found["P1"] == "primary"
        assert found["P2"] == "secondary"  # 20 < 30: the smallest published sibling
        assert found["P3"] == found["P4"] == found["F1"] == found["F2"] == ""
    assert published_check(result, {"P1": "F1", "P2": "F1", "P3": "F1", "P4": "F2"}) == []


def test_suppressed_children_together_below_min_n(tmp_path: Path):
    rows = group(0, 3, "F1", "P1") + group(100, 4, "F1", "P2")
    rows += group(200, 25, "F1", "P3") + group(300, 30, "F1", "P4")
    found = reasons(aggregate_rows(tmp_path, rows))
    # P1 + P2 = 7 < 10 could be worked out from F1 minus P3 and P4: P3 is hidden too.
    assert (found["P1"], found["P2"], found["P3"], found["P4"]) == (
        "primary",
        "primary",
        "secondary",
        "",
    )


def test_secondary_suppression_cascades_down_across_parents(tmp_path: Path):
    rows = group(0, 5, "F1", "P1")  # a tiny faculty
    rows += group(100, 12, "F2", "P2") + group(200, 13, "F2", "P3")
    rows += group(300, 40, "F3", "P4")
    result = aggregate_rows(tmp_path, rows)
    found = reasons(result)
    assert found["F1"] == found["P1"] == "primary"
    assert found["F2"] == "secondary"  # else university − F2 − F3 = F1
    # F2 hidden but equal to P2 + P3 if both were shown: the smaller one goes too.
    assert (found["P2"], found["P3"]) == ("secondary", "")
    assert found["F3"] == found["P4"] == found["university"] == ""
    assert published_check(result, {"P1": "F1", "P2": "F2", "P3": "F2", "P4": "F3"}) == []


def test_secondary_suppression_cascades_up_from_programme_level(tmp_path: Path):
    # F1: P1 (6) plus 5 students recorded without a programme: F1 − P1 would be nothing to
    # subtract but P1 alone would be hidden; no published sibling is left, so F1 goes.
    rows = group(0, 6, "F1", "P1") + group(100, 5, "F1", "")
    rows += group(200, 20, "F2", "P2") + group(300, 30, "F3", "P3")
    result = aggregate_rows(tmp_path, rows)
    found = reasons(result)
    assert found["P1"] == "primary"
    assert found["F1"] == "secondary"  # up: the parent itself
    assert found["F2"] == "secondary"  # across: university − F2 − F3 would give F1
    assert found["P2"] == "secondary"  # down: F2 would equal its only programme
    assert found["F3"] == found["P3"] == found["university"] == ""
    assert published_check(result, {"P1": "F1", "P2": "F2", "P3": "F3"}) == []


def test_unassigned_remainder_smaller_than_min_n_is_protected(tmp_path: Path):
    rows = group(0, 20, "F1", "P1") + group(100, 30, "F1", "P2") + group(200, 4, "F1", "")
    result = aggregate_rows(tmp_path, rows)
    found = reasons(result)
    # F1 − P1 − P2 = the 4 students without a programme: P1 is hidden to cover them. The
    # published file cannot show the remainder, so one hidden programme alone would look
    # like a revealed one to the build's check: P2 goes too (deliberately conservative).
    assert (found["P1"], found["P2"], found["F1"]) == ("secondary", "secondary", "")
    assert published_check(result, {"P1": "F1", "P2": "F1"}) == []


def test_questions_of_a_block_are_protected_like_units(tmp_path: Path):
    rows = []
    for index in range(12):
        q2 = "2" if index < 8 else "na"  # only 8 answer q2
        rows += answer_rows(token(index), {"q1": "5", "q2": q2, "q3": "9"})
    result = aggregate_rows(tmp_path, rows)
    found = {
        (r["block"], r["question"]): r["suppression_reason"]
        for r in result.rows
        if r["unit_type"] == "university"
    }
    assert found[("a", "q2")] == "primary"
    # block a − q1 would give q2's answers: q1 is hidden as well; the block stays.
    assert found[("a", "q1")] == "secondary"
    assert found[("a", "")] == found[("overall", "")] == found[("b", "q3")] == ""
    assert published_check(result, {}) == []


def test_published_check_catches_a_lone_suppressed_child():
    template = dict(
        survey="s1",
        wave="2024-06",
        block="overall",
        question="",
        valid=None,
        invited=None,
        response_rate=None,
        ci_low=None,
        ci_high=None,
        flags=(),
    )
    rows = [
        IndicatorRow(
            **{**template, "valid": 50},
            unit_type="university",
            unit="",
            respondents=50,
            satisfaction=Decimal("0.500"),
            suppressed=False,
            suppression_reason="",
            line=2,
        ),
        IndicatorRow(
            **template,
            unit_type="faculty",
            unit="F1",
            respondents=None,
            satisfaction=None,
            suppressed=True,
            suppression_reason="primary",
            line=3,
        ),
        IndicatorRow(
            **{**template, "valid": 44},
            unit_type="faculty",
            unit="F2",
            respondents=44,
            satisfaction=Decimal("0.500"),
            suppressed=False,
            suppression_reason="",
            line=4,
        ),
    ]
    problems = check_disclosure("indicators.csv", rows, {}, 10)
    assert len(problems) == 1
    assert problems[0].line == 2 and "gives away the suppressed faculty F1" in str(problems[0])
