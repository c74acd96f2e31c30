"""What the gate found clean, by content, kept between builds (.cache/, and CI's cache).

The scanner already reads a copy of bytes once within a build (privacy/scanner.py); this
keeps its clean verdicts from one build to the next, so that a build after a one-record
edit scans only the files whose bytes changed. A file is known clean by its key: the type
the scanner reads it as and the sha256 of its bytes (and, for a document, its name: the
allowlist's `documents:` pass a document by name and hash). The keys are valid only under
one fingerprint: the privacy package's source and lexicons, data/privacy/, the versions of
Python and of the libraries the scan reads with, and the gate's settings. Another
fingerprint, or a file that cannot be read as this one writes it, is an empty cache.

Only a file whose whole scan was clean is kept; a file with a finding, an error or no text
to check is scanned again in every build. So the cache can never hide a finding: a file is
passed without a scan only when these exact bytes passed the same gate before.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from kazutb_transparency.buildsteps.gate import (
    Allowlist,
    NotCheckable,
    ScanError,
    ScanReport,
    archive_members,
    file_name_findings,
    kind_of,
    scan_file,
)

FORMAT = "kazutb-gate-cache/1"
FILE = "gate-scan.json"
PRIVACY = Path(__file__).resolve().parents[1] / "privacy"
# The libraries whose reading of a file decides what the detectors see.
LIBRARIES = ("hyperscan", "phonenumbers", "pymorphy3", "pymorphy3-dicts-ru", "pypdf", "pillow",
             "defusedxml", "pyyaml")  # fmt: skip
# The gate's settings: the build scans with the prefilter on (privacy/prefilter.py).
SETTINGS = {"prefilter": True}
# Kinds whose verdict depends on the bytes alone. An archive's members published beside it
# are skipped (privacy/scanner.py, _covered_elsewhere): its verdict depends on its
# neighbours too (clean beside a twin that had a finding, it would not be clean alone), so
# an archive is opened in every build; but a member whose bytes are known clean is passed
# by its key (`member_answer`), and only the changed members and the names are read.
CACHED_KINDS = frozenset({"text", "document"})


def _version(library: str) -> str:
    try:
        return metadata.version(library)
    except metadata.PackageNotFoundError:
        return "-"


def fingerprint(data_dir: Path) -> str:
    """The sha256 of everything that decides a finding, besides the bytes scanned."""
    digest = hashlib.sha256(FORMAT.encode())
    settings = {
        "python": sys.version,
        "libraries": {library: _version(library) for library in LIBRARIES},
        "settings": SETTINGS,
    }
    digest.update(json.dumps(settings, sort_keys=True).encode())
    for label, folder in (("privacy", PRIVACY), ("data/privacy", data_dir / "privacy")):
        files = sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        for file in files:
            digest.update(f"\0{label}/{file.relative_to(folder).as_posix()}\0".encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def key_of(path: Path, data: bytes) -> str | None:
    """The key of a file's content, or None for a type whose verdict is not kept."""
    kind = kind_of(path)
    if kind == ("container", "gzip"):
        # Compressed text (sitemap.xml.gz) is read as that text is: by its bytes alone. A
        # compressed archive or document is not kept (see CACHED_KINDS).
        inner = kind_of(Path(path.stem))
        if inner is None or inner[0] != "text":
            return None
        return f"gzip/{inner[0]}/{inner[1]}:{hashlib.sha256(data).hexdigest()}"
    if kind is None or kind[0] not in CACHED_KINDS:
        return None
    key = f"{kind[0]}/{kind[1]}:{hashlib.sha256(data).hexdigest()}"
    return f"{key}:{path.name}" if kind[0] == "document" else key


def member_answer(known: Container[str], allowlist: Allowlist) -> archive_members.KnownClean:
    """Whether an archive's member is known clean (privacy/members.py): its key among the
    clean keys. A document the allowlist passes unread by name and hash (`documents:`) is
    clean as a file, not as a member (the allowlist passes files, not members): it is read."""

    def known_clean(data: bytes, name: Path) -> bool:
        key = key_of(name, data)
        if key is None or key not in known:
            return False
        if key.startswith("document/"):
            return not allowlist.allows_unchecked(name.name, hashlib.sha256(data).hexdigest())
        return True

    return known_clean


