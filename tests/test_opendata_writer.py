"""The dataset files (core/opendata/writer.py): whole columns and rows handed to the csv and
json modules as they are write the same bytes as a cell-by-cell conversion."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.opendata import writer
from kazutb_transparency.core.opendata.dataset import Dataset, Field

# Each column mixes the types that must not be written as the csv or json module would
# write them alone (True as "True", 1 looked up as True, a datetime's str()).
COLUMNS: dict[str, list[Any]] = {
    "text": ['with "quotes", a comma\nand a line', "", None, "plain", "ә", "x", "y"],
    "flag": [True, False, None, True, False, None, True],
    "flag_or_number": [True, 1, 0, False, None, 3, 2],
    "number": [1, 2.5, None, -0.0, 10**20, 1e-07, 3],
    "listed": [["a", "b"], None, [], ["c"], ("d", 1), [True, None], ["e"]],
    "day": [
        date(2026, 1, 2),
        None,
        datetime(2026, 1, 2, 3, 4),
        date(2025, 12, 31),
        None,
        date(2026, 2, 1),
        date(2026, 3, 1),
    ],
    "exact": [Decimal("1.50"), None, Decimal("2"), 1, "1", Decimal("0.1"), None],
    "plain": ["a", "b", "c", None, "d", "e", "f"],
}


def _dataset(rows: list[dict[str, Any]]) -> Dataset:
    text = Localized(kk="т", ru="т", en="t")
    fields = tuple(Field(name=n, type="string", title=text, description=text) for n in COLUMNS)
    return Dataset(name="d", title=text, description=text, fields=fields, rows=rows,
                   primary_key=("plain",), updated=date(2026, 11, 1), sources=(),
                   evidence=text, declare_primary_key=False)  # fmt: skip


def _rows() -> list[dict[str, Any]]:
    rows = [{name: values[i] for name, values in COLUMNS.items()} for i in range(7)]
    del rows[5]["number"]  # a row without a column: an empty cell
    return rows


def _cell_by_cell(dataset: Dataset) -> tuple[bytes, bytes]:
    names = [f.name for f in dataset.fields]
    rows = dataset.in_key_order(dataset.rows)
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    out.writerow(names)
    for row in rows:
        out.writerow([writer._cell(row.get(name)) for name in names])
    lines = [json.dumps(names, ensure_ascii=False, separators=(",", ":"))]
    lines += [
        json.dumps(
            [writer.json_value(row.get(n)) for n in names],
            ensure_ascii=False,
            separators=(",", ":"),
        )
        for row in rows
    ]
    return buffer.getvalue().encode("utf-8"), ("[" + ",\n".join(lines) + "]\n").encode()


def test_columns_and_rows_are_written_as_cell_by_cell() -> None:
    dataset = _dataset(_rows())
    as_csv, as_json = _cell_by_cell(dataset)
    assert writer.csv_bytes(dataset) == as_csv
    assert writer.json_bytes(dataset) == as_json
    # The flags as true and false, never "True", and 1 as 1 beside them.
    assert b"True" not in as_csv and b"\r\n,false,1,2.5," in as_csv
    assert b"2026-01-02T03:04:00" in as_csv


def test_plain_columns_and_rows_are_written_as_cell_by_cell() -> None:
    """Rows whose every cell is text, a number or empty: handed over whole."""
    rows = [{"text": f"t{i}", "number": i / 3, "plain": str(i), "flag": None} for i in range(5)]
    dataset = _dataset(rows)
    assert (writer.csv_bytes(dataset), writer.json_bytes(dataset)) == _cell_by_cell(dataset)


def test_no_rows_write_the_header_alone() -> None:
    dataset = _dataset([])
    assert (writer.csv_bytes(dataset), writer.json_bytes(dataset)) == _cell_by_cell(dataset)
