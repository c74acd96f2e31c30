"""The personal-data gate, run ahead on the second core while MkDocs renders.

MkDocs renders on one thread, so one worker process scans each file as soon as it is
final: data/ while the main process loads the data, the open data and documents once
written, every page once MkDocs has written it. Before publishing, every file of the built
site is hashed: a file whose exact bytes were scanned ahead (same path in the site, same
BLAKE2 digest) keeps that verdict; every other file (search indexes, theme files changed
after rendering, a page the worker has not reached) is scanned then. So the gate is as
strict as a scan of the finished site: nothing reaches site/ without its final bytes scanned.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Container
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from kazutb_transparency.buildsteps.gate import (
    Allowlist,
    NotCheckable,
    ResolvedPaths,
    ScanError,
    ScanReport,
    digest_of,
    iter_files,
    merge,
    scan_file,
    scan_files,
)
from kazutb_transparency.buildsteps.heap import start_worker

_allowlist: Allowlist | None = None  # the worker's copy, set once when it starts
_covered: Container[Path] = frozenset()  # the finished site's files (_remember_covered)

Scanned = tuple[bytes | None, ScanReport]  # (digest of the bytes scanned, the file's report)


def _start_worker(allowlist: Allowlist) -> None:
    global _allowlist
    start_worker()
    _allowlist = allowlist


def _scan_one(path: Path, covered: Container[Path]) -> Scanned:
    """Scan one file from the bytes read once, and return their digest with the verdict."""
    assert _allowlist is not None
    report = ScanReport(files=1)
    try:
        data = path.read_bytes()
    except OSError:
        return None, report  # scanned again (and reported) when the site is finished
    found = digest_of(data)  # the scanner's own key for these bytes: hashed once
    try:
        report.findings.extend(scan_file(path, _allowlist, covered, data, found))
    except ScanError as exc:
        report.errors.extend(exc.errors)
        report.findings.extend(exc.findings)
    except NotCheckable as exc:
        report.unchecked.append(str(exc))
    return found, report


def _scan_tree(paths: list[Path]) -> ScanReport:
    assert _allowlist is not None
    report = ScanReport()
    files = list(iter_files(paths, report.errors))
    return scan_files(files, _allowlist, ResolvedPaths(files), report)


def _remember_covered(covered: Container[Path]) -> None:
    """The files of the finished site, for the parts that follow (one worker runs every
    job in turn): sent once, not with each part."""
    global _covered
    _covered = covered


def _scan_part(files: list[Path]) -> ScanReport:
    """Files already final (written after the pages, such as the search indexes): one job
    for many of them, so that thousands of small files cost a few hand-overs, not thousands."""
    assert _allowlist is not None
    return scan_files(files, _allowlist, _covered, ScanReport())


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

    def __init__(self, allowlist: Allowlist) -> None:
        self.allowlist = allowlist
        self._pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start_worker,
            initargs=(allowlist,),
        )
        self._scanned: dict[str, Future[Scanned]] = {}  # by path in the site
        self._written: list[tuple[str, Path]] = []  # pages MkDocs is writing, not yet sent

    def tree(self, paths: list[Path]) -> Future[ScanReport]:
        """Scan whole folders (data/) in the worker; the caller collects the report."""
        return self._pool.submit(_scan_tree, paths)

    def files(self, root: Path) -> None:
        """Scan every file under `root`, each as the file at the same path in the site."""
        files = list(iter_files([root], []))
        covered = ResolvedPaths(files)
        for file in files:
            site_path = file.relative_to(root).as_posix()
            self._scanned[site_path] = self._pool.submit(_scan_one, file, covered)

    def page(self, site_path: str, file: Path) -> None:
        """A page MkDocs is about to write. The pages announced before it are on disk by
        now (MkDocs writes each page before rendering the next), so they are sent."""
        self._send_written()
        self._written.append((site_path, file))

    def _send_written(self) -> None:
        for site_path, file in self._written:
            self._scanned[site_path] = self._pool.submit(_scan_one, file, frozenset())
        self._written.clear()

    def finish(self, site_dir: Path) -> ScanReport:
        """The gate's report on every file under `site_dir`, in a stable order."""
        self._send_written()
        report = ScanReport()
        files = list(iter_files([site_dir], report.errors))
        covered = ResolvedPaths(files)
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
        queued = [self._pool.submit(_scan_part, part) for part in parts]
        stale = []
        for file, job in ahead.items():
            if job is None:
                continue
            scanned, verdict = job.result()
            if scanned is not None and scanned == digest_of(file.read_bytes()):
                merge(report, verdict)
            else:
                stale.append(file)  # changed after it was scanned: its final bytes are scanned
        merge(report, scan_files(stale, self.allowlist, covered, ScanReport()))
        for part, job in reversed(list(zip(parts, queued, strict=True))):
            if job.cancel():
                merge(report, scan_files(part, self.allowlist, covered, ScanReport()))
            else:
                merge(report, job.result())
        report.findings.sort(key=lambda f: (f.path, f.where, f.line, f.column, f.category))
        report.errors.sort()
        report.unchecked.sort()
        return report

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._scanned.clear()
        self._written.clear()
