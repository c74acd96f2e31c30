"""The personal-data gate as the build uses it: findings become data problems.

The built site is scanned on every core: the scan is per file, so files are shared out
among worker processes (largest first, to the least loaded worker) and the findings are
put back in a stable order.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from kazutb_transparency.datafiles import display_path
from kazutb_transparency.errors import DataError, Problem
from kazutb_transparency.privacy import (
    Allowlist,
    AllowlistError,
    Finding,
    ScanError,
    load_allowlist,
    scan_paths,
)
from kazutb_transparency.privacy.scanner import iter_files

# Below this many bytes, starting worker processes costs more than it saves.
PARALLEL_MIN_BYTES = 8_000_000

HINT = (
    "remove it, or add an institutional contact or official to data/privacy/allowlist.yaml "
    "with the reason it may be published"
)


def _scan_share(files: list[Path], allowlist: Allowlist) -> tuple[list[Finding], list[str]]:
    try:
        return scan_paths(files, allowlist), []
    except ScanError as exc:
        return exc.findings, exc.errors


def shares(files: list[Path], count: int) -> list[list[Path]]:
    """Split files into `count` lists of about equal total size."""
    buckets: list[list[Path]] = [[] for _ in range(count)]
    loads = [0] * count
    for file in sorted(files, key=lambda f: f.stat().st_size, reverse=True):
        lightest = loads.index(min(loads))
        buckets[lightest].append(file)
        loads[lightest] += file.stat().st_size
    return [bucket for bucket in buckets if bucket]


def scan(paths: list[Path], allowlist: Allowlist) -> tuple[list[Finding], list[str]]:
    """Findings and unreadable files under `paths`, using every core for large trees."""
    errors: list[str] = []
    files = list(iter_files(paths, errors))
    workers = min(os.cpu_count() or 1, 8)
    if workers < 2 or sum(f.stat().st_size for f in files) < PARALLEL_MIN_BYTES:
        findings, more = _scan_share(files, allowlist)
        return findings, errors + more
    context = multiprocessing.get_context("fork")
    findings: list[Finding] = []
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        jobs = [pool.submit(_scan_share, share, allowlist) for share in shares(files, workers)]
        for job in jobs:
            found, more = job.result()
            findings += found
            errors += more
    findings.sort(key=lambda f: (f.path, f.line, f.column, f.category))
    return findings, sorted(errors)


def scan_for_personal_data(paths: list[Path], data_dir: Path) -> None:
    """The personal-data gate: any finding, or any file it cannot read, stops the build."""
    allowlist_path = data_dir / "privacy" / "allowlist.yaml"
    try:
        allowlist = load_allowlist(allowlist_path)
    except AllowlistError as exc:
        raise DataError([Problem(display_path(allowlist_path), str(exc))]) from exc
    findings, errors = scan(paths, allowlist)
    problems = [
        Problem(error, "cannot be read for the personal-data check", hint="save it as UTF-8 text")
        for error in errors
    ]
    problems += [
        Problem(
            f.path, f"possible personal data ({f.category}): {f.excerpt}", line=f.line, hint=HINT
        )
        for f in findings
    ]
    if problems:
        raise DataError(problems)
