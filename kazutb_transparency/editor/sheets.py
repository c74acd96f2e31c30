"""Spreadsheets in and out: an office's XLSX, ODS or CSV imported into data/, and templates.

Each kind of sheet is rows of one model (a fee, a year's places, a staff count, a
measurement; sheet_kinds.py). The sheet is read as the office keeps it (sheet_files.py:
the first visible sheet, values only, a formula refused), its table found under any title
rows by headings in Kazakh, Russian or English (sheet_layout.py, sheet_vocabulary.py),
every row validated with that model and every problem said in the office's language at
its cell (sheet_checks.py, sheet_text.py); a faculty, programme, form or other closed
value may be written by its name in any of the three languages (sheet_names.py). The
records the rows land in are then checked as the build reads their file (editor/checks.py),
so an import cannot write what the build refuses: nothing is written unless every row and
file passes. Two rows of one record are refused (sheet_checks.py). The files are read and
written holding data/'s lock, all of them or none, never through a symbolic link
(core/datawrite.py).
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Any

from kazutb_transparency.core.datafiles import dump_yaml
from kazutb_transparency.core.datawrite import UnsafePath, data_lock, data_path, write_all
from kazutb_transparency.core.errors import Problem
from kazutb_transparency.core.i18n import LANGUAGES
from kazutb_transparency.editor import checks
from kazutb_transparency.editor.fields import _literal_options, _strip_annotated, _unwrap_optional
from kazutb_transparency.editor.sheet_checks import duplicate_problems, row_problems
from kazutb_transparency.editor.sheet_files import read_table
from kazutb_transparency.editor.sheet_kinds import KINDS, Kind, is_localized
from kazutb_transparency.editor.sheet_layout import Row, table_rows
from kazutb_transparency.editor.sheet_names import named_rows
from kazutb_transparency.editor.sheet_template import write_template
from kazutb_transparency.editor.sheet_text import Place, SheetError, problem
from kazutb_transparency.processes.measurements import COLUMNS as MEASUREMENT_COLUMNS

__all__ = ["KINDS", "SheetError", "import_sheet", "read_rows", "write_template"]

DEFAULT_REVIEW_MONTHS = 12


def read_rows(path: Path, kind: Kind, lang: str = "kk") -> list[Row]:
    """The data rows of the file's first visible sheet, its headings checked."""
    return table_rows(read_table(path, lang), kind, lang)


def row_data(kind: Kind, row: Row) -> dict[str, Any]:
    """The row as the model's fields (a text's three language columns as one text)."""
    data: dict[str, Any] = {}
    for name, info in kind.row.model_fields.items():
        if is_localized(info.annotation):
            texts = {lang: row.cells.get(f"{name}_{lang}") for lang in LANGUAGES}
            texts = {k: str(v) for k, v in texts.items() if v is not None}
            if texts:
                data[name] = texts
        elif name in row.cells:
            value = row.cells[name]
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
    source = {lang: str(row.cells.get(f"source_{lang}") or "") for lang in LANGUAGES}
    source = {k: v for k, v in source.items() if v}
    meta = {
        "posted": (existing or {}).get("posted", today.isoformat()),
        "updated": today.isoformat(),
        "review_months": (existing or {}).get("review_months", DEFAULT_REVIEW_MONTHS),
        "provenance": row.cells.get("provenance"),
        "source": source or None,
    }
    return {k: v for k, v in meta.items() if v is not None}


def import_sheet(
    path: Path, kind_name: str, data_dir: Path, today: date, lang: str = "kk"
) -> list[str]:
    """Import `path` into `data_dir`; returns the files written (relative to data/).
    Raises SheetError naming every problem (sheet, row, column) in `lang`; nothing is
    written then."""
    kind = KINDS[kind_name]
    rows = read_rows(path, kind, lang)
    problems: list[Problem] = []
    parsed: list[tuple[Row, dict[str, Any]]] = []
    for row, named in named_rows(kind, rows, data_dir, lang):
        data = row_data(kind, row)
        if kind.record is not None and kind.record is kind.row and kind.name != "places":
            data.update(_meta(row, today, None))
        found = row_problems(kind, row, data, lang, named)
        problems += found
        if not found:
            parsed.append((row, data))
    if problems:
        raise SheetError(problems)
    # Once every row passes (as measurements' keys are checked): two rows of one record.
    problems = duplicate_problems(kind, parsed, lang)
    if problems:
        raise SheetError(problems)
    place = Place(path.name)
    try:
        # Read, checked and written under data/'s lock: an import or edit at the same time
        # waits, then reads what this one wrote instead of writing over it.
        with data_lock(data_dir):
            texts, lines = _texts(kind, data_dir, parsed, today, lang)
            for relative, text in texts.items():
                found = checks.check_text(data_dir, relative, text)
                found.sort(key=lambda p: lines[p.line].number if p.line in lines else 0)
                problems += [_file_problem(p, relative, lines, path.name, lang) for p in found]
            if problems:
                raise SheetError(problems)
            write_all(data_dir, texts)
    except UnsafePath as exc:
        raise SheetError([problem(place, lang, "unsafe_path", path=exc.relative)]) from exc
    except OSError as exc:  # a full disk, a folder not writable: said, never a traceback
        reason = exc.strerror or type(exc).__name__
        raise SheetError([problem(place, lang, "cannot_write_data", reason=reason)]) from exc
    return sorted(texts)


