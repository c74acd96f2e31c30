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
from dataclasses import dataclass, field

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
Range = tuple[float, float]


@dataclass
class Solved:
    """What earlier calls of `ranges` found, kept between the rounds of a suppression: the
    same values and relations, the withheld cells only ever more (see `ranges`)."""

    components: dict[frozenset, dict[Hashable, Range]] = field(default_factory=dict)
    # Cells seen at least `wide_enough` wide. Withholding one more cell turns a published
    # number into a variable, and every earlier solution stays one (that cell at its true
    # value): a range can only widen from round to round, so these are not solved again.
    wide: dict[Hashable, Range] = field(default_factory=dict)


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
    and `wide_enough` and withheld cells that only grow (rounds of suppression): a component
    is the same program while its withheld cells are the same, and a cell once wide enough
    stays so."""
    withheld = set(hidden)
    rows = _constraints(values, withheld, relations)
    found: dict[Hashable, tuple[float, float]] = {cell: (0.0, np.inf) for cell in withheld}
    for component, component_rows in _components(withheld, rows):
        key = frozenset(component)
        result = solved.components.get(key) if solved is not None else None
        if result is None:
            known = solved.wide if solved is not None else {}
            result = _Program(component, component_rows).ranges(wide_enough, known)
            if solved is not None:
                solved.components[key] = result
        found.update(result)
    if solved is not None and wide_enough is not None:
        solved.wide.update((c, r) for c, r in found.items() if r[1] - r[0] >= wide_enough)
    return found


def range_of(
    values: Mapping[Hashable, int],
    hidden: Iterable[Hashable],
    relations: Iterable[Relation],
    cell: Hashable,
) -> tuple[float, float]:
    """The smallest and the largest value one withheld cell can take, as `ranges` finds
    them, from the two programs of that cell alone (not one pair per withheld cell)."""
    withheld = set(hidden)
    rows = _constraints(values, withheld, relations)
    for component, component_rows in _components(withheld, rows):
        if cell in component:
            return _Program(component, component_rows).range_of(cell)
    return 0.0, np.inf


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


def _constraints(
    values: Mapping[Hashable, int], withheld: set, relations: Iterable[Relation]
) -> list[_Row]:
    """The constraints of the relations that bind at least one withheld cell."""
    return [
        row
        for relation in relations
        if not withheld.isdisjoint(_cells(relation))  # all published: it binds nothing
        for row in _rows(relation, values, withheld)
        if any(key is not None for key in row[0])
    ]


def _cells(relation: Relation) -> tuple[Hashable, ...]:
    if isinstance(relation, Sum):
        return (relation.parent, *relation.children)
    if isinstance(relation, Covers):
        return (relation.whole, *relation.parts)
    return (relation.part, relation.whole)


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
        # All rows in one call (compressed by row): a call per row cost more than the solves.
        lower, upper, starts, columns, values = [], [], [], [], []
        for row, equal in rows:
            constant = -row.get(None, 0.0)  # the published side, moved to the right
            starts.append(len(columns))
            for key, coefficient in row.items():
                if key is not None:
                    columns.append(self.index[key])
                    values.append(coefficient)
            lower.append(constant if equal else -highspy.kHighsInf)
            upper.append(constant)
        self.solver.addRows(
            len(rows),
            np.array(lower, dtype=np.float64),
            np.array(upper, dtype=np.float64),
            len(columns),
            np.array(starts, dtype=np.int32),
            np.array(columns, dtype=np.int32),
            np.array(values, dtype=np.float64),
        )
        self.all_columns = np.arange(size, dtype=np.int32)

    def _optimum(self, objective: np.ndarray) -> np.ndarray | None:
        """The solution minimising `objective`, or None (unbounded or infeasible)."""
        self.solver.changeColsCost(len(objective), self.all_columns, objective)
        self.solver.run()
        if self.solver.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return None
        return np.asarray(self.solver.getSolution().col_value)

    def range_of(self, cell: Hashable) -> tuple[float, float]:
        objective = np.zeros(len(self.cells))
        i = self.index[cell]
        objective[i] = -1.0
        point = self._optimum(objective)
        high = float(point[i]) if point is not None else np.inf
        objective[i] = 1.0
        point = self._optimum(objective)
        low = float(point[i]) if point is not None else 0.0
        return low, high

    def ranges(
        self, wide_enough: float | None, known: Mapping[Hashable, Range]
    ) -> dict[Hashable, Range]:
        """Each cell's range; cells in `known` (found wide enough before) start from the
        range found then and are not solved again."""
        size = len(self.cells)
        low = np.full(size, np.inf)
        high = np.full(size, -np.inf)
        if wide_enough is not None:
            for i, cell in enumerate(self.cells):
                if cell in known:
                    low[i], high[i] = known[cell]

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
        # The programs are small: one thread, without the pool's waits on a busy machine.
        _highs.setOptionValue("threads", 1)
        # Primal simplex: a new objective leaves the last basis feasible, so each solve
        # starts from a feasible point (about half the dual simplex's time here).
        _highs.setOptionValue("simplex_strategy", 4)
    return _highs
