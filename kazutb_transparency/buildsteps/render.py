"""The render step: every language rendered at once, each by its own engine process.

The engine's public option for one language builds it at the root of a folder of its own;
as each process ends, its pages are moved under the language's prefix in the build folder
and handed to the personal-data gate's worker, while the other languages still render. The
theme's files are the same in every language: the default language's copy is kept, at the
site's root, where every language's pages point (engines/mkdocs_events.py relocates them).
A language's sitemap is kept aside for the finish step, which writes one for the site.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import subprocess
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from kazutb_transparency.buildsteps.heap import start_worker
from kazutb_transparency.buildsteps.pipeline import Build, blocks_folder, sitemaps_dir
from kazutb_transparency.buildsteps.search_cache import write_remembered_index
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.i18n import DEFAULT_LANGUAGE, LANGUAGES
from kazutb_transparency.core.interface import permalink_title
from kazutb_transparency.engines.commands import Engine

MANIFEST = "render.json"
SHARED = ("assets",)  # the theme's files: one copy, the default language's
ASIDE = ("sitemap.xml", "sitemap.xml.gz")
Log = Callable[[str], None]


def blocks_dir(build: Build) -> Path:
    """Where the stage keeps the raw HTML blocks lifted out of its pages (rawblocks.py)."""
    return blocks_folder(build.root, build.work_dir, build.preview)


def manifest_of(build: Build) -> dict[str, object]:
    """What the engine processes need to know of the stage (read by the engine adapter)."""
    return {
        "stage_dir": str(build.stage_dir),
        "blocks_dir": str(blocks_dir(build)),
        "site_url": build.site_url if build.site_url.endswith("/") else build.site_url + "/",
        "hand_written": sorted(build.hand_written),
        # Read here, where the catalogs are loaded: an engine process then loads none.
        "permalink_titles": {lang: permalink_title(lang) for lang in LANGUAGES},
    }


def write_manifest(build: Build) -> Path:
    path = build.work_dir / MANIFEST
    path.write_text(json.dumps(manifest_of(build), ensure_ascii=False, indent=1), "utf-8")
    return path


def render(build: Build, engine: Engine, warn: Log) -> None:
    """Render every language into the build folder; raises DataError if an engine failed."""
    manifest = write_manifest(build)
    running: dict[str, tuple[subprocess.Popen[str], Path, float]] = {}
    # A language's search index is written as soon as its pages are in place, while the
    # other languages still render: in processes of their own, so that the last language's
    # index is not written after the others'.
    indexing = ProcessPoolExecutor(
        max_workers=2,
        mp_context=multiprocessing.get_context("fork"),
        initializer=start_worker,
    )
    indexes: list[Future[None]] = []
    try:
        for lang in LANGUAGES:
            out = build.work_dir / f"render-{lang}"
            command, env = engine.render_one(
                build.root, build.stage_dir, lang, out, build.site_url, manifest
            )
            if build.strict:
                command.append("--strict")
            # Its output goes to a file, not a pipe: an engine that says more than a pipe
            # holds would otherwise wait for a reader that waits for it to end.
            log = build.work_dir / f"render-{lang}.log"
            with log.open("w", encoding="utf-8") as said:
                process = subprocess.Popen(
                    command,
                    cwd=build.root,
                    env={**os.environ, **env},
                    stdout=said,
                    stderr=subprocess.STDOUT,
                    text=True,
                )
            running[lang] = (process, out, time.perf_counter())
        failed: list[Problem] = []
        while running:
            lang, (process, out, started) = _next_done(running)
            process.wait()
            output = (build.work_dir / f"render-{lang}.log").read_text("utf-8", "replace")
            build.timings[f"render_{lang}"] = time.perf_counter() - started
            lines = [line for line in output.splitlines() if line.strip()]
            if process.returncode != 0:
                failed.append(_failure(lang, engine, lines))
                continue
            for line in lines:
                if _worth_saying(line):
                    warn(f"[{lang}] {line.removeprefix('WARNING').lstrip(' -')}")
            engine.after_render(manifest, lang, out)
            _place(build, lang, out)
            cache = build.root / ".cache"  # each page's text, kept by its bytes (search_cache.py)
            indexes.append(indexing.submit(write_remembered_index, build.build_dir, lang, cache))
        if failed:
            raise DataError(failed)
        for index in indexes:
            index.result()
        build.search_indexed = True
    finally:
        indexing.shutdown(wait=True, cancel_futures=True)
        for process, _, _ in running.values():
            process.kill()
            process.wait()


def _next_done(running: dict) -> tuple[str, tuple]:
    """The language whose engine ended first (all of them run at once)."""
    while True:
        for lang, entry in running.items():
            if entry[0].poll() is not None:
                return lang, running.pop(lang)
        time.sleep(0.02)


def _worth_saying(line: str) -> bool:
    """The engine's warnings, and its notes on links that lead nowhere; not its progress."""
    return line.startswith(("WARNING", "ERROR")) or "Doc file" in line


def _failure(lang: str, engine: Engine, lines: list[str]) -> Problem:
    said = [line for line in lines if "ERROR" in line or "Error" in line] or lines[-15:]
    return Problem(
        "(build)",
        f"{engine.name} could not render the pages in '{lang}':\n" + "\n".join(said[-15:]),
        hint="fix what the message names; `make site VERBOSE=1` shows every step",
    )


def _place(build: Build, lang: str, out: Path) -> None:
    """Move a language's rendered folder into the build folder, under its prefix."""
    target = build.build_dir if lang == DEFAULT_LANGUAGE else build.build_dir / lang
    aside = sitemaps_dir(build)
    aside.mkdir(parents=True, exist_ok=True)
    sitemap = out / "sitemap.xml"
    if sitemap.is_file():
        shutil.move(sitemap, aside / f"{lang}.xml")
    (out / "sitemap.xml.gz").unlink(missing_ok=True)
    if lang != DEFAULT_LANGUAGE:
        for name in SHARED:
            shutil.rmtree(out / name, ignore_errors=True)
    placed = []
    for file in sorted(p for p in out.rglob("*") if p.is_file()):
        destination = target / file.relative_to(out)
        destination.parent.mkdir(parents=True, exist_ok=True)
        os.replace(file, destination)
        placed.append(destination)
    shutil.rmtree(out, ignore_errors=True)
    if build.scanner is not None:
        for file in placed:
            build.scanner.page(file.relative_to(build.build_dir).as_posix(), file)
