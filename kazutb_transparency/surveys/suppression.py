"""Primary and secondary suppression of small groups in the survey indicators.

The rule itself is `core.suppression` (shared with every other published count); this module
says how survey cells are linked. Cells are linked in two ways, and both are families
"parent = sum of children":
- units: university = its faculties (+ respondents without a faculty), faculty = its
  programmes (+ respondents without a programme); the parts are disjoint;
- items, within one unit: block = its questions, overall = its blocks (valid and positive
  answers add up; respondents overlap, so hidden groups are measured by their union).

The internal counts drive the rule and are never published.
"""

from __future__ import annotations

from kazutb_transparency.core.suppression import Family, suppress_families
from kazutb_transparency.surveys.aggregate import Aggregate, Key, UnitKey, Wave
from kazutb_transparency.surveys.codes import OVERALL


def families(waves: list[Wave]) -> list[Family[Key]]:
    found: list[Family[Key]] = []
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


def suppress(aggregate: Aggregate, min_n: int) -> None:
    """Mark cells `primary` or `secondary` in place."""
    suppress_families(aggregate.cells, families(aggregate.waves), min_n, aggregate.together)
