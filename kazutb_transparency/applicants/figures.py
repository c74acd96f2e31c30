"""Counts of people as the site publishes them: summed up to programmes, faculties and the
university, broken down by one characteristic at a time, then passed through the small-group
rule of `core.suppression` (the one the surveys use): no count below min-n is published,
directly or by subtraction from a published total.

A cell is (measure, period, unit type, unit, dimension, category); the total of a unit has
dimension and category "". The families the rule checks are:
- the university's total = its faculties' totals, a faculty's = its programmes' (and the
  same for each category of each breakdown: a faculty's grant students = its programmes');
- a unit's total = the categories of each of its breakdowns (funding, language, …).
Rates (employment, completion, degree holders) are shown only where the count they are a
share of is published too, since a rate times a published total gives the count back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from kazutb_transparency.core.disclosure_attack import Breach
from kazutb_transparency.core.disclosure_policy import (  # noqa: F401 (re-exported)
    NOT_APPLICABLE,
    NOT_COLLECTED,
    PROTECTS_ANOTHER,
    PUBLISHED,
    SMALL_GROUP,
    STATUSES,
)
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.suppression import (
    Family,
    attack_relations,
    suppress_and_attack,
)

CellKey = tuple[str, str, str, str, str, str]
UnitRef = tuple[str, str]  # ("university", ""), ("faculty", id), ("programme", code)
UNIVERSITY: UnitRef = ("university", "")


@dataclass(frozen=True)
class Count:
    """One input count at its finest level; `programme` is None for faculty-level counts."""

    measure: str
    period: str
    faculty: str
    programme: str | None
    parts: Mapping[str, str]  # dimension → category, e.g. {"funding": "grant"}
    n: int


@dataclass
class Cell:
    n: int = 0
    suppression: str = ""

    @property
    def suppressed(self) -> bool:
        return bool(self.suppression)


def _units(count: Count) -> list[UnitRef]:
    units = [UNIVERSITY, ("faculty", count.faculty)]
    return [*units, ("programme", count.programme)] if count.programme else units


def cells_of(counts: Iterable[Count]) -> tuple[dict[CellKey, Cell], list[Family[CellKey]]]:
    """Every cell the counts add up to, and the families that link them."""
    cells: dict[CellKey, Cell] = defaultdict(Cell)
    faculty_of: dict[tuple[str, str, str], str] = {}  # (measure, period, programme) → faculty
    categories: dict[tuple[str, str, str, str, str], set[str]] = defaultdict(set)
    for c in counts:
        if c.programme:
            faculty_of[(c.measure, c.period, c.programme)] = c.faculty
        for unit_type, unit in _units(c):
            cells[(c.measure, c.period, unit_type, unit, "", "")].n += c.n
            for dimension, category in c.parts.items():
                cells[(c.measure, c.period, unit_type, unit, dimension, category)].n += c.n
                categories[(c.measure, c.period, unit_type, unit, dimension)].add(category)
    # The faculties, breakdowns and programmes of each period, gathered in one pass each
    # (looked up for every breakdown of every faculty: a large university has 10⁵ cells).
    faculties_of: dict[tuple[str, str], list[str]] = defaultdict(list)
    parts_of: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(lambda: {("", "")})
    for key in cells:
        parts = parts_of[key[:2]]  # every period has its totals
        if key[4]:
            parts.add(key[4:])
        elif key[2] == "faculty":
            faculties_of[key[:2]].append(key[3])
    programmes_of: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for (measure, period, programme), faculty in faculty_of.items():
        programmes_of[(measure, period, faculty)].append(programme)
    linked: list[Family[CellKey]] = []
    for measure, period in sorted(parts_of):
        faculties = sorted(faculties_of[(measure, period)])
        programmes_in = {f: sorted(programmes_of[(measure, period, f)]) for f in faculties}
        # The unit tree holds for the totals and for each category of each breakdown alike
        # (a faculty's grant students = its programmes' grant students).
        for dimension, category in sorted(parts_of[(measure, period)]):

            def cell(unit_type: str, unit: str) -> CellKey:
                return (measure, period, unit_type, unit, dimension, category)  # noqa: B023

            faculties_in = tuple(
                cell("faculty", f) for f in faculties if cell("faculty", f) in cells
            )
            if cell(*UNIVERSITY) in cells:
                linked.append(Family(cell(*UNIVERSITY), faculties_in, True))
            for faculty in faculties:
                children = tuple(
                    cell("programme", p)
                    for p in programmes_in[faculty]
                    if cell("programme", p) in cells
                )
                if children and cell("faculty", faculty) in cells:
                    linked.append(Family(cell("faculty", faculty), children, True))
    for (measure, period, unit_type, unit, dimension), found in sorted(categories.items()):
        children = tuple((measure, period, unit_type, unit, dimension, c) for c in sorted(found))
        linked.append(Family((measure, period, unit_type, unit, "", ""), children, True))
    return dict(cells), linked


_STATUS_OF_SUPPRESSION = {"primary": SMALL_GROUP, "secondary": PROTECTS_ANOTHER}


@dataclass(frozen=True)
class Published:
    """The counts that may be shown: a suppressed cell reads as None, an absent one too;
    `withheld` says why each suppressed cell is (primary or secondary)."""

    values: Mapping[CellKey, int | None] = field(default_factory=dict)
    min_n: int = 10
    withheld: Mapping[CellKey, str] = field(default_factory=dict)
    # Indexes of `values` (pages ask per unit, hundreds of times a build).
    _periods: dict[tuple[str, str, str], list[str]] = field(default_factory=dict, repr=False)
    _categories: dict[tuple[str, ...], list[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        periods: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        categories: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for measure, period, unit_type, unit, dimension, category in self.values:
            if dimension:
                categories[(measure, period, unit_type, unit, dimension)].append(category)
            else:
                periods[(measure, unit_type, unit)].add(period)
        self._periods.update({k: sorted(v) for k, v in periods.items()})
        self._categories.update({k: sorted(v) for k, v in categories.items()})

    def get(
        self, measure: str, period: str, unit: UnitRef, dimension: str = "", category: str = ""
    ) -> int | None:
        return self.values.get((measure, period, *unit, dimension, category))

    def status(
        self, measure: str, period: str, unit: UnitRef, dimension: str = "", category: str = ""
    ) -> str:
        """published, small-group, protects-another or not-collected, for one count."""
        key = (measure, period, *unit, dimension, category)
        if key not in self.values:
            return NOT_COLLECTED
        return _STATUS_OF_SUPPRESSION.get(self.withheld.get(key, ""), PUBLISHED)

    def share_status(
        self, measure: str, period: str, unit: UnitRef, dimension: str, category: str
    ) -> str:
        """Why `share` is or is not shown."""
        return ratio_status(
            self.status(measure, period, unit, dimension, category),
            self.status(measure, period, unit),
        )

    def rate_status(
        self, measure: str, period: str, unit: UnitRef, dimension: str, yes: str, no: str
    ) -> str:
        """Why `rate` is or is not shown (a rate of no one has no meaning)."""
        found = ratio_status(
            self.status(measure, period, unit, dimension, yes),
            self.status(measure, period, unit, dimension, no),
        )
        if found == PUBLISHED and self.rate(measure, period, unit, dimension, yes, no) is None:
            return NOT_APPLICABLE
        return found

    def known(self, measure: str, period: str, unit: UnitRef) -> bool:
        """The unit has data for that period (published or suppressed)."""
        return (measure, period, *unit, "", "") in self.values

    def categories(self, measure: str, period: str, unit: UnitRef, dimension: str) -> list[str]:
        return self._categories.get((measure, period, *unit, dimension), [])

    def periods(self, measure: str, unit: UnitRef = UNIVERSITY) -> list[str]:
        return self._periods.get((measure, *unit), [])

    def share(
        self, measure: str, period: str, unit: UnitRef, dimension: str, category: str
    ) -> float | None:
        """category / total, only when both counts are published."""
        part = self.get(measure, period, unit, dimension, category)
        total = self.get(measure, period, unit)
        if part is None or not total:
            return None
        return part / total

    def rate(
        self, measure: str, period: str, unit: UnitRef, dimension: str, yes: str, no: str
    ) -> float | None:
        """yes / (yes + no) of one breakdown, only when both counts are published (other
        categories, such as "unknown", are left out of the rate)."""
        a = self.get(measure, period, unit, dimension, yes)
        b = self.get(measure, period, unit, dimension, no)
        if a is None or b is None or a + b == 0:
            return None
        return a / (a + b)


def ratio_status(*statuses: str) -> str:
    """The status of a figure computed from counts (a share, a rate, a ratio): published
    when they all are, else the strongest reason among theirs (a share of a small group
    would show the group)."""
    for reason in (SMALL_GROUP, PROTECTS_ANOTHER, NOT_COLLECTED, NOT_APPLICABLE):
        if reason in statuses:
            return reason
    return PUBLISHED


def publish(counts: Iterable[Count], min_n: int, zero_publishable: bool = False) -> Published:
    """Suppress small groups (primary and secondary), then attack what would be published
    and suppress more wherever a withheld count could still be worked out to within the
    minimum group (core/suppression.py); raises DataError if that cannot be done."""
    cells, linked = cells_of(counts)
    unprotected = suppress_and_attack(cells, linked, min_n, zero_publishable=zero_publishable)
    if unprotected:
        raise DataError([_unprotected(breach) for breach in unprotected])
    return Published(
        {k: None if c.suppressed else c.n for k, c in cells.items()},
        min_n,
        {k: c.suppression for k, c in cells.items() if c.suppressed},
    )


def relations_of(cells: Mapping[CellKey, Cell], linked: Iterable[Family[CellKey]]) -> list:
    """The families as the attack reads them (core/suppression.py)."""
    return attack_relations(cells, linked)


def _unprotected(breach: Breach) -> Problem:
    measure, period, unit_type, unit, dimension, category = breach.cell  # type: ignore[misc]
    where = " ".join(
        part for part in (measure, period, unit_type, unit, dimension, category) if part
    )
    return Problem(
        "data/applicants",
        f"the withheld count {where!r} could still be worked out from the published figures "
        f"(between {breach.low:.0f} and {breach.high:.0f})",
        hint="report this: the small-group rule could not protect it",
    )
