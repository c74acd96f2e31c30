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
    lines: list[str]
    position: dict[int, int]  # a row's place, by the row object's id


RUN = 256  # rows compared at once, in C, while a run of the last rebuild's rows goes on


class RowLines:
    """Each file's lines by the row they encode, as the last rebuild wrote them.

    A row is found first as the same object, and with it the rows that followed it last
    time and still do, compared as objects in C: the rows of a step the preview remembered
    (the 78,000 survey indicators of the surveys an edit left alone) are the objects it
    encoded last time, and a remembered result is never changed in place, which the
    preview's memory assumes of every step. Any other row is found by what it holds
    (`row_key`), so that a row made again with the same values is not encoded again."""

    def __init__(self) -> None:
        self._files: dict[str, _Written] = {}

    def lines(self, file: str, rows: list[Row], encode: Callable[[Row], str]) -> list[str]:
        """`encode(row)` for every row, taken from the last rebuild where the row is the
        same; only this rebuild's rows are kept."""
        last = self._files.get(file) or _Written([], [], [], {})
        by_key: dict[bytes | None, str] | None = None  # made at the first row not found
        keys: list[bytes | None] = []
        out: list[str] = []
        at, count = 0, len(rows)
        while at < count:
            row = rows[at]
            was = last.position.get(id(row))
            if was is not None and last.rows[was] is row:
                run = _run(rows, at, last.rows, was)
                keys += last.keys[was : was + run]
                out += last.lines[was : was + run]
                at += run
                continue
            if by_key is None:
                by_key = dict(zip(last.keys, last.lines, strict=True))
            key = row_key(row)
            line = by_key.get(key) if key is not None else None
            keys.append(key)
            out.append(encode(row) if line is None else line)
            at += 1
        rows = list(rows)
        position = dict(zip(map(id, rows), range(count), strict=True))
        self._files[file] = _Written(rows, keys, out, position)
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
