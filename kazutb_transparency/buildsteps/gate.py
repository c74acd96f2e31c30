"""The personal-data gate as the build uses it: findings become data problems.

The built site is scanned on every core: the scan is per file, so files are shared out
among worker processes (largest first, to the least loaded worker) and the findings are
put back in a stable order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Container
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from kazutb_transparency.buildsteps.forked import in_child
from kazutb_transparency.buildsteps.heap import start_worker
from kazutb_transparency.core.datafiles import display_path
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.incremental import remembering
from kazutb_transparency.privacy import (
    Allowlist,
    AllowlistError,
    Finding,
    ScanReport,
    is_theme_asset,
    load_allowlist,
)
from kazutb_transparency.privacy import members as archive_members
from kazutb_transparency.privacy.changed_lines import (
    DIGEST_SIZE,
    MIN_CHARS,
    ChangedLines,
    changed_part,
    digest_list,
    line_digests,
    lines_of_values,
    scan_changed,
)
from kazutb_transparency.privacy.filetypes import kind_of
from kazutb_transparency.privacy.scanner import (
    NotCheckable,
    ResolvedPaths,
    ScanError,
    digest_of,
    file_name_findings,
    iter_files,
    known_clean,
    note_clean,
    prepare_prefilter,
    scan_file,
    scan_files,
)
from kazutb_transparency.privacy.table_twins import rows_by_line

# The scan-ahead worker (scanahead.py) and the scan cache (scancache.py) take the privacy
# package's names from here too.
__all__ = [
    "DIGEST_SIZE",
    "MIN_CHARS",
    "Allowlist",
    "NotCheckable",
    "ResolvedPaths",
    "ScanError",
    "ScanReport",
    "adopt_lines_scanned",
    "archive_members",
    "changed_part",
    "digest_list",
    "digest_of",
    "enforce",
    "file_name_findings",
    "gate_allowlist",
    "is_theme_asset",
    "iter_files",
    "kind_of",
    "line_digests",
    "lines_of_values",
    "lines_scanned",
    "merge",
    "new_rebuild",
    "note_clean",
    "prepare_prefilter",
    "rows_by_line",
    "scan",
    "scan_changed",
    "scan_changed_files",
    "scan_file",
    "scan_files",
    "scan_for_personal_data",
    "served_clean",
    "shares",
]

# Below this many bytes, starting worker processes costs more than it saves.
PARALLEL_MIN_BYTES = 8_000_000
# The preview forks one child (no pool, nothing pickled on the way in): worth it sooner.
PREVIEW_SPLIT_MIN_BYTES = 400_000

HINT = (
    "remove it, or add an institutional contact or official to data/privacy/allowlist.yaml "
    "with the reason it may be published"
)
UNREADABLE = "cannot be read for the personal-data check"
UNCHECKED_HINT = (
    "publish a PDF with a text layer (export it from the original document rather than "
    "scanning), or have a person read it and list it under `documents:` in "
    "data/privacy/allowlist.yaml with its sha256 and the reason"
)


def _scan_share(files: list[Path], allowlist: Allowlist, covered: Container[Path]) -> ScanReport:
    return scan_files(files, allowlist, covered, ScanReport())


def merge(report: ScanReport, part: ScanReport) -> None:
    report.findings += part.findings
    report.errors += part.errors
    report.unchecked += part.unchecked
    report.files += part.files


def _halves(files: list[Path]) -> tuple[list[Path], list[Path]] | None:
    """The preview's changed files in two lists of about equal text, or None when there is
    too little to share. Text files take time by their size; an archive's members are
    mostly copies of files published beside it, skipped, so its size says little (it goes
    with the first half). Copies of one file (a dataset and its release: same name and
    size) stay together, so that one process reads their bytes once (the scanner's _SEEN)."""
    copies: dict[tuple[str, int], list[Path]] = {}
    rest = []
    for file in files:
        if (kind_of(file) or ("",))[0] == "text":
            copies.setdefault((file.name, file.stat().st_size), []).append(file)
        else:
            rest.append(file)
    text = sum(size * len(group) for (_, size), group in copies.items())
    if len(copies) < 2 or text < PREVIEW_SPLIT_MIN_BYTES:
        return None
    group_of = {group[0]: group for group in copies.values()}
    first, second = ([f for one in share for f in group_of[one]]
                     for share in shares(list(group_of), 2))  # fmt: skip
    return first + rest, second


def shares(files: list[Path], count: int) -> list[list[Path]]:
    """Split files into `count` lists of about equal total size. A dataset's CSV and JSON
    files go together, the CSV first: the JSON is read as its CSV when it holds the same
    values (privacy/table_twins.py), and one process then reads the CSV once."""
    units: dict[Path, list[Path]] = {}
    for file in files:
        twins = file.suffix.lower() in (".csv", ".json")
        units.setdefault(file.with_suffix("") if twins else file, []).append(file)
    sized = [(sum(f.stat().st_size for f in unit), sorted(unit)) for unit in units.values()]
    buckets: list[list[Path]] = [[] for _ in range(count)]
    loads = [0] * count
    for size, unit in sorted(sized, key=lambda pair: pair[0], reverse=True):
        lightest = loads.index(min(loads))
        buckets[lightest] += unit
        loads[lightest] += size
    return [bucket for bucket in buckets if bucket]


def scan(
    paths: list[Path],
    allowlist: Allowlist,
    covered: Container[Path] | None = None,
    in_process: bool = False,
) -> ScanReport:
    """Findings, unreadable and uncheckable files under `paths`, on every core for large trees.

    `covered`: the files published beside these (default: these), whose copies inside an
    archive are not read twice. `in_process`: no pool of workers (the live preview's few
    changed files: starting them costs more than it saves), one forked child at most."""
    report = ScanReport()
    files = list(iter_files(paths, report.errors))
    if covered is None:
        covered = ResolvedPaths(files)
    workers = min(os.cpu_count() or 1, 8)
    # A forked child of the build's (forked.py) may not fork one of its own.
    alone = multiprocessing.current_process().daemon
    halves = _halves(files) if in_process and workers > 1 and not alone else None
    if halves is not None:
        # One forked child, which starts in milliseconds, scans one half meanwhile.
        theirs = in_child(_scan_share, halves[1], allowlist, covered)
        merge(report, scan_files(halves[0], allowlist, covered, ScanReport()))
        merge(report, theirs())
    elif (
        in_process
        or remembering()  # the preview's data/: this process remembers what it scanned
        or workers < 2
        or sum(f.stat().st_size for f in files) < PARALLEL_MIN_BYTES
    ):
        return scan_files(files, allowlist, covered, report)
    else:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=start_worker
        ) as pool:
            jobs = [pool.submit(_scan_share, share, allowlist, covered)
                    for share in shares(files, workers)]  # fmt: skip
            for job in jobs:
                merge(report, job.result())
    report.findings.sort(key=lambda f: (f.path, f.where, f.line, f.column, f.category))
    report.errors.sort()
    report.unchecked.sort()
    return report


