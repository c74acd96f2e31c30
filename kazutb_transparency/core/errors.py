"""Errors that name where bad input is, so editors can fix it without reading Python.

What a message shows of the input (a file name, a field, a value) is escaped: a control,
bidirectional or invisible character is written as \\n, \\u202e…, so that a message can
neither hide part of itself nor pass for another line. A long list is folded: at most
`SAME_KIND` problems of one kind in one file and `MOST_LINES` in all, then their count.
"""

from __future__ import annotations

import errno
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

BUILD = "(build)"  # the file of a problem of the build itself, not of an input file


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the data: where it is and what to do about it."""

    file: str
    message: str
    record: str | None = None
    field: str | None = None
    line: int | None = None
    hint: str | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = printable(self.file)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        parts = [where]
        if self.record:
            parts.append(f"record {printable(self.record)}")
        if self.field:
            parts.append(f"field '{printable(self.field)}'")
        # A problem of the build itself may quote the engine's log, line by line: kept as
        # lines, indented under the problem. Any other shows input: its line ends escaped.
        lines = self.file == BUILD
        text = ": ".join([", ".join(parts), printable(self.message, lines=lines)])
        if self.hint:
            text += f" — {printable(self.hint, lines=lines)}"
        return text.replace("\n", "\n      ") if lines else text


@dataclass
class DataError(Exception):
    """Raised when data cannot be published; carries every problem found, not just the first."""

    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        count = len(self.problems)
        head = f"{count:,} problem{'s' if count != 1 else ''} in the data:"
        return "\n".join([head, *(f"  - {line}" for line in fold_problems(self.problems))])


# --- how input is shown in a message ----------------------------------------------------

# Categories of characters that print as nothing, or move or hide other text: controls,
# format characters (bidirectional controls, zero-width characters), line and paragraph
# separators, surrogates, private-use and unassigned code points.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_NAMED_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def printable(text: object, lines: bool = False) -> str:
    """`text` with every control, bidirectional, invisible or unassigned character written
    as an escape (\\n, \\x1b, \\u202e, \\U000e0041); lines=True keeps line feeds."""
    text = str(text)
    if text.isprintable():  # the common case, in C: nothing to escape
        return text
    out = []
    for char in text:
        if char == "\n" and lines:
            out.append(char)
        elif char in _NAMED_ESCAPES:
            out.append(_NAMED_ESCAPES[char])
        elif unicodedata.category(char) in _HIDDEN_CATEGORIES:
            code = ord(char)
            out.append(
                f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000
                else f"\\U{code:08x}"
            )  # fmt: skip
        else:
            out.append(char)  # a no-break space, a letter of any script: shown as it is
    return "".join(out)


# The short names of the C0 and C1 controls, as editors' tools and the Unicode charts show
# them (unicodedata has no names for controls).
_C0 = (
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF", "VT", "FF", "CR",
    "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB",
    "ESC", "FS", "GS", "RS", "US",
)  # fmt: skip
_C1 = (
    "PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA", "HTS", "HTJ", "VTS", "PLD", "PLU",
    "RI", "SS2", "SS3", "DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA", "SOS", "SGCI",
    "SCI", "CSI", "ST", "OSC", "PM", "APC",
)  # fmt: skip


def character_name(char: str) -> str:
    """A character as a reader can find it: "ESC (U+001B)", "RIGHT-TO-LEFT OVERRIDE
    (U+202E)", "'о' CYRILLIC SMALL LETTER O (U+043E)" (a visible one is shown too)."""
    code = ord(char)
    label = f"U+{code:04X}"
    if code < 0x20:
        return f"{_C0[code]} ({label})"
    if code == 0x7F:
        return f"DEL ({label})"
    if 0x80 <= code < 0xA0:
        return f"{_C1[code - 0x80]} ({label})"
    if 0xD800 <= code < 0xE000:
        return f"{label}, half of a surrogate pair (not a character on its own)"
    if (code & 0xFFFE) == 0xFFFE or 0xFDD0 <= code <= 0xFDEF:
        return f"{label}, a non-character"
    name = unicodedata.name(char, "")
    if not name:
        return label
    if unicodedata.category(char) in _HIDDEN_CATEGORIES or char.isspace():
        return f"{name} ({label})"
    return f"'{char}' {name} ({label})"


