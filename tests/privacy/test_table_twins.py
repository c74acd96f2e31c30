"""A JSON dataset read as the CSV beside it (kazutb_transparency/privacy/table_twins.py):
it is taken for its CSV only when it holds exactly the CSV's values, and the gate finds in
it what a scan of the JSON itself finds."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kazutb_transparency.bench.lines import corpus_allowlist, load_lines
from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.opendata.dataset import Dataset, Field
from kazutb_transparency.core.opendata.writer import csv_bytes, json_bytes
from kazutb_transparency.privacy import scanner
from kazutb_transparency.privacy.allowlist import Allowlist
from kazutb_transparency.privacy.scanner import scan_file
from kazutb_transparency.privacy.table_twins import carries_csv_values, rows_by_line

TEXT = Localized(kk="т", ru="т", en="t")
TYPES = {"unit": "string", "respondents": "integer", "share": "number", "shown": "boolean",
         "note": "string"}  # fmt: skip


def _dataset(note_at: int = -1, note: str = "", count: int = 12) -> Dataset:
    rows: list[dict[str, Any]] = [
        {
            "unit": f"programme-6B0{i:04d}",
            "respondents": 100 + i,
            "share": round(0.5 + i / 100, 3),
            "shown": i % 3 != 0,
            "note": note if i == note_at else ("" if i % 2 else None),
        }
        for i in range(count)
    ]
    fields = tuple(Field(n, t, TEXT, TEXT) for n, t in TYPES.items())  # type: ignore[arg-type]
    return Dataset(name="d", title=TEXT, description=TEXT, fields=fields, rows=rows,
                   primary_key=("unit",), updated=date(2026, 11, 1), sources=(),
                   evidence=TEXT)  # fmt: skip


def _written(folder: Path, dataset: Dataset) -> tuple[Path, Path]:
    csv_file, json_file = folder / "d.csv", folder / "d.json"
    csv_file.write_bytes(csv_bytes(dataset))
    json_file.write_bytes(json_bytes(dataset))
    return csv_file, json_file


def test_the_writers_files_carry_the_same_values(tmp_path) -> None:
    csv_file, json_file = _written(tmp_path, _dataset(3, "«Таза сессия», 2024"))
    assert carries_csv_values(json_file.read_text(), csv_file.read_text())


CSV = "a,b,c\r\nx,1.5,true\r\n,2,false\r\n"


@pytest.mark.parametrize(
    "json_text",
    [
        '[["a","b","c"],["x",1.50,true],[null,2,false]]',  # a number written otherwise
        '[["a","b","c"],["x",1.5,true]]',  # a row less
        '[["a","b","c"],["x",1.5,true],[null,2,false],["","",""]]',  # a row more
        '[["a","b","c"],["x",1.5,true],[null,2,false]] "+7 701 123 45 67"',  # text after
        '[["a","b","c"],["x",1.5,true],[null,2,false],"+7 701 123 45 67"]',  # not a row
        '[["a","b","c"],["x",1.5,true],[null,2,["+7 701 123 45 67"]]]',  # a list in a cell
        '[["a","b","c"],["x",1.5,true],[null,2,{"phone":"+7 701 123 45 67"}]]',
        '[["a","b","c"],["x",1.5,true],[null,2,NaN]]',
        '[["a","b","c"],["x",1.5,true],["",2,"false"],]',  # not valid JSON
        '{"rows":[["a","b","c"],["x",1.5,true],[null,2,false]]}',
        '[["a","b","c"],["x",1.5,"yes"],[null,2,false]]',
    ],
)
def test_anything_but_the_same_values_is_read_itself(json_text) -> None:
    assert carries_csv_values('[["a","b","c"],["x",1.5,true],[null,2,false]]\n', CSV)
    assert not carries_csv_values(json_text, CSV)


def test_a_json_beside_a_clean_csv_with_its_values_is_not_read(tmp_path, monkeypatch) -> None:
    csv_file, json_file = _written(tmp_path, _dataset())
    read: list[str] = []
    projected = scanner.project
    monkeypatch.setattr(
        scanner, "project", lambda text, fmt: read.append(fmt) or projected(text, fmt)
    )
    assert scan_file(json_file, Allowlist()) == []
    assert read == ["csv"]  # the CSV, once; not the JSON
    assert scan_file(csv_file, Allowlist()) == [] and read == ["csv"]  # remembered


def test_the_gate_finds_in_the_json_what_its_own_scan_finds(tmp_path, monkeypatch) -> None:
    """Every line of the labelled corpus (each form of personal data in kk, ru and en, and
    the hard negatives) as a note of a dataset: written in both files, or in the JSON only
    (its CSV clean); the JSON's findings are those of the full scan of the JSON itself."""
    allowlist = corpus_allowlist()
    read: list[str] = []
    projected = scanner.project
    monkeypatch.setattr(
        scanner, "project", lambda text, fmt: read.append(fmt) or projected(text, fmt)
    )
    differ, by_twin = [], 0
    clean = _dataset()
    for n, line in enumerate(load_lines()):
        folder = tmp_path / str(n)
        folder.mkdir()
        csv_file, json_file = _written(folder, _dataset(n % 12, line.text))
        if n % 2:  # the CSV without the line: the JSON holds a value the CSV does not
            csv_file.write_bytes(csv_bytes(clean))
        scanner._SEEN.clear()
        read.clear()
        fast = scan_file(json_file, allowlist)
        by_twin += "json" not in read
        if fast != scan_file(json_file, allowlist, prefilter=False):
            differ.append(line.text)
    assert not differ
    assert by_twin > 100  # the hard negatives in both files: the JSON read as its CSV


