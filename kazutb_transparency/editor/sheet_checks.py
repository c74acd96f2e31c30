"""A sheet's row checked with the model the build validates the data with, each refusal
said in the office's language at its cell.

The model's checks are the build's (a fee is a whole number of tenge, a count is not
negative, a closed field takes one of its values); their English wording is for editors of
data/, so each refusal is told again from what it is (pydantic's error type, the field's
own check, the row's rule) with the catalog's texts: the value, the rule, what to write.
"""

from __future__ import annotations

import re
from typing import Any, get_args

from pydantic import ValidationError

from kazutb_transparency.applicants.models import ACADEMIC_YEAR, Count, Tenge
from kazutb_transparency.core.errors import Problem
from kazutb_transparency.core.provenance import STATES
from kazutb_transparency.editor.sheet_kinds import Kind, is_localized
from kazutb_transparency.editor.sheet_layout import Row
from kazutb_transparency.editor.sheet_text import T, problem, shown
from kazutb_transparency.editor.sheet_vocabulary import CODES, heading

_TENGE_CHECK = get_args(Tenge)[1]
_COUNT_CHECK = get_args(Count)[1]  # also MaybeCount's
# The rows' own rules that compare two columns ("'admitted' is more than 'applicants'").
_COMPARED = re.compile(r"'(\w+)' is (?:more than|above) '(\w+)'")
_SIMPLE = {  # pydantic's error type (its start) → the catalog's message
    "missing": "missing",
    "int": "not_whole",
    "float": "not_number",
    "decimal": "not_number",
    "finite_number": "not_number",
    "date": "not_date",
    "datetime": "not_date",
    "string_type": "not_text",
    "string_pattern_mismatch": "wrong_form",
    "greater_than_equal": "too_small",
    "greater_than": "too_small",
    "less_than_equal": "too_large",
    "less_than": "too_large",
    "literal_error": "not_one_of",
}


def about(column: str, lang: str) -> str:
    return T[f"about.{column}"][lang]


def _header(row: Row, column: str, lang: str) -> str:
    return row.headers.get(column) or heading(column, lang)


def _column(loc: tuple[Any, ...], kind: Kind) -> str:
    """The sheet column of an error's location (a text's language is a column of its own)."""
    if not loc:
        return ""
    name = str(loc[0])
    info = kind.row.model_fields.get(name)
    if info is not None and is_localized(info.annotation):
        return f"{name}_{loc[1]}" if len(loc) > 1 else f"{name}_kk"
    return name


def _key(error_type: str) -> str | None:
    for start, key in _SIMPLE.items():
        if error_type == start or error_type.startswith(start + "_"):
            return key
    return None


def _value_error(kind: Kind, column: str, value: Any) -> str:
    info = kind.row.model_fields.get(column)
    metadata = info.metadata if info is not None else []
    negative = isinstance(value, int | float) and not isinstance(value, bool) and value < 0
    if _TENGE_CHECK in metadata:
        return "fee_negative" if negative else "not_tenge"
    if _COUNT_CHECK in metadata:
        return "count_negative" if negative else "not_count"
    if column == "academic_year":
        return "not_academic_year"
    return "model_rule"


Found = tuple[str, Problem]  # the column (or "" for the row) and its problem


def row_problems(
    kind: Kind, row: Row, data: dict[str, Any], lang: str, named: list[Found] | None = None
) -> list[Problem]:
    """Every problem of the row's cells, at their cells, in `lang`, left to right; `named`
    are the names no record has (sheet_names.py), said instead of the model's refusal."""
    found = _key_problems(kind, row, lang) + _meta_problems(kind, row, lang)
    try:
        kind.row.model_validate(data)
    except ValidationError as exc:
        found += [_told(kind, row, error, lang) for error in exc.errors()]
    refused = {column for column, _ in named or []}
    found = (named or []) + [f for f in found if f[0] not in refused]
    order = list(row.letters)
    found.sort(key=lambda f: order.index(f[0]) if f[0] in order else -1)
    return [p for _, p in found]


