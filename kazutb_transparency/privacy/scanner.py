"""Scanning text, files and directory trees; the public entry points of the gate."""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import zipfile
import zlib
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path

from kazutb_transparency.privacy import members, triggers
from kazutb_transparency.privacy.addresses import download_name_hits, file_name_hits, url_hits
from kazutb_transparency.privacy.allowlist import Allowlist
from kazutb_transparency.privacy.amounts import written_as_amount
from kazutb_transparency.privacy.contacts import address_hits, social_hits
from kazutb_transparency.privacy.detectors import (
    cluster_hits,
    email_hits,
    iban_hits,
    passport_hits,
)
from kazutb_transparency.privacy.documents import (
    EXTRACTORS,
    CannotCheck,
    Part,
    Unreadable,
    archive_comment_parts,
)
from kazutb_transparency.privacy.extract import project
from kazutb_transparency.privacy.filetypes import kind_of, type_name
from kazutb_transparency.privacy.forms import source_hits
from kazutb_transparency.privacy.hits import Hit
from kazutb_transparency.privacy.mask import mask
from kazutb_transparency.privacy.names import listed_names, name_hits
from kazutb_transparency.privacy.normalize import normalize
from kazutb_transparency.privacy.placeholders import is_placeholder
from kazutb_transparency.privacy.prefilter import Detector, Prefilter
from kazutb_transparency.privacy.projection import Projection
from kazutb_transparency.privacy.spelled import obfuscated_email_hits, spelled_number_hits
from kazutb_transparency.privacy.table_twins import carries_csv_values, csv_twin

# Tool and VCS folders are never published; everything else in a tree is looked at.
_SKIP_DIRS = frozenset({".git", ".hg", ".svn", "__pycache__", ".venv", "venv", "node_modules"})
_IDENTIFIERS = frozenset({"iin", "iban", "bank-card", "id-document", "student-id"})
_PRIORITY = {"student-id": 1, "birth-date": 1}  # context-only categories yield


@dataclass(frozen=True, order=True)
class Finding:
    path: str
    line: int
    column: int
    category: str
    excerpt: str  # masked: never the value itself
    where: str = ""  # inside a document: "page 3", "metadata /Author"

    def __str__(self) -> str:
        if self.where:
            return f"{self.path}: {self.where}, line {self.line}: {self.category}: {self.excerpt}"
        return f"{self.path}:{self.line}:{self.column}: {self.category}: {self.excerpt}"

    def as_dict(self) -> dict[str, str | int]:
        found: dict[str, str | int] = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "category": self.category,
            "excerpt": self.excerpt,
        }
        if self.where:
            found["where"] = self.where
        return found


class ScanError(Exception):
    """Files that could not be read; scanning of the others went on."""

    def __init__(self, errors: list[str], findings: list[Finding] | None = None) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors
        self.findings = findings or []


class NotCheckable(Exception):
    """A document with no text to check (a scan); it needs a person's reading."""


@dataclass
class ScanReport:
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    unchecked: list[str] = field(default_factory=list)  # "path: why", see NotCheckable
    files: int = 0


def _allowed(hit: Hit, allowlist: Allowlist) -> bool:
    if hit.category == "phone":
        return allowlist.allows_phone(hit.normalized)
    if hit.category == "email":
        return allowlist.allows_email(hit.normalized or hit.value)
    if hit.category == "person-name":
        return allowlist.allows_name(hit.value)
    if hit.category == "social-handle":
        return allowlist.allows_account(hit.normalized)
    if hit.category in _IDENTIFIERS:
        return allowlist.allows_identifier(hit.value)
    return False


