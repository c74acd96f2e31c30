"""The live preview's encoded rows: an edit of a few rows of a large dataset encodes those
rows again, not all of them (a survey target changes the verdict of one row in ten of the
100,000 survey indicators)."""

from __future__ import annotations

import marshal
from collections.abc import Callable
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


class RowLines:
    """Each file's lines by the row they encode, as the last rebuild wrote them."""

    def __init__(self) -> None:
        self._files: dict[str, dict[bytes, str]] = {}

    def lines(
        self,
        file: str,
        rows: list[Row],
        encode: Callable[[Row], str],
        keys: list[bytes | None] | None = None,
    ) -> list[str]:
        """`encode(row)` for every row, taken from the last rebuild where the row is the same;
        only this rebuild's rows are kept. `keys`: the rows' `row_key`s, when another file of
        the same rows has them already (a dataset's CSV and JSON)."""
        known = self._files.get(file, {})
        kept: dict[bytes, str] = {}
        out = []
        for row, key in zip(rows, keys if keys is not None else map(row_key, rows), strict=True):
            if key is None:
                out.append(encode(row))
                continue
            line = known.get(key)
            if line is None:
                line = encode(row)
            kept[key] = line
            out.append(line)
        self._files[file] = kept
        return out
