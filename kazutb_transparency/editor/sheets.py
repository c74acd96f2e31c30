"""Spreadsheets in and out: the offices' XLSX or CSV imported into data/, and templates.

Each kind of sheet is rows of one model (a fee, a year's places, a staff count, a
measurement): every row is validated with that model and every problem names the sheet,
the row and the column (with the model's own message); the records it lands in are then
checked as the build reads their file (editor/checks.py), so an import cannot write what
the build refuses. A cell that is a formula is refused: only values typed or pasted as
values are imported (the open data must hold what the office wrote, not what a formula
computed on its machine).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from kazutb_transparency.applicants.models import (
    Fee,
    Graduates,
    Intake,
    Staff,
    StudentCount,
    Students,
    Tuition,
)
from kazutb_transparency.core.datafiles import _message, dump_yaml
from kazutb_transparency.core.errors import Problem
from kazutb_transparency.core.i18n import LANGUAGES, Localized
from kazutb_transparency.editor import checks
from kazutb_transparency.editor.fields import _literal_options, _strip_annotated, _unwrap_optional
from kazutb_transparency.editor.sources import MeasurementRow
from kazutb_transparency.processes.measurements import COLUMNS as MEASUREMENT_COLUMNS

# What a record imported from a sheet says of itself (the Dated fields), per row.
META = ("provenance", "source_kk", "source_ru", "source_en")
DEFAULT_REVIEW_MONTHS = 12


@dataclass(frozen=True)
class Kind:
    name: str
    row: type[BaseModel]  # the model of one row
    keys: tuple[str, ...]  # columns that say where the row goes
    file: str  # under data/, with {key} fields
    help: str
    section: str | None = None  # the list of the file the records go in
    items: str | None = None  # the record's list of rows (fees, counts), or None
    record: type[BaseModel] | None = None
    record_key: str | None = None

    def columns(self) -> list[str]:
        out = list(self.keys)
        for name, info in self.row.model_fields.items():
            if name in out or info.exclude or name in ("provenance_fields", "verified"):
                continue
            dated = "posted" in self.row.model_fields
            if dated and name in ("posted", "updated", "review_months", "provenance", "source"):
                continue
            if _is_localized(info.annotation):
                out += [f"{name}_{lang}" for lang in LANGUAGES]
            else:
                out.append(name)
        if self.name != "measurements":
            out += list(META)
        return out


def _is_localized(annotation: Any) -> bool:
    annotation, _ = _unwrap_optional(_strip_annotated(annotation)[0])
    return isinstance(annotation, type) and issubclass(annotation, Localized)


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("fees", Fee, ("programme", "academic_year"), "applicants/programmes/{programme}.yaml",
             "tuition fees of a programme, per academic year, year of study, form and language",
             section="tuition", items="fees", record=Tuition, record_key="academic_year"),
        Kind("students", StudentCount, ("programme", "academic_year"),
             "applicants/programmes/{programme}.yaml",
             "students of a programme on 1 October, by year of study, funding, language, form",
             section="students", items="counts", record=Students, record_key="academic_year"),
        Kind("graduates", Graduates, ("programme",), "applicants/programmes/{programme}.yaml",
             "graduates of a programme in a year and how many were employed",
             section="graduates", record=Graduates, record_key="year"),
        Kind("places", Intake, ("group",), "applicants/groups.yaml",
             "places (grants, fee-paying) and admission results of a group of programmes",
             section="intake", record=Intake, record_key="year"),
        Kind("staff", Staff, (), "applicants/staff.yaml",
             "teaching staff of a faculty in an academic year (headcount, with a degree)",
             record=Staff),
        Kind("measurements", MeasurementRow, (), "processes/measurements.csv",
             "measured values of the process cards' key indicators"),
    )
}  # fmt: skip


class SheetError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Row:
    sheet: str
    number: int  # as the spreadsheet numbers it (the header is row 1)
    cells: dict[str, Any]
    letters: dict[str, str]  # column name → its letter


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def read_rows(path: Path, kind: Kind) -> list[Row]:
    """The rows of the file's first sheet (XLSX) or of the CSV, header checked."""
    name = path.name
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, data_only=False, read_only=True)
        sheet = book.worksheets[0]
        table = [list(r) for r in sheet.iter_rows()]
        sheet_name = sheet.title
        values = [[_cell(c, name, sheet_name) for c in r] for r in table]
        book.close()
    elif path.suffix.lower() == ".csv":
        text = path.read_bytes().decode("utf-8-sig")
        first = text.split("\n", 1)[0]
        delimiter = ";" if first.count(";") > first.count(",") else ","
        sheet_name = path.stem
        values = [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
        if delimiter == ";":
            values = [[re.sub(r"^(-?\d+),(\d+)$", r"\1.\2", v) for v in r] for r in values]
        for r, row in enumerate(values, start=1):
            for c, value in enumerate(row):
                if isinstance(value, str) and value.startswith("="):
                    raise SheetError([_problem(name, sheet_name, r, _letter(c), "",
                                               "a formula, not a value")])  # fmt: skip
    else:
        raise SheetError([Problem(name, "not an .xlsx or .csv file")])
    formulas = [v for r in values for v in r if isinstance(v, Problem)]
    if formulas:
        raise SheetError(formulas)
    if not values:
        raise SheetError([Problem(name, "the sheet is empty", hint="use the template")])
    header = [str(v).strip() if v is not None else "" for v in values[0]]
    wanted = kind.columns()
    missing = [c for c in wanted if c not in header and not _optional_column(kind, c)]
    unknown = [c for c in header if c and c not in wanted]
    if missing or unknown:
        parts = ([f"missing column(s): {', '.join(missing)}"] if missing else []) + (
            [f"unknown column(s): {', '.join(unknown)}"] if unknown else []
        )
        raise SheetError(
            [Problem(f"{name}, sheet '{sheet_name}', row 1", "; ".join(parts),
                     hint=f"the columns are: {', '.join(wanted)} (scripts/import_sheet.py "
                     f"--template {kind.name} OUT.xlsx)")]
        )  # fmt: skip
    letters = {column: _letter(i) for i, column in enumerate(header) if column}
    rows = []
    for number, cells in enumerate(values[1:], start=2):
        if all(v in (None, "") for v in cells):
            continue
        row = {column: cells[i] if i < len(cells) else None for i, column in enumerate(header)}
        rows.append(Row(sheet_name, number, row, letters))
    return rows


def _optional_column(kind: Kind, column: str) -> bool:
    base = column.rsplit("_", 1)[0] if column.endswith(("_ru", "_en")) else column
    info = kind.row.model_fields.get(base) or kind.row.model_fields.get(column)
    return column.endswith(("_ru", "_en")) or (info is not None and not info.is_required())


def _cell(cell: Any, file: str, sheet: str) -> Any:
    if cell.data_type == "f":
        return _problem(file, sheet, cell.row, cell.column_letter, "",
                        "a formula, not a value",
                        "paste the values only (Paste special → Values)")  # fmt: skip
    value = cell.value
    if isinstance(value, datetime):
        return value.date()
    return value


def _problem(
    file: str, sheet: str, row: int, letter: str, column: str, message: str, hint: str | None = None
) -> Problem:
    where = f"{file}, sheet '{sheet}', row {row}, column {letter}"
    return Problem(where + (f" ({column})" if column else ""), message, hint=hint)


def _value(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            return None
        if re.fullmatch(r"-?\d+", value):
            return int(value)
        if re.fullmatch(r"-?\d+\.\d+", value):
            return float(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def row_data(kind: Kind, row: Row) -> dict[str, Any]:
    """The row as the model's fields (a text's three language columns as one text)."""
    data: dict[str, Any] = {}
    for name, info in kind.row.model_fields.items():
        if _is_localized(info.annotation):
            texts = {lang: _value(row.cells.get(f"{name}_{lang}")) for lang in LANGUAGES}
            texts = {k: str(v) for k, v in texts.items() if v is not None}
            if texts:
                data[name] = texts
        elif name in row.cells:
            value = _value(row.cells[name])
            annotation = _strip_annotated(info.annotation)[0]
            options = _literal_options(_unwrap_optional(annotation)[0])
            if value is not None and (
                options is not None or name in ("academic_year", "period", "form", "source")
            ):
                value = str(value)  # fmt: skip
            if isinstance(value, date):
                value = value.isoformat()
            if value is not None:
                data[name] = value
    return data


def _meta(row: Row, today: date, existing: dict | None) -> dict[str, Any]:
    source = {lang: str(_value(row.cells.get(f"source_{lang}")) or "") for lang in LANGUAGES}
    source = {k: v for k, v in source.items() if v}
    meta = {
        "posted": (existing or {}).get("posted", today.isoformat()),
        "updated": today.isoformat(),
        "review_months": (existing or {}).get("review_months", DEFAULT_REVIEW_MONTHS),
        "provenance": _value(row.cells.get("provenance")),
        "source": source or None,
    }
    return {k: v for k, v in meta.items() if v is not None}


def _row_problems(kind: Kind, row: Row, file: str, data: dict[str, Any]) -> list[Problem]:
    try:
        kind.row.model_validate(data)
    except ValidationError as exc:
        found = []
        for error in exc.errors():
            loc = [str(p) for p in error["loc"]]
            column = "_".join(loc[:2]) if loc and loc[0] in data and isinstance(
                data.get(loc[0]), dict) else (loc[0] if loc else "")  # fmt: skip
            message, hint = _message(error)
            letter = row.letters.get(column, "?")
            found.append(_problem(file, row.sheet, row.number, letter, column, message, hint))
        return found
    return []


def import_sheet(path: Path, kind_name: str, data_dir: Path, today: date) -> list[str]:
    """Import `path` into `data_dir`; returns the files written (relative to data/).
    Raises SheetError naming every problem (sheet, row, column); nothing is written then."""
    kind = KINDS[kind_name]
    rows = read_rows(path, kind)
    problems: list[Problem] = []
    parsed: list[tuple[Row, dict[str, Any]]] = []
    for row in rows:
        data = row_data(kind, row)
        if kind.record is not None and kind.record is kind.row and kind.name != "places":
            data.update(_meta(row, today, None))
        found = _row_problems(kind, row, path.name, data)
        for key in kind.keys:
            if _value(row.cells.get(key)) is None:
                found.append(_problem(path.name, row.sheet, row.number, row.letters.get(key, "?"),
                                      key, "required field is missing", "add it"))  # fmt: skip
        problems += found
        if not found:
            parsed.append((row, data))
    if problems:
        raise SheetError(problems)
    if kind.name == "measurements":
        texts = {kind.file: _measurements_text(data_dir, parsed)}
    else:
        texts = _records_text(kind, data_dir, parsed, today, path.name)
    for relative, text in texts.items():
        problems += checks.check_text(data_dir, relative, text)
    if problems:
        raise SheetError(problems)
    for relative, text in texts.items():
        target = data_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return sorted(texts)


def _header_of(text: str) -> str:
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return "\n".join(lines) + ("\n" if lines else "")


def _load(path: Path) -> tuple[Any, str]:
    import yaml

    if not path.exists():
        return None, ""
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text), _header_of(text)


def _dump(value: Any, header: str) -> str:
    return header + dump_yaml(_plain(value), sort_keys=False, width=110)


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _records_text(
    kind: Kind, data_dir: Path, parsed: list[tuple[Row, dict]], today: date, file: str
) -> dict[str, str]:
    """Each target file's new text: the imported records replace those of the same key
    (a year's fees, a group's intake of a year, a faculty's staff of a year)."""
    out: dict[str, str] = {}
    by_file: dict[str, list[tuple[Row, dict]]] = {}
    for row, data in parsed:
        keys = {k: _value(row.cells.get(k)) for k in kind.keys}
        by_file.setdefault(kind.file.format(**keys), []).append((row, data))
    for relative, items in by_file.items():
        content, header = _load(data_dir / relative)
        if kind.name == "staff":
            records = list(content or [])
            for _row, data in items:
                records = [r for r in records if (r.get("faculty"), str(r.get("academic_year")))
                           != (data["faculty"], data["academic_year"])]  # fmt: skip
                records.append(data)
            out[relative] = _dump(records, header)
            continue
        if kind.name == "places":
            groups = list(content or [])
            for row, data in items:
                group = next((g for g in groups if g.get("id") == row.cells.get("group")), None)
                if group is None:
                    raise SheetError([_problem(file, row.sheet, row.number,
                                               row.letters.get("group", "?"), "group",
                                               f"no group '{row.cells.get('group')}' in "
                                               "data/applicants/groups.yaml")])  # fmt: skip
                intake = [i for i in group.get("intake", []) if i.get("year") != data["year"]]
                group["intake"] = sorted([*intake, data], key=lambda i: i["year"])
                group["updated"] = today.isoformat()
            out[relative] = _dump(groups, header)
            continue
        if content is None:
            content = {"programme": _value(items[0][0].cells.get("programme"))}
        section = list(content.get(kind.section) or [])
        if kind.items:
            grouped: dict[str, list[tuple[Row, dict]]] = {}
            for row, data in items:
                grouped.setdefault(str(_value(row.cells.get(kind.record_key))), []).append(
                    (row, data)
                )
            for key, rows in grouped.items():
                old = next((r for r in section if str(r.get(kind.record_key)) == key), None)
                record = {kind.record_key: key, kind.items: [d for _, d in rows],
                          **_meta(rows[0][0], today, old)}  # fmt: skip
                section = [r for r in section if str(r.get(kind.record_key)) != key]
                section.append(record)
        else:
            for _row, data in items:
                key = str(data[kind.record_key])
                old = next((r for r in section if str(r.get(kind.record_key)) == key), None)
                if old is not None:
                    data.update(posted=old.get("posted", data["posted"]))
                section = [r for r in section if str(r.get(kind.record_key)) != key]
                section.append(data)
        section.sort(key=lambda r: str(r.get(kind.record_key)))
        content[kind.section] = section
        out[relative] = _dump(content, header)
    return out


def _measurements_text(data_dir: Path, parsed: list[tuple[Row, dict]]) -> str:
    path = data_dir / "processes" / "measurements.csv"
    rows: dict[tuple[str, str, str], list[str]] = {}
    if path.exists():
        reader = csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline=""))
        next(reader, None)
        for cells in reader:
            if cells:
                rows[(cells[0], cells[1], cells[2])] = cells
    for _, data in parsed:
        cells = ["" if data.get(c) is None else _csv_number(data.get(c))
                 for c in MEASUREMENT_COLUMNS]  # fmt: skip
        rows[(cells[0], cells[1], cells[2])] = cells
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(MEASUREMENT_COLUMNS)
    for key in sorted(rows, key=lambda k: (int(k[0]), int(k[1]), k[2])):
        writer.writerow(rows[key])
    return out.getvalue()


