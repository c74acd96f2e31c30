"""An attack on what the site publishes: for every withheld count, the range of values the
published figures still allow.

The small-group rule (core/suppression.py) decides family by family; a reader with every
open-data file and page can combine them: a total across two tables, a breakdown whose
categories cross the unit tree, a share times its denominator. This module does what such
a reader would, exactly: each withheld count is a variable (at least 0), each published
relation a linear constraint over the variables and the published values, and a linear
program (HiGHS) finds the smallest and the largest value each withheld count can
take. A range narrower than the minimum group means the count is, in effect, published.

Relations:
- `Sum`: parent = the sum of its children, exactly (the categories of a breakdown, the
  faculties of the university) or with an unknown remainder of at least 0 (`exact=False`:
  people in no listed part);
- `Covers`: parts that overlap (respondents of several questions): each part is at most the
  whole, and the whole at most their sum;
- `Share`: part / whole published as a share rounded to `decimals` places.

Only the variables linked to one another by relations are solved together (connected
components), so the programs stay small however large the site.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

import highspy
import numpy as np


@dataclass(frozen=True)
class Sum:
    parent: Hashable
    children: tuple[Hashable, ...]
    exact: bool = True


@dataclass(frozen=True)
class Covers:
    whole: Hashable
    parts: tuple[Hashable, ...]


@dataclass(frozen=True)
class Share:
    part: Hashable
    whole: Hashable
    value: float
    decimals: int = 3


Relation = Sum | Covers | Share
# Ranges found per component (its withheld cells), kept between calls: see `ranges`.
Solved = dict[frozenset, dict[Hashable, tuple[float, float]]]


@dataclass(frozen=True)
class Breach:
    """A withheld count the published figures pin down to [low, high]."""

    cell: Hashable
    low: float
    high: float

    @property
    def width(self) -> float:
        return self.high - self.low


# One linear constraint: {variable or None (the constant side): coefficient}, and whether
# it is an equality (== 0) or an inequality (<= 0).
_Row = tuple[dict[Hashable, float], bool]


def _rows(relation: Relation, values: Mapping[Hashable, int], hidden: set) -> Iterable[_Row]:
    """The constraints a relation puts on the withheld cells (published cells are numbers)."""

    def term(row: dict[Hashable, float], cell: Hashable, coefficient: float) -> None:
        key = cell if cell in hidden else None
        amount = coefficient if cell in hidden else coefficient * values[cell]
        row[key] = row.get(key, 0.0) + amount

    if isinstance(relation, Sum):
        row: dict[Hashable, float] = {}
        term(row, relation.parent, -1.0)
        for child in relation.children:
            term(row, child, 1.0)
        yield row, relation.exact  # Σ children − parent == 0 (or <= 0: a remainder)
    elif isinstance(relation, Covers):
        for part in relation.parts:
            row = {}
            term(row, part, 1.0)
            term(row, relation.whole, -1.0)
            yield row, False  # part − whole <= 0
        row = {}
        term(row, relation.whole, 1.0)
        for part in relation.parts:
            term(row, part, -1.0)
        yield row, False  # whole − Σ parts <= 0
    else:
        half = 0.5 * 10.0**-relation.decimals
        high, low = {}, {}
        term(high, relation.part, 1.0)
        term(high, relation.whole, -(relation.value + half))
        term(low, relation.whole, relation.value - half)
        term(low, relation.part, -1.0)
        yield high, False  # part <= (share + ½ unit) × whole
        yield low, False  # part >= (share − ½ unit) × whole


def ranges(
    values: Mapping[Hashable, int],
    hidden: Iterable[Hashable],
    relations: Iterable[Relation],
    wide_enough: float | None = None,
    solved: Solved | None = None,
) -> dict[Hashable, tuple[float, float]]:
    """The smallest and the largest value each withheld cell can take, given the published
    values (`values` of the cells not in `hidden`) and the relations; a cell that no
    relation bounds from above has high = inf.

    With `wide_enough`, a cell is solved exactly only while the values it was seen to take
    (in the solutions found for other cells) span less than that; a range returned for the
    others is the span seen, narrower than or equal to the exact one.

    `solved` keeps each component's ranges between calls with the same values, relations
    and `wide_enough` (rounds of suppression): a component is the same program while its
    withheld cells are the same."""
    withheld = set(hidden)
    rows = [
        row
        for relation in relations
        for row in _rows(relation, values, withheld)
        if any(key is not None for key in row[0])
    ]
    found: dict[Hashable, tuple[float, float]] = {cell: (0.0, np.inf) for cell in withheld}
    for component, component_rows in _components(withheld, rows):
        key = frozenset(component)
        result = solved.get(key) if solved is not None else None
        if result is None:
            result = _Program(component, component_rows).ranges(wide_enough)
            if solved is not None:
                solved[key] = result
        found.update(result)
    return found


def breaches(
    values: Mapping[Hashable, int],
    hidden: Iterable[Hashable],
    relations: Iterable[Relation],
    min_n: int,
    solved: Solved | None = None,
) -> list[Breach]:
    """The withheld cells whose range is narrower than the minimum group."""
    return [
        Breach(cell, low, high)
        for cell, (low, high) in ranges(values, hidden, relations, min_n, solved).items()
        if high - low < min_n - 1e-6
    ]


def _components(
    cells: set[Hashable], rows: list[_Row]
) -> Iterable[tuple[list[Hashable], list[_Row]]]:
    """The withheld cells in groups linked by constraints, each with its constraints."""
    parent = {cell: cell for cell in cells}

    def root(cell: Hashable) -> Hashable:
        while parent[cell] != cell:
            parent[cell] = parent[parent[cell]]
            cell = parent[cell]
        return cell

    for row, _ in rows:
        linked = [key for key in row if key is not None]
        for other in linked[1:]:
            parent[root(other)] = root(linked[0])
    members: dict[Hashable, list[Hashable]] = {}
    for cell in cells:
        members.setdefault(root(cell), []).append(cell)
    constraints: dict[Hashable, list[_Row]] = {}
    for row in rows:
        first = next(key for key in row[0] if key is not None)
        constraints.setdefault(root(first), []).append(row)
    for key, group in members.items():
        if key in constraints:
            yield group, constraints[key]


class _Program:
    """The linear program of one component, built once in HiGHS and solved again for each
    objective from the last solution (a warm start: a few pivots instead of a new solve)."""

    def __init__(self, cells: list[Hashable], rows: list[_Row]) -> None:
        self.cells = cells
        self.index = {cell: i for i, cell in enumerate(cells)}
        self.solver = _solver()
        self.solver.clearModel()
        size = len(cells)
        self.solver.addVars(size, np.zeros(size), np.full(size, highspy.kHighsInf))
        for row, equal in rows:
            constant = -row.get(None, 0.0)  # the published side, moved to the right
            terms = [(self.index[key], c) for key, c in row.items() if key is not None]
            columns = np.array([t[0] for t in terms], dtype=np.int32)
            values = np.array([t[1] for t in terms], dtype=np.float64)
            lower = constant if equal else -highspy.kHighsInf
            self.solver.addRow(lower, constant, len(terms), columns, values)
        self.all_columns = np.arange(size, dtype=np.int32)

    def _optimum(self, objective: np.ndarray) -> np.ndarray | None:
        """The solution minimising `objective`, or None (unbounded or infeasible)."""
        self.solver.changeColsCost(len(objective), self.all_columns, objective)
        self.solver.run()
        if self.solver.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return None
        return np.asarray(self.solver.getSolution().col_value)

    def ranges(self, wide_enough: float | None) -> dict[Hashable, tuple[float, float]]:
        size = len(self.cells)
        low = np.full(size, np.inf)
        high = np.full(size, -np.inf)

        def seen(point: np.ndarray | None) -> None:
            if point is not None:
                np.minimum(low, point, out=low)
                np.maximum(high, point, out=high)

        if wide_enough is not None:
            # Solutions far apart show most cells wide at once (each costs one program): all
            # cells at their smallest, then the undecided ones pushed up together, each
            # with its own weight so that cells summing to one total part ways.
            seen(self._optimum(np.ones(size)))
            rng = np.random.default_rng(size)
            stalled = 0
            while stalled < 10:
                undecided = high - low < wide_enough
                if not undecided.any():
                    break
                before = int(undecided.sum())
                push = np.where(undecided, rng.uniform(0.5, 1.5, size), 0.0)
                seen(self._optimum(-push if stalled % 2 == 0 else push))
                stalled = stalled + 1 if int((high - low < wide_enough).sum()) >= before else 0
        for i in range(size):
            if wide_enough is not None and high[i] - low[i] >= wide_enough:
                continue
            objective = np.zeros(size)
            objective[i] = -1.0  # the largest value first: the smallest is most often 0
            point = self._optimum(objective)
            seen(point)
            high[i] = point[i] if point is not None else np.inf
            if wide_enough is not None and high[i] - low[i] >= wide_enough:
                continue
            objective[i] = 1.0
            point = self._optimum(objective)
            seen(point)
            low[i] = point[i] if point is not None else 0.0
        return {cell: (float(low[i]), float(high[i])) for cell, i in self.index.items()}


_highs: highspy.Highs | None = None


def _solver() -> highspy.Highs:
    """One HiGHS instance for the process, silent. Its first construction prints a banner
    on the process's standard output, from C++: the descriptor is pointed away for it."""
    global _highs
    if _highs is None:
        sys.stdout.flush()
        saved = os.dup(1)
        try:
            with open(os.devnull, "w") as devnull:
                os.dup2(devnull.fileno(), 1)
                _highs = highspy.Highs()
        finally:
            os.dup2(saved, 1)
            os.close(saved)
        _highs.setOptionValue("output_flag", False)
    return _highs