# --- long lists, folded ----------------------------------------------------------------

SAME_KIND = 20  # problems of one kind shown per file, then "… and N more like this"
MOST_LINES = 200  # problems shown in all, then how many more there are
_NUMBERS = re.compile(r"\d+(?:[.,]\d+)*")


def kind_of_problem(problem: Problem) -> tuple[str, str]:
    """Problems of one kind: the same file and the same message but for its numbers."""
    return problem.file, _NUMBERS.sub("#", problem.message)


def fold_problems(
    problems: Iterable[Problem], same_kind: int = SAME_KIND, most: int = MOST_LINES
) -> list[str]:
    """The lines that list `problems`: each as str(problem), in their order, but at most
    `same_kind` of one kind (kind_of_problem) and `most` in all; then a line per kind
    saying how many more there are of it, and one for the rest. Every printer of problems
    lists them through here, so that a file of 700,000 bad rows gives a screenful.

    Past `most`, the problems shown are taken in turn from each sort of message (its
    words before the first colon), so that one sort that fills many files cannot hide a
    problem of another sort."""
    listed = list(problems)
    kept: list[int] = []
    seen: Counter[tuple[str, str]] = Counter()
    folded: dict[tuple[str, str], tuple[int, Problem]] = {}  # kind: (count, the first)
    for index, problem in enumerate(listed):
        kind = kind_of_problem(problem)
        seen[kind] += 1
        if seen[kind] > same_kind:
            count, first = folded.get(kind, (0, problem))
            folded[kind] = (count + 1, first)
        else:
            kept.append(index)
    beyond = max(len(kept) - most, 0)
    if beyond:
        turn: Counter[str] = Counter()
        ranked = []
        for index in kept:
            sort = _sort_of_message(listed[index].message)
            ranked.append((turn[sort], index))
            turn[sort] += 1
        kept = sorted(index for _, index in sorted(ranked)[:most])
    summaries = [
        f"… and {count:,} more like this in {printable(first.file)}"
        + (f", the first at line {first.line}" if first.line is not None else "")
        + f" ({_short(first.message)})"
        for count, first in folded.values()
    ]
    if len(summaries) > same_kind:
        beyond += sum(count for count, _ in list(folded.values())[same_kind:])
        summaries = summaries[:same_kind]
    if beyond:
        summaries.append(
            f"… and {beyond:,} more problems not listed: fix those above and run again"
        )
    return [str(listed[index]) for index in kept] + summaries


def _sort_of_message(message: str) -> str:
    return _NUMBERS.sub("#", message.split(":", 1)[0])[:60]


def _short(message: str) -> str:
    text = printable(message).split("\n", 1)[0]
    return text if len(text) <= 80 else text[:79] + "…"


def problem_of_os_error(exc: OSError) -> Problem:
    """What an editor can do when the build cannot read or write a file: a full disk, a
    read-only folder, a missing permission (never a traceback)."""
    where = str(exc.filename) if exc.filename else "(the build's folders)"
    code = exc.errno
    if code == errno.ENOSPC or code == errno.EDQUOT:
        return Problem(
            where,
            "the disk is full",
            hint="free space on the disk (a build needs about twice the size of site/) and "
            "build again; the previous site/ is unchanged",
        )
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "the file system is read-only" if code == errno.EROFS else "permission denied"
        return Problem(
            where,
            f"cannot write here: {reason}",
            hint="make the folder writable by the user who builds, or build elsewhere; the "
            "previous site/ is unchanged",
        )
    return Problem(
        where,
        f"the build could not read or write a file: {exc.strerror or exc.__class__.__name__}",
        hint="check the disk and the folder's permissions, then build again; the previous "
        "site/ is unchanged",
    )


@contextmanager
def refused_on_load() -> Iterator[None]:
    """For a command's imports: the interface catalogs are read as modules load, so a
    problem in them stops the command there, with the problems listed and no traceback."""
    try:
        yield
    except DataError as exc:
        print(f"ERROR - {exc}", file=sys.stderr)
        print("Nothing was built or published: fix the problems above.", file=sys.stderr)
        raise SystemExit(1) from None