# Every detector, in the order the scan runs them (on the same span, the first one's hit
# is kept), with what it is anchored on (privacy/triggers.py). A detector listed without
# triggers reads the whole text, with or without the prefilter.
DETECTORS: tuple[Detector, ...] = (
    Detector(cluster_hits, triggers.CLUSTERS),
    Detector(iban_hits, triggers.IBAN),
    Detector(passport_hits, triggers.PASSPORT),
    Detector(email_hits, triggers.EMAIL),
    Detector(social_hits, triggers.SOCIAL),
    Detector(address_hits, triggers.ADDRESSES),
    Detector(name_hits, triggers.NAMES),
    Detector(listed_names, triggers.LISTED_NAMES),
    Detector(spelled_number_hits, triggers.SPELLED),
    Detector(obfuscated_email_hits, triggers.OBFUSCATED_EMAIL),
    *(Detector(find, needles) for find, needles in triggers.FORMS),
)
_PREFILTER: list[Prefilter] = []  # compiled when it pays (see _prefilter_for)

# Compiling the prefilter's patterns costs about a CPU second, and reading a text with every
# detector instead of around its triggers costs about that much more per PREFILTER_PAYS_AFTER
# characters (the large benchmark site: 1.04 CPU s to compile, 0.057 CPU s more a million
# characters without it). So a process reads its first texts without the prefilter and
# compiles it once that reading would have paid for it: a scan of a few changed files (a
# build with a warm scan cache, a one-record edit, the preview) never compiles it, and a
# large scan spends at most one compile more than the best choice would have. The findings
# are the same either way (tests/privacy/test_prefilter.py). A caller that knows it will
# read much (a build with nothing in its scan cache, before it forks its worker; the
# benchmark) compiles it at once with prepare_prefilter().
PREFILTER_PAYS_AFTER = 18_000_000
_read_without_prefilter = 0


def prepare_prefilter() -> None:
    """Compile the prefilter now (it is inherited by processes forked after)."""
    if not _PREFILTER:
        _PREFILTER.append(Prefilter(DETECTORS))


def _prefilter_for(proj: Projection) -> Prefilter | None:
    """The prefilter, or None while reading without it costs less than compiling it."""
    global _read_without_prefilter
    if not _PREFILTER:
        if _read_without_prefilter < PREFILTER_PAYS_AFTER:
            _read_without_prefilter += len(proj.text)
            return None
        prepare_prefilter()
    return _PREFILTER[0]


def _all_hits(proj: Projection, prefilter: bool) -> Iterator[Hit]:
    """Every detector's hits; with the prefilter (once it pays), each detector reads only
    the windows around its triggers (privacy/prefilter.py), and finds the same."""
    found = _prefilter_for(proj) if prefilter else None
    if found is None:
        for detector in DETECTORS:
            yield from detector.find(proj)
        return
    yield from found.hits(proj)


def scan_projection(
    proj: Projection, allowlist: Allowlist, path: str, where: str = "", prefilter: bool = True
) -> list[Finding]:
    """Findings of a projected file: allowlisted values dropped, overlaps resolved.
    prefilter=False: every detector reads the whole text (the reference the prefiltered
    scan is tested against)."""
    proj = normalize(proj)
    # Longest first, so a card number is not also reported as the phone inside it; on
    # the same span the more specific category wins (a passport number over student-id).
    hits = sorted(
        _all_hits(proj, prefilter),
        key=lambda h: (h.start, -(h.end - h.start), _PRIORITY.get(h.category, 0)),
    )
    findings: list[Finding] = []
    taken_until = -1
    for hit in hits:
        if hit.start < taken_until:
            continue
        if _allowed(hit, allowlist) or written_as_amount(proj, hit) or is_placeholder(proj, hit):
            taken_until = hit.end  # an allowed value is not also reported as a part of it
            continue
        offset = proj.to_source(hit.start)
        if offset is None:
            continue  # starts in a separator the extractor added, not in the file
        line, column = proj.line_col(offset)
        taken_until = hit.end
        excerpt = mask(hit.category, hit.value)
        findings.append(Finding(path, line, column, hit.category, excerpt, where))
    return findings + _link_findings(proj, allowlist, path, where, findings)


