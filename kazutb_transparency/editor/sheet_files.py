"""An office's spreadsheet file read as one table of cells: XLSX (openpyxl), ODS
(python-calamine) or CSV as Excel and LibreOffice save it.

The table is the first visible sheet, from cell A1, so that row numbers and column letters
are the ones the office sees. A cell holding a formula is marked, not read: the open data
must hold what the office typed, not what a formula computed on its machine (ODS formulas
are found in the file's content.xml, as calamine reads only the values). A CSV may be
UTF-8 (with or without a BOM), UTF-16 (Excel's "Unicode text") or Windows-1251 (Excel's
"CSV" in a Kazakh or Russian Windows), separated by commas, semicolons or tabs; with a
semicolon or a tab, a decimal comma is read as a decimal point.

What the office does not see is not imported: a hidden sheet is never the one read, and a
hidden row or column holding a value is refused (it would be published unseen). A file
past the limits below is refused before it is read (an XLSX or ODS is a zip archive: its
declared sizes are checked before any reader unpacks it), and so is an XML part declaring
a DOCTYPE (entities: XXE, "billion laughs"), which no office program writes.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from kazutb_transparency.editor.sheet_text import Place, SheetError, letter, problem

SUFFIXES = (".xlsx", ".ods", ".csv")
# The limits of an imported sheet (stated in the handbook's import section). An office's
# sheet is a few thousand rows at most; past these a file is a mistake or an attack, and is
# refused before it fills the memory rather than after.
MAX_FILE_BYTES = 20 * 1024 * 1024  # the file as sent (the import page's too)
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # an XLSX's or ODS's parts together, unpacked
MAX_PACKING_RATIO = 200  # a part unpacking to more than this many times its packed size …
MAX_PACKED_PART_BYTES = 50 * 1024 * 1024  # … and to more than this is a zip bomb
MAX_ROWS = 20_000  # rows as the sheet numbers them, title rows counted
MAX_COLUMNS = 200
MAX_CELL_CHARS = 10_000
_PROLOG_BYTES = 64 * 1024  # an XML part's start, where a DOCTYPE would be
_ROOT_TAG = re.compile(rb"<[A-Za-z_]")
_HIDDEN_ODS = ("collapse", "filter")
_DECIMAL_COMMA = re.compile(r"^(-?\d+),(\d+)$")
_ODF_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


@dataclass
class Table:
    file: str
    sheet: str
    rows: list[list[Any]]  # rows[0] is row 1, rows[r][0] is column A; empty cells are None
    formulas: set[tuple[int, int]] = field(default_factory=set)  # (row, column) from 0
    hidden_rows: set[int] = field(default_factory=set)  # from 0
    hidden_columns: list[tuple[int, int]] = field(default_factory=list)  # (first, last) from 0


class _Formula:
    """A cell holding a formula, while the rows are read (a value, for the limits)."""


_FORMULA = _Formula()


def read_table(path: Path, lang: str) -> Table:
    """The first visible sheet of the file; SheetError when it cannot be read, is past the
    limits or hides values."""
    place = Place(path.name)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise SheetError([problem(place, lang, "wrong_type")])
    if path.is_dir():
        raise SheetError([problem(place, lang, "a_folder")])
    if not path.is_file():
        raise SheetError([problem(place, lang, "no_file")])
    if path.stat().st_size > MAX_FILE_BYTES:
        raise SheetError([problem(place, lang, "too_big", limit=_mb(MAX_FILE_BYTES))])
    try:
        if suffix == ".csv":
            table = _csv(path, lang)
        else:
            _check_archive(path, lang)
            table = _xlsx(path, lang) if suffix == ".xlsx" else _ods(path, lang)
    except SheetError:
        raise
    # Whatever a damaged, encrypted or misnamed file makes the readers raise, the office
    # gets one message saying to save the file again, never a traceback.
    except Exception as exc:
        raise SheetError([problem(place, lang, "unreadable")]) from exc
    _check_hidden(table, lang)
    return table


def _mb(size: int) -> int:
    return size // (1024 * 1024)


def _check_archive(path: Path, lang: str) -> None:
    """Refuse an XLSX or ODS whose parts unpack past the limits or declare a DOCTYPE,
    before a reader unpacks them (zipfile itself reads no more than a part declares)."""
    place = Place(path.name)
    with zipfile.ZipFile(path) as archive:
        parts = archive.infolist()
        if sum(p.file_size for p in parts) > MAX_UNPACKED_BYTES:
            limit = _mb(MAX_UNPACKED_BYTES)
            raise SheetError([problem(place, lang, "too_big_unpacked", limit=limit)])
        for part in parts:
            if part.file_size > max(MAX_PACKED_PART_BYTES, MAX_PACKING_RATIO * part.compress_size):
                found = problem(
                    place, lang, "packed_too_much", part=part.filename, ratio=MAX_PACKING_RATIO
                )
                raise SheetError([found])
        for part in parts:
            if part.filename.endswith((".xml", ".rels")) and _declares_doctype(archive, part):
                raise SheetError([problem(place, lang, "xml_doctype", part=part.filename)])


def _declares_doctype(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> bool:
    """Whether the part's prolog (before its first element) has a DOCTYPE or an ENTITY."""
    with archive.open(part) as stream:
        head = stream.read(_PROLOG_BYTES)
    # UTF-16 (with or without its mark) is ASCII with zero bytes between: these are dropped.
    head = head.removeprefix(b"\xff\xfe").removeprefix(b"\xfe\xff").replace(b"\x00", b"")
    root = _ROOT_TAG.search(head)
    prolog = (head[: root.start()] if root else head).upper()
    return b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog


