"""Primary and secondary suppression of small groups in the survey indicators.

The rule itself is `core.suppression` (shared with every other published count); this module
says how survey cells are linked. Cells are linked in two ways, and both are families
"parent = sum of children":
- units: university = its faculties (+ respondents without a faculty), faculty = its
  programmes (+ respondents without a programme); the parts are disjoint;
- items, within one unit: block = its questions, overall = its blocks (valid and positive
  answers add up; respondents overlap, so hidden groups are measured by their union).

A unit withheld to protect another is withheld whole, at every item of its wave. Most people
answer every question, so each published row of a unit bounds its other rows from above and
below to within a few people: a unit withheld at one question only would still be published,
by its block and its other questions. For the same reason the unit withheld is, among the
candidates, the one with the most rows withheld already, then the smallest.

Then the attack (surveys/attack.py, core/disclosure_attack.py) reads the published rows as a
reader with all of them would, and while a withheld count can be worked out to within min-n,
one more unit near it is withheld whole.

The internal counts drive the rule and are never published.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from kazutb_transparency.core.disclosure_attack import Solved, breaches, range_of
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.suppression import (
    MAX_ROUNDS,
    Family,
    suppress_families,
)
from kazutb_transparency.surveys import attack
from kazutb_transparency.surveys.aggregate import Aggregate, Cell, Key, Wave
from kazutb_transparency.surveys.codes import OVERALL

WaveUnit = tuple[str, str, str, str]  # survey, wave, unit_type, unit


def families(waves: list[Wave]) -> list[Family[Key]]:
    found: list[Family[Key]] = []
    for wave in waves:
        for item in wave.items():
            for parent, children in attack.unit_tree(wave):
                if children:
                    found.append(
                        Family(
                            wave.key(parent, item),
                            tuple(wave.key(c, item) for c in children),
                            disjoint=True,
                        )
                    )
        for unit in wave.units():
            for block, questions in wave.blocks.items():
                found.append(
                    Family(
                        wave.key(unit, (block, "")),
                        tuple(wave.key(unit, (block, q)) for q in questions),
                        disjoint=False,
                    )
                )
            found.append(
                Family(
                    wave.key(unit, (OVERALL, "")),
                    tuple(wave.key(unit, (block, "")) for block in wave.blocks),
                    disjoint=False,
                )
            )
    return found


class _Units:
    """The rows of each unit of a wave, to withhold a unit whole and to choose which."""

    def __init__(self, aggregate: Aggregate) -> None:
        self.cells = aggregate.cells
        self.rows: dict[WaveUnit, list[Key]] = defaultdict(list)
        for key in self.cells:
            self.rows[key[:4]].append(key)
        self.family: dict[WaveUnit, tuple[WaveUnit, ...]] = {}  # a unit → its siblings
        self.parent: dict[WaveUnit, WaveUnit] = {}
        for wave in aggregate.waves:
            for parent, children in attack.unit_tree(wave):
                members = tuple((wave.survey, wave.wave, *c) for c in children)
                for member in members:
                    self.family[member] = members
                    self.parent[member] = (wave.survey, wave.wave, *parent)

    def _cell(self, unit: WaveUnit) -> Cell:
        return self.cells[(*unit, OVERALL, "")]

    def withheld_rows(self, unit: WaveUnit) -> int:
        return sum(self.cells[k].suppressed for k in self.rows[unit])

    def prefer(self, key: Key) -> tuple[int, int, int, Key]:
        unit = key[:4]
        return (-self.withheld_rows(unit), self._cell(unit).n, self.cells[key].n, key)

    def spread(self, family: Family[Key], key: Key) -> Iterable[Key]:
        return self.rows[key[:4]] if family.disjoint else (key,)

    def shown(self, unit: WaveUnit) -> bool:
        return self.withheld_rows(unit) < len(self.rows[unit])

    def withhold(self, unit: WaveUnit) -> None:
        for row in self.rows[unit]:
            if not self.cells[row].suppressed:
                self.cells[row].suppression = "secondary"


class _Protection:
    """One more withheld row or unit beside a count the attack pinned down."""

    def __init__(self, aggregate: Aggregate) -> None:
        self.cells = aggregate.cells
        self.units = _Units(aggregate)
        self.within = attack.item_relations(aggregate.waves)
        self.relations = attack.relations(aggregate.waves, self.cells)
        self.values = attack.values(self.cells)
        # The answer for a row and its unit's withheld rows: a breach the rounds leave
        # alone (its unit was touched) is asked about again, with the same rows withheld.
        self.pinned: dict[tuple[Key, frozenset[Key]], bool] = {}

    def pinned_within(self, key: Key, min_n: int) -> bool:
        """Whether the unit's own rows pin the count, whatever the other units publish."""
        unit = key[:4]
        hidden = [k for k in self.units.rows[unit] if self.cells[k].suppressed]
        asked = (key, frozenset(hidden))
        if asked not in self.pinned:
            low, high = range_of(self.values, hidden, self.within[unit], key)
            self.pinned[asked] = high - low < min_n - 1e-6
        return self.pinned[asked]

    def row_above(self, key: Key) -> Key | None:
        """The published row nearest above a row of a unit: its block, the overall row, else
        the unit's smallest published row."""
        unit, (block, question) = key[:4], key[4:]
        totals = [(*unit, block, "")] if question else []
        for total in (*totals, (*unit, OVERALL, "")):
            if not self.cells[total].suppressed:
                return total
        shown = [k for k in self.units.rows[unit] if not self.cells[k].suppressed]
        return min(shown, key=lambda k: (self.cells[k].n, k)) if shown else None

    def protect(self, key: Key, touched: set[WaveUnit], min_n: int) -> bool:
        """Pinned by the unit's own rows: the row above it is withheld. Pinned across units:
        a sibling unit is withheld whole, else the unit itself, else its parent. Waits
        (True, nothing done) when a unit protected in this round is that close; False when
        nothing is left to withhold."""
        if self.pinned_within(key, min_n) and (above := self.row_above(key)):
            self.cells[above].suppression = "secondary"
            return True
        units = self.units
        unit = key[:4]
        parent = units.parent.get(unit)
        if unit in touched:
            return True
        siblings = [u for u in units.family.get(unit, ()) if u != unit and units.shown(u)]
        if siblings:
            chosen = min(siblings, key=lambda u: units.prefer((*u, OVERALL, "")))
        elif units.shown(unit):
            chosen = unit
        elif parent and units.shown(parent):
            chosen = parent
        else:
            return False
        units.withhold(chosen)
        # The units this one pairs with are not paired again in this round.
        touched |= {unit, chosen}
        return True


def suppress(aggregate: Aggregate, min_n: int) -> None:
    """Mark cells `primary` or `secondary` in place; raises DataError if a withheld count
    cannot be protected (not met on any data tried)."""
    cells = aggregate.cells
    linked = families(aggregate.waves)
    protection = _Protection(aggregate)
    units = protection.units

    def rule() -> None:
        suppress_families(
            cells, linked, min_n, aggregate.together, prefer=units.prefer, spread=units.spread
        )

    rule()
    solved = Solved()  # what the rounds before found is not solved again
    for _ in range(MAX_ROUNDS):
        withheld = attack.withheld(cells)
        found = breaches(protection.values, withheld, protection.relations, min_n, solved)
        if not found:
            return
        touched: set[WaveUnit] = set()
        narrowest = sorted(found, key=lambda b: (b.width, repr(b.cell)))
        if not all([protection.protect(b.cell, touched, min_n) for b in narrowest]):
            break
        rule()
    breach = found[0]
    raise DataError(
        [
            Problem(
                "surveys",
                f"the withheld respondents of {' '.join(breach.cell)} can still be worked out "
                f"to {breach.low:g}–{breach.high:g} from the published rows",
                hint="report this to the site's maintainers with the survey files",
            )
        ]
    )
