"""Checking published indicators for disclosure by subtraction, from the published file alone.

The same families as suppression.py: a published total minus its published parts is what the
hidden parts add up to. The check fails when that hidden remainder is non-zero and either
comes from exactly one suppressed row or is smaller than min-n (respondents for units, valid
answers for questions and blocks), when a suppressed total is the sum of its published parts,
or when a row of the grid is missing (a deleted row would hide a group from this check).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from kazutb_transparency.core.errors import Problem
from kazutb_transparency.surveys.codes import OVERALL
from kazutb_transparency.surveys.indicators import IndicatorKey, IndicatorRow

_HINT = "regenerate indicators.csv with scripts/aggregate_surveys.py; do not edit it by hand"
Measure = Callable[[IndicatorRow], int | None]


def _family(
    file: str,
    parent: IndicatorRow,
    children: list[IndicatorRow],
    measure: Measure,
    min_n: int,
) -> Problem | None:
    if not children:
        return None
    hidden = [c for c in children if c.suppressed]
    if parent.suppressed:
        if hidden:
            return None
        message = "is suppressed but equals the sum of its published parts"
    else:
        total, parts = measure(parent), [measure(c) for c in children if not c.suppressed]
        if total is None or any(p is None for p in parts):
            return None
        remainder = total - sum(p for p in parts if p is not None)
        if remainder < 0:
            message = "is smaller than the sum of its parts"
        elif remainder == 0 or (len(hidden) != 1 and remainder >= min_n):
            return None
        elif len(hidden) == 1:
            message = f"minus its published parts gives away the suppressed {_label(hidden[0])}"
        else:
            message = f"minus its published parts gives away a group of {remainder} (< {min_n})"
    return Problem(
        file, f"{_label(parent)} {message}", record=_record(parent), line=parent.line, hint=_HINT
    )


def _label(row: IndicatorRow) -> str:
    unit = f"{row.unit_type} {row.unit}".strip()
    item = row.question or row.block
    return f"{unit} / {item}"


def _record(row: IndicatorRow) -> str:
    return f"{row.survey} {row.wave} {_label(row)}"


Grid = dict[tuple[str, str], set[tuple[str, str]]]  # unit → its (block, question) items


def _broken_grid(
    survey: str, wave: str, units: Grid, items: set[tuple[str, str]], faculty_of: dict[str, str]
) -> list[str]:
    """Rows that must exist for the families to be checked (a deleted row hides a group)."""
    broken = [
        f"missing row: {survey} {wave} {unit[0]} {unit[1]} {block} {question}"
        for unit, present in sorted(units.items())
        for block, question in sorted(items - present)
    ]
    if ("university", "") not in units or (OVERALL, "") not in items:
        broken.append(f"{survey} {wave}: no university or no overall rows")
    broken += [
        f"{survey} {wave}: question {q} has no row of its block {b}"
        for b, q in sorted(items)
        if q and (b, "") not in items
    ]
    faculties = {u for t, u in units if t == "faculty"}
    broken += [
        f"{survey} {wave}: programme {u} has no row of its faculty (see disclosures/faculties.yaml)"
        for t, u in sorted(units)
        if t == "programme" and faculty_of.get(u) not in faculties
    ]
    return broken


def _families(
    units: Grid, items: set[tuple[str, str]], faculty_of: dict[str, str]
) -> list[tuple[tuple[str, ...], list[tuple[str, ...]], Measure]]:
    """(parent key tail, children key tails, what adds up) for one survey wave."""
    faculties = sorted(u for t, u in units if t == "faculty")
    programmes = sorted(u for t, u in units if t == "programme")
    tree = [(("university", ""), [("faculty", f) for f in faculties])]
    tree += [
        (("faculty", f), [("programme", p) for p in programmes if faculty_of[p] == f])
        for f in faculties
    ]
    found: list[tuple[tuple[str, ...], list[tuple[str, ...]], Measure]] = [
        ((*parent, *item), [(*child, *item) for child in children], _respondents)
        for item in sorted(items)
        for parent, children in tree
    ]
    blocks = sorted({b for b, _ in items if b != OVERALL})
    for unit in sorted(units):
        for block in blocks:
            questions = sorted(q for b, q in items if b == block and q)
            found.append(((*unit, block, ""), [(*unit, block, q) for q in questions], _valid))
        found.append(((*unit, OVERALL, ""), [(*unit, b, "") for b in blocks], _valid))
    return found


def _respondents(row: IndicatorRow) -> int | None:
    return row.respondents


def _valid(row: IndicatorRow) -> int | None:
    return row.valid


def check_disclosure(
    file: str, rows: list[IndicatorRow], faculty_of: dict[str, str], min_n: int
) -> list[Problem]:
    by_key: dict[IndicatorKey, IndicatorRow] = {r.key(): r for r in rows}
    waves: dict[tuple[str, str], Grid] = defaultdict(lambda: defaultdict(set))
    for row in rows:
        waves[(row.survey, row.wave)][(row.unit_type, row.unit)].add((row.block, row.question))
    problems: list[Problem] = []
    for (survey, wave), units in sorted(waves.items()):
        items = set().union(*units.values())
        broken = _broken_grid(survey, wave, units, items, faculty_of)
        if broken:
            problems.extend(Problem(file, message, hint=_HINT) for message in broken)
            continue
        for parent, children, measure in _families(units, items, faculty_of):
            found = _family(
                file,
                by_key[(survey, wave, *parent)],  # type: ignore[index]
                [by_key[(survey, wave, *child)] for child in children],  # type: ignore[index]
                measure,
                min_n,
            )
            if found:
                problems.append(found)
    return problems