def _fill(table: Table, rows: Iterable[list[Any]], lang: str) -> Table:
    """Put the rows in the table, trailing empty cells and rows left off, refusing the sheet
    at the first row past the limits (so a huge sheet is not read to its end)."""
    blank = 0
    for values in rows:
        while values and values[-1] is None:
            values.pop()
        if not values:
            blank += 1
            continue
        table.rows += [[] for _ in range(blank)]
        blank = 0
        number = len(table.rows) + 1
        if number > MAX_ROWS:
            place = Place(table.file, table.sheet, number)
            raise SheetError([problem(place, lang, "too_many_rows", limit=MAX_ROWS)])
        if len(values) > MAX_COLUMNS:
            place = Place(table.file, table.sheet, number, letter(len(values) - 1))
            raise SheetError([problem(place, lang, "too_many_columns", limit=MAX_COLUMNS,
                                      last=letter(MAX_COLUMNS - 1))])  # fmt: skip
        for c, value in enumerate(values):
            if value is _FORMULA:
                table.formulas.add((len(table.rows), c))
                values[c] = None
            elif isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                place = Place(table.file, table.sheet, number, letter(c))
                raise SheetError([problem(place, lang, "too_long", limit=MAX_CELL_CHARS)])
        table.rows.append(values)
    return table


def _check_hidden(table: Table, lang: str) -> None:
    """Refuse hidden rows and columns holding values: what is imported is published, and
    must be what the office saw when it checked the sheet."""
    problems = [
        problem(Place(table.file, table.sheet, r + 1), lang, "hidden_row")
        for r in sorted(table.hidden_rows)
        if r < len(table.rows)
        and (any(v is not None for v in table.rows[r]) or any(f[0] == r for f in table.formulas))
    ]
    width = max((len(row) for row in table.rows), default=0)
    hidden = sorted({c for first, last in table.hidden_columns
                     for c in range(first, min(last, width - 1) + 1)})  # fmt: skip
    for c in hidden:
        if any(c < len(row) and row[c] is not None for row in table.rows) or any(
            f[1] == c for f in table.formulas
        ):
            place = Place(table.file, table.sheet)
            problems.append(problem(place, lang, "hidden_column", column=letter(c)))
    if problems:
        raise SheetError(problems)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date()
    if value == "":
        return None
    return value


def _xlsx(path: Path, lang: str) -> Table:
    from openpyxl import load_workbook

    book = load_workbook(path, data_only=False, read_only=True)
    try:
        visible = [s for s in book.worksheets if s.sheet_state == "visible"]
        if not visible:
            raise SheetError([problem(Place(path.name), lang, "no_visible_sheet")])
        sheet = visible[0]
        # The size a file declares is not trusted (some programs write A1 whatever the data):
        # rows are read as they are, from A1.
        sheet.reset_dimensions()
        rows = (
            [_FORMULA if getattr(cell, "data_type", None) == "f" else _plain(cell.value)
             for cell in cells]
            for cells in sheet.iter_rows()
        )  # fmt: skip
        table = _fill(Table(path.name, sheet.title, []), rows, lang)
        member = sheet._worksheet_path  # openpyxl's read-only sheets keep no row dimensions
    finally:
        book.close()
    with zipfile.ZipFile(path) as archive:
        table.hidden_rows, table.hidden_columns = _xlsx_hidden(archive, member)
    return table


def _xlsx_hidden(archive: zipfile.ZipFile, member: str) -> tuple[set[int], list[tuple[int, int]]]:
    """The sheet's hidden rows and column ranges (from 0): `<row r="3" hidden="1">`,
    `<col min="3" max="5" hidden="1">` (a filter's hidden rows are hidden so too)."""
    from defusedxml.ElementTree import iterparse

    rows: set[int] = set()
    columns: list[tuple[int, int]] = []
    number = 0  # a row's r may be left out: it is then the next row
    with archive.open(member) as stream:
        for _event, element in iterparse(stream):
            name = element.tag.rpartition("}")[2]
            hidden = element.get("hidden") in ("1", "true")
            if name == "row":
                number = int(element.get("r", number + 1))
                if hidden:
                    rows.add(number - 1)
                element.clear()  # its cells: the values are openpyxl's
            elif name == "col" and hidden:
                columns.append((int(element.get("min", "1")) - 1, int(element.get("max", "1")) - 1))
    return rows, columns


