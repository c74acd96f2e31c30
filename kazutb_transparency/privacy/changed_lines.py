"""A changed table file scanned by its changed lines (the live preview).

An edit of one survey target rewrites the verdict of a few thousand rows of a 50 MB
dataset; scanning it whole again took most of the preview's rebuild. The preview keeps,
for each large CSV or JSON file it served, the hashes of the lines of the version it
scanned clean, and scans only the changed lines of the next version, each run of them with
a margin of unchanged lines around it.

Why that finds what a scan of the whole file finds: every detector decides from the text
near a value — context words within 60 characters before and 30 after, names of at most
four words, addresses within 70 characters, a number said in words within 640: less than
R = 800 characters around it. A finding the edit can make or unmake is within R of a
changed line, and what decides it within 2R; a margin is at least `MARGIN_CHARS` (2,048)
characters of whole lines on each side, more than 2R, so a run holds all of it. Any other
finding would have been found in the version scanned clean, whose lines outside the runs
are these, with the same neighbours. The file's lines must also be the units its
projection is made of: no line may end inside a quoted value (a CSV cell or a JSON string
across lines: a line's quotes, those escaped in a JSON string aside, are even), and a CSV
file is scanned with its header line, which gives its cells their columns. A CSV file with
a column of people's names is always scanned whole: whether its cells are read as names
depends on every cell of the column (privacy/names.py, `_header_cells`). Tests write every
line of the labelled corpus into a dataset, and half of it into the record after the other
half, and compare both scans (tests/privacy/test_changed_lines.py).

Anything else is scanned whole: a file the preview has not served, one scanned against
another allowlist, a changed header, changed lines that are most of the file, and a file
in which the changed lines show anything (the whole file's scan then reports it with its
true line and column).

The published build does the same between builds (buildsteps/scancache.py): for each large
table file found clean it keeps a digest of every line (`line_digests`, BLAKE2b: stable
from one process to the next, where `hash` is not), and scans the next version of the file
at the same place by its changed lines against them (`changed_part`).
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from kazutb_transparency.privacy.allowlist import Allowlist
from kazutb_transparency.privacy.extract import project
from kazutb_transparency.privacy.names import person_columns
from kazutb_transparency.privacy.scanner import scan_projection

MIN_CHARS = 64 * 1024  # smaller files are scanned whole: it costs less than this bookkeeping
MARGIN_CHARS = 2048  # of unchanged lines on each side of a changed run (see above)
MOST = 0.5  # when the runs and margins are more of the file than this, scan it whole


@dataclass(frozen=True)
class _Clean:
    allowlist: Allowlist
    hashes: tuple[int, ...]  # of each line of the version scanned clean


def lines_of_values(text: str, fmt: str) -> list[str] | None:
    """The text's lines (each with its end, '\r' included), if they are the units its
    projection is made of; else None."""
    lines = text.split("\n")
    if fmt == "json" and "\\" in text:
        if any(_unescaped_quotes(line) % 2 for line in lines):
            return None  # a string across lines
    elif any(line.count('"') % 2 for line in lines):
        return None  # a quoted value across lines (a CSV cell's quote is doubled: "")
    if fmt == "csv":
        headers = project(lines[0], "csv").all_headers()
        if headers is None or person_columns(headers):
            return None
    return lines


def changed_part(
    lines: list[str], hashes: Sequence[object], old: Sequence[object], fmt: str
) -> str | None:
    """The runs of `lines` changed since the version whose lines had the hashes `old`, with
    their margins, one after another (a CSV's header first); None when the file must be
    scanned whole. `hashes`: those of `lines`, computed the same way."""
    if fmt == "csv" and hashes[0] != old[0]:
        return None  # another header: every cell may have another column
    # A CSV's header is scanned first, once: it gives the cells of every run their columns.
    head = 1 if fmt == "csv" else 0
    runs = _margins(lines, _changed(old, hashes), head)
    chosen = sum(len(line) + 1 for start, end in runs for line in lines[start:end])
    if chosen > MOST * sum(len(line) + 1 for line in lines):
        return None
    return "\n".join(lines[:head] + [line for start, end in runs for line in lines[start:end]])


DIGEST_SIZE = 8  # bytes a line: a changed line taken for the old one is a 2⁻⁶⁴ chance


def line_digests(data: bytes) -> bytes:
    """The digests of the lines of `data`, one after another: the lines of its text split
    at "\n" (UTF-8 has no other byte 0x0A), the same in every process."""
    blake2b = hashlib.blake2b
    return b"".join(blake2b(line, digest_size=DIGEST_SIZE).digest() for line in data.split(b"\n"))


def digest_list(digests: bytes) -> list[int]:
    """`line_digests` as one number a line (compared faster than bytes)."""
    return memoryview(digests).cast("Q").tolist()


def _unescaped_quotes(line: str) -> int:
    """The quotes of a JSON line that open or close a string (not \\" inside one)."""
    if "\\" not in line:
        return line.count('"')
    return line.replace("\\\\", "").replace('\\"', "").count('"')


class ChangedLines:
    """What the preview last scanned clean of each large table file, by the path it is
    served at: `changed_text` for each changed file, then `served` once they are served."""

    def __init__(self) -> None:
        self._clean: dict[str, _Clean] = {}
        # This rebuild's versions, until served; None for a file to be scanned whole.
        self._scanned: dict[str, _Clean | None] = {}

    def changed_text(self, path: str, text: str, fmt: str, allowlist: Allowlist) -> str | None:
        """The changed runs of `text` with their margins, one after another (a CSV's header
        first), to be scanned instead of the whole text; None when it must be scanned whole."""
        lines = lines_of_values(text, fmt) if len(text) >= MIN_CHARS else None
        if lines is None:
            self._scanned[path] = None  # once served, its version is not known by lines
            return None
        hashes = tuple(map(hash, lines))
        self._scanned[path] = _Clean(allowlist, hashes)
        clean = self._clean.get(path)
        if clean is None or clean.allowlist != allowlist:
            return None
        return changed_part(lines, hashes, clean.hashes, fmt)

    def knows(self, path: str) -> bool:
        """Whether a version of the file at `path` was scanned clean and served."""
        return path in self._clean

    def served(self, paths: list[str], gone: list[str]) -> None:
        """The files at `paths`, as this rebuild scanned them, are served (scanned clean);
        those at `gone` are no longer."""
        for path in paths:
            if path not in self._scanned:
                continue
            clean = self._scanned[path]
            if clean is None:
                self._clean.pop(path, None)
            else:
                self._clean[path] = clean
        for path in gone:
            self._clean.pop(path, None)
        self._scanned.clear()

    def begin(self) -> None:
        """A rebuild begins: the versions of one that was not served are dropped."""
        self._scanned.clear()

    def pending(self) -> dict[str, _Clean | None]:
        """This rebuild's versions so far (a scan made in a child hands them back)."""
        return dict(self._scanned)

    def adopt(self, pending: dict[str, _Clean | None]) -> None:
        """The versions a scan made elsewhere (`pending` of it), as if scanned here."""
        self._scanned.update(pending)


def _changed(old: Sequence[object], new: Sequence[object]) -> list[int]:
    """Indexes of the new lines that are not an old line in its place, and of the lines
    next to where old lines were removed."""
    if len(old) == len(new):
        return [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    changed: list[int] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, _, _, start, end in matcher.get_opcodes():
        if tag == "equal":
            continue
        # A removal joins the lines around it: both are looked at again.
        changed += range(max(0, start - 1), min(len(new), max(end, start + 1)))
    return changed


def _margins(lines: list[str], changed: list[int], first: int) -> list[tuple[int, int]]:
    """Runs [start, end) of lines from `first` on: each changed line with at least
    MARGIN_CHARS of whole lines before and after it (fewer at the file's ends), runs that
    touch or overlap merged."""
    runs: list[tuple[int, int]] = []
    for index in changed:
        start, chars = index, 0
        while start > first and chars < MARGIN_CHARS:
            start -= 1
            chars += len(lines[start]) + 1
        end, chars = index + 1, 0
        while end < len(lines) and chars < MARGIN_CHARS:
            chars += len(lines[end]) + 1
            end += 1
        if runs and start <= runs[-1][1]:
            start, end = runs[-1][0], max(end, runs.pop()[1])
        runs.append((max(start, first), end))
    return runs


def scan_changed(text: str, fmt: str, allowlist: Allowlist, label: str) -> bool:
    """Whether the changed runs (`ChangedLines.changed_text`) show nothing."""
    return not scan_projection(project(text, fmt), allowlist, label)
