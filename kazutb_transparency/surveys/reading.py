"""A large CSV export (R.csv) as integer codes, read by Arrow block by block.

Each column becomes one int32 code per row plus the list of its distinct texts, so memory
grows by 4 bytes a cell, not by a Python object per answer, and every check of a value runs
once per distinct value. The file is refused as `datafiles.read_csv` refuses it (missing or
unknown columns, a row with the wrong number of cells, a cell a spreadsheet would run, not
UTF-8), with the same messages; line numbers, needed only for messages, come from a second
pass with the csv module when something is wrong. No size limit: an export of several
survey waves may well pass 200 MB.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from kazutb_transparency.core.datafiles import (
    _DECIMAL_COMMA,
    _RISKY_START,
    SAVE_AS_UTF8,
    _delimiter,
    display_path,
)
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.textcheck import kind_of_field, value_problems

BLOCK_BYTES = 4 << 20  # Arrow's unit of reading: a few thousand rows, a few MB of codes


@dataclass(frozen=True)
class Column:
    codes: np.ndarray  # int32, one per row, in file order
    values: list[str]  # code → the cell's text as read

    def mapped(self, change: Callable[[str], str]) -> Column:
        """The column with every text changed; texts that became equal share one code."""
        index: dict[str, int] = {}
        remap = np.array([index.setdefault(change(v), len(index)) for v in self.values], np.int32)
        if len(index) == len(self.values) and not np.any(remap != np.arange(len(remap))):
            return Column(self.codes, list(index))
        return Column(remap[self.codes] if len(remap) else self.codes, list(index))


@dataclass(frozen=True)
class Source:
    """Where the rows come from, to name their lines in messages."""

    file: str  # the name shown in messages
    path: Path
    delimiter: str

    def lines(self, rows: Iterable[int]) -> dict[int, int]:
        """Row index (blank rows not counted) → line in the file, for the rows asked."""
        wanted = set(rows)
        found: dict[int, int] = {}
        if not wanted:
            return found
        last = max(wanted)
        for index, (line, _) in enumerate(_records(self.path, self.delimiter)):
            if index in wanted:
                found[index] = line
                if index == last:
                    break
        return found


@dataclass(frozen=True)
class Coded:
    source: Source
    columns: dict[str, Column]

    def __len__(self) -> int:
        return len(next(iter(self.columns.values())).codes)


def _records(path: Path, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(line, cells) of every non-blank row after the header, as read_csv sees them."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        next(reader, None)
        for values in reader:
            if any(v.strip() for v in values):
                yield reader.line_num, values


def _cell_problems(value: str, column: str) -> list[tuple[str, str]]:
    """What read_csv refuses in a cell: formula starts, markup, script addresses, length."""
    if value and (value[:1] in _RISKY_START or "<" in value or "&#" in value or len(value) > 300):
        return list(value_problems(value, kind_of_field((column,))))
    return []


def _row_problems(path: Path, file: str, delimiter: str, header: list[str]) -> list[Problem]:
    """The problems read_csv lists, row by row (only run when the fast reader found some)."""
    problems = []
    for line, values in _records(path, delimiter):
        if len(values) != len(header):
            problems.append(
                Problem(
                    file,
                    f"expected {len(header)} cells, found {len(values)}",
                    line=line,
                    hint="check for a missing or extra comma or quote",
                )
            )
            continue
        if delimiter == ";":
            values = [_DECIMAL_COMMA.sub(r"\1.\2", v) for v in values]
        for column, value in zip(header, values, strict=True):
            problems += [
                Problem(file, message, field=column, line=line, hint=hint)
                for message, hint in _cell_problems(value, column)
            ]
    return problems


def _encoding_problem(path: Path, file: str) -> Problem | None:
    """The first line that is not UTF-8, said as read_text says it."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    raw.decode("cp1251")
                    found = "saved in the Windows Cyrillic encoding (Windows-1251), not UTF-8"
                except UnicodeDecodeError:
                    found = "not UTF-8 text"
                return Problem(file, found, line=number, hint=SAVE_AS_UTF8[".csv"])
    return None


