"""Each unit's regulation (`regulation` in data/units.yaml): a document of kind
`unit-regulation` in data/disclosures/documents.yaml, which the structure page links."""

from __future__ import annotations

from collections.abc import Mapping

from kazutb_transparency.core.errors import Problem
from kazutb_transparency.organisation.loading import Units

REGULATION_KIND = "unit-regulation"


def regulation_problems(units: Units, kinds: Mapping[str, str]) -> list[Problem]:
    """A problem for each unit whose `regulation` is no document, or one of another kind;
    `kinds` maps each document id to its kind."""
    problems = []
    for unit in units:
        target = unit.regulation
        if target is None or kinds.get(target) == REGULATION_KIND:
            continue
        if target in kinds:
            found = f"'{target}' is a document of kind '{kinds[target]}', not '{REGULATION_KIND}'"
        else:
            found = f"unknown document '{target}'"
        problems.append(
            Problem(
                units.file,
                found,
                unit.id,
                "regulation",
                units.regulation_lines.get(unit.id),
                f"use the id of a record of kind '{REGULATION_KIND}' in "
                "data/disclosures/documents.yaml, or leave 'regulation' out until it is published",
            )
        )
    return problems