def _link_findings(
    proj: Projection, allowlist: Allowlist, path: str, where: str, found: list[Finding]
) -> list[Finding]:
    """Names and numbers in the links and paths of the source (offsets are the file's)."""
    seen = {(f.line, f.column, f.category) for f in found}
    out = []
    for hit in chain(url_hits(proj), download_name_hits(proj.source), source_hits(proj)):
        if _allowed(hit, allowlist):
            continue
        line, column = proj.line_col(hit.start)
        if (line, column, hit.category) in seen:
            continue  # a number in a link that is also visible text: reported once
        seen.add((line, column, hit.category))
        excerpt = mask(hit.category, hit.value)
        out.append(Finding(path, line, column, hit.category, excerpt, where))
    return out


def file_name_findings(name: str, allowlist: Allowlist, label: str) -> list[Finding]:
    """A name or a number in the published file's own name (aigerim-seitkali-cv.pdf)."""
    return [
        Finding(label, 1, 1, hit.category, mask(hit.category, hit.value), "file name")
        for hit in file_name_hits(name)
        if not _allowed(hit, allowlist)
    ]


def scan_text(
    text: str, allowlist: Allowlist, path: str = "<text>", prefilter: bool = True
) -> list[Finding]:
    """Scan plain text; lines and columns are 1-based."""
    return scan_projection(project(text, "text"), allowlist, path, prefilter=prefilter)


# A value in an author-like field is a name if it is written like one: one to four
# capitalised words or initials, and not software or an organisation.
_NAME_VALUE = re.compile(r"(?:[^\W\d_][\w'’-]*\.?)(?:[ \u00a0]+[^\W\d_][\w'’-]*\.?){0,3}")
_NOT_A_PERSON = re.compile(
    r"microsoft|office|word|excel|adobe|acrobat|libreoffice|openoffice|writer|pdf|admin"
    r"|user|windows|apple|google|canon|xerox|scanner|университет|university|ҚазТБУ|КазУТБ"
    r"|kazutb|kaztbu|department|бөлім|отдел|office|unknown|company|ltd|llc|жшс|тоо|ао|ақ"
    # generic account names of an office computer: not a person
    r"|пользовател|админ|қолданушы|пайдаланушы|гость|guest|owner|владелец|иесі|неизвестн"
    r"|белгісіз|компьютер|computer|\bpc\b|\bпк\b|operator|оператор|secretary|секретар"
    # the student information systems and the software that export a file
    r"|platonus|платонус|\b1[сc]\b|moodle|univer|sap\b|openpyxl|python|apache|poi\b"
    # offices and roles that author comments and notes: not a person either
    r"|комисси|комитет|committee|admission|приёмн|приемн|қабылдау|тіркеу|офис|editor|редактор|reviewer"
    r"|рецензент|деканат|кафедр|ректорат|бухгалтер|канцеляр|registrar|\bdean\b|орталы|центр",
    re.IGNORECASE,
)


def _person_field_finding(part: Part, allowlist: Allowlist, path: str) -> Finding | None:
    value = " ".join(part.text.split())
    if not _NAME_VALUE.fullmatch(value) or _NOT_A_PERSON.search(value):
        return None
    if not any(word[:1].isupper() for word in value.split()) or allowlist.allows_name(value):
        return None
    return Finding(path, 1, 1, "person-name", mask("person-name", value), part.where)


def scan_parts(
    parts: list[Part], allowlist: Allowlist, path: str, prefilter: bool = True
) -> list[Finding]:
    """Findings in the text parts of a document: pages, sheets, metadata fields."""
    findings: list[Finding] = []
    for part in parts:
        if part.embedded is not None:
            findings += _embedded_findings(part, allowlist, path, prefilter)
            continue
        if part.gps:
            findings.append(Finding(path, 1, 1, "gps-location", "GPS ***", part.where))
            continue
        found = scan_projection(
            project(part.text, part.fmt), allowlist, path, part.where, prefilter
        )
        if part.person_field and not any(f.category == "person-name" for f in found):
            extra = _person_field_finding(part, allowlist, path)
            found += [extra] if extra else []
        findings += found
    return findings