def _ods(path: Path, lang: str) -> Table:
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    book = CalamineWorkbook.from_path(str(path))
    try:
        names = [
            m.name
            for m in book.sheets_metadata
            if m.visible == SheetVisibleEnum.Visible and m.typ == SheetTypeEnum.WorkSheet
        ]
        if not names:
            raise SheetError([problem(Place(path.name), lang, "no_visible_sheet")])
        name = names[0]
        sheet = book.get_sheet_by_name(name)
        # The data's last cell, before the rows are made: a sheet past the limits is not read.
        end_row, end_column = sheet.end or (0, 0)
        if end_row >= MAX_ROWS:
            place = Place(path.name, name, end_row + 1)
            raise SheetError([problem(place, lang, "too_many_rows", limit=MAX_ROWS)])
        if end_column >= MAX_COLUMNS:
            place = Place(path.name, name)
            raise SheetError([problem(place, lang, "too_many_columns", limit=MAX_COLUMNS,
                                      last=letter(MAX_COLUMNS - 1))])  # fmt: skip
        values = sheet.to_python(skip_empty_area=False)
    finally:
        book.close()
    table = _fill(Table(path.name, name, []), ([_plain(v) for v in r] for r in values), lang)
    formulas, table.hidden_rows, table.hidden_columns = _ods_marks(path, name, len(values))
    for r, c in formulas:
        if r < len(table.rows) and c < len(table.rows[r]):
            table.rows[r][c] = None
    table.formulas |= formulas
    return table


def _ods_marks(
    path: Path, sheet: str, height: int
) -> tuple[set[tuple[int, int]], set[int], list[tuple[int, int]]]:
    """The sheet's formula cells (row, column), hidden rows and hidden column ranges, from
    0: table:formula, and table:visibility "collapse" (hidden) or "filter" (filtered out)."""
    from defusedxml import ElementTree

    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("content.xml"))
    table = next(
        (t for t in root.iter(f"{_ODF_TABLE}table") if t.get(f"{_ODF_TABLE}name") == sheet),
        None,
    )
    found: set[tuple[int, int]] = set()
    hidden_rows: set[int] = set()
    hidden_columns: list[tuple[int, int]] = []
    if table is None:
        return found, hidden_rows, hidden_columns
    column = 0
    for element in table.iter(f"{_ODF_TABLE}table-column"):
        spans = int(element.get(f"{_ODF_TABLE}number-columns-repeated", "1"))
        if element.get(f"{_ODF_TABLE}visibility") in _HIDDEN_ODS:
            hidden_columns.append((column, column + spans - 1))
        column += spans
    row = 0
    for element in table.iter(f"{_ODF_TABLE}table-row"):
        if row >= height:
            break
        repeated = int(element.get(f"{_ODF_TABLE}number-rows-repeated", "1"))
        if element.get(f"{_ODF_TABLE}visibility") in _HIDDEN_ODS:
            hidden_rows |= set(range(row, min(row + repeated, height)))
        column = 0
        for cell in element:
            spans = int(cell.get(f"{_ODF_TABLE}number-columns-repeated", "1"))
            if cell.get(f"{_ODF_TABLE}formula"):
                # A repeated formula cell stands for every copy, up to the data's end.
                found |= {
                    (r, c)
                    for r in range(row, min(row + repeated, height))
                    for c in range(column, column + min(spans, 1024))
                }
            column += spans
        row += repeated
    return found, hidden_rows, hidden_columns


def _csv(path: Path, lang: str) -> Table:
    text = _decoded(path.read_bytes(), path.name, lang)
    lines = text.splitlines()
    if lines and re.fullmatch(r"sep=.", lines[0].strip()):
        # Excel's own delimiter line: Excel does not show it, so row 1 is the next line.
        delimiter = lines[0].strip()[-1]
        text = text.partition("\n")[2]
    else:
        delimiter = _delimiter(lines[:20])
    try:
        raw = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows = ([_csv_value(v, delimiter) for v in cells] for cells in raw)
        return _fill(Table(path.name, path.stem, []), rows, lang)
    except csv.Error as exc:  # a NUL byte, a field past the csv module's own limit
        raise SheetError([problem(Place(path.name), lang, "unreadable")]) from exc


def _csv_value(value: str, delimiter: str) -> Any:
    value = value.strip()
    if value.startswith("="):  # a formula's text: Excel itself writes the values
        return _FORMULA
    if delimiter != ",":
        value = _DECIMAL_COMMA.sub(r"\1.\2", value)
    return value or None


def _decoded(data: bytes, name: str, lang: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1251")
    except UnicodeDecodeError as exc:
        raise SheetError([problem(Place(name), lang, "csv_encoding")]) from exc


def _delimiter(lines: list[str]) -> str:
    counts = {d: sum(line.count(d) for line in lines) for d in (";", "\t", ",")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