def _header(path: Path, file: str, columns: Sequence[str]) -> tuple[str, list[str], int]:
    """Delimiter, header and how many lines it takes; refused as read_csv refuses it."""
    try:
        with path.open("rb") as handle:
            start = handle.read(2)
    except FileNotFoundError as exc:
        raise DataError([Problem(file, "file not found")]) from exc
    if start in (b"\xff\xfe", b"\xfe\xff"):
        hint = SAVE_AS_UTF8[".csv"]
        raise DataError([Problem(file, "saved as UTF-16 ('Unicode text')", hint=hint)])
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            delimiter = _delimiter(handle.readline())
            handle.seek(0)
            reader = csv.reader(handle, delimiter=delimiter)
            header = [column.strip() for column in next(reader, [])]
            used = reader.line_num
    except UnicodeDecodeError as exc:
        raise DataError([_encoding_problem(path, file) or Problem(file, "not UTF-8 text")]) from exc
    if not used:
        raise DataError([Problem(file, "file is empty", line=1, hint="add the header row")])
    hint = f"the header must be: {','.join(columns)}"
    problems = [
        Problem(file, f"{what} column(s): {', '.join(names)}", line=1, hint=hint)
        for what, names in (
            ("missing", [c for c in columns if c not in header]),
            ("unknown", [c for c in header if c not in columns]),
        )
        if names
    ]
    if problems:
        raise DataError(problems)
    return delimiter, header, used


def _numbers(indices: pa.Array) -> np.ndarray:
    """A dictionary's indices as a numpy view of Arrow's buffer. Array.to_numpy imports
    pandas (to see whether it is one of its types): taken here, it would make the reading
    wait for the import that pipeline.run starts on a thread to run beside it."""
    if indices.type == pa.int32() and indices.null_count == 0:
        data = indices.buffers()[1]
        return np.frombuffer(data, dtype=np.int32, count=len(indices), offset=indices.offset * 4)
    return indices.to_numpy(zero_copy_only=False)


class _Codes:
    """One column's distinct texts and, block by block, its codes."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.blocks: list[np.ndarray] = []

    def add(self, array: pa.Array) -> None:
        encoded = pc.dictionary_encode(array)
        index = self.index
        remap = np.fromiter(
            (index.setdefault(v, len(index)) for v in encoded.dictionary.to_pylist()),
            dtype=np.int32,
        )
        self.blocks.append(remap[_numbers(encoded.indices)])

    def column(self, delimiter: str) -> Column:
        codes = np.concatenate(self.blocks) if self.blocks else np.zeros(0, np.int32)
        self.blocks = []
        column = Column(codes, list(self.index))
        if delimiter == ";":  # Excel in a Kazakh or Russian locale: decimal comma, as read_csv
            return column.mapped(lambda v: _DECIMAL_COMMA.sub(r"\1.\2", v))
        return column


def read_coded(path: Path, columns: Sequence[str]) -> Coded:
    """Every row of `path` as codes of `columns`; raises DataError as read_csv would."""
    file = display_path(path)
    delimiter, header, skip = _header(path, file, columns)
    malformed = False

    def invalid(row: pa_csv.InvalidRow) -> str:
        nonlocal malformed
        cells = next(csv.reader([row.text], delimiter=delimiter), [])
        malformed = malformed or any(c.strip() for c in cells)
        return "skip"

    codes = {c: _Codes() for c in columns}
    # A column named twice: the last one counts, as in read_csv's dict of the row.
    position = {name: index for index, name in enumerate(header)}
    names = [f"c{index}" for index in range(len(header))]
    try:
        reader = pa_csv.open_csv(
            path,
            read_options=pa_csv.ReadOptions(
                block_size=BLOCK_BYTES, skip_rows=skip, column_names=names, use_threads=False
            ),
            parse_options=pa_csv.ParseOptions(
                delimiter=delimiter, newlines_in_values=True, invalid_row_handler=invalid
            ),
            convert_options=pa_csv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
        for batch in reader:
            for name in columns:
                codes[name].add(batch.column(position[name]))
    except pa.ArrowInvalid as exc:
        problem = _encoding_problem(path, file)
        raise DataError([problem or Problem(file, f"cannot be read as CSV: {exc}")]) from exc
    coded = Coded(Source(file, path, delimiter), {c: codes[c].column(delimiter) for c in columns})
    coded = _without_blank_rows(coded)
    risky = any(
        _cell_problems(value, name) for name, col in coded.columns.items() for value in col.values
    )
    if malformed or risky:
        problems = _row_problems(path, file, delimiter, header)
        raise DataError(problems or [Problem(file, "a row could not be read as CSV")])
    return coded


def _without_blank_rows(coded: Coded) -> Coded:
    """Rows whose every cell is blank are skipped, as read_csv skips them."""
    empties = [np.array([not v.strip() for v in c.values], bool) for c in coded.columns.values()]
    if not all(e.any() for e in empties):
        return coded  # some column is never blank
    blank = np.ones(len(coded), dtype=bool)
    for empty, col in zip(empties, coded.columns.values(), strict=True):
        blank &= empty[col.codes]
    if not blank.any():
        return coded
    keep = ~blank
    columns = {n: Column(c.codes[keep], c.values) for n, c in coded.columns.items()}
    return Coded(coded.source, columns)
