"""The attack on the published figures (core/disclosure_attack.py): the range each withheld
count still has, on cases built for it, and the applicants' figures protected by it."""

from __future__ import annotations

import random

import numpy as np
import pytest

from kazutb_transparency.applicants.figures import (
    PROTECTS_ANOTHER,
    PUBLISHED,
    SMALL_GROUP,
    Count,
    cells_of,
    publish,
    relations_of,
)
from kazutb_transparency.core import disclosure_attack
from kazutb_transparency.core.disclosure_attack import (
    Covers,
    Share,
    Solved,
    Sum,
    breaches,
    range_of,
    ranges,
)

MIN_N = 10


def test_subtraction_from_a_total_pins_the_hidden_part() -> None:
    values = {"total": 50, "a": 3, "b": 47}
    assert ranges(values, ["a"], [Sum("total", ("a", "b"))]) == {"a": (3.0, 3.0)}
    (breach,) = breaches(values, ["a"], [Sum("total", ("a", "b"))], MIN_N)
    assert breach.cell == "a" and breach.width == 0


def test_two_hidden_parts_hide_each_other_when_together_they_are_large() -> None:
    values = {"total": 50, "a": 3, "b": 12, "c": 35}
    found = ranges(values, ["a", "b"], [Sum("total", ("a", "b", "c"))])
    assert found == {"a": (0.0, 15.0), "b": (0.0, 15.0)}
    assert breaches(values, ["a", "b"], [Sum("total", ("a", "b", "c"))], MIN_N) == []
    # Together fewer than the minimum: each is known to within it.
    small = {"total": 40, "a": 3, "b": 4, "c": 33}
    assert {b.cell for b in breaches(small, ["a", "b"], [Sum("total", ("a", "b", "c"))], 10)} == {
        "a",
        "b",
    }


def test_a_remainder_keeps_an_inexact_sum_open() -> None:
    values = {"total": 50, "a": 3, "b": 40}
    relation = [Sum("total", ("a", "b"), exact=False)]  # 7 people in no listed part
    assert ranges(values, ["a"], relation) == {"a": (0.0, 10.0)}


def test_a_share_times_its_denominator_gives_the_count_back() -> None:
    # 39 entrants published, 26 completed withheld, but the share 0.667 published.
    values = {"entrants": 39, "completed": 26}
    relations = [Share("completed", "entrants", 0.667, 3)]
    ((low, high),) = ranges(values, ["completed"], relations).values()
    assert 25.9 < low <= 26 <= high < 26.1
    assert breaches(values, ["completed"], relations, MIN_N)


def test_the_cohort_still_studying_by_difference_of_two_shares() -> None:
    values = {"entrants": 39, "completed": 26, "dropped": 13, "continuing": 0}
    relations = [
        Sum("entrants", ("completed", "dropped", "continuing")),
        Share("completed", "entrants", 0.667),
        Share("dropped", "entrants", 0.333),
    ]
    found = ranges(values, ["completed", "dropped", "continuing"], relations)
    assert found["continuing"][1] < 1  # nobody is still studying: published by difference


def test_a_total_across_two_tables() -> None:
    # Table 1: the university = faculty 1 + faculty 2 (both withheld);
    # table 2: faculty 2 = its two programmes (published).
    values = {"university": 44, "f1": 4, "f2": 40, "p1": 20, "p2": 20}
    relations = [Sum("university", ("f1", "f2")), Sum("f2", ("p1", "p2"))]
    found = ranges(values, ["f1", "f2"], relations)
    assert found == {"f1": (4.0, 4.0), "f2": (40.0, 40.0)}
    # Each table alone leaves f1 between 0 and 44.
    assert ranges(values, ["f1", "f2"], relations[:1])["f1"] == (0.0, 44.0)


def test_a_two_way_table_needs_a_rectangle() -> None:
    # Rows r1, r2; columns c1, c2; margins published. One small cell hidden with only
    # its row partner and column partner: the fourth corner gives it back.
    cells = {("r1", "c1"): 3, ("r1", "c2"): 30, ("r2", "c1"): 25, ("r2", "c2"): 40}
    values = {**cells, "r1": 33, "r2": 65, "c1": 28, "c2": 70}
    relations = [
        Sum("r1", (("r1", "c1"), ("r1", "c2"))),
        Sum("r2", (("r2", "c1"), ("r2", "c2"))),
        Sum("c1", (("r1", "c1"), ("r2", "c1"))),
        Sum("c2", (("r1", "c2"), ("r2", "c2"))),
    ]
    three = [("r1", "c1"), ("r1", "c2"), ("r2", "c1")]
    assert breaches(values, three, relations, MIN_N)
    assert breaches(values, list(cells), relations, MIN_N) == []


def test_overlapping_parts_bound_the_whole_without_giving_it() -> None:
    values = {"all": 14, "q1": 12, "q2": 9}
    found = ranges(values, ["all", "q2"], [Covers("all", ("q1", "q2"))])
    assert found["all"][0] == 12 and found["q2"][1] == pytest.approx(np.inf)


def _grid(seed: int) -> tuple[dict, list]:
    """A random two-way table with its margins and an overlapping total per row."""
    rng = random.Random(seed)
    values: dict = {}
    relations: list = []
    for r in range(4):
        row = [(f"r{r}", f"c{c}") for c in range(4)]
        for cell in row:
            values[cell] = rng.choice([2, 5, 12, 30, 60])
        values[f"r{r}"] = sum(values[cell] for cell in row)
        # Respondents of overlapping items: at least the largest part, at most their sum.
        values[f"all{r}"] = max(values[cell] for cell in row) + rng.randint(0, 2)
        relations += [Sum(f"r{r}", tuple(row)), Covers(f"all{r}", tuple(row))]
    for c in range(4):
        column = tuple((f"r{r}", f"c{c}") for r in range(4))
        values[f"c{c}"] = sum(values[cell] for cell in column)
        relations.append(Sum(f"c{c}", column))
    return values, relations


