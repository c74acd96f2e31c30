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

import json
import time
from collections.abc import Callable
from dataclasses import fields
from datetime import date
from pathlib import Path

from kazutb_transparency.buildsteps import pipeline
from kazutb_transparency.buildsteps.leftovers import WAITING
from kazutb_transparency.buildsteps.publish import remove_interrupted
from kazutb_transparency.buildsteps.render import render
from kazutb_transparency.engines import engine_named
from kazutb_transparency.engines.commands import configured_site_url

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
        lift_blocks=True,  # each language's engine adapter puts them back
    )
    build.languages_apart = True
    return build


# In the work folder: what `render` and `finish` read of `stage`; while it is there, other
# builds leave the folder alone (leftovers.py), though no process owns it between steps.
STATE = WAITING


def save(build: pipeline.Build) -> Path:
    """Write what the later steps need, for `scripts/build_site.py stage`."""
    assert build.work_dir is not None
    state = {}
    for item in fields(build):
        value = getattr(build, item.name)
        if isinstance(value, Path):
            value = str(value)
        elif isinstance(value, frozenset):
            value = sorted(value)
        elif item.name == "page_dates":
            value = {page: day.isoformat() for page, day in value.items()}
        elif item.name in ("scanner", "published"):
            value = None  # a worker process does not outlive its step: `finish` scans all
        state[item.name] = value
    path = build.work_dir / STATE
    path.write_text(json.dumps(state, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def load(work_dir: Path) -> pipeline.Build:
    """The build a `stage` step left in `work_dir`."""
    state = json.loads((work_dir / STATE).read_text(encoding="utf-8"))
    kinds = {item.name: item.type for item in fields(pipeline.Build)}
    for name, value in state.items():
        if isinstance(value, str) and "Path" in str(kinds[name]):
            state[name] = Path(value)
    state["hand_written"] = frozenset(state["hand_written"])
    state["page_dates"] = {p: date.fromisoformat(d) for p, d in state["page_dates"].items()}
    return pipeline.Build(**state)


def render_step(build: pipeline.Build, engine: str, warn: Log) -> None:
    with pipeline.timed(build.timings, "render"):
        render(build, engine_named(engine), warn)


def build_site(
    root: Path, site_dir: Path, engine: str, strict: bool, warn: Log, info: Log
) -> pipeline.Build:
    """stage → render → finish; raises DataError (nothing published) on any failure."""
    chosen = engine_named(engine)
    started = time.perf_counter()
    build = stage(root, site_dir, strict, warn)
    try:
        with pipeline.timed(build.timings, "render"):
            render(build, chosen, warn)  # its languages' pages are scanned as they come
        pipeline.finish(build, warn=warn, info=info)
    except BaseException:
        pipeline.abandon(build)
        raise
    build.timings["total"] = time.perf_counter() - started
    return build
