"""Scanning text, files and directory trees; the public entry points of the gate."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kazutb_transparency.privacy.allowlist import Allowlist
from kazutb_transparency.privacy.detectors import (
    Hit,
    cluster_hits,
    email_hits,
    iban_hits,
    passport_hits,
)
from kazutb_transparency.privacy.extract import format_of, project
from kazutb_transparency.privacy.mask import mask
from kazutb_transparency.privacy.names import name_hits
from kazutb_transparency.privacy.projection import Projection

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

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.category}: {self.excerpt}"

    def as_dict(self) -> dict[str, str | int]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "category": self.category,
            "excerpt": self.excerpt,
        }


class ScanError(Exception):
    """Files that could not be read; scanning of the others went on."""

    def __init__(self, errors: list[str], findings: list[Finding] | None = None) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors
        self.findings = findings or []


@dataclass
class ScanReport:
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    files: int = 0


def _allowed(hit: Hit, allowlist: Allowlist) -> bool:
    if hit.category == "phone":
        return allowlist.allows_phone(hit.normalized)
    if hit.category == "email":
        return allowlist.allows_email(hit.value)
    if hit.category == "person-name":
        return allowlist.allows_name(hit.value)
    if hit.category in _IDENTIFIERS:
        return allowlist.allows_identifier(hit.value)
    return False


def _all_hits(proj: Projection) -> Iterator[Hit]:
    yield from cluster_hits(proj)
    yield from iban_hits(proj)
    yield from passport_hits(proj)
    yield from email_hits(proj)
    yield from name_hits(proj)


def scan_projection(proj: Projection, allowlist: Allowlist, path: str) -> list[Finding]:
    """Findings of a projected file: allowlisted values dropped, overlaps resolved."""
    # Longest first, so a card number is not also reported as the phone inside it; on
    # the same span the more specific category wins (a passport number over student-id).
    hits = sorted(
        _all_hits(proj),
        key=lambda h: (h.start, -(h.end - h.start), _PRIORITY.get(h.category, 0)),
    )
    findings: list[Finding] = []
    taken_until = -1
    for hit in hits:
        if hit.start < taken_until:
            continue
        if _allowed(hit, allowlist):
            taken_until = hit.end  # an allowed value is not also reported as a part of it
            continue
        offset = proj.to_source(hit.start)
        if offset is None:
            continue  # starts in a separator the extractor added, not in the file
        line, column = proj.line_col(offset)
        taken_until = hit.end
        findings.append(Finding(path, line, column, hit.category, mask(hit.category, hit.value)))
    return findings


def scan_text(text: str, allowlist: Allowlist, path: str = "<text>") -> list[Finding]:
    """Scan plain text; lines and columns are 1-based."""
    return scan_projection(project(text, "text"), allowlist, path)


def read_text(path: Path) -> str:
    """UTF-8 (a BOM is allowed); a clear error otherwise."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ScanError([f"{path}: cannot read: {exc.strerror or exc}"]) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScanError(
            [f"{path}: not valid UTF-8 (byte {exc.start}); save the file as UTF-8 to scan it"]
        ) from exc


def scan_file(path: Path, allowlist: Allowlist) -> list[Finding]:
    """Scan one file by its type; files of other types (images, PDF…) give no findings."""
    path = Path(path)
    fmt = format_of(path)
    if fmt is None:
        return []
    text = read_text(path)
    return scan_projection(project(text, fmt), allowlist, str(path))


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
            if format_of(root) and not is_theme_asset(root):
                yield root
        elif root.is_dir():
            for folder, dirs, files in os.walk(root):
                dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS)
                for name in sorted(files):
                    file = Path(folder) / name
                    if format_of(file) and not is_theme_asset(file.relative_to(root)):
                        yield file
        else:
            errors.append(f"{root}: no such file or directory")


def scan_report(paths: Iterable[Path], allowlist: Allowlist) -> ScanReport:
    """Scan everything, collecting read errors instead of stopping at the first."""
    report = ScanReport()
    for file in iter_files(paths, report.errors):
        try:
            report.findings.extend(scan_file(file, allowlist))
        except ScanError as exc:
            report.errors.extend(exc.errors)
        report.files += 1
    return report


def scan_paths(paths: Iterable[Path], allowlist: Allowlist) -> list[Finding]:
    """Scan files and directories recursively (theme assets skipped).

    Raises ScanError (with the findings of the readable files) if a path is missing
    or a file is not UTF-8: an unreadable file cannot be called clean.
    """
    report = scan_report(paths, allowlist)
    if report.errors:
        raise ScanError(report.errors, report.findings)
    return report.findings