def test_a_finding_in_the_csv_is_reported_in_the_json_at_its_place(tmp_path) -> None:
    _, json_file = _written(tmp_path, _dataset(5, "тел. +7 701 123 45 67"))
    in_json = scan_file(json_file, Allowlist())
    assert [f.category for f in in_json] == ["phone"]
    assert in_json[0].path == str(json_file)
    assert "701" in json_file.read_text().splitlines()[in_json[0].line - 1]


def _lines(text: str) -> list[str]:
    return text.split("\n")


@pytest.mark.parametrize("note", ["", "«Таза сессия», 2024", 'a "quoted" word', "1.50", "x]"])
@pytest.mark.parametrize("count", [0, 1, 12])
def test_rows_by_line_says_what_the_whole_comparison_says(tmp_path, note, count) -> None:
    """On the writer's files, at every index, `rows_by_line` agrees with
    `carries_csv_values`; cut, joined or changed, it does not carry them."""
    csv_file, json_file = _written(tmp_path, _dataset(count - 1, note, count))
    csv_text, json_text = csv_file.read_text(), json_file.read_text()
    every = range(len(_lines(json_text)))
    assert rows_by_line(_lines(json_text), _lines(csv_text), every)
    assert carries_csv_values(json_text, csv_text)
    (tmp_path / "other").mkdir()
    other, _ = _written(tmp_path / "other", _dataset(count - 1, note + "!", count))
    if count:
        assert not rows_by_line(_lines(json_text), _lines(other.read_text()), every)


@pytest.mark.parametrize(
    "json_text",
    [
        '[["a","b","c"],\n["x",1.50,true],\n[null,2,false]]\n',  # a number written otherwise
        '[["a","b","c"],\n["x",1.5,true],[null,2,false]]\n\n',  # two rows on one line
        '[["a","b","c"],\n["x",1.5,true],\n[null,2,false]]',  # no line end
        '[["a","b","c"],\n["x",1.5,true],\n[null,2,false],\n"+7 701 123 45 67"]\n',
        '[["a","b","c"],\n["x",1.5,true],\n[null,2,false]] "+7 701 123 45 67"\n',
        '[["a","b","c"],\n["x",1.5,true],\n[null,2,["+7 701 123 45 67"]]]\n',
        '[["a","b","c"],\n["x",1.5,true],\n[null,2,false],\n]\n',
        '[["a","b","c"],\n["x",1.5,true] ["y"],\n[null,2,false]]\n',
        '{"rows":[["a","b","c"],\n["x",1.5,true],\n[null,2,false]]}\n',
    ],
)
def test_rows_by_line_takes_nothing_but_one_row_a_line(json_text) -> None:
    good = '[["a","b","c"],\n["x",1.5,true],\n[null,2,false]]\n'
    assert rows_by_line(_lines(good), _lines(CSV), range(4))
    lines = _lines(json_text)
    assert not rows_by_line(lines, _lines(CSV), range(len(lines)))