# The preview's memory of the large table files it served (one preview per process).
_CHANGED_LINES = ChangedLines()


def scan_changed_files(
    changed: list[Path], built: Path, allowlist: Allowlist, covered: Container[Path]
) -> ScanReport:
    """The preview's scan of the files changed since it last served: a large CSV or JSON
    file by its changed lines where it can be (privacy/changed_lines.py), the rest whole."""
    whole = []
    served = {file: file.relative_to(built).as_posix() for file in changed}
    clean: list[tuple[str, bytes]] = []  # (format, bytes) found clean by their changed lines
    # The same of those files by their (device, inode): the preview links a release to its
    # dataset's current file, and its kept files are replaced, never written in place.
    clean_files: set[tuple[int, int]] = set()
    # The files served before first: once their changed lines are found clean, a copy of
    # their bytes (a dataset's new release) is known clean and needs no lines of its own.
    for file in sorted(changed, key=lambda f: not _CHANGED_LINES.knows(served[f])):
        kind = kind_of(file)
        fmt = kind[1] if kind is not None and kind[0] == "text" else ""
        path, info = served[file], file.stat()
        if fmt not in ("csv", "json") or info.st_size < MIN_CHARS:
            whole.append(file)
            continue
        if not _CHANGED_LINES.knows(path) and (info.st_dev, info.st_ino) in clean_files:
            continue  # a link to bytes found clean just now: not even read
        data = file.read_bytes()
        # A copy of bytes found clean just now is told by comparing them (a release of
        # 51 MB: a comparison of memory, where a digest reads them at a tenth the speed);
        # a copy of bytes found clean before, by the scanner's memory.
        if not _CHANGED_LINES.knows(path) and (
            any(fmt == known and data == bytes_ for known, bytes_ in clean)
            or known_clean(data, file, allowlist)
        ):
            continue
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            whole.append(file)  # the whole scan says what is wrong with it
            continue
        part = _CHANGED_LINES.changed_text(path, text, fmt, allowlist)
        if part is not None and scan_changed(part, fmt, allowlist, str(file)):
            note_clean(data, file, allowlist)  # its copies (a release) are not read again
            clean.append((fmt, data))
            clean_files.add((info.st_dev, info.st_ino))
        else:
            whole.append(file)  # and a finding is reported with its place in the file
    report = scan(whole, allowlist, covered, in_process=True)
    report.files += len(changed) - len(whole)
    return report


