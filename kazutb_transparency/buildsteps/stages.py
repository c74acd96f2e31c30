"""The build as three steps: stage (data → pages), render (an engine → HTML), finish.

- **stage**: check data/ and docs/, generate every page of every language and the open data
  into a staging folder (pipeline.prepare); the personal-data gate's worker starts here.
- **render**: an engine renders each language in a process of its own, all at once
  (render.py); each language's pages go to the gate's worker as their process ends.
- **finish**: one sitemap and the search indexes, the open data and documents copied in,
  the scan of everything written, and the atomic swap into site/ (pipeline.finish).

A failure anywhere publishes nothing and leaves the previous site/ as it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from kazutb_transparency.buildsteps import pipeline
from kazutb_transparency.buildsteps.publish import remove_interrupted
from kazutb_transparency.buildsteps.render import render
from kazutb_transparency.engines.commands import configured_site_url, engine_named

Log = Callable[[str], None]


def stage(root: Path, site_dir: Path, strict: bool, warn: Log) -> pipeline.Build:
    remove_interrupted(root, site_dir)
    build = pipeline.prepare(
        root=root,
        docs_dir=root / "docs",
        site_dir=site_dir,
        strict=strict,
        warn=warn,
        site_url=configured_site_url(root),
    )
    build.languages_apart = True
    return build


def build_site(
    root: Path, site_dir: Path, engine: str, strict: bool, warn: Log, info: Log
) -> pipeline.Build:
    """stage → render → finish; raises DataError (nothing published) on any failure."""
    chosen = engine_named(engine)
    started = time.perf_counter()
    build = stage(root, site_dir, strict, warn)
    try:
        with pipeline.timed(build.timings, "render"):
            render(build, chosen, warn)
        pipeline.finish(build, warn=warn, info=info)
    except BaseException:
        pipeline.abandon(build)
        raise
    build.timings["total"] = time.perf_counter() - started
    return build
