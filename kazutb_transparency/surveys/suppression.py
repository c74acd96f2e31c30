"""Primary and secondary suppression of small groups.

Primary: a cell with fewer than min-n respondents is not published.

Secondary: published totals minus published parts must not give away a hidden part. Cells
are linked in two ways, and both are families "parent = sum of children":
- units: university = its faculties (+ respondents without a faculty), faculty = its
  programmes (+ respondents without a programme); the parts are disjoint;
- items, within one unit: block = its questions, overall = its blocks (valid and positive
  answers add up; respondents overlap, so hidden groups are measured by their union).

A family is unsafe when its parent is published and the hidden part (suppressed children plus
any unassigned remainder) is not empty and either comes from exactly one suppressed child or
has fewer than min-n respondents; or when its parent is suppressed but every child is
published, so that the parent is their sum. An unsafe family gets its published child with
the fewest respondents suppressed (the parent itself when no child is left); all families are
re-checked until nothing changes. The internal counts drive the rule and are never published.
"""

from __future__ import annotations

from dataclasses import dataclass

from kazutb_transparency.surveys.aggregate import Aggregate, Key, UnitKey, Wave
from kazutb_transparency.surveys.codes import OVERALL


@dataclass(frozen=True)
class Family:
    parent: Key
    children: tuple[Key, ...]
    disjoint: bool  # True for units: children partition the parent's respondents


def families(waves: list[Wave]) -> list[Family]:
    found: list[Family] = []
    for wave in waves:
        items = wave.items()
        for item in items:
            unit_tree: list[tuple[UnitKey, list[UnitKey]]] = [
                (("university", ""), [("faculty", f) for f in wave.faculties])
            ]
            for faculty in wave.faculties:
                programmes = [p for p, f in wave.programmes.items() if f == faculty]
                unit_tree.append((("faculty", faculty), [("programme", p) for p in programmes]))
            for parent, children in unit_tree:
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


def _hidden_size(family: Family, aggregate: Aggregate, hidden: list[Key]) -> int:
    cells = aggregate.cells
    if family.disjoint:
        remainder = cells[family.parent].n - sum(cells[c].n for c in family.children)
        return remainder + sum(cells[c].n for c in hidden)
    if len(hidden) < 2:
        return sum(cells[c].n for c in hidden)
    return aggregate.together(hidden)  # overlapping: each respondent once


def _to_suppress(family: Family, aggregate: Aggregate, min_n: int) -> Key | None:
    """The next cell to suppress so that this family gives nothing away, or None if safe."""
    cells = aggregate.cells
    parent = cells[family.parent]
    hidden = [c for c in family.children if cells[c].suppressed]
    published = [c for c in family.children if not cells[c].suppressed]
    if parent.suppressed:
        if hidden or not published or parent.n == 0:
            return None
    else:
        size = _hidden_size(family, aggregate, hidden)
        if size == 0 or (len(hidden) != 1 and size >= min_n):
            return None
        if not published:
            return family.parent
    return min(published, key=lambda c: (cells[c].n, c))


def suppress(aggregate: Aggregate, min_n: int) -> None:
    """Mark cells `primary` or `secondary` in place."""
    cells = aggregate.cells
    for cell in cells.values():
        if cell.n < min_n:
            cell.suppression = "primary"
    linked = families(aggregate.waves)
    changed = True
    while changed:
        changed = False
        for family in linked:
            while (key := _to_suppress(family, aggregate, min_n)) is not None:
                cells[key].suppression = "secondary"
                changed = True