def new_rebuild() -> None:
    """A preview's rebuild begins: what an earlier one scanned and did not serve (it was
    refused) is forgotten, never taken for what this one scans."""
    _CHANGED_LINES.begin()


def lines_scanned() -> dict[str, Any]:
    """What this rebuild's scans found clean by lines, to be handed back from a child."""
    return _CHANGED_LINES.pending()


def adopt_lines_scanned(pending: dict[str, Any]) -> None:
    """`lines_scanned()` of a scan made in a child, as if made here."""
    _CHANGED_LINES.adopt(pending)


def served_clean(changed: list[Path], gone: list[str], built: Path) -> None:
    """The changed files passed the gate and are served (`scan_changed_files`)."""
    _CHANGED_LINES.served([file.relative_to(built).as_posix() for file in changed], gone)


def _error_problem(error: str) -> Problem:
    """ "path: what is wrong" from the scanner, with the path as editors see it."""
    path, _, message = error.partition(": ")
    if "not valid UTF-8" in message:
        return Problem(
            display_path(Path(path)),
            f"not UTF-8 text: {UNREADABLE}",
            hint="save it as UTF-8",
        )
    return Problem(display_path(Path(path)), message or "refused by the personal-data check")


def _problem(f: Finding) -> Problem:
    path = display_path(Path(f.path))
    if f.where:
        return Problem(
            path, f"possible personal data ({f.category}) in {f.where}: {f.excerpt}", hint=HINT
        )
    return Problem(
        path, f"possible personal data ({f.category}): {f.excerpt}", line=f.line, hint=HINT
    )


def gate_allowlist(data_dir: Path) -> Allowlist:
    """data/privacy/allowlist.yaml; a broken allowlist is a data problem."""
    allowlist_path = data_dir / "privacy" / "allowlist.yaml"
    try:
        return load_allowlist(allowlist_path)
    except AllowlistError as exc:
        raise DataError([Problem(display_path(allowlist_path), str(exc))]) from exc


def enforce(report: ScanReport, strict: bool = True, warn=None) -> None:
    """The gate's verdict on a scan: any finding, or any file it cannot read, stops the build.

    A document without a text layer cannot be checked: the strict build refuses it unless
    a person has read it (allowlist `documents:`); otherwise it is a warning.
    """
    problems = [_error_problem(error) for error in report.errors]
    problems += [_problem(f) for f in report.findings]
    for unchecked in report.unchecked:
        if strict or warn is None:
            problems.append(
                Problem(unchecked, "cannot be checked for personal data", hint=UNCHECKED_HINT)
            )
        else:
            warn(f"{unchecked}: cannot be checked for personal data; {UNCHECKED_HINT}")
    if problems:
        raise DataError(problems)


def scan_for_personal_data(
    paths: list[Path], data_dir: Path, strict: bool = True, warn=None
) -> None:
    """The personal-data gate over `paths` (see `enforce`)."""
    enforce(scan(paths, gate_allowlist(data_dir)), strict, warn)
