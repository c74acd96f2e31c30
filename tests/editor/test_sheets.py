"""Spreadsheets in and out: a sheet of fees imported with the models' checks, a bad row
named by sheet, row and column, formulas refused, templates from the models.
(Sheets as offices keep them, in Kazakh, Russian or English: test_sheet_languages.py.)"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml
from buildtools import REPO
from openpyxl import Workbook, load_workbook

from kazutb_transparency.editor.checks import check_text
from kazutb_transparency.editor.sheet_vocabulary import heading
from kazutb_transparency.editor.sheets import KINDS, SheetError, import_sheet, write_template

TODAY = date(2026, 11, 21)


def _fees_book(path: Path, rows: list[list]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Оқу ақысы"
    sheet.append(KINDS["fees"].columns())
    for row in rows:
        sheet.append(row)
    book.save(path)


def _code(data: Path) -> str:
    return sorted((data / "applicants" / "programmes").glob("*.yaml"))[0].stem


def _row(code: str, fee, language: str = "kk") -> list:
    return [code, "2027-2028", None, "full-time", language, fee, "placeholder",
            "Үлгі деректер", "Образец данных", "Sample data"]  # fmt: skip


def test_a_sheet_of_fees_is_imported_into_the_programme(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    code = _code(data)
    book = tmp_path / "fees.xlsx"
    _fees_book(book, [_row(code, 1_150_000), _row(code, 1_150_000, "ru")])
    assert import_sheet(book, "fees", data, TODAY) == [f"applicants/programmes/{code}.yaml"]
    path = data / "applicants" / "programmes" / f"{code}.yaml"
    figures = yaml.safe_load(path.read_text("utf-8"))
    year = next(t for t in figures["tuition"] if t["academic_year"] == "2027-2028")
    assert [f["fee"] for f in year["fees"]] == [1_150_000, 1_150_000]
    assert year["updated"] == "2026-11-21"
    assert check_text(data, f"applicants/programmes/{code}.yaml", path.read_text("utf-8")) == []


def test_a_bad_row_is_named_with_its_sheet_row_and_column(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    code = _code(data)
    path = data / "applicants" / "programmes" / f"{code}.yaml"
    before = path.read_bytes()
    book = tmp_path / "fees.xlsx"
    _fees_book(book, [_row(code, 1_150_000), _row(code, "1 150 000 ₸", "ru"), _row(code, 900)])
    with pytest.raises(SheetError) as refused:
        import_sheet(book, "fees", data, TODAY, "en")
    (problem,) = refused.value.problems
    assert str(problem).startswith("fees.xlsx, sheet 'Оқу ақысы', row 3, column F (fee): ")
    assert "not a whole number of tenge" in str(problem)
    assert path.read_bytes() == before, "nothing is written when a row is refused"


def test_the_command_names_the_row_and_writes_nothing(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    code = _code(data)
    book = tmp_path / "fees-2027.xlsx"
    _fees_book(book, [_row(code, -5)])
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "import_sheet.py"), str(book), "--data", str(data),
         "--lang", "en"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert "row 2, column F (fee): a fee cannot be negative" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_formula_is_refused_with_its_cell(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    code = _code(data)
    book = tmp_path / "fees.xlsx"
    _fees_book(book, [_row(code, "=1000*1150")])
    with pytest.raises(SheetError) as refused:
        import_sheet(book, "fees", data, TODAY, "en")
    assert "row 2, column F" in str(refused.value) and "formula" in str(refused.value)


def test_a_csv_of_measurements_is_imported(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    sheet = tmp_path / "measurements.csv"
    sheet.write_text(
        "process;indicator;period;value;unit;target;better;source;provenance\n"
        "2;2;2026;93,5;percent;90;higher;unit:strategic-development;placeholder\n",
        encoding="utf-8",
    )
    import_sheet(sheet, "measurements", data, TODAY)
    text = (data / "processes" / "measurements.csv").read_text("utf-8")
    assert "2,2,2026,93.5,percent,90,higher,unit:strategic-development,placeholder" in text
    assert check_text(data, "processes/measurements.csv", text) == []


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_template_has_the_models_columns(kind: str, lang: str, tmp_path: Path) -> None:
    out = tmp_path / f"{kind}.xlsx"
    write_template(kind, out, lang)
    sheet = load_workbook(out).worksheets[0]
    assert [c.value for c in sheet[1]] == [heading(c, lang) for c in KINDS[kind].columns()]