@dataclass
class ScanCache:
    """The clean keys of the last builds (`known`) and those of this one (`clean`)."""

    file: Path | None
    fingerprint: str
    known: frozenset[str] = frozenset()
    clean: set[str] = field(default_factory=set)
    scanned: int = 0  # files of this build scanned
    reused: int = 0  # files of this build passed by their key
    cpu: float = 0.0  # CPU seconds of this build's scan, in every process
    cpu_scanned: float = 0.0  # of which in the files scanned (not passed by their key)

    def add(self, part: CachedScan) -> None:
        self.clean.update(part.clean)
        self.scanned += part.scanned
        self.reused += part.reused
        self.cpu += part.cpu
        self.cpu_scanned += part.cpu_scanned

    def save(self) -> None:
        """Write this build's clean keys (only these: the file does not grow without end),
        replacing the file in one rename so that a build reading it never sees half."""
        if self.file is None:
            return
        self.file.parent.mkdir(parents=True, exist_ok=True)
        body = {"format": FORMAT, "fingerprint": self.fingerprint, "clean": sorted(self.clean)}
        handle, name = tempfile.mkstemp(dir=self.file.parent, prefix=".gate-scan-")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(body, out, separators=(",", ":"))
            os.replace(name, self.file)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise

    def summary(self) -> str:
        return (
            f"kazutb: gate: {self.scanned + self.reused} files, {self.scanned} scanned, "
            f"{self.reused} clean in the scan cache; {self.cpu:.2f} CPU s of the gate, "
            f"{self.cpu_scanned:.2f} of them scanning files"
        )


def load(file: Path | None, data_dir: Path) -> tuple[ScanCache, str | None]:
    """The cache kept in `file` (None: none kept, KAZUTB_SCAN_CACHE=0), and a one-line note
    when the file was there but is not used."""
    stamp = fingerprint(data_dir)
    if file is None or not file.exists():
        return ScanCache(file, stamp), None
    try:
        body = json.loads(file.read_bytes())
        if not isinstance(body, dict) or body.get("format") != FORMAT:
            raise ValueError("not a cache of this gate")
        clean = body.get("clean")
        if not isinstance(clean, list) or not all(isinstance(key, str) for key in clean):
            raise ValueError("its list of clean files is not one")
    except (OSError, ValueError) as exc:  # json.JSONDecodeError and UnicodeError too
        note = f"{file}: the personal-data scan cache is ignored ({exc}); every file is scanned"
        return ScanCache(file, stamp), note
    if body.get("fingerprint") != stamp:
        return ScanCache(file, stamp), None  # the gate changed: nothing it said is kept
    return ScanCache(file, stamp, frozenset(clean)), None


def cache_file(root: Path) -> Path | None:
    """Where a build keeps the cache, or None when KAZUTB_SCAN_CACHE=0."""
    if os.environ.get("KAZUTB_SCAN_CACHE", "1") == "0":
        return None
    return root / ".cache" / FILE


@dataclass
class CachedScan:
    """The gate's report on some files, and the keys of those found clean."""

    report: ScanReport = field(default_factory=ScanReport)
    clean: list[str] = field(default_factory=list)
    scanned: int = 0
    reused: int = 0
    cpu: float = 0.0
    cpu_scanned: float = 0.0


def scan_one(
    path: Path,
    allowlist: Allowlist,
    known: Container[str],
    covered: Container[Path] = frozenset(),
    data: bytes | None = None,
    digest: bytes | None = None,
) -> CachedScan:
    """One file's report: by its key when these bytes were found clean before (only its
    name is read again: a copy under another name may have a name that is personal data),
    else by the scanner."""
    started = time.process_time()
    result = CachedScan()
    report = result.report
    report.files = 1
    try:
        data = path.read_bytes() if data is None else data
    except OSError:
        data = None  # the scanner reports it
    key = key_of(path, data) if data is not None else None
    if key is not None and key in known:
        report.findings.extend(file_name_findings(path.name, allowlist, str(path)))
        result.reused = 1
    else:
        try:
            report.findings.extend(scan_file(path, allowlist, covered, data, digest))
        except ScanError as exc:
            report.errors.extend(exc.errors)
            report.findings.extend(exc.findings)
        except NotCheckable as exc:
            report.unchecked.append(str(exc))
        result.scanned = 1
    if key is not None and not (report.findings or report.errors or report.unchecked):
        result.clean.append(key)
    result.cpu = time.process_time() - started
    result.cpu_scanned = result.cpu * result.scanned
    return result


def scan_many(
    files: Iterable[Path], allowlist: Allowlist, known: Container[str], covered: Container[Path]
) -> CachedScan:
    """`scan_one` over `files`, in one report."""
    total = CachedScan()
    for file in files:
        one = scan_one(file, allowlist, known, covered)
        merge(total, one)
    return total


def merge(total: CachedScan, part: CachedScan) -> None:
    total.report.findings += part.report.findings
    total.report.errors += part.report.errors
    total.report.unchecked += part.report.unchecked
    total.report.files += part.report.files
    total.clean += part.clean
    total.scanned += part.scanned
    total.reused += part.reused
    total.cpu += part.cpu
    total.cpu_scanned += part.cpu_scanned


def fingerprint_main() -> None:
    """Print the fingerprint (the publish workflow keys its cache on it)."""
    root = Path(__file__).resolve().parents[2]
    override = os.environ.get("KAZUTB_DATA")
    print(fingerprint(Path(override) if override else root / "data"))


if __name__ == "__main__":
    fingerprint_main()
