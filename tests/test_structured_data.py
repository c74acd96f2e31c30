"""Structured data that validates against schema.org's vocabulary: every JSON-LD node of
the default site has a known type and only that type's properties (the vocabulary of the
npm package schema-dts, tests/schemaorg.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from schemaorg import DECLARATIONS, properties_of

_BLOCK = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def nodes(value, where: str):
    if isinstance(value, list):
        for item in value:
            yield from nodes(item, where)
    elif isinstance(value, dict):
        if "@type" in value:
            yield value, where
        for key, item in value.items():
            if not key.startswith("@") or key == "@graph":
                yield from nodes(item, f"{where} › {key}")


def problems_in(node: dict, where: str) -> list[str]:
    types = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
    allowed: set[str] = set()
    for name in types:
        known = properties_of(name)
        if known is None:
            return [f"{where}: unknown type {name}"]
        allowed |= known
    return [
        f"{where}: {'/'.join(types)} has no property '{key}'"
        for key in node
        if not key.startswith("@") and key not in allowed
    ]


def test_the_vocabulary_is_read() -> None:
    if not DECLARATIONS.is_file():
        pytest.skip("node_modules/schema-dts missing: run `make browser-deps` (npm ci)")
    program = properties_of("EducationalOccupationalProgram")
    assert program and {"name", "offers", "provider", "numberOfCredits"} <= program
    assert "educationalLevel" not in program
    assert properties_of("CollegeOrUniversity") >= {"address", "foundingDate", "name"}
    assert properties_of("NoSuchType") is None


@pytest.mark.build
def test_every_json_ld_node_uses_its_types_properties(built_site: Path) -> None:
    if not DECLARATIONS.is_file():
        pytest.skip("node_modules/schema-dts missing: run `make browser-deps` (npm ci)")
    found: list[str] = []
    blocks = 0
    for page in sorted(built_site.rglob("*.html")):
        for block in _BLOCK.findall(page.read_text(encoding="utf-8")):
            blocks += 1
            for node, where in nodes(json.loads(block), page.relative_to(built_site).as_posix()):
                found += problems_in(node, where)
    assert blocks > 50
    assert not found, f"{len(found)} problems:\n" + "\n".join(sorted(set(found))[:30])
