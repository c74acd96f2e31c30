"""Where the table is on an office's sheet: the row of headings and the rows of data below.

Offices put a title above their tables (often one cell merged across the columns), a line
saying what the table is, blank rows, a column of row numbers, a row numbering the columns
(1, 2, 3 …) under the headings, notes beside them. The headings are the row, among the
first ones, that names the most of the kind's columns; what is above it is left, as are the
columns an office keeps beside the data (№, notes). Every other heading must name a column,
once, and every column the kind needs must be there: a problem names its cell and says
what to write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from kazutb_transparency.core.errors import Problem
from kazutb_transparency.editor.sheet_files import Table
from kazutb_transparency.editor.sheet_kinds import Kind
from kazutb_transparency.editor.sheet_text import Place, SheetError, letter, problem
from kazutb_transparency.editor.sheet_vocabulary import (
    column_of,
    heading,
    ignored_headings,
    normal,
    value_of,
)

SCAN_ROWS = 30  # the headings are looked for in this many rows from the top


@dataclass(frozen=True)
class Row:
    file: str
    sheet: str
    number: int  # as the sheet numbers it, title rows counted
    cells: dict[str, Any]  # column → value
    letters: dict[str, str]  # column → its letter
    headers: dict[str, str]  # column → its heading as the office wrote it

    def place(self, column: str | None = None) -> Place:
        if column is None or column not in self.letters:
            return Place(self.file, self.sheet, self.number)
        return Place(self.file, self.sheet, self.number, self.letters[column], self.headers[column])


def template_command(kind: Kind, lang: str) -> str:
    return f"scripts/import_sheet.py --template {kind.name} {kind.name}.xlsx --lang {lang}"


def _filled(cells: list[Any]) -> bool:
    return any(v is not None and str(v).strip() for v in cells)


def _header_index(table: Table, kind: Kind) -> int | None:
    best, best_count = None, 0
    for index, cells in enumerate(table.rows[:SCAN_ROWS]):
        count = len({column_of(kind, v) for v in cells} - {None})
        if count > best_count:
            best, best_count = index, count
    return best if best_count >= min(2, len(kind.columns())) else None


def table_rows(table: Table, kind: Kind, lang: str) -> list[Row]:
    """The data rows under the headings; SheetError naming every heading and formula to fix."""
    sheet = Place(table.file, table.sheet)
    columns_text = "; ".join(heading(c, lang) for c in kind.columns())
    if not any(_filled(cells) for cells in table.rows):
        raise SheetError([problem(sheet, lang, "empty", template=template_command(kind, lang))])
    index = _header_index(table, kind)
    if index is None:
        raise SheetError([problem(sheet, lang, "no_header", rows=SCAN_ROWS, columns=columns_text)])
    number = index + 1
    found: dict[str, int] = {}  # column → its index in the row
    problems: list[Problem] = []
    for position, value in enumerate(table.rows[index]):
        if value is None or not str(value).strip() or normal(value) in ignored_headings():
            continue
        place = Place(table.file, table.sheet, number, letter(position), str(value).strip())
        column = column_of(kind, value)
        if column is None:
            problems.append(problem(place, lang, "unknown_column", columns=columns_text))
        elif column in found:
            other = letter(found[column])
            problems.append(problem(place, lang, "duplicate_column", other=other))
        else:
            found[column] = position
    missing = [c for c in kind.columns() if c not in found and kind.required(c)]
    if missing:
        problems.append(
            problem(
                Place(table.file, table.sheet, number), lang, "missing_columns",
                columns="; ".join(heading(c, lang) for c in missing),
                template=template_command(kind, lang),
            )
        )  # fmt: skip
    if problems:
        raise SheetError(problems)
    return _body(table, index, found, lang)


def cell_value(column: str, value: Any) -> Any:
    """A cell's value as the model reads it: text trimmed, an empty cell None, digits a
    number, 01.09.2026 a date, a closed column's word its code (sheet_vocabulary.py)."""
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            return None
        if re.fullmatch(r"-?\d+", value):
            return int(value)
        if re.fullmatch(r"-?\d+\.\d+", value):
            return float(value)
        day = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", value)
        if day is not None:
            try:
                return date(int(day[3]), int(day[2]), int(day[1]))
            except ValueError:
                return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value_of(column, value)


def _numbering(cells: list[Any]) -> bool:
    """A row numbering the columns under the headings: 1, 2, 3 …"""
    values = [v for v in cells if v is not None and str(v).strip()]
    try:
        numbers = [int(str(v).strip().removesuffix(".0")) for v in values]
    except ValueError:
        return False
    return len(numbers) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _body(table: Table, index: int, found: dict[str, int], lang: str) -> list[Row]:
    letters = {column: letter(position) for column, position in found.items()}
    headers = {column: str(table.rows[index][p]).strip() for column, p in found.items()}
    rows: list[Row] = []
    problems: list[Problem] = []
    for r in range(index + 1, len(table.rows)):
        cells = table.rows[r]
        picked = [cells[p] if p < len(cells) else None for p in found.values()]
        formulas = [c for c, p in found.items() if (r, p) in table.formulas]
        if not formulas and not _filled(picked):
            continue
        if r == index + 1 and not formulas and _numbering(picked):
            continue
        row = Row(
            table.file, table.sheet, r + 1,
            {c: cell_value(c, v) for c, v in zip(found, picked, strict=True)}, letters, headers,
        )  # fmt: skip
        problems += [problem(row.place(c), lang, "formula") for c in formulas]
        rows.append(row)
    if not rows and not problems:
        problems.append(problem(Place(table.file, table.sheet, index + 1), lang, "no_rows"))
    if problems:
        raise SheetError(problems)
    return rows