def _told(kind: Kind, row: Row, error: Any, lang: str) -> Found:
    column = _column(tuple(error["loc"]), kind)
    value = error.get("input") if column else None
    values: dict[str, Any] = {"value": shown(value) if value is not None else ""}
    key = _key(error["type"])
    if not column:  # a rule of the whole row
        message = str(error.get("msg", "")).removeprefix("Value error, ")
        compared = _COMPARED.search(message)
        if compared:
            first, second = compared.groups()
            values |= {"first": _header(row, first, lang), "second": _header(row, second, lang)}
            return first, problem(row.place(first), lang, "more_than", **values)
        if "employment_source" in message:
            return "employed", problem(row.place("employed"), lang, "employment_needs_source")
        return "", problem(row.place(), lang, "model_rule", message=message)
    if key is None:
        key = _value_error(kind, column, error.get("input"))
        if key == "model_rule":
            values["message"] = str(error.get("msg", "")).removeprefix("Value error, ")
    if key in ("missing", "wrong_form"):
        values["about"] = about(column, lang)
    elif key == "not_one_of":
        values["options"] = ", ".join(kind.options(column) or [])
    elif key in ("too_small", "too_large"):
        ctx = error.get("ctx") or {}
        limit = next((ctx[k] for k in ("ge", "gt", "le", "lt") if k in ctx), "")
        values["limit"] = int(limit) if isinstance(limit, float) and limit.is_integer() else limit
    elif key == "not_tenge":
        values["example"] = re.sub(r"\D", "", str(value).split(".")[0]) or "1250000"
    return column, problem(row.place(column), lang, key, **values)


def _key_problems(kind: Kind, row: Row, lang: str) -> list[Found]:
    """The columns that say where the row goes: present, and codes of the right form."""
    found = []
    for key in kind.keys:
        value = row.cells.get(key)
        if value is None or not str(value).strip():
            found.append((key, problem(row.place(key), lang, "missing", about=about(key, lang))))
        elif key in CODES and not CODES[key].match(str(value)):
            found.append(
                (key, problem(row.place(key), lang, f"not_{key}_code", value=shown(value)))
            )
        elif key == "academic_year" and not _academic_year(str(value)):
            found.append(
                (key, problem(row.place(key), lang, "not_academic_year", value=shown(value)))
            )
    return found


def _academic_year(value: str) -> bool:
    match = re.match(ACADEMIC_YEAR, value)
    return match is not None and int(match[2]) == int(match[1]) + 1


def _meta_problems(kind: Kind, row: Row, lang: str) -> list[Found]:
    """A year's fees or counts take their provenance and source from the sheet's rows:
    checked here, at their cells, as the row's model does not hold them."""
    if kind.items is None:
        return []
    found = []
    provenance = row.cells.get("provenance")
    if provenance is None:
        found.append(("provenance", problem(row.place("provenance"), lang, "missing",
                                            about=about("provenance", lang))))  # fmt: skip
    elif provenance not in STATES:
        found.append(("provenance", problem(row.place("provenance"), lang, "not_one_of",
                                            value=shown(provenance),
                                            options=", ".join(STATES))))  # fmt: skip
    if row.cells.get("source_kk") is None:
        found.append(("source_kk", problem(row.place("source_kk"), lang, "missing",
                                           about=about("source_kk", lang))))  # fmt: skip
    return found


# The columns that say which record a row is, by kind: two rows alike in these would be one
# record given twice (the build keeps both, the site shows both). A year's measurements
# are keyed in sheets.py (process, indicator and period), with their own message.
ROW_KEYS: dict[str, tuple[str, ...]] = {
    "fees": ("programme", "academic_year", "year_of_study", "form", "language"),
    "students": ("programme", "academic_year", "year_of_study", "funding", "language", "form",
                 "citizenship"),
    "graduates": ("programme", "year"),
    "places": ("group", "year"),
    "staff": ("faculty", "academic_year"),
}  # fmt: skip


def duplicate_problems(
    kind: Kind, parsed: list[tuple[Row, dict[str, Any]]], lang: str
) -> list[Problem]:
    """A row with the key of an earlier row, refused at the later one naming the earlier:
    with other values (which is right?) or the same (a row pasted twice), said apart."""
    columns = ROW_KEYS.get(kind.name)
    if columns is None:
        return []
    seen: dict[tuple[Any, ...], Row] = {}
    found = []
    for row, data in parsed:
        key = tuple(_key_value(kind, row, data, c) for c in columns)
        other = seen.setdefault(key, row)
        if other is row:
            continue
        same = other.cells == row.cells
        names = ", ".join(_header(row, c, lang) for c in columns)
        message = "duplicate_same" if same else "duplicate_key"
        found.append(problem(row.place(), lang, message, other=other.number, columns=names))
    return found


def _key_value(kind: Kind, row: Row, data: dict[str, Any], column: str) -> Any:
    """The value the record gets (a column left empty: the model's default)."""
    value = data.get(column, row.cells.get(column))
    info = kind.row.model_fields.get(column)
    if value is None and info is not None and not info.is_required():
        return info.default
    return str(value) if value is not None else None
