"""The personal-data gate, run ahead on the second core while MkDocs renders.

MkDocs renders on one thread, so one worker process scans each file as soon as it is
final: data/ while the main process loads the data, the open data and documents once
written, every page once MkDocs has written it. Before publishing, every file of the built
site is hashed: a file whose exact bytes were scanned ahead (same path in the site, same
BLAKE2 digest) keeps that verdict; every other file (search indexes, theme files changed
after rendering, a page the worker has not reached) is scanned then. So the gate is as
strict as a scan of the finished site: nothing reaches site/ without its final bytes scanned.

With a scan cache (scancache.py), a file whose exact bytes were found clean by an earlier
build under the same gate is passed by its key instead of scanned again.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Container, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from kazutb_transparency.buildsteps.gate import (
    Allowlist,
    ResolvedPaths,
    ScanReport,
    archive_members,
    digest_of,
    is_theme_asset,
    iter_files,
    merge,
    prepare_prefilter,
)
from kazutb_transparency.buildsteps.heap import start_worker
from kazutb_transparency.buildsteps.scancache import (
    CachedScan,
    KeptLines,
    Place,
    ScanCache,
    member_answer,
    scan_many,
    scan_one,
)
from kazutb_transparency.buildsteps.treefiles import TreeFiles

_allowlist: Allowlist | None = None  # the worker's copy, set once when it starts
_known: Container[str] = frozenset()  # the clean keys of earlier builds (scancache.py)
_covered: Container[Path] = frozenset()  # the finished site's files (_remember_covered)
_kept_lines: Mapping[str, KeptLines] = {}  # large table files' lines, by place (scancache.py)

# (digest of the bytes scanned, the file's report and its key if clean)
Scanned = tuple[bytes | None, CachedScan]


def _start_worker(
    allowlist: Allowlist, known: Container[str], kept_lines: Mapping[str, KeptLines]
) -> None:
    global _allowlist, _known, _kept_lines
    start_worker()
    _allowlist, _known, _kept_lines = allowlist, known, kept_lines
    archive_members.answer_with(allowlist, member_answer(known, allowlist))


def _scan_one(path: Path, site_path: str, covered: Container[Path] | None = None) -> Scanned:
    """Scan one file from the bytes read once, and return their digest with the verdict.
    Without `covered`, the files last sent by `_remember_covered` are its neighbours."""
    assert _allowlist is not None
    covered = _covered if covered is None else covered
    try:
        data = path.read_bytes()
    except OSError:  # scanned again (and reported) when the site is finished
        return None, CachedScan(ScanReport(files=1))
    found = digest_of(data)  # the scanner's own key for these bytes: hashed once
    place = Place(site_path, _kept_lines)
    return found, scan_one(path, _allowlist, _known, covered, data, found, place)


def _scan_tree(paths: list[Path]) -> CachedScan:
    assert _allowlist is not None
    errors: list[str] = []
    files = list(iter_files(paths, errors))
    scanned = scan_many(files, _allowlist, _known, ResolvedPaths(files))
    scanned.report.errors += errors
    return scanned


def _remember_covered(covered: Container[Path]) -> None:
    """The files of a folder (the published files, then the finished site), for the jobs
    that follow (one worker runs every job in turn): sent once, not with each job (sent
    with each of the published folder's 700 files, the list cost the worker 2 CPU s)."""
    global _covered
    _covered = covered


def _scan_part(files: list[Path], site_dir: Path) -> CachedScan:
    """Files already final (written after the pages, such as the search indexes): one job
    for many of them, so that thousands of small files cost a few hand-overs, not thousands."""
    assert _allowlist is not None
    return scan_many(files, _allowlist, _known, _covered, (site_dir, _kept_lines))


PARTS = 48  # parts of the files scanned at the end: the last one costs a 48th at most


def _parts(files: list[Path]) -> list[list[Path]]:
    """The files in about PARTS parts of about equal size, largest files first (the worker
    takes them from the front; the smallest parts, last, are left for the other side)."""
    sized = sorted(((f.stat().st_size, f) for f in files), key=lambda sf: sf[0], reverse=True)
    limit = max(1, sum(size for size, _ in sized) // PARTS)
    parts: list[list[Path]] = []
    part: list[Path] = []
    filled = 0
    for size, file in sized:
        part.append(file)
        filled += size
        if filled >= limit:
            parts.append(part)
            part, filled = [], 0
    return [*parts, part] if part else parts


class ScanAhead:
    """One worker process scanning files as the build makes them final."""

    def __init__(self, allowlist: Allowlist, cache: ScanCache | None = None) -> None:
        self.allowlist = allowlist
        # Without a cache kept between builds, one of this build only: every file scanned.
        self.cache = cache if cache is not None else ScanCache(None, "")
        # An archive's members known clean are passed in this process too (the parts of
        # the site it scans itself in `finish`).
        archive_members.answer_with(allowlist, member_answer(self.cache.known, allowlist))
        # With nothing in the scan cache every file is scanned: the prefilter's patterns are
        # compiled here, before the worker is forked, so that it inherits them (both
        # processes scan: the worker ahead, this one a share of the last files). With a warm
        # cache few files are scanned, and each process compiles them only if its reading
        # comes to pay for it (privacy/scanner.py, _prefilter_for): a CPU second a build.
        if not self.cache.known:
            started = time.process_time()
            prepare_prefilter()
            self.cache.cpu += time.process_time() - started
        self._pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start_worker,
            initargs=(allowlist, self.cache.known, self.cache.kept_lines),
        )
        self._scanned: dict[str, Future[Scanned]] = {}  # by path in the site
        self._written: list[tuple[str, Path]] = []  # pages MkDocs is writing, not yet sent

    def tree(self, paths: list[Path]) -> Future[ScanReport]:
        """Scan whole folders (data/) in the worker; the caller collects the report."""
        report: Future[ScanReport] = Future()

        def done(job: Future[CachedScan]) -> None:
            try:
                scanned = job.result()
            except BaseException as exc:  # the caller's .result() raises it
                report.set_exception(exc)
                return
            self.cache.add(scanned)
            report.set_result(scanned.report)

        self._pool.submit(_scan_tree, paths).add_done_callback(done)
        return report

    def files(self, root: Path) -> None:
        """Scan every file under `root`, each as the file at the same path in the site."""
        files = list(iter_files([root], []))
        self._pool.submit(_remember_covered, TreeFiles(root, files))
        for file in files:
            site_path = file.relative_to(root).as_posix()
            self._scanned[site_path] = self._pool.submit(_scan_one, file, site_path)

    def page(self, site_path: str, file: Path) -> None:
        """A page MkDocs is about to write. The pages announced before it are on disk by
        now (MkDocs writes each page before rendering the next), so they are sent. The
        theme's files, which the gate does not read in the finished site, are not either."""
        self._send_written()
        if is_theme_asset(Path(site_path)):
            return
        self._written.append((site_path, file))

    def _send_written(self) -> None:
        for site_path, file in self._written:
            self._scanned[site_path] = self._pool.submit(_scan_one, file, site_path, frozenset())
        self._written.clear()

    def finish(self, site_dir: Path) -> ScanReport:
        """The gate's report on every file under `site_dir`, in a stable order."""
        started = time.process_time()  # this process's part of the scan's CPU
        self._send_written()
        report = ScanReport()
        files = list(iter_files([site_dir], report.errors))
        covered = TreeFiles(site_dir, files)
        ahead = {f: self._scanned.pop(f.relative_to(site_dir).as_posix(), None) for f in files}
        # The pages the worker has not started yet (the last language's, mostly) are taken
        # back: left in its queue, they would keep one core busy while this one waits.
        for file, job in ahead.items():
            if job is not None and job.cancel():
                ahead[file] = None
        # What the worker never saw (the search indexes, mostly) is cut into parts, all
        # queued for the worker; this process checks the verdicts given ahead meanwhile,
        # then takes the parts the worker has not started, from the last one back. Both
        # cores stay busy to the end, whatever a part costs to scan.
        self._pool.submit(_remember_covered, covered)
        parts = _parts([f for f, job in ahead.items() if job is None])
        queued = [self._pool.submit(_scan_part, part, site_dir) for part in parts]
        stale = []
        known = self.cache.known
        site = (site_dir, self.cache.kept_lines)
        for file, job in ahead.items():
            if job is None:
                continue
            scanned, verdict = job.result()
            if scanned is not None and scanned == digest_of(file.read_bytes()):
                self._take(report, verdict)
            else:
                stale.append(file)  # changed after it was scanned: its final bytes are scanned
        self._take(report, scan_many(stale, self.allowlist, known, covered, site), here=True)
        for part, job in reversed(list(zip(parts, queued, strict=True))):
            if job.cancel():
                part_report = scan_many(part, self.allowlist, known, covered, site)
                self._take(report, part_report, here=True)
            else:
                self._take(report, job.result())
        report.findings.sort(key=lambda f: (f.path, f.where, f.line, f.column, f.category))
        report.errors.sort()
        report.unchecked.sort()
        self.cache.cpu += time.process_time() - started
        return report

    def _take(self, report: ScanReport, scanned: CachedScan, here: bool = False) -> None:
        """Add a part's report and clean keys; its CPU if the worker spent it (what this
        process spends in `finish`, hashing every file included, is counted as a whole)."""
        merge(report, scanned.report)
        if here:
            scanned.cpu = 0.0
        self.cache.add(scanned)

    def close(self) -> None:
        archive_members.answer_with(self.allowlist, None)
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._scanned.clear()
        self._written.clear()
