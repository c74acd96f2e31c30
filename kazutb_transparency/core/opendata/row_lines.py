"""The live preview's encoded rows: an edit of a few rows of a large dataset encodes those
rows again, not all of them (a survey target changes the verdict of one row in ten of the
100,000 survey indicators)."""

from __future__ import annotations

import marshal
from collections.abc import Callable
from dataclasses import dataclass
from operator import is_
from typing import Any

Row = dict[str, Any]


def row_key(row: Row) -> bytes | None:
    """The row as marshal writes it, in C: its keys in order, its values and their types
    (1, 1.0 and True are equal, and are written differently; so are 0.0 and -0.0); None for
    a value marshal cannot write (a date, a Decimal). Version 2, which writes no references:
    later versions mark an object referred to from elsewhere, so the same row gave other
    bytes from one rebuild to the next."""
    try:
        return marshal.dumps(row, 2)
    except ValueError:
        return None


@dataclass
class _Written:
    """One file's rows as the last rebuild encoded them, in their order."""

    rows: list[Row]
    keys: list[bytes | None]
    lines: list[bytes]


RUN = 256  # rows compared at once, in C, while a run of the last rebuild's rows goes on
KEYED_ALONE = 256  # rows looked up by key in their place before a map of every key is made


class _Lookup:
    """Where the last rebuild's rows are, by object and by key: a row is looked for in its
    own place, and a map of every row made only once more than KEYED_ALONE rows were not
    there (the maps of 100,000 rows cost more than the few rows an edit replaced; rows
    moved by an inserted or a removed one are found again once the map is made)."""

    def __init__(self, last: _Written) -> None:
        self.last = last
        self._position: dict[int, int] | None = None
        self._by_key: dict[bytes | None, bytes] | None = None
        self._misplaced = self._missed = 0

    def place(self, row: Row, expected: int) -> int | None:
        """The last rebuild's place of this very row object, tried first at `expected`."""
        rows = self.last.rows
        if expected < len(rows) and rows[expected] is row:
            return expected
        self._misplaced += 1
        if self._position is None:
            if self._misplaced <= KEYED_ALONE:
                return None  # a row replaced in its place, most likely: keyed there
            self._position = dict(zip(map(id, rows), range(len(rows)), strict=True))
        was = self._position.get(id(row))
        return was if was is not None and rows[was] is row else None

    def line(self, key: bytes | None, expected: int) -> bytes | None:
        """The line of a last rebuild's row that held the same, tried first at `expected`."""
        if key is None:
            return None
        keys = self.last.keys
        if expected < len(keys) and keys[expected] == key:
            return self.last.lines[expected]
        self._missed += 1
        if self._by_key is None:
            if self._missed <= KEYED_ALONE:
                return None  # encoding a few rows costs less than the map
            self._by_key = dict(zip(keys, self.last.lines, strict=True))
        return self._by_key.get(key)


class RowLines:
    """Each file's lines by the row they encode, as the last rebuild wrote them.

    A row is found first as the same object, and with it the rows that followed it last
    time and still do, compared as objects in C: the rows of a step the preview remembered
    (the 78,000 survey indicators of the surveys an edit left alone) are the objects it
    encoded last time, and a remembered result is never changed in place, which the
    preview's memory assumes of every step. Any other row is found by what it holds
    (`row_key`), so that a row made again with the same values is not encoded again: in
    its own place, and anywhere once more than KEYED_ALONE rows were not (a few rows out of
    place are encoded again, which costs less than a map of every row's key)."""

    def __init__(self) -> None:
        self._files: dict[str, _Written] = {}

    def lines(self, file: str, rows: list[Row], encode: Callable[[Row], bytes]) -> list[bytes]:
        """`encode(row)` for every row, taken from the last rebuild where the row is the
        same; only this rebuild's rows are kept."""
        last = self._files.get(file) or _Written([], [], [])
        lookup = _Lookup(last)
        keys: list[bytes | None] = []
        out: list[bytes] = []
        at, count = 0, len(rows)
        expected = 0  # the last rebuild's row in the place of rows[at], if one row replaced one
        while at < count:
            row = rows[at]
            was = lookup.place(row, expected)
            if was is not None:
                run = _run(rows, at, last.rows, was)
                keys += last.keys[was : was + run]
                out += last.lines[was : was + run]
                at += run
                expected = was + run
                continue
            key = row_key(row)
            line = lookup.line(key, expected)
            keys.append(key)
            out.append(encode(row) if line is None else line)
            at += 1
            expected += 1
        self._files[file] = _Written(list(rows), keys, out)
        return out


def _run(rows: list[Row], at: int, last: list[Row], was: int) -> int:
    """How many rows from `at` are, one for one, the same objects as `last` from `was`
    (at least one: the caller found the first)."""
    limit = min(len(rows) - at, len(last) - was)
    run = 1
    while run + RUN <= limit and all(
        map(is_, rows[at + run : at + run + RUN], last[was + run : was + run + RUN])
    ):
        run += RUN
    while run < limit and rows[at + run] is last[was + run]:
        run += 1
    return run
