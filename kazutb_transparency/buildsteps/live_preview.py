"""The live preview (`make serve`): the build's own stage and finish around one engine
process per language, kept running and rendering at once.

Each rebuild stages the site as a build does, but remembering its steps (an edit reloads
only its domain and regenerates only the pages that read it, core/incremental.py) and
touching only the staged files that changed. Every language's engine then renders the
pages whose source is newer than their output, all languages at the same time, each in
its own process that loaded the engine once (engines/render_worker.py). What they wrote is
placed under the language's prefix, and the finish scans the files that changed and copies
them to the served folder. A refused edit leaves the last good preview served, each page
with a banner that lists the problems.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from kazutb_transparency.buildsteps import pipeline
from kazutb_transparency.buildsteps.files import relative, walk_files
from kazutb_transparency.buildsteps.preview import banner_on_served, look
from kazutb_transparency.buildsteps.render import ASIDE, SHARED, manifest_of
from kazutb_transparency.core.errors import DataError, Problem, fold_problems
from kazutb_transparency.core.i18n import DEFAULT_LANGUAGE, LANGUAGES
from kazutb_transparency.engines.commands import Engine, configured_site_url

Log = Callable[[str], None]
LIVE = Path(".cache") / "live"  # the workers' manifest, outputs and logs, kept


class LanguageWorker:
    """One language's engine process: `start`, then `render` (answers when done)."""

    def __init__(self, engine: Engine, root: Path, lang: str, manifest: Path, stage: Path):
        self.lang = lang
        self.out = root / LIVE / f"render-{lang}"
        self.log = root / LIVE / f"render-{lang}.log"
        _, env = engine.render_one(root, stage, lang, self.out, configured_site_url(root), manifest)
        command = [sys.executable, "-m", "kazutb_transparency.engines.render_worker"]
        with self.log.open("w", encoding="utf-8") as log:
            self.process = subprocess.Popen(
                [*command, engine.program, str(root), str(self.out)],
                cwd=root,
                env={**os.environ, **env},
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
                encoding="utf-8",
                # A process group of its own: Ctrl-C stops the preview, which ends its
                # workers; one interrupted while it starts would print a traceback.
                process_group=0,
            )

    def ask(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("build\n")
        self.process.stdin.flush()

    def answer(self) -> Problem | None:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if line.strip() == "ok":
            return None
        said = json.loads(line[len("error ") :]) if line.startswith("error ") else "it stopped"
        return Problem(
            "(preview)",
            f"the engine could not render the pages in '{self.lang}': {said}",
            hint=f"see {self.log}",
        )

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


class LivePreview:
    def __init__(self, root: Path, engine: Engine, served: Path, warn: Log, info: Log) -> None:
        self.root, self.engine, self.served = root, engine, served
        self.warn, self.info = warn, info
        self.workers: dict[str, LanguageWorker] = {}
        # Each language's staged files as its engine last rendered them: (mtime, size).
        self.rendered: dict[str, dict[str, tuple[int, int]]] = {}
        # Each language's output folder as the last rebuild placed it (not walked again).
        self.placed: dict[str, dict[str, tuple[int, int]]] = {}
        self.started_with: tuple[str, frozenset[str]] | None = None
        self.refused: list[Problem] = []  # why the last rebuild was refused, if it was

    def rebuild(self) -> None:
        """Stage, render every language at once, finish; a refusal keeps the last good
        preview with a banner (the server goes on)."""
        self.refused = []
        try:
            self._rebuild()
        finally:
            # What the preview remembers between rebuilds (every domain's models, every
            # page) is millions of objects: a full collection walking them took 0.6 s of
            # a rebuild at random. Frozen, collections walk only what a rebuild makes; a
            # rebuild leaves a few hundred objects in cycles, collected at a restart.
            gc.freeze()

    def _rebuild(self) -> None:
        started = time.perf_counter()
        try:
            build = pipeline.prepare(
                root=self.root,
                docs_dir=self.root / "docs",
                site_dir=self.served,
                strict=False,
                warn=self.warn,
                site_url=configured_site_url(self.root),
                preview=True,
                scan_ahead=True,
            )
        except DataError as exc:
            self._refused(exc.problems)
            return
        staged = time.perf_counter()
        try:
            published = self._render(build)
            rendered = time.perf_counter()
            pipeline.finish(build, warn=self.warn, info=self.info, published=published)
        except DataError as exc:
            pipeline.abandon(build)
            self._refused(exc.problems)
            return
        except BaseException:
            pipeline.abandon(build)
            raise
        done = time.perf_counter()
        self.info(
            f"kazutb: preview rebuilt in {done - started:.2f}s (stage {staged - started:.2f}s, "
            f"languages rendered {rendered - staged:.2f}s, finish {done - rendered:.2f}s)"
        )

    def _refused(self, problems: list[Problem]) -> None:
        self.refused = problems
        listed = "\n".join(f"    - {line}" for line in fold_problems(problems))
        self.warn(f"the preview shows the last good build; {len(problems)} problem(s):\n{listed}")
        banner_on_served(self.served, problems)

    def _render(self, build: pipeline.Build) -> pipeline.PublishedScan:
        """Every language rendered by its engine; the scan of the open data and documents
        that changed, started as they were written, is waited for meanwhile
        (pipeline.scan_published)."""
        self._workers_for(build)
        before = {
            lang: self.placed.pop(lang, None) or _stamps(worker.out)
            for lang, worker in self.workers.items()
        }
        # A language none of whose staged files changed since its engine last rendered it
        # is not rendered again: its dirty build would write the same pages.
        sources = {lang: _stamps(build.stage_dir / lang) for lang in self.workers}
        due = [w for lang, w in self.workers.items() if self.rendered.get(lang) != sources[lang]]
        for worker in due:
            self.rendered.pop(worker.lang, None)
            worker.ask()
        try:
            published = pipeline.scan_published(build)
        finally:  # every engine's answer is read, or the next rebuild would read this one's
            failed = [p for w in due if (p := w.answer()) is not None]
        if failed:
            raise DataError(failed)
        for worker in due:
            self.rendered[worker.lang] = sources[worker.lang]
        for lang, worker in self.workers.items():
            self.placed[lang] = _place_changed(build, lang, worker.out, before[lang])
        return published

    def _workers_for(self, build: pipeline.Build) -> None:
        """The workers, started again when what they load at start changed: the templates,
        configuration and hooks, or the set of hand-written pages."""
        wanted = (look(self.root), build.hand_written)
        if self.workers and self.started_with == wanted:
            return
        self.close()
        live = self.root / LIVE
        shutil.rmtree(live, ignore_errors=True)  # every page is rendered again
        live.mkdir(parents=True)
        manifest = live / "render.json"
        manifest.write_text(json.dumps(manifest_of(build), ensure_ascii=False), "utf-8")
        self.workers = {
            lang: LanguageWorker(self.engine, self.root, lang, manifest, build.stage_dir)
            for lang in LANGUAGES
        }
        self.started_with = wanted

    def close(self) -> None:
        for worker in self.workers.values():
            worker.stop()
        self.workers = {}
        self.rendered = {}
        self.placed = {}
        gc.unfreeze()  # every page is rendered again: a full collection costs little beside
        gc.collect()


def _stamps(folder: Path) -> dict[str, tuple[int, int]]:
    """Each file's (mtime_ns, size) by its path relative to `folder`: what an engine
    rewrites gets another. (Paths as text: a large site's folders hold 12,000 files.)"""
    stamps = {}
    for entry in walk_files(folder):
        info = entry.stat()
        stamps[relative(entry, folder)] = (info.st_mtime_ns, info.st_size)
    return stamps


def _place_changed(
    build: pipeline.Build, lang: str, out: Path, before: dict[str, tuple[int, int]]
) -> dict[str, tuple[int, int]]:
    """Copy what the language's engine wrote in this rebuild under its prefix in the built
    folder (its sitemap aside, for the finish to merge); returns the output's stamps."""
    target = build.build_dir if lang == DEFAULT_LANGUAGE else build.build_dir / lang
    aside = pipeline.sitemaps_dir(build)
    aside.mkdir(parents=True, exist_ok=True)
    now = _stamps(out)
    for path, stamp in now.items():
        if path == "sitemap.xml":
            shutil.copy2(out / path, aside / f"{lang}.xml")  # every rebuild: finish merges all
            continue
        if before.get(path) == stamp or path in ASIDE:
            continue
        if lang != DEFAULT_LANGUAGE and path.split("/", 1)[0] in SHARED:
            continue
        destination = target / path
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(out / path, destination)
    return now
