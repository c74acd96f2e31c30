"""The schema.org vocabulary as shipped by the npm package schema-dts (its TypeScript
declarations list every type, its parents and its properties): which properties a type
may carry, for the structured-data test."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

DECLARATIONS = (
    Path(__file__).resolve().parents[1] / "node_modules" / "schema-dts" / "dist" / "schema.d.ts"
)
_INTERFACE = re.compile(r"^(?:export )?interface (\w+)(?: extends ([^{]+))? \{$")
_PROPERTY = re.compile(r'^    "([A-Za-z][\w-]*)"\??:')
_TYPE_NAME = re.compile(r'^    "@type": "(\w+)";$')


@cache
def vocabulary() -> tuple[dict[str, list[str]], dict[str, set[str]], dict[str, str]]:
    """(parents of each interface, properties of each interface, leaf interface by type)."""
    parents: dict[str, list[str]] = {}
    properties: dict[str, set[str]] = {}
    leaf_of: dict[str, str] = {}
    current: str | None = None
    for line in DECLARATIONS.read_text(encoding="utf-8").splitlines():
        if (found := _INTERFACE.match(line)) is not None:
            current = found.group(1)
            extends = found.group(2) or ""
            parents[current] = [p.strip().split("<")[0] for p in extends.split(",") if p.strip()]
            properties[current] = set()
        elif line == "}":
            current = None
        elif current is not None:
            if (named := _TYPE_NAME.match(line)) is not None:
                leaf_of[named.group(1)] = current
            elif (prop := _PROPERTY.match(line)) is not None:
                properties[current].add(prop.group(1))
    return parents, properties, leaf_of


@cache
def properties_of(type_name: str) -> frozenset[str] | None:
    """Every property a node of this type may carry, or None for an unknown type."""
    parents, properties, leaf_of = vocabulary()
    leaf = leaf_of.get(type_name)
    if leaf is None:
        return None
    found: set[str] = set()
    stack = [leaf]
    while stack:
        name = stack.pop()
        found |= properties.get(name, set())
        stack.extend(p for p in parents.get(name, []) if p in parents)
    return frozenset(found)
