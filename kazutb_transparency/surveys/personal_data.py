"""The personal-data check of the raw survey export: every distinct cell value checked once,
screened column-wise first (surveys.screen) so that only values that could hold personal
data meet the full detector."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.surveys.screen import SEPARATORS, opaque_ids, suspicious, suspicious_ids

if TYPE_CHECKING:
    from kazutb_transparency.privacy.allowlist import Allowlist
    from kazutb_transparency.privacy.scanner import Finding


@dataclass(frozen=True)
class Occurrence:
    """A distinct cell value and the line where it first appears."""

    column: str
    value: str
    line: int


_WORDS = re.compile(r"[^\W\d_]+|\d+")  # runs of letters, runs of digits
_PIECES = re.compile(SEPARATORS)
# The column of respondent ids: an opaque id there (screen.opaque_ids) is personal data only
# as a whole value or by a piece between its separators, never by a run inside a piece.
ID_COLUMN = "respondent"

# (value) -> list of (category, masked excerpt); injectable so tests can use a stub.
Scanner = Callable[[str], list[tuple[str, str]]]


def default_scanner() -> Scanner:
    """The project's detector (kazutb_transparency.privacy), imported only when needed.

    The screen (surveys.screen) sends no value of most exports to the detector, so the
    detector and its allowlist are loaded on the first value that reaches it: their import
    cost more than the whole check of a million answers with opaque ids. Without the
    detector a value that needs it cannot be checked, so aggregation stops rather than guess.
    """

    def read(text: str) -> list[Finding]:
        # Every detector reads the whole cell (prefilter=False), which finds exactly what the
        # prefiltered scan finds (tests/privacy/test_prefilter.py): a cell is a few words,
        # while compiling the prefilter's patterns takes a CPU second, ten times the reading
        # of every value an export sends to the detector.
        scan_text, allowlist = _detector()
        return scan_text(text, allowlist, path="<cell>", prefilter=False)

    def scan(value: str) -> list[tuple[str, str]]:
        found = read(value)
        words = " ".join(w.capitalize() for w in _WORDS.findall(value))
        if not found and words != value:
            # "ivanov_ivan_ivanovich" or "r870412300129x" hide a name or a number inside a
            # token: scan its letter and digit runs as separate words too.
            found = read(words)
        return [(f.category, f.excerpt) for f in found]

    def scan_opaque(value: str) -> list[tuple[str, str]]:
        found = read(value)
        if not found and _PIECES.search(value):
            pieces = " ".join(p.capitalize() for p in _PIECES.split(value) if p)
            found = read(pieces)
        return [(f.category, f.excerpt) for f in found]

    scan.screen = suspicious  # type: ignore[attr-defined]
    scan.screen_ids = suspicious_ids  # type: ignore[attr-defined]
    scan.opaque = scan_opaque  # type: ignore[attr-defined]
    return scan


@cache
def _detector() -> tuple[Callable[..., list[Finding]], Allowlist]:
    """The detector's scan_text and the loaded allowlist, once per process."""
    try:
        from kazutb_transparency.privacy.allowlist import load_allowlist
        from kazutb_transparency.privacy.scanner import scan_text
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
    return scan_text, load_allowlist()


def check_cells(file: str, cells: Iterable[Occurrence], scanner: Scanner) -> list[Problem]:
    """One problem per flagged value; the value itself is never repeated (it may be personal).

    A scanner with a `screen` (the project's detector has one: surveys.screen) first
    screens all values at once, column-wise; only the values it keeps are scanned one by
    one. Respondent ids of any format (numbers, t202400001k0, UUIDs) then cost a few
    vectorised passes instead of a detector run each. An opaque respondent id (a UUID, a
    hex digest, base32, base64url: screen.opaque_ids) is refused only when it is personal
    data as a whole value or by a piece between its '-' and '_'; a digit or letter run
    inside it is chance."""
    cells = list(cells)
    ids = np.array([cell.column == ID_COLUMN for cell in cells], dtype=bool)
    opaque = np.zeros(len(cells), dtype=bool)
    # The project's detector reads an opaque respondent id whole (and its pieces); a stub
    # scanner without that reading reads every value alike.
    scan_opaque = getattr(scanner, "opaque", None)
    if scan_opaque is not None and ids.any():
        opaque[ids] = opaque_ids([cells[i].value for i in np.flatnonzero(ids)])
    screen = getattr(scanner, "screen", None)
    if screen is not None:
        keep = np.zeros(len(cells), dtype=bool)
        rest = np.flatnonzero(~ids)
        keep[rest] = screen([cells[i].value for i in rest])
        if ids.any():
            # the same screen, but opaque ids judged whole (screen.suspicious_ids)
            check_ids = getattr(scanner, "screen_ids", screen)
            keep[ids] = check_ids([cells[i].value for i in np.flatnonzero(ids)])
        chosen = np.flatnonzero(keep)
    else:
        chosen = np.arange(len(cells))
    problems = []
    for i in chosen:
        cell = cells[i]
        findings = (scan_opaque if opaque[i] else scanner)(cell.value)  # type: ignore[operator]
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
