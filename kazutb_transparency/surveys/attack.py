"""The survey indicators as a reader with every published row would combine them
(core/disclosure_attack.py): each withheld respondents count is a variable, each link
between rows a linear relation.

- units, per item: the university's respondents are at least its faculties' sum, a
  faculty's at least its programmes' (exactly the sum where no respondent is outside the
  listed parts);
- items, per unit: a block's respondents are at least each question's and at most their
  sum (people answer several questions), the overall row's likewise over the blocks.

Valid answers are published for questions only, where they are the respondents: a block's
are the sum of its questions' and would pin a withheld question between the block's
answers and its respondents (publish.py leaves them out).
"""

from __future__ import annotations

from collections.abc import Iterator

from kazutb_transparency.core.disclosure_attack import Covers, Relation, Sum
from kazutb_transparency.surveys.aggregate import Cell, Key, UnitKey, Wave
from kazutb_transparency.surveys.codes import OVERALL

WaveUnit = tuple[str, str, str, str]  # survey, wave, unit_type, unit


def unit_tree(wave: Wave) -> Iterator[tuple[UnitKey, tuple[UnitKey, ...]]]:
    """(parent unit, its child units) of one wave: the university's faculties, each faculty's
    programmes."""
    yield ("university", ""), tuple(("faculty", f) for f in wave.faculties)
    for faculty in wave.faculties:
        yield (
            ("faculty", faculty),
            tuple(("programme", p) for p, f in wave.programmes.items() if f == faculty),
        )


def relations(waves: list[Wave], cells: dict[Key, Cell]) -> list[Relation]:
    """Every relation a reader can use: the unit tree's, then each unit's own."""
    within = item_relations(waves)
    return unit_relations(waves, cells) + [r for found in within.values() for r in found]


def unit_relations(waves: list[Wave], cells: dict[Key, Cell]) -> list[Relation]:
    found: list[Relation] = []
    for wave in waves:
        for item in wave.items():
            for parent, children in unit_tree(wave):
                if children:
                    total = wave.key(parent, item)
                    parts = tuple(wave.key(c, item) for c in children)
                    # Exact where it is: the attack assumes the reader knows what the data hold.
                    exact = cells[total].n == sum(cells[p].n for p in parts)
                    found.append(Sum(total, parts, exact))
    return found


def item_relations(waves: list[Wave]) -> dict[WaveUnit, list[Relation]]:
    """The relations between the rows of one unit of a wave, per unit."""
    found: dict[WaveUnit, list[Relation]] = {}
    for wave in waves:
        for unit in wave.units():
            blocks = tuple(wave.key(unit, (block, "")) for block in wave.blocks)
            own: list[Relation] = [
                Covers(whole, tuple(wave.key(unit, (block, q)) for q in questions))
                for whole, (block, questions) in zip(blocks, wave.blocks.items(), strict=True)
            ]
            own.append(Covers(wave.key(unit, (OVERALL, "")), blocks))
            found[(wave.survey, wave.wave, *unit)] = own
    return found


def values(cells: dict[Key, Cell]) -> dict[Key, int]:
    return {key: cell.n for key, cell in cells.items()}


def withheld(cells: dict[Key, Cell]) -> list[Key]:
    return [key for key, cell in cells.items() if cell.suppressed]
