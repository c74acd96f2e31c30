"""An office's spreadsheet file read as one table of cells: XLSX (openpyxl), ODS
(python-calamine) or CSV as Excel and LibreOffice save it.

The table is the first visible sheet, from cell A1, so that row numbers and column letters
are the ones the office sees. A cell holding a formula is marked, not read: the open data
must hold what the office typed, not what a formula computed on its machine (ODS formulas
are found in the file's content.xml, as calamine reads only the values). A CSV may be
UTF-8 (with or without a BOM), UTF-16 (Excel's "Unicode text") or Windows-1251 (Excel's
"CSV" in a Kazakh or Russian Windows), separated by commas, semicolons or tabs; with a
semicolon or a tab, a decimal comma is read as a decimal point.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from kazutb_transparency.editor.sheet_text import Place, SheetError, problem

SUFFIXES = (".xlsx", ".ods", ".csv")
_DECIMAL_COMMA = re.compile(r"^(-?\d+),(\d+)$")
_ODF_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


@dataclass
class Table:
    file: str
    sheet: str
    rows: list[list[Any]]  # rows[0] is row 1, rows[r][0] is column A; empty cells are None
    formulas: set[tuple[int, int]] = field(default_factory=set)  # (row, column) from 0


def read_table(path: Path, lang: str) -> Table:
    """The first visible sheet of the file; SheetError when it cannot be read."""
    place = Place(path.name)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise SheetError([problem(place, lang, "wrong_type")])
    if not path.is_file():
        raise SheetError([problem(place, lang, "no_file")])
    try:
        if suffix == ".csv":
            return _csv(path, lang)
        return _xlsx(path) if suffix == ".xlsx" else _ods(path)
    except SheetError:
        raise
    # Whatever a damaged, encrypted or misnamed file makes the readers raise, the office
    # gets one message saying to save the file again, never a traceback.
    except Exception as exc:
        raise SheetError([problem(place, lang, "unreadable")]) from exc


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date()
    if value == "":
        return None
    return value


def _xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    book = load_workbook(path, data_only=False, read_only=True)
    try:
        visible = [s for s in book.worksheets if s.sheet_state == "visible"]
        sheet = (visible or book.worksheets)[0]
        # The size a file declares is not trusted (some programs write A1 whatever the data):
        # rows are read as they are, from A1.
        sheet.reset_dimensions()
        rows: list[list[Any]] = []
        formulas: set[tuple[int, int]] = set()
        for r, cells in enumerate(sheet.iter_rows()):
            rows.append([])
            for c, cell in enumerate(cells):
                if getattr(cell, "data_type", None) == "f":
                    formulas.add((r, c))
                    rows[-1].append(None)
                else:
                    rows[-1].append(_plain(cell.value))
        return Table(path.name, sheet.title, rows, formulas)
    finally:
        book.close()


def _ods(path: Path) -> Table:
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    book = CalamineWorkbook.from_path(str(path))
    try:
        names = [
            m.name
            for m in book.sheets_metadata
            if m.visible == SheetVisibleEnum.Visible and m.typ == SheetTypeEnum.WorkSheet
        ]
        name = (names or book.sheet_names)[0]
        values = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    finally:
        book.close()
    rows = [[_plain(v) for v in r] for r in values]
    formulas = _ods_formulas(path, name, len(rows))
    for r, c in formulas:
        if r < len(rows) and c < len(rows[r]):
            rows[r][c] = None
    return Table(path.name, name, rows, formulas)


def _ods_formulas(path: Path, sheet: str, height: int) -> set[tuple[int, int]]:
    """(row, column) of every cell of the sheet holding a formula (table:formula)."""
    from defusedxml import ElementTree

    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("content.xml"))
    table = next(
        (t for t in root.iter(f"{_ODF_TABLE}table") if t.get(f"{_ODF_TABLE}name") == sheet),
        None,
    )
    found: set[tuple[int, int]] = set()
    row = 0
    for element in table.iter(f"{_ODF_TABLE}table-row") if table is not None else ():
        if row >= height:
            break
        repeated = int(element.get(f"{_ODF_TABLE}number-rows-repeated", "1"))
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
    return found


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
        raw = [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise SheetError([problem(Place(path.name), lang, "unreadable")]) from exc
    table = Table(path.name, path.stem, [])
    for r, cells in enumerate(raw):
        row: list[Any] = []
        for c, value in enumerate(cells):
            value = value.strip()
            if value.startswith("="):  # a formula's text: Excel itself writes the values
                table.formulas.add((r, c))
                value = ""
            elif delimiter != ",":
                value = _DECIMAL_COMMA.sub(r"\1.\2", value)
            row.append(value or None)
        table.rows.append(row)
    return table


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
