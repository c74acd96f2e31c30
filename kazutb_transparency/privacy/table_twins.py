"""A JSON dataset that carries exactly the values of the CSV beside it is read once, as CSV.

The site publishes every dataset twice, as CSV and as tabular JSON (an array of rows, the
first the column names), written from the same rows (core/opendata/writer.py). Reading
both reads every value twice: on a large site the JSON files were a quarter of the gate's
time. When a JSON file's rows are, cell for cell, the rows of the CSV file of the same name
in the same folder, the JSON holds no text the CSV does not, and the CSV is the better
reading of those values (each cell under its column's name): the JSON is clean when the
CSV is. A cell matches when a JSON string or number, as written in the file, is the CSV
cell's text, `true`/`false` is that word and `null` an empty cell.

Anything else is read itself, whole: another shape (objects, nested arrays, a value the
CSV does not hold, one row more or less, text after the array), a JSON file that is not
valid, a CSV that cannot be decoded, and any CSV with a finding (the JSON's own scan then
reports it at its place in the JSON file). Only the prefiltered scan takes this path; the
full scan (`prefilter=False`) reads the JSON as well, and the benchmark compares both
(scripts/benchmark_privacy.py --unique; tests/privacy/test_table_twins.py).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from itertools import zip_longest
from pathlib import Path

# Numbers kept as the text written in the file: 1.50 is not the CSV's 1.5.
_DECODE = json.JSONDecoder(parse_int=str, parse_float=str).raw_decode
_OPEN = re.compile(r"\s*\[\s*")
_NEXT = re.compile(r"\s*([,\]])\s*")
_WORDS = {None: "", True: "true", False: "false"}


def csv_twin(path: Path) -> Path | None:
    """The CSV file a JSON file may mirror: same folder, same name, if it exists."""
    twin = path.with_suffix(".csv")
    return twin if path.suffix.lower() == ".json" and twin.is_file() else None


def _rows(text: str) -> Iterator[object]:
    """The elements of a top-level JSON array one at a time (a 50 MB dataset is never
    held as objects all at once); ValueError if the text is not one array."""
    opened = _OPEN.match(text)
    if opened is None:
        raise ValueError("not an array")
    position = opened.end()
    if text.startswith("]", position):
        if text[position + 1 :].strip():
            raise ValueError("text after the array")
        return
    while True:
        row, position = _DECODE(text, position)
        yield row
        between = _NEXT.match(text, position)
        if between is None:
            raise ValueError("no comma or end of the array")
        position = between.end()
        if between.group(1) == "]":
            if position != len(text):
                raise ValueError("text after the array")
            return


def _same_cells(row: object, cells: list[str]) -> bool:
    """Whether a decoded JSON row holds the CSV row's cells (module docstring); KeyError or
    TypeError for a cell that is a list, an object or NaN (unhashable or no word)."""
    if row.__class__ is not list:
        return False
    # A row of strings only is compared in C; the others word by word.
    return row == cells or [v if v.__class__ is str else _WORDS[v] for v in row] == cells


def carries_csv_values(json_text: str, csv_text: str) -> bool:
    """Whether the JSON text is the CSV text's rows, cell for cell (module docstring)."""
    reader = csv.reader(io.StringIO(csv_text, newline=""))
    try:
        for row, cells in zip_longest(_rows(json_text), reader):
            if cells is None or not _same_cells(row, cells):
                return False
    except (ValueError, KeyError, TypeError, csv.Error):
        # Not JSON, not one array; a cell that is no CSV text; a CSV the csv module cannot
        # read.
        return False
    return True


def rows_by_line(json_lines: list[str], csv_lines: list[str], indexes: Iterable[int]) -> bool:
    """Whether each JSON line at `indexes` is one row of the array, as the site writes it
    (the first line opens the array, the last row's line closes it, a comma ends every other
    one), carrying the cells of the CSV line at the same index, the CSV's header line
    included. Both texts end with a line end: their last lines are empty. Checked at every
    index, it says what `carries_csv_values` says, the array's rows being its lines; at the
    changed indexes only, when it held for every line of the earlier versions of both files
    (buildsteps/scancache.py keeps that)."""
    count = len(json_lines)
    if count < 2 or count != len(csv_lines) or json_lines[-1].strip() or csv_lines[-1].strip():
        return False
    last = count - 2  # the last row's line
    try:
        for index in indexes:
            if index > last:
                continue  # the empty last lines
            text = json_lines[index].strip()
            if index == 0:
                if not text.startswith("["):
                    return False
                text = text[1:]
            if not text.endswith("]" if index == last else ","):
                return False
            text = text[:-1].strip()
            row, end = _DECODE(text)
            if end != len(text) or not _same_cells(row, next(csv.reader([csv_lines[index]]))):
                return False
    except (ValueError, KeyError, TypeError, csv.Error, StopIteration):
        return False
    return True
