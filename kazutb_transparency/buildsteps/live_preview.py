"""The live preview (`make serve`): the build's own stage and finish around one engine
process per language, kept running and rendering at once.

Each rebuild stages the site as a build does, but remembering its steps (an edit reloads
only its domain and regenerates only the pages that read it, core/incremental.py) and
touching only the staged files that changed. Every language's engine then renders the
pages whose source is newer than their output, all languages at the same time, each in
its own process that loaded the engine once (engines/render_worker.py). What they wrote is
placed under the language's prefix, and the finish scans the files that changed and copies
them to the served folder. A refused edit leaves the last good preview served, each page
with a banner that lists the problems; so does an unforeseen error, after which the next
rebuild starts afresh, so that the preview never stays stuck.

The pages placed carry the preview's own Content-Security-Policy (`with_reload_allowed`):
the site's, except that it lets the engine's live-reload script run.
"""

from __future__ import annotations

import gc
import json
import os
import re
import shutil
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from kazutb_transparency.buildsteps import pipeline
from kazutb_transparency.buildsteps.files import relative, remove_file, walk_files
from kazutb_transparency.buildsteps.preview import BUILT, banner_on_served, forget, look
from kazutb_transparency.buildsteps.render import ASIDE, SHARED, manifest_of
from kazutb_transparency.core.errors import DataError, Problem, fold_problems
from kazutb_transparency.core.i18n import DEFAULT_LANGUAGE, LANGUAGES
from kazutb_transparency.core.writing import copy_replacing, replace_with
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
        # Each language's staged files its engine's output folder was last rendered from.
        self.rendered_from: dict[str, set[str]] = {}
        # Each language's files placed in the built folder from its engine's output (kept
        # when the engines are started again: their new output folders do not say what the
        # old ones had, and a page that is no more would be served on).
        self.from_engines: dict[str, set[str]] = {}
        self.started_with: tuple[str, frozenset[str]] | None = None
        self.refused: list[Problem] = []  # why the last rebuild was refused, if it was

    def rebuild(self) -> None:
        """Stage, render every language at once, finish; a refusal keeps the last good
        preview with a banner (the server goes on)."""
        self.refused = []
        try:
            self._rebuild()
        except Exception as exc:  # (a refused edit is no exception here: `_refused`)
            stop = _interruption(exc)
            if stop is not None:  # Ctrl-C inside a step that then failed to close
                raise stop from None
            # Unforeseen: shown like a refused edit, and the next rebuild starts afresh, the
            # engines started again (an answer may be left unread) and every page placed
            # and served again, so that no half-done step keeps the preview stuck.
            self.info("the rebuild stopped on an unforeseen error:\n" + traceback.format_exc())
            self.close()
            problems = pipeline.problems_of(exc, serving=True) or []
            self._refused(problems)
        finally:
            # What the preview remembers between rebuilds (every domain's models, every
            # page) is millions of objects: a full collection walking them took 0.6 s of
            # a rebuild at random. Frozen, collections walk only what a rebuild makes; a
            # rebuild leaves a few hundred objects in cycles, collected at a restart.
            gc.freeze()

    def _rebuild(self) -> None:
        started = time.perf_counter()
        if self.started_with is None:
            self._start_afresh()
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
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                # Stopping: the scan of the open data is ended with the process (scripts/
                # serve.py), not waited for.
                build.published = None
            pipeline.abandon(build)
            raise
        done = time.perf_counter()
        self.info(
            f"kazutb: preview rebuilt in {done - started:.2f}s (stage {staged - started:.2f}s, "
            f"languages rendered {rendered - staged:.2f}s, finish {done - rendered:.2f}s)"
        )

    def _start_afresh(self) -> None:
        """Before the first rebuild (and the next after an unforeseen error), which renders
        and places every page again anyway: the built folder emptied and the served one
        compared whole. Whatever an earlier run left there (a release of an edit undone
        while the preview was stopped, a file linked to its served copy) is gone, not served
        on, and no step meets it again."""
        shutil.rmtree(self.root / BUILT, ignore_errors=True)
        self.from_engines = {}
        forget()

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
        # Kept until the next placing is done: what a refused rebuild rendered is placed by
        # the next one, even when that one renders nothing (a fix elsewhere than the page).
        before = {
            lang: self.placed.get(lang) or _stamps(worker.out)
            for lang, worker in self.workers.items()
        }
        # A language none of whose staged files changed since its engine last rendered it
        # is not rendered again: its dirty build would write the same pages.
        sources = {lang: _stamps(build.stage_dir / lang) for lang in self.workers}
        due = [w for lang, w in self.workers.items() if self.rendered.get(lang) != sources[lang]]
        for worker in due:
            self.rendered.pop(worker.lang, None)
            # A dirty build never removes a page whose source is gone (a record deleted, a
            # branch switched): its output goes first, and `_place_changed` removes it from
            # the built folder.
            for path in self.rendered_from.get(worker.lang, set()) - sources[worker.lang].keys():
                (worker.out / _output_of(path)).unlink(missing_ok=True)
            self.rendered_from[worker.lang] = set(sources[worker.lang])
            worker.ask()
        try:
            published = pipeline.scan_published(build)
        except KeyboardInterrupt:
            raise  # stopping: the engines are killed (`close`), not waited for
        except BaseException:
            _answers(due)  # every engine's answer is read, or the next rebuild reads this one's
            raise
        failed = _answers(due)
        if failed:
            raise DataError(failed)
        for worker in due:
            self.rendered[worker.lang] = sources[worker.lang]
        removed = False
        for lang, worker in self.workers.items():
            placed = self.from_engines.setdefault(lang, set())
            now, gone = _place_changed(build, lang, worker.out, before[lang], placed)
            self.placed[lang] = now
            removed = removed or gone
        if removed:
            # The site's sitemap is made of the engines' and of the one it replaces
            # (pipeline._write_sitemap), which would keep listing a page no longer there.
            (build.build_dir / "sitemap.xml").unlink(missing_ok=True)
        return published

    def _workers_for(self, build: pipeline.Build) -> None:
        """The workers, started again when what they load at start changed: the templates,
        configuration and hooks, or the set of hand-written pages."""
        wanted = (look(self.root), build.hand_written)
        running = all(worker.process.poll() is None for worker in self.workers.values())
        if self.workers and running and self.started_with == wanted:
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

    def close(self, collect: bool = True) -> None:
        """The engines stopped (killed, not waited for: they only render). `collect`: the
        objects the preview froze collected, when it goes on (not when it stops)."""
        for worker in self.workers.values():
            worker.stop()
        self.workers = {}
        self.rendered = {}
        self.placed = {}
        self.rendered_from = {}  # the next engines render into new output folders
        self.started_with = None
        gc.unfreeze()
        if collect:  # every page is rendered again: a full collection costs little beside
            gc.collect()


