"""Distributions of answers over the scale: counts, rounding and suppression, by hand."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pytest

from kazutb_transparency.core.errors import DataError
from kazutb_transparency.surveys.aggregate import aggregate
from kazutb_transparency.surveys.bulk import Shape, generate
from kazutb_transparency.surveys.distribution import rounded, step
from kazutb_transparency.surveys.inputs import load_questionnaire, read_population
from kazutb_transparency.surveys.loading import load_survey_data
from kazutb_transparency.surveys.responses import read_responses
from kazutb_transparency.surveys.suppression import suppress

from .helpers import aggregate_rows, answer_rows, group, make_data_dir, token


def shares(result, unit: str = "", question: str = "q2") -> dict[int, str]:
    rows = csv.DictReader(io.StringIO(result.distributions))
    return {
        int(r["scale_point"]): r["share"]
        for r in rows
        if r["unit"] == unit and r["question"] == question
    }


@pytest.mark.parametrize(
    ("valid", "expected"),
    [(99, None), (100, 100), (199, 100), (200, 50), (1999, 10), (2000, 5), (10_000, 1)],
)
def test_one_step_stands_for_at_least_min_n_answers(valid, expected):
    assert step(valid, 10) == expected


def test_largest_remainder_rounding_by_hand():
    # 100 answers, 10 % steps: 0.3 0.4 5 3.3 1 steps → 0 0 5 3 1 whole, one step left for
    # the largest remainder (0.4, point 2).
    assert rounded([3, 4, 50, 33, 10], 100) == [0, 100, 500, 300, 100]
    # A tie between remainders goes to the lower point; the total is always exactly 1.
    assert rounded([50, 50, 50], 100) == [400, 300, 300]
    assert sum(rounded([1, 2, 3, 4, 5, 6, 7], 1)) == 1000


def test_reverse_coded_distribution_by_hand(tmp_path: Path):
    # q2: 7-point, reverse-coded: "1" counts as 7 and "7" as 1; na and dk are left out.
    rows = []
    for i in range(130):
        value = "1" if i < 66 else "7" if i < 110 else "4" if i < 120 else "na"
        rows += answer_rows(token(i), {"q1": "5", "q2": value})
    result = aggregate_rows(tmp_path, rows)
    # 120 valid: 66 → point 7, 44 → point 1, 10 → point 4; 10 % steps (120 ≥ 100):
    # 3.67, 5.5, 0.83 steps → 3 + 5 + 0 whole, two steps left for 0.83 (4) and 0.67 (1).
    assert shares(result) == {
        1: "0.400",
        2: "0.000",
        3: "0.000",
        4: "0.100",
        5: "0.000",
        6: "0.000",
        7: "0.500",
    }


def test_no_distribution_for_a_suppressed_or_too_small_cell(tmp_path: Path):
    rows = group(0, 5, "F1", "P1") + group(100, 20, "F1", "P2") + group(200, 120, "F1", "P3")
    rows += group(400, 130, "F2", "P4")
    result = aggregate_rows(tmp_path, rows)
    status = {r["unit"]: r["suppression_reason"] for r in result.rows if r["question"] == "q2"}
    assert (status["P1"], status["P2"], status["P3"]) == ("primary", "secondary", "")
    published = {
        r["unit"] for r in csv.DictReader(io.StringIO(result.distributions)) if r["question"]
    }
    # P1 (primary) and P2 (secondary) never; P3 and P4 published with ≥ 100 answers.
    assert published == {"", "F1", "F2", "P3", "P4"}
    assert shares(result, "P3") == {
        1: "0.000",
        2: "0.000",
        3: "0.000",
        4: "0.000",
        5: "0.000",
        6: "0.000",
        7: "1.000",
    }


def test_no_count_below_min_n_can_be_read_back(tmp_path: Path):
    # 150 answers on a 10-point scale, several points chosen by fewer than 10 people.
    counts = [1, 2, 3, 9, 0, 40, 30, 25, 20, 20]
    rows, index = [], 0
    for point, count in enumerate(counts, start=1):
        for _ in range(count):
            rows += answer_rows(token(index), {"q3": str(point)})
            index += 1
    result = aggregate_rows(tmp_path, rows)
    published = shares(result, question="q3")
    assert sum(int(s.replace(".", "")) for s in published.values()) == 1000
    size = step(150, 10)
    assert size == 100 and size * 150 >= 10 * 1000  # one step ≥ 10 answers
    for point, count in enumerate(counts, start=1):
        if count < 10:  # below min-n: shown as nothing or one step, like 0 or 15 answers
            assert published[point] in ("0.000", "0.100"), (point, published[point])


def test_point_counts_match_a_plain_recount(tmp_path: Path):
    """Every cell's counts at each point, against a row-by-row recount of the bulk export."""
    r, q, p = generate(Shape(answers=6_000, surveys=2, waves=3, programmes=6, seed=5), tmp_path)
    questions = load_questionnaire(q)
    answers = read_responses(r, questions, lambda v: []).answers
    cells = aggregate(answers, questions, read_population(p, questions, lambda v: []).invited)
    suppress(cells, 10)
    last: dict[tuple, dict[str, str]] = {}
    for row in csv.DictReader(r.open(encoding="utf-8")):
        last[(row["survey"], row["wave"], row["respondent"], row["question"])] = row
    expected: Counter = Counter()
    for row in last.values():
        question = next(x for x in questions[row["survey"]].questions if x.id == row["question"])
        if not row["answer"].isdigit():
            continue
        value = int(row["answer"])
        point = question.scale + 1 - value if question.reversed else value
        units = [("university", ""), ("faculty", row["faculty"]), ("programme", row["programme"])]
        for unit in units:
            if unit[1] or unit[0] == "university":
                key = (row["survey"], row["wave"], *unit, question.block, question.id)
                expected[(key, point)] += 1
    found = Counter()
    for key, cell in cells.cells.items():
        for point, count in enumerate(cell.points, start=1):
            if count:
                found[(key, point)] = count
    assert found == expected and len(found) > 1000


def test_the_build_refuses_a_distribution_of_a_suppressed_or_forged_cell(tmp_path: Path):
    rows = group(0, 5, "F1", "P1") + group(100, 20, "F1", "P2") + group(200, 120, "F1", "P3")
    result = aggregate_rows(tmp_path / "raw", rows)
    folder = make_data_dir(tmp_path / "data", result.csv, {"F1": ["P1", "P2", "P3"]})
    shares = folder / "surveys" / "distributions.csv"
    shares.write_text(result.distributions, encoding="utf-8")
    assert load_survey_data(folder).distributions  # as written by the aggregation: accepted
    forged = [
        *(
            f"s1,2024-06,programme,P1,a,q1,{p},{'1.000' if p == 5 else '0.000'}"
            for p in range(1, 6)
        ),
        *(
            f"s1,2024-06,university,,a,q1,{p},{share}"
            for p, share in enumerate(("0.150", "0.150", "0.000", "0.000", "0.700"), start=1)
        ),
    ]
    kept = [line for line in result.distributions.splitlines() if ",university,,a,q1," not in line]
    shares.write_text("\n".join([*kept, *forged]) + "\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_survey_data(folder)
    text = str(caught.value)
    assert "the question row is suppressed" in text  # P1: primary
    assert "multiples of 0.100" in text  # 145 answers: 10 % steps, and 0.150 is none