def _csv_number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- templates -----------------------------------------------------------------------------


def write_template(kind_name: str, out: Path) -> None:
    """An XLSX with the kind's columns, a choice list for every closed field, and a sheet
    saying what each column holds."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    kind = KINDS[kind_name]
    book = Workbook()
    sheet = book.active
    sheet.title = kind.name
    columns = kind.columns()
    sheet.append(columns)
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(bold=True)
        sheet.column_dimensions[cell.column_letter].width = max(12, len(column) + 4)
        base = column.rsplit("_", 1)[0] if column.endswith(tuple(f"_{x}" for x in LANGUAGES)) \
            else column  # fmt: skip
        info = kind.row.model_fields.get(column) or kind.row.model_fields.get(base)
        options = None
        if info is not None:
            options = _literal_options(_unwrap_optional(_strip_annotated(info.annotation)[0])[0])
        if column == "provenance":
            options = ["confirmed", "public-source", "placeholder"]
        if options:
            rule = DataValidation(type="list", formula1='"' + ",".join(options) + '"')
            rule.add(f"{cell.column_letter}2:{cell.column_letter}5000")
            sheet.add_data_validation(rule)
            cell.comment = Comment("one of: " + ", ".join(options), "kazutb")
    sheet.freeze_panes = "A2"
    notes = book.create_sheet("README")
    notes.append([f"{kind.name}: {kind.help}"])
    notes.append(["Fill the first sheet, one row per record; values only (no formulas)."])
    notes.append([f"Import: make import FILE=this.xlsx KIND={kind.name}"])
    book.save(out)
