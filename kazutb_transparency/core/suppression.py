"""The small-group rule every published count follows: primary and secondary suppression.

Primary: a cell with fewer than min-n people is not published (a zero too, unless the
policy, data/disclosure.yaml, makes zeros publishable).

Secondary: a published total minus its published parts must not give away a hidden part.
Cells are linked in families "parent = sum of children". A family is unsafe when its parent
is published and the hidden part (suppressed children plus any unassigned remainder) is not
empty and either comes from exactly one suppressed child or has fewer than min-n people
(a hidden part of exactly 0 counts too while zeros are not publishable); or
when its parent is suppressed but every child is published, so that the parent is their sum.
An unsafe family gets its published child with the fewest people suppressed (the parent
itself when no child is left); all families are re-checked until nothing changes.

Then the attack (`suppress_and_attack`): what the rule leaves published is read as a reader
with every table would (core/disclosure_attack.py), and wherever a withheld cell can still
be worked out to within min-n (a two-way table, an overlap of items), one more neighbouring
cell is suppressed, the narrowest breach first, until none is left.

The survey engine (respondents), the applicants' figures (students, graduates, staff) and
the appeals' counts all call `suppress_and_attack`, so one rule protects every count the
site publishes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from kazutb_transparency.core.disclosure_attack import Breach, Covers, Relation, Sum, breaches

K = TypeVar("K", bound=Hashable)


class Counted(Protocol):
    """A cell: its internal count (never published when suppressed) and its suppression."""

    n: int
    suppression: str  # "", "primary" or "secondary"

    @property
    def suppressed(self) -> bool: ...


@dataclass(frozen=True)
class Family(Generic[K]):
    parent: K
    children: tuple[K, ...]
    disjoint: bool  # True when the children partition the parent's people


# How many people several hidden cells of an overlapping family hold together.
Together = Callable[[list[K]], int]
# Which published child to withhold first: the smallest by this key.
Prefer = Callable[[K], object]
# The cells withheld with the chosen one (a survey withholds a unit whole, see
# surveys/suppression.py): the family it was chosen in, and the cell.
Spread = Callable[[Family[K], K], Iterable[K]]


def _hidden_size(
    family: Family[K], cells: Mapping[K, Counted], hidden: list[K], together: Together | None
) -> int:
    if family.disjoint:
        remainder = cells[family.parent].n - sum(cells[c].n for c in family.children)
        return remainder + sum(cells[c].n for c in hidden)
    if len(hidden) < 2 or together is None:
        return sum(cells[c].n for c in hidden)
    return together(hidden)  # overlapping: each person once


def to_suppress(
    family: Family[K],
    cells: Mapping[K, Counted],
    min_n: int,
    together: Together | None = None,
    zero_publishable: bool = False,
    prefer: Prefer[K] | None = None,
) -> K | None:
    """The next cell to suppress so that this family gives nothing away, or None if safe."""
    parent = cells[family.parent]
    hidden = [c for c in family.children if cells[c].suppressed]
    published = [c for c in family.children if not cells[c].suppressed]
    if parent.suppressed:
        if hidden or not published or parent.n == 0:
            return None
    else:
        size = _hidden_size(family, cells, hidden, together)
        # Nothing hidden, or a hidden part of 0 that may be shown: nothing to give away.
        if size == 0 and (zero_publishable or not hidden):
            return None
        if size > 0 and len(hidden) != 1 and size >= min_n:
            return None
        if not published:
            return family.parent
    return min(published, key=prefer or (lambda c: (cells[c].n, c)))


def suppress_families(
    cells: Mapping[K, Counted],
    linked: Sequence[Family[K]],
    min_n: int,
    together: Together | None = None,
    zero_publishable: bool = False,
    prefer: Prefer[K] | None = None,
    spread: Spread[K] | None = None,
) -> None:
    """Mark cells `primary` or `secondary` in place."""
    for cell in cells.values():
        if cell.n < min_n and not (zero_publishable and cell.n == 0):
            cell.suppression = "primary"
    changed = True
    while changed:
        changed = False
        for family in linked:
            while (
                key := to_suppress(family, cells, min_n, together, zero_publishable, prefer)
            ) is not None:
                for withheld in spread(family, key) if spread else (key,):
                    if not cells[withheld].suppressed:
                        cells[withheld].suppression = "secondary"
                changed = True


MAX_ROUNDS = 500


def attack_relations(cells: Mapping[K, Counted], linked: Iterable[Family[K]]) -> list[Relation]:
    """The families as a reader knows them: disjoint parts that hold all their parent's
    people an exact sum, with people in no listed part a sum with a remainder of at least
    0; overlapping parts (respondents of several questions) bounds of their whole."""
    return [
        Sum(f.parent, f.children, cells[f.parent].n == sum(cells[c].n for c in f.children))
        if f.disjoint
        else Covers(f.parent, f.children)
        for f in linked
    ]


def suppress_and_attack(
    cells: Mapping[K, Counted],
    linked: Sequence[Family[K]],
    min_n: int,
    together: Together | None = None,
    zero_publishable: bool = False,
) -> list[Breach]:
    """`suppress_families`, then the attack and more suppression until no withheld cell
    can be worked out to within min_n; returns the breaches left (none, normally)."""
    suppress_families(cells, linked, min_n, together, zero_publishable)
    relations = attack_relations(cells, linked)
    values = {key: cell.n for key, cell in cells.items()}
    families_of: dict[K, list[Family[K]]] = {}
    for family in linked:
        for member in (family.parent, *family.children):
            families_of.setdefault(member, []).append(family)
    found: list[Breach] = []
    for _ in range(MAX_ROUNDS):
        hidden = [key for key, cell in cells.items() if cell.suppressed]
        found = breaches(values, hidden, relations, min_n) if hidden else []
        if not found:
            return []
        # The narrowest first, and one per neighbourhood in a round: one more hidden cell
        # often widens its neighbours' ranges too.
        touched: set[K] = set()
        protected = 0
        for breach in sorted(found, key=lambda b: (b.width, repr(b.cell))):
            around = _protect(breach.cell, cells, families_of, touched)
            protected += around is not None
            touched |= around or set()
        if not protected:
            return found  # nothing left to suppress next to them
        suppress_families(cells, linked, min_n, together, zero_publishable)
    return found


def _protect(
    key: K,
    cells: Mapping[K, Counted],
    families_of: Mapping[K, list[Family[K]]],
    touched: set[K],
) -> set[K] | None:
    """Suppress one more published cell near the breached one: the smallest of its siblings
    first (a part of the same total), else of its own parts, else a total it is part of
    (suppressing a total spreads upwards, so it comes last); with none of those published,
    the nearest published cell one family further, and so on. Nothing when a cell protected
    in this round is in the same neighbourhood. Returns the neighbourhood, or None."""
    siblings: set[K] = set()
    parts: set[K] = set()
    totals: set[K] = set()
    for family in families_of.get(key, []):
        if key in family.children:
            siblings.update(family.children)
            totals.add(family.parent)
        else:
            parts.update(family.children)
    around = siblings | parts | totals
    if around & touched:
        return set()
    reached = {key} | around
    frontier = [siblings, parts, totals]
    for _ in range(6):
        for candidates in frontier:
            shown = [c for c in candidates if c != key and not cells[c].suppressed]
            if shown:
                chosen = min(shown, key=lambda c: (cells[c].n, repr(c)))
                cells[chosen].suppression = "secondary"
                return around
        further = {
            member
            for cell in set().union(*frontier)
            for family in families_of.get(cell, [])
            for member in (family.parent, *family.children)
        } - reached
        if not further:
            break
        reached |= further
        frontier = [further]
    return None
