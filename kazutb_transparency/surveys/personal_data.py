"""The personal-data check of the raw survey export: every distinct cell value checked once,
screened column-wise first (surveys.screen) so that only values that could hold personal
data meet the full detector."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.surveys.screen import suspicious


@dataclass(frozen=True)
class Occurrence:
    """A distinct cell value and the line where it first appears."""

    column: str
    value: str
    line: int


_WORDS = re.compile(r"[^\W\d_]+|\d+")  # runs of letters, runs of digits

# (value) -> list of (category, masked excerpt); injectable so tests can use a stub.
Scanner = Callable[[str], list[tuple[str, str]]]


def default_scanner() -> Scanner:
    """The project's detector (kazutb_transparency.privacy), imported only when needed.

    Without it the export cannot be checked, so aggregation stops rather than guess.
    """
    try:
        from kazutb_transparency.privacy import load_allowlist, scan_text
    except ImportError as exc:
        raise DataError(
            [
                Problem(
                    "kazutb_transparency/privacy",
                    "the personal-data check is not available",
                    hint="install the project (pip install -e .) before aggregating answers",
                )
            ]
        ) from exc
    allowlist = load_allowlist()

    def scan(value: str) -> list[tuple[str, str]]:
        found = scan_text(value, allowlist, path="<cell>")
        words = " ".join(w.capitalize() for w in _WORDS.findall(value))
        if not found and words != value:
            # "ivanov_ivan_ivanovich" or "r870412300129x" hide a name or a number inside a
            # token: scan its letter and digit runs as separate words too.
            found = scan_text(words, allowlist, path="<cell>")
        return [(f.category, f.excerpt) for f in found]

    scan.screen = suspicious  # type: ignore[attr-defined]
    return scan


def check_cells(file: str, cells: Iterable[Occurrence], scanner: Scanner) -> list[Problem]:
    """One problem per flagged value; the value itself is never repeated (it may be personal).

    A scanner with a `screen` (the project's detector has one: surveys.screen) first
    screens all values at once, column-wise; only the values it keeps are scanned one by
    one. Respondent ids of any format (numbers, t202400001k0, UUIDs) then cost a few
    vectorised passes instead of a detector run each."""
    screen = getattr(scanner, "screen", None)
    if screen is not None:
        cells = list(cells)
        keep = screen([cell.value for cell in cells])
        cells = [cell for cell, kept in zip(cells, keep, strict=True) if kept]
    problems = []
    for cell in cells:
        findings = scanner(cell.value)
        if not findings:
            continue
        categories = ", ".join(sorted({category for category, _ in findings}))
        excerpt = findings[0][1]
        problems.append(
            Problem(
                file,
                f"looks like personal data ({categories}: {excerpt}); first seen on this row",
                record=f"row {cell.line}",
                field=cell.column,
                line=cell.line,
                hint="export opaque pseudonymous tokens and unit codes only; "
                "remove names, IINs, phones and e-mails from the export",
            )
        )
    return problems