def _texts(
    kind: Kind, data_dir: Path, parsed: list[tuple[Row, dict]], today: date, lang: str
) -> tuple[dict[str, str], dict[int, Row]]:
    """Each target file's new text (relative to data/), and for measurements.csv the sheet
    row each imported line came from."""
    if kind.name == "measurements":
        text, lines = _measurements_text(data_dir, parsed, lang)
        return {kind.file: text}, lines
    return _records_text(kind, data_dir, parsed, today, lang), {}


def _file_problem(
    found: Problem, relative: str, lines: dict[int, Row], file: str, lang: str
) -> Problem:
    """A problem the data file's own check finds once the rows are in: at the sheet's row
    and column when the line came from the sheet, else named with the data file. (The
    check's wording is the build's, for editors of data/; the frame is the office's.)"""
    row = lines.get(found.line or 0)
    if row is not None:
        rule = f"{found.message} ({found.hint})" if found.hint else found.message
        return problem(row.place(found.field), lang, "model_rule", message=rule)
    return problem(Place(file), lang, "file_refused", path=f"data/{relative}", problem=found)


def _header_of(text: str) -> str:
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return "\n".join(lines) + ("\n" if lines else "")


def _load(data_dir: Path, relative: str) -> tuple[Any, str]:
    import yaml

    path = data_path(data_dir, relative)  # never read through a link either
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
    kind: Kind, data_dir: Path, parsed: list[tuple[Row, dict]], today: date, lang: str
) -> dict[str, str]:
    """Each target file's new text: the imported records replace those of the same key
    (a year's fees, a group's intake of a year, a faculty's staff of a year)."""
    out: dict[str, str] = {}
    by_file: dict[str, list[tuple[Row, dict]]] = {}
    for row, data in parsed:
        keys = {k: row.cells.get(k) for k in kind.keys}
        by_file.setdefault(kind.file.format(**keys), []).append((row, data))
    for relative, items in by_file.items():
        content, header = _load(data_dir, relative)
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
            unknown = [
                problem(row.place("group"), lang, "no_group", value=row.cells.get("group"))
                for row, _ in items
                if not any(g.get("id") == row.cells.get("group") for g in groups)
            ]
            if unknown:
                raise SheetError(unknown)
            for row, data in items:
                group = next(g for g in groups if g.get("id") == row.cells.get("group"))
                intake = [i for i in group.get("intake", []) if i.get("year") != data["year"]]
                group["intake"] = sorted([*intake, data], key=lambda i: i["year"])
                group["updated"] = today.isoformat()
            out[relative] = _dump(groups, header)
            continue
        if content is None:
            content = {"programme": items[0][0].cells.get("programme")}
        section = list(content.get(kind.section) or [])
        if kind.items:
            grouped: dict[str, list[tuple[Row, dict]]] = {}
            for row, data in items:
                grouped.setdefault(str(row.cells.get(kind.record_key)), []).append((row, data))
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


def _measurements_text(
    data_dir: Path, parsed: list[tuple[Row, dict]], lang: str
) -> tuple[str, dict[int, Row]]:
    """The new measurements.csv, and the sheet row each of its imported lines came from (so
    that what the file's own check finds is said at the sheet's row and column)."""
    path = data_path(data_dir, "processes/measurements.csv")
    rows: dict[tuple[str, str, str], list[str]] = {}
    if path.exists():
        reader = csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline=""))
        next(reader, None)
        for cells in reader:
            if cells:
                rows[(cells[0], cells[1], cells[2])] = cells
    imported: dict[tuple[str, str, str], Row] = {}
    twice: list[Problem] = []
    for row, data in parsed:
        cells = ["" if data.get(c) is None else _csv_number(data.get(c))
                 for c in MEASUREMENT_COLUMNS]  # fmt: skip
        key = (cells[0], cells[1], cells[2])
        if key in imported:  # the later row would silently replace the earlier one
            twice.append(problem(row.place("period"), lang, "duplicate_row",
                                 other=imported[key].number))  # fmt: skip
        imported[key] = row
        rows[key] = cells
    if twice:
        raise SheetError(twice)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(MEASUREMENT_COLUMNS)
    lines: dict[int, Row] = {}
    for line, key in enumerate(sorted(rows, key=lambda k: (int(k[0]), int(k[1]), k[2])), start=2):
        writer.writerow(rows[key])
        if key in imported:
            lines[line] = imported[key]
    return out.getvalue(), lines


def _csv_number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
