"""A data package as indented JSON, its resources' text kept between rebuilds.

`json.dumps` with an indent runs in Python, not in C: the large site's datapackage.json
(27 resources with their schemas, 0.4 MB) took 0.02–0.05 s to write, at every rebuild of
the live preview, though an edit changes one or two resources (their sizes and hashes).
Each resource is encoded here once for what it holds (its compact JSON, made in C, is the
key) and the package is joined around them: the same text as
`json.dumps(package, ensure_ascii=False, indent=1)`, byte for byte (tests compare).
"""

from __future__ import annotations

import json
from typing import Any

_RESOURCES: dict[str, str] = {}  # a resource's compact JSON -> its text in the package
_KEPT_MAX = 4096


def _indented(value: Any, level: int) -> str:
    """`value` as `json.dumps(..., indent=1)` writes it `level` levels deep: its lines
    after the first moved right by `level` (a JSON string never holds a line break)."""
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * level)


def _resource(resource: Any) -> str:
    key = json.dumps(resource, ensure_ascii=False, separators=(",", ":"))
    text = _RESOURCES.get(key)
    if text is None:
        if len(_RESOURCES) >= _KEPT_MAX:
            _RESOURCES.clear()
        text = _RESOURCES[key] = "  " + _indented(resource, 2)
    return text


def package_json(package: dict[str, Any]) -> str:
    """`json.dumps(package, ensure_ascii=False, indent=1)`, each resource encoded once."""
    if not package:
        return "{}"
    members = []
    for key, value in package.items():
        if key == "resources" and isinstance(value, list) and value:
            text = "[\n" + ",\n".join(_resource(r) for r in value) + "\n ]"
        else:
            text = _indented(value, 1)
        members.append(f" {json.dumps(key, ensure_ascii=False)}: {text}")
    return "{\n" + ",\n".join(members) + "\n}"