def _embedded_findings(
    part: Part, allowlist: Allowlist, path: str, prefilter: bool = True
) -> list[Finding]:
    """A file inside a document (a PDF's attachment), read by its own type as a ZIP's
    member is; its findings keep the document's path and name the attachment."""
    label = f"{path}!{part.text}"
    found = file_name_findings(Path(part.text).name, allowlist, label)
    found += _scan_bytes(
        part.embedded or b"", Path(part.text), allowlist, label, frozenset(), None, prefilter
    )
    return [
        replace(f, path=path, where=f"{part.where}: {f.where}" if f.where else part.where)
        for f in found
    ]


def read_text(path: Path, data: bytes | None = None) -> str:
    """UTF-8 (a BOM is allowed); a clear error otherwise."""
    try:
        data = path.read_bytes() if data is None else data
    except OSError as exc:
        raise ScanError([f"{path}: cannot read: {exc.strerror or exc}"]) from exc
    return _decoded(data, str(path))


def _decoded(data: bytes, label: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScanError(
            [f"{label}: not valid UTF-8 (byte {exc.start}); save the file as UTF-8 to scan it"]
        ) from exc


def _undeclared(path: Path, data: bytes | None = None) -> ScanError:
    return ScanError(
        [
            f"{path}: files of type {type_name(path, data)!r} are not checked for personal "
            "data; do not publish it, or teach the gate its type in "
            "kazutb_transparency/privacy/filetypes.py (with the reason it is safe)"
        ]
    )


# Findings by (allowlist, kind, format, digest of the bytes, prefilter); bounded, and a
# finding holds masked excerpts only. Large enough for every file of a large site (an
# entry of a clean file is about 300 bytes): the evidence pack's members are copies of
# documents read thousands of files earlier, and forgetting them cost a third of the scan.
_SEEN: dict[tuple[Allowlist, str, str, bytes, bool], list[Finding]] = {}
_SEEN_MAX = 65536


def _remember(key: tuple[Allowlist, str, str, bytes, bool], found: list[Finding]) -> None:
    """Keep what a scan found; past the bound the least recently used entry goes."""
    if len(_SEEN) >= _SEEN_MAX:
        del _SEEN[next(iter(_SEEN))]
    _SEEN[key] = found


def _seen_key(data: bytes, name: Path, allowlist: Allowlist) -> tuple | None:
    kind = kind_of(name)
    if kind is None or kind[0] != "text":
        return None
    return (allowlist, *kind, digest_of(data), True)


def note_clean(data: bytes, name: Path, allowlist: Allowlist) -> None:
    """Bytes found clean without a scan of them all (the preview's changed lines,
    privacy/changed_lines.py): a copy of them (a dataset's release) is not read again."""
    key = _seen_key(data, name, allowlist)
    if key is not None:
        _remember(key, [])


def known_clean(data: bytes, name: Path, allowlist: Allowlist) -> bool:
    """Whether these bytes, read as `name` is, were found clean already."""
    key = _seen_key(data, name, allowlist)
    return key is not None and _SEEN.get(key) == []


def _scan_content(
    data: bytes, what: str, fmt: str, allowlist: Allowlist, label: str, prefilter: bool
) -> list[Finding]:
    if what == "text":
        proj = project(_decoded(data, label), fmt)
        return scan_projection(proj, allowlist, label, prefilter=prefilter)
    try:
        parts = EXTRACTORS[fmt](data)
    except Unreadable as exc:
        raise ScanError([f"{label}: {exc}; it cannot be checked for personal data"]) from exc
    except CannotCheck as exc:
        raise NotCheckable(f"{label}: {exc}") from exc
    return scan_parts(parts, allowlist, label, prefilter)


def digest_of(data: bytes) -> bytes:
    """The digest by which the scan knows bytes it has read (BLAKE2b, 20 bytes)."""
    return hashlib.blake2b(data, digest_size=20).digest()


def _scan_bytes(
    data: bytes,
    name: Path,
    allowlist: Allowlist,
    label: str,
    covered: Container[Path],
    digest: bytes | None = None,
    prefilter: bool = True,
) -> list[Finding]:
    kind = kind_of(name)
    if kind is None:
        raise _undeclared(Path(label), data)
    what, fmt = kind
    if what == "safe":
        return []
    if what in ("text", "document"):
        # The same bytes read the same way give the same findings: a copy (an archive's
        # member, a file published twice) is read once; only the path in a finding differs.
        key = (allowlist, what, fmt, digest_of(data) if digest is None else digest, prefilter)
        known = _SEEN.pop(key, None)
        if known is None:
            known = _scan_content(data, what, fmt, allowlist, label, prefilter)
            _remember(key, known)
            return list(known)
        _SEEN[key] = known  # now the most recently used
        return [replace(f, path=label) for f in known]
    if fmt == "gzip":
        try:
            inner = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise ScanError([f"{label}: not a valid gzip file"]) from exc
        return _scan_bytes(inner, Path(name.stem), allowlist, label, covered, None, prefilter)
    return _scan_zip(data, name, allowlist, label, covered, prefilter)


def _scan_zip(
    data: bytes,
    name: Path,
    allowlist: Allowlist,
    label: str,
    covered: Container[Path],
    prefilter: bool = True,
) -> list[Finding]:
    """Members by their own types; a member identical to a published file that this
    scan covers anyway (the evidence pack's copies) is not read twice."""
    import io

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ScanError([f"{label}: not a valid ZIP archive"]) from exc
    findings = scan_parts(archive_comment_parts(archive), allowlist, label, prefilter)
    folder = Path(label).parent.resolve()
    bases = (str(folder), str(folder.parent))
    for info in archive.infolist():
        if info.is_dir():
            continue
        member = f"{label}!{info.filename}"
        # A copy of a published file is told by its size and CRC against that file (a read
        # of it) before its bytes are looked up as known clean (inflated and hashed): the
        # evidence pack of twice the large site took 0.32 CPU s that way, 0.13 this way.
        if _covered_elsewhere(bases, info, covered):
            continue
        findings += file_name_findings(Path(info.filename).name, allowlist, member)
        if prefilter and members.known_clean(archive, info, allowlist):
            continue  # these bytes gave no finding before: only the name can
        findings += _scan_bytes(
            archive.read(info), Path(info.filename), allowlist, member, covered, None, prefilter
        )
    return findings


class ResolvedPaths:
    """`path in ResolvedPaths(files)`: whether `path` is one of `files`, resolved. They are
    resolved when first asked, and only an archive asks (are its members published beside
    it?): resolving every file of a large tree cost more than scanning its few archives."""

    def __init__(self, files: Iterable[Path]) -> None:
        self._files = list(files)
        self._resolved: frozenset[Path] | None = None

    def __contains__(self, path: object) -> bool:
        if self._resolved is None:
            self._resolved = frozenset(f.resolve() for f in self._files)
        return path in self._resolved


def _covered_elsewhere(
    bases: tuple[str, ...], info: zipfile.ZipInfo, covered: Container[Path]
) -> bool:
    """Whether the member is a copy of a file published in one of the `bases` (the real
    paths of the archive's folder and of the folder above it), which the scan covers."""
    for base in bases:
        # The member's path joined lexically to the folder's real path (resolving each of
        # the evidence pack's thousand members took 0.15 CPU s): a folder linked within the
        # site can only make it miss a published file, and the member is then read itself.
        twin = Path(os.path.normpath(os.path.join(base, info.filename)))
        try:
            if (
                twin in covered
                and twin.stat().st_size == info.file_size
                and zlib.crc32(twin.read_bytes()) == info.CRC
            ):
                return True
        except OSError:  # the twin gone or unreadable: the member is read itself
            continue
    return False


def scan_file(
    path: Path,
    allowlist: Allowlist,
    covered: Container[Path] = frozenset(),
    data: bytes | None = None,
    digest: bytes | None = None,
    prefilter: bool = True,
) -> list[Finding]:
    """Scan one file by its type; raises ScanError (unreadable, undeclared type) or
    NotCheckable (a document without text). `data`: the file's bytes when the caller has
    read them already (the build's gate hashes exactly the bytes it scanned), `digest`
    their `digest_of` when the caller has it too (not computed twice). prefilter=False:
    every detector reads all of the text (see scan_projection)."""
    path = Path(path)
    if kind_of(path) is None:
        raise _undeclared(path)
    try:
        data = path.read_bytes() if data is None else data
    except OSError as exc:
        raise ScanError([f"{path}: cannot read: {exc.strerror or exc}"]) from exc
    named = file_name_findings(path.name, allowlist, str(path))
    if prefilter and _clean_as_its_csv(path, data, allowlist, covered):
        return named
    try:
        return named + _scan_bytes(data, path, allowlist, str(path), covered, digest, prefilter)
    except NotCheckable:
        if allowlist.allows_unchecked(path.name, hashlib.sha256(data).hexdigest()):
            return []
        raise


def _clean_as_its_csv(
    path: Path, data: bytes, allowlist: Allowlist, covered: Container[Path]
) -> bool:
    """A JSON dataset that carries exactly the values of its CSV, which is clean: read as
    that CSV (privacy/table_twins.py), whose scan is remembered for its own turn."""
    twin = csv_twin(path)
    if twin is None:
        return False
    if known_clean(data, path, allowlist):
        return True
    try:
        twin_data = twin.read_bytes()
        if _scan_bytes(twin_data, twin, allowlist, str(twin), covered):
            return False  # the JSON's own scan reports it at its place in the JSON
        same = carries_csv_values(_decoded(data, str(path)), _decoded(twin_data, str(twin)))
    except (OSError, ScanError, NotCheckable):
        return False  # read on its own, which says what is wrong
    if same:
        note_clean(data, path, allowlist)
    return same


def is_theme_asset(relative: Path) -> bool:
    """Files of the MkDocs Material theme in a built site, which hold no page text.

    assets/javascripts/ and assets/stylesheets/ (the theme's bundles and source maps),
    minified .js/.css anywhere under assets/, and the search workers search/*.js. The
    search index search/search_index.json holds the text of every page and is scanned.
    """
    parts = [p.lower() for p in relative.parts]
    name = parts[-1] if parts else ""
    if "assets" in parts[:-1]:
        after = parts[parts.index("assets") + 1 :]
        if after[:1] in (["javascripts"], ["stylesheets"]):
            return True
        if name.endswith((".min.js", ".min.css")):
            return True
    return len(parts) >= 2 and parts[-2] == "search" and name.endswith(".js")


def iter_files(paths: Iterable[Path], errors: list[str]) -> Iterator[Path]:
    """Files to scan under the given paths, in a stable order; missing paths go to errors."""
    for root in paths:
        root = Path(root)
        if root.is_file():
            if not is_theme_asset(root):
                yield root
        elif root.is_dir():
            for folder, dirs, files in os.walk(root):
                dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS)
                for name in sorted(files):
                    file = Path(folder) / name
                    if not is_theme_asset(file.relative_to(root)):
                        yield file
        else:
            errors.append(f"{root}: no such file or directory")


def scan_report(paths: Iterable[Path], allowlist: Allowlist) -> ScanReport:
    """Scan everything, collecting read errors instead of stopping at the first."""
    report = ScanReport()
    files = list(iter_files(paths, report.errors))
    return scan_files(files, allowlist, ResolvedPaths(files), report)


def scan_files(
    files: list[Path], allowlist: Allowlist, covered: Container[Path], report: ScanReport
) -> ScanReport:
    for file in files:
        try:
            report.findings.extend(scan_file(file, allowlist, covered))
        except ScanError as exc:
            report.errors.extend(exc.errors)
            report.findings.extend(exc.findings)
        except NotCheckable as exc:
            report.unchecked.append(str(exc))
        report.files += 1
    return report


def scan_paths(paths: Iterable[Path], allowlist: Allowlist) -> list[Finding]:
    """Scan files and directories recursively (theme assets skipped).

    Raises ScanError (with the findings of the readable files) if a path is missing,
    a file cannot be read or has no text to check: such a file cannot be called clean.
    """
    report = scan_report(paths, allowlist)
    if report.errors or report.unchecked:
        raise ScanError(report.errors + report.unchecked, report.findings)
    return report.findings