@pytest.mark.parametrize("seed", range(4))
def test_the_range_of_one_cell_is_the_one_all_cells_are_solved_for(seed: int) -> None:
    values, relations = _grid(seed)
    hidden = [*[key for key in values if isinstance(key, tuple)][seed::3], "r1", "c2"]
    found = ranges(values, hidden, relations)
    for cell in hidden:
        assert range_of(values, hidden, relations, cell) == pytest.approx(found[cell]), cell
    assert range_of(values, hidden, [], hidden[0]) == (0.0, np.inf)  # nothing bounds it


@pytest.mark.parametrize("seed", range(4))
def test_rounds_that_withhold_more_find_the_breaches_of_a_fresh_attack(
    seed: int, monkeypatch
) -> None:
    """Rounds of suppression keep what they found (Solved): a cell once wide enough is not
    solved again, and every round still finds exactly the breaches of an attack from
    scratch."""
    values, relations = _grid(seed)
    cells = [key for key in values if isinstance(key, tuple)]
    random.Random(seed).shuffle(cells)
    known_sizes: list[int] = []
    solve = disclosure_attack._Program.ranges

    def spy(self, wide_enough, known):
        known_sizes.append(sum(cell in known for cell in self.cells))
        return solve(self, wide_enough, known)

    monkeypatch.setattr(disclosure_attack._Program, "ranges", spy)
    solved = Solved()
    for count in range(2, len(cells), 2):  # the withheld cells only grow, round by round
        hidden = cells[:count]
        again = {b.cell for b in breaches(values, hidden, relations, MIN_N, solved)}
        fresh = {b.cell for b in breaches(values, hidden, relations, MIN_N)}
        assert again == fresh, count
    assert solved.wide and any(known_sizes)  # wide cells came back known, not solved


def _students(faculty: str, programme: str, grant: int, fee: int) -> list[Count]:
    return [
        Count("students", "2026-2027", faculty, programme, {"funding": "grant"}, grant),
        Count("students", "2026-2027", faculty, programme, {"funding": "fee"}, fee),
    ]


def _no_breach(counts: list[Count], min_n: int, zero_publishable: bool = False) -> None:
    published = publish(counts, min_n, zero_publishable)
    cells, linked = cells_of(counts)
    values = {key: cell.n for key, cell in cells.items()}
    hidden = [key for key, value in published.values.items() if value is None]
    assert breaches(values, hidden, relations_of(cells, linked), min_n) == []
    for key, cell in cells.items():  # never a small count shown
        if published.values[key] is not None:
            assert cell.n >= min_n or (zero_publishable and cell.n == 0), key


def test_the_family_rule_alone_leaves_a_two_way_breach_that_publish_closes() -> None:
    counts = [
        *_students("f1", "A", 27, 3),
        *_students("f1", "B", 2, 2),
        *_students("f1", "C", 20, 15),
        *_students("f2", "D", 40, 12),
    ]
    _no_breach(counts, MIN_N)
    p = publish(counts, MIN_N)
    # Faculty f2 and its one programme stay published: protecting f1 needs nothing there.
    assert p.get("students", "2026-2027", ("programme", "D")) == 52
    assert p.status("students", "2026-2027", ("programme", "A"), "funding", "fee") == SMALL_GROUP
    assert p.status("students", "2026-2027", ("programme", "C")) == PROTECTS_ANOTHER
    assert p.status("students", "2026-2027", ("programme", "D")) == PUBLISHED


def test_a_zero_follows_the_policy() -> None:
    cohort = [
        Count("cohort", "2020", "f1", "A", {"outcome": "completed"}, 26),
        Count("cohort", "2020", "f1", "A", {"outcome": "dropped-out"}, 13),
        Count("cohort", "2020", "f1", "A", {"outcome": "continuing"}, 0),
    ]
    withheld = publish(cohort, MIN_N)
    unit = ("programme", "A")
    assert withheld.get("cohort", "2020", unit, "outcome", "continuing") is None
    # Not workable out by difference either: another part is withheld with it.
    assert withheld.get("cohort", "2020", unit, "outcome", "dropped-out") is None
    _no_breach(cohort, MIN_N)
    shown = publish(cohort, MIN_N, zero_publishable=True)
    assert shown.get("cohort", "2020", unit, "outcome", "continuing") == 0
    assert shown.get("cohort", "2020", unit, "outcome", "dropped-out") == 13


@pytest.mark.parametrize("seed", range(12))
def test_random_universities_publish_nothing_that_can_be_worked_out(seed: int) -> None:
    rng = random.Random(seed)
    counts = []
    for f in range(rng.randint(1, 4)):
        for p in range(rng.randint(1, 5)):
            small = rng.random() < 0.3
            grant, fee = (
                (rng.randint(0, 12), rng.randint(0, 12))
                if small
                else (
                    rng.randint(5, 80),
                    rng.randint(0, 60),
                )
            )
            counts += [c for c in _students(f"f{f}", f"P{f}{p}", grant, fee) if c.n > 0]
    _no_breach(counts, MIN_N)
