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

A large CSV or JSON file found clean also leaves the digests of its lines, by its place in
the site; the next version of the file at that place is scanned by its changed lines
against them (privacy/changed_lines.py, which says why that finds what a scan of the whole
file finds), and whole when they show anything. A one-record edit of a 14 MB dataset then
costs its lines' digests and a few thousand lines' scan, not the whole file's.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from kazutb_transparency.buildsteps.gate import (
    DIGEST_SIZE,
    MIN_CHARS,
    Allowlist,
    NotCheckable,
    ScanError,
    ScanReport,
    archive_members,
    changed_part,
    digest_list,
    file_name_findings,
    kind_of,
    line_digests,
    lines_of_values,
    note_clean,
    rows_by_line,
    scan_changed,
    scan_file,
)
from kazutb_transparency.core.opendata.releases import RELEASES

FAMILY = "kazutb-gate-cache/"
FORMAT = f"{FAMILY}2"
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


@dataclass(frozen=True)
class KeptLines:
    """A large table file found clean, by its place in the site: its key, the format it was
    read as and the digests of its lines (privacy/changed_lines.py, `line_digests`)."""

    key: str
    fmt: str
    digests: bytes
    # A JSON dataset's: the key of the CSV file beside it whose cells its rows carry, line
    # for line (privacy/table_twins.py, `rows_by_line`); "" when not known to.
    twin: str = ""

    def as_json(self) -> list[str]:
        return [self.key, self.fmt, base64.b64encode(self.digests).decode("ascii"), self.twin]

    @classmethod
    def from_json(cls, value: object) -> KeptLines:
        if not (
            isinstance(value, list) and len(value) == 4 and all(isinstance(v, str) for v in value)
        ):
            raise ValueError("a kept file's lines are not [key, format, digests, twin]")
        digests = base64.b64decode(value[2], validate=True)
        if len(digests) % DIGEST_SIZE:
            raise ValueError("a kept file's line digests are cut short")
        return cls(value[0], value[1], digests, value[3])


@dataclass
class ScanCache:
    """The clean keys of the last builds (`known`) and those of this one (`clean`)."""

    file: Path | None
    fingerprint: str
    known: frozenset[str] = frozenset()
    clean: set[str] = field(default_factory=set)
    # The lines of large table files found clean: of the last builds, and of this one.
    kept_lines: Mapping[str, KeptLines] = field(default_factory=dict)
    lines: dict[str, KeptLines] = field(default_factory=dict)
    scanned: int = 0  # files of this build scanned
    reused: int = 0  # files of this build passed by their key
    cpu: float = 0.0  # CPU seconds of this build's scan, in every process
    cpu_scanned: float = 0.0  # of which in the files scanned (not passed by their key)

    def add(self, part: CachedScan) -> None:
        self.clean.update(part.clean)
        self.lines.update(part.lines)
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
        # The lines of a file passed by its key are those kept for it before.
        lines = {place: kept for place, kept in self.kept_lines.items() if kept.key in self.clean}
        lines.update(self.lines)
        body = {
            "format": FORMAT,
            "fingerprint": self.fingerprint,
            "clean": sorted(self.clean),
            "lines": {place: lines[place].as_json() for place in sorted(lines)},
        }
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
        if not isinstance(body, dict) or not str(body.get("format")).startswith(FAMILY):
            raise ValueError("not a cache of this gate")
        if body["format"] != FORMAT:
            return ScanCache(file, stamp), None  # an earlier version's: nothing is kept
        clean = body.get("clean")
        if not isinstance(clean, list) or not all(isinstance(key, str) for key in clean):
            raise ValueError("its list of clean files is not one")
        lines = body.get("lines", {})
        if not isinstance(lines, dict):
            raise ValueError("its lines of table files are not a mapping")
        kept_lines = {str(place): KeptLines.from_json(kept) for place, kept in lines.items()}
    except (OSError, ValueError, binascii.Error) as exc:  # JSONDecodeError, UnicodeError too
        note = f"{file}: the personal-data scan cache is ignored ({exc}); every file is scanned"
        return ScanCache(file, stamp), note
    if body.get("fingerprint") != stamp:
        return ScanCache(file, stamp), None  # the gate changed: nothing it said is kept
    return ScanCache(file, stamp, frozenset(clean), kept_lines=kept_lines), None


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
    lines: dict[str, KeptLines] = field(default_factory=dict)
    scanned: int = 0
    reused: int = 0
    cpu: float = 0.0
    cpu_scanned: float = 0.0


@dataclass(frozen=True)
class Place:
    """Where a file is published (its path in the site), and the lines kept of the large
    table files found clean in earlier builds, by that path."""

    path: str
    kept: Mapping[str, KeptLines]


_RELEASED = f"opendata/{RELEASES}/"


def _may_change(place: Place) -> bool:
    """Whether a later build may publish other bytes at this place: a released version's
    files never change, so their lines are not kept (the cache would grow by every release)."""
    return not place.path.startswith(_RELEASED)


def _table_lines(path: Path, data: bytes) -> tuple[str, list[str], bytes] | None:
    """A large CSV or JSON file whose lines are the units of its reading: its format,
    lines and their digests; None for any other file (scanned whole, nothing kept)."""
    kind = kind_of(path)
    if kind is None or kind[0] != "text" or kind[1] not in ("csv", "json"):
        return None
    if len(data) < MIN_CHARS:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None  # the whole scan says what is wrong with it
    lines = lines_of_values(text, kind[1])
    if lines is None:
        return None
    return kind[1], lines, line_digests(data)


