"""The small-group rule every published count follows: primary and secondary suppression.

Primary: a cell with fewer than min-n people is not published.

Secondary: a published total minus its published parts must not give away a hidden part.
Cells are linked in families "parent = sum of children". A family is unsafe when its parent
is published and the hidden part (suppressed children plus any unassigned remainder) is not
empty and either comes from exactly one suppressed child or has fewer than min-n people; or
when its parent is suppressed but every child is published, so that the parent is their sum.
An unsafe family gets its published child with the fewest people suppressed (the parent
itself when no child is left); all families are re-checked until nothing changes.

The survey engine (respondents) and the applicants' figures (students, graduates, staff)
both call `suppress_families`, so one rule protects every count the site publishes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

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
    family: Family[K], cells: Mapping[K, Counted], min_n: int, together: Together | None = None
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
        if size == 0 or (len(hidden) != 1 and size >= min_n):
            return None
        if not published:
            return family.parent
    return min(published, key=lambda c: (cells[c].n, c))


def suppress_families(
    cells: Mapping[K, Counted],
    linked: Sequence[Family[K]],
    min_n: int,
    together: Together | None = None,
) -> None:
    """Mark cells `primary` or `secondary` in place."""
    for cell in cells.values():
        if cell.n < min_n:
            cell.suppression = "primary"
    changed = True
    while changed:
        changed = False
        for family in linked:
            while (key := to_suppress(family, cells, min_n, together)) is not None:
                cells[key].suppression = "secondary"
                changed = True
