"""Engines that render the staged tree into HTML: one small adapter each.

These modules are the only ones that import an engine (MkDocs, ProperDocs) or name its
command line; the build steps (stage → render → finish in buildsteps/) are engine-free and
reach an engine only through `render_commands` here.
"""

from __future__ import annotations

from kazutb_transparency.engines.commands import ENGINES, Engine, engine_named

__all__ = ["ENGINES", "Engine", "engine_named"]