def _answers(workers: list[LanguageWorker]) -> list[Problem]:
    """Each worker's answer read; what those that could not render said."""
    return [problem for worker in workers if (problem := worker.answer()) is not None]


def _stamps(folder: Path) -> dict[str, tuple[int, int]]:
    """Each file's (mtime_ns, size) by its path relative to `folder`: what an engine
    rewrites gets another. (Paths as text: a large site's folders hold 12,000 files.)"""
    stamps = {}
    for entry in walk_files(folder):
        info = entry.stat()
        stamps[relative(entry, folder)] = (info.st_mtime_ns, info.st_size)
    return stamps


def _output_of(staged: str) -> str:
    """The file an engine writes for a staged file (`use_directory_urls: false`)."""
    return staged.removesuffix(".md") + ".html" if staged.endswith(".md") else staged


def _place_changed(
    build: pipeline.Build,
    lang: str,
    out: Path,
    before: dict[str, tuple[int, int]],
    placed: set[str],
) -> tuple[dict[str, tuple[int, int]], bool]:
    """Copy what the language's engine wrote in this rebuild under its prefix in the built
    folder (its sitemap aside, for the finish to merge), and remove what it placed there
    before (`placed`, updated) and no longer writes; returns the output's stamps, and
    whether anything was removed."""
    target = build.build_dir if lang == DEFAULT_LANGUAGE else build.build_dir / lang
    aside = pipeline.sitemaps_dir(build)
    aside.mkdir(parents=True, exist_ok=True)
    now = _stamps(out)
    gone = placed - now.keys()
    for path in gone:
        remove_file(target, path)
    placed.clear()
    for path, stamp in now.items():
        if path == "sitemap.xml":
            shutil.copy2(out / path, aside / f"{lang}.xml")  # every rebuild: finish merges all
            continue
        if path in ASIDE or (lang != DEFAULT_LANGUAGE and path.split("/", 1)[0] in SHARED):
            continue
        placed.add(path)
        if before.get(path) != stamp:
            _place(out / path, target / path)
    return now, bool(gone)


def _place(source: Path, destination: Path) -> None:
    """A file the engine wrote, in the built folder: replaced, never written into (a file
    an earlier preview linked there keeps its other names' bytes); a page with the
    preview's policy."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    if destination.suffix != ".html":
        copy_replacing(source, destination)
        return
    page = with_reload_allowed(source.read_bytes())
    replace_with(destination, lambda new: new.write_bytes(page))


# The policy's `script-src` in a page's <meta http-equiv> (core/csp.py writes one per page).
_SCRIPT_SRC = re.compile(
    rb'(<meta http-equiv="Content-Security-Policy" content="[^"]*?script-src )[^;"]*'
)
# The engine's live-reload server adds a script of its own to every page it serves, inline
# and different at each request (the time of the build it shows, and of the request), which
# then asks the server for the next build and reloads the page. No hash can name it, the
# server gives it no nonce, and a policy naming any hash ignores 'unsafe-inline': the
# preview's pages allow inline scripts instead of the theme's by their hashes. Every other
# directive stays the site's, and a page carrying an inline script that no template writes
# is still refused before it is placed (buildsteps/pagework.py). The site's pages keep their
# policy: this is done only where the preview places the engines' pages.
PREVIEW_SCRIPT_SRC = b"'self' 'unsafe-inline'"


def with_reload_allowed(page: bytes) -> bytes:
    """The page with the preview's policy: the site's, letting the reload script run."""
    return _SCRIPT_SRC.sub(lambda found: found.group(1) + PREVIEW_SCRIPT_SRC, page, count=1)


def _interruption(exc: BaseException) -> KeyboardInterrupt | None:
    """The Ctrl-C (or stop) `exc` came of, if it did: a stop raised inside a `with` block
    whose exit then failed (a zip archive left with an open member) arrives as that
    failure, the stop in its context."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, KeyboardInterrupt):
            return current
        seen.add(id(current))
        current = current.__context__ or current.__cause__
    return None
