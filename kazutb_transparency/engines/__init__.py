"""Engines that render the staged tree into HTML: one small adapter each.

These modules are the only ones that import an engine (MkDocs, ProperDocs, Zensical) or
name its command line; the build steps (stage → render → finish in buildsteps/) are engine-free and
reach an engine only through `engine_named` here.
"""

from __future__ import annotations

from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.engines.commands import Engine
from kazutb_transparency.engines.zensical import ZensicalEngine

ENGINES: dict[str, Engine] = {
    "mkdocs": Engine("mkdocs", "mkdocs"),
    # The maintained continuation of MkDocs 1.6: the same configuration, page for page.
    "properdocs": Engine("properdocs", "properdocs"),
    # The successor of Material for MkDocs; a preview: see guide/engines.md.
    # Zensical wants the pages and its output inside its configuration's folder.
    "zensical": ZensicalEngine("zensical", "zensical"),
}


def engine_named(name: str) -> Engine:
    if name not in ENGINES:
        raise DataError([Problem("(build)", f"there is no engine called '{name}'",
                                 hint="use one of: " + ", ".join(ENGINES))])  # fmt: skip
    return ENGINES[name]


__all__ = ["ENGINES", "Engine", "engine_named"]
