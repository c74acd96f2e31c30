"""A data package's text, its resources encoded once (core/opendata/package_json.py): the
same bytes as json.dumps with an indent of one, for any package."""

from __future__ import annotations

import json
import random

from kazutb_transparency.core.opendata.package_json import package_json

WORDS = ["a", "name", "Ашық деректер", "\u202f", 'quote " and \\', "line\nbreak", "", "ә/ü"]


def _value(rng: random.Random, depth: int) -> object:
    kind = rng.randrange(7 if depth < 3 else 4)
    if kind == 0:
        return rng.choice(WORDS)
    if kind == 1:
        return rng.choice([0, -3, 2.5, 10**12, 1e-7])
    if kind == 2:
        return rng.choice([True, False, None])
    if kind == 3:
        return rng.choice([[], {}])
    if kind in (4, 5):
        return {
            rng.choice(WORDS) + str(i): _value(rng, depth + 1) for i in range(rng.randint(1, 4))
        }
    return [_value(rng, depth + 1) for _ in range(rng.randint(1, 4))]


def _package(rng: random.Random) -> dict[str, object]:
    package: dict[str, object] = {"profile": "tabular-data-package", "name": rng.choice(WORDS)}
    resources = [
        {"name": f"r{i}", "schema": {"fields": [_value(rng, 2)]}, "x": _value(rng, 1)}
        for i in range(rng.randint(0, 4))
    ]
    # "resources" last (the site's package) or followed by other members (a release's).
    package["resources"] = resources
    if rng.random() < 0.5:
        package["version"] = "2026-11-20-0123456789ab"
    if rng.random() < 0.3:
        package["titles"] = _value(rng, 1)
    return package


def test_the_text_is_what_json_dumps_writes() -> None:
    rng = random.Random(30)
    for _ in range(3000):
        package = _package(rng)
        assert package_json(package) == json.dumps(package, ensure_ascii=False, indent=1)
    assert package_json({}) == "{}"
    assert package_json({"resources": []}) == '{\n "resources": []\n}'
    assert package_json({"resources": "not a list"}) == '{\n "resources": "not a list"\n}'


def test_a_changed_resource_is_encoded_again() -> None:
    package = {"name": "p", "resources": [{"name": "a", "bytes": 1}, {"name": "b", "bytes": 2}]}
    first = package_json(package)
    package["resources"][1]["bytes"] = 3
    assert package_json(package) == json.dumps(package, ensure_ascii=False, indent=1) != first