@dataclass(frozen=True)
class _CleanTable:
    """The last CSV file this process found clean by its lines or whole, as read."""

    place: str
    key: str
    lines: list[str]
    digests: bytes
    allowlist: Allowlist


# One at a time: a dataset's CSV is scanned just before its JSON (privacy/scanner.py,
# iter_files; buildsteps/gate.py, shares), which is read as its twin (`_carried_twin`).
_last_clean_csv: _CleanTable | None = None


def _remember_clean_csv(table: _CleanTable | None) -> None:
    global _last_clean_csv
    _last_clean_csv = table


def _carried_twin(
    path: Path, data: bytes, table: tuple[str, list[str], bytes], place: Place, allowlist: Allowlist
) -> str | None:
    """The key of the CSV file beside this JSON dataset, found clean just now, when the
    JSON's rows carry its cells line for line (privacy/table_twins.py): the JSON holds no
    text the CSV does not, and is clean as it is. Where both files' earlier versions were
    known to pair so, only the lines changed in either are compared."""
    global _last_clean_csv
    fmt, lines, digests = table
    twin, _last_clean_csv = _last_clean_csv, None  # its lines are not held any longer
    if fmt != "json" or twin is None or twin.allowlist is not allowlist:
        return None
    if twin.place != place.path[: -len(path.suffix)] + ".csv" or len(twin.lines) != len(lines):
        return None
    indexes: Iterable[int] = range(len(lines))
    kept, kept_twin = place.kept.get(place.path), place.kept.get(twin.place)
    if kept is not None and kept_twin is not None and kept.twin == kept_twin.key:
        new, old = digest_list(digests), digest_list(kept.digests)
        new_twin, old_twin = digest_list(twin.digests), digest_list(kept_twin.digests)
        if len(new) == len(old) == len(old_twin):
            indexes = [i for i in range(len(new)) if new[i] != old[i] or new_twin[i] != old_twin[i]]
    if not rows_by_line(lines, twin.lines, indexes):
        return None
    note_clean(data, path, allowlist)  # a copy of it (a release) is not read again
    return twin.key


def _clean_by_changed_lines(
    path: Path, data: bytes, table: tuple[str, list[str], bytes], place: Place, allowlist: Allowlist
) -> bool:
    """Whether the file's changed lines since the version kept at its place show nothing."""
    fmt, lines, digests = table
    kept = place.kept.get(place.path)
    if kept is None or kept.fmt != fmt:
        return False
    part = changed_part(lines, digest_list(digests), digest_list(kept.digests), fmt)
    if part is None or not scan_changed(part, fmt, allowlist, str(path)):
        return False
    note_clean(data, path, allowlist)  # its copies (a release, its JSON twin) are not read again
    return True


def scan_one(
    path: Path,
    allowlist: Allowlist,
    known: Container[str],
    covered: Container[Path] = frozenset(),
    data: bytes | None = None,
    digest: bytes | None = None,
    place: Place | None = None,
) -> CachedScan:
    """One file's report: by its key when these bytes were found clean before (only its
    name is read again: a copy under another name may have a name that is personal data);
    when it is a large table file whose earlier version at the same `place` was found
    clean, as that version's twin (a JSON whose changed lines carry the changed lines of
    the CSV this process has just found clean) or by its changed lines; else by the
    scanner."""
    started = time.process_time()
    result = CachedScan()
    report = result.report
    report.files = 1
    try:
        data = path.read_bytes() if data is None else data
    except OSError:
        data = None  # the scanner reports it
    key = key_of(path, data) if data is not None else None
    table = None
    if key is not None and place is not None and key not in known and _may_change(place):
        table = _table_lines(path, data)
    twin = ""
    if key is not None and key in known:
        report.findings.extend(file_name_findings(path.name, allowlist, str(path)))
        result.reused = 1
    elif table is not None and (
        (twin := _carried_twin(path, data, table, place, allowlist) or "")
        or _clean_by_changed_lines(path, data, table, place, allowlist)
    ):
        report.findings.extend(file_name_findings(path.name, allowlist, str(path)))
        result.scanned = 1
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
        if table is not None:
            result.lines[place.path] = KeptLines(key, table[0], table[2], twin)
            clean = _CleanTable(place.path, key, table[1], table[2], allowlist)
            _remember_clean_csv(clean if table[0] == "csv" else None)
    result.cpu = time.process_time() - started
    result.cpu_scanned = result.cpu * result.scanned
    return result


def scan_many(
    files: Iterable[Path],
    allowlist: Allowlist,
    known: Container[str],
    covered: Container[Path],
    site: tuple[Path, Mapping[str, KeptLines]] | None = None,
) -> CachedScan:
    """`scan_one` over `files`, in one report; `site`: the folder they are published from,
    and the lines kept of its large table files (else each is scanned whole)."""
    total = CachedScan()
    for file in files:
        place = None if site is None else Place(file.relative_to(site[0]).as_posix(), site[1])
        one = scan_one(file, allowlist, known, covered, place=place)
        merge(total, one)
    return total


def merge(total: CachedScan, part: CachedScan) -> None:
    total.report.findings += part.report.findings
    total.report.errors += part.report.errors
    total.report.unchecked += part.report.unchecked
    total.report.files += part.report.files
    total.clean += part.clean
    total.lines.update(part.lines)
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
