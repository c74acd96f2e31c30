"""Income and expenditure: the page in three languages, the register, the open data, and
bad input giving one clear problem naming file, line, record and field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kazutb_transparency.core.audit import Audit
from kazutb_transparency.core.errors import Problem
from kazutb_transparency.organisation import load_units
from kazutb_transparency.transparency import load_transparency
from kazutb_transparency.transparency.datasets import transparency_datasets
from kazutb_transparency.transparency.pages.finances import finances_page
from kazutb_transparency.transparency.register import register_evidence
from tests.datafolder import line_of, units_folder
from tests.datafolder import write as write_file
from tests.disclosures.helpers import load
from tests.transparency.loading import refusals

DATA = Path(__file__).resolve().parents[2] / "data"
TODAY = date(2026, 11, 23)
DOCUMENTS = {
    "statements-2025": "financial-statements",
    "report-2025": "annual-report",
    "decision-1": "decision",
}

YEAR = """
- year: 2025
  statements: statements-2025
  annual_report: report-2025
  income:
    headings:
      - {heading: state-order, amount_kzt: 600}
      - {heading: tuition, amount_kzt: 400}
    total_kzt: 1000
  expenditure:
    headings:
      - {heading: staff, amount_kzt: 700}
      - {heading: capital, amount_kzt: 200}
  posted: 2026-11-01
  updated: 2026-11-01
  review_months: 12
  provenance: placeholder
  source: {kk: Үлгі деректер, ru: Образец данных, en: Sample data}
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return units_folder(tmp_path, "transparency")


def write(folder: Path, text: str) -> Path:
    return write_file(folder, "transparency", "finances.yaml", text)


def problems(folder: Path) -> list[Problem]:
    return refusals(folder, DOCUMENTS, TODAY)


def test_a_good_file_loads_and_the_strict_build_refuses_its_placeholders(folder: Path) -> None:
    write(folder, YEAR)
    audit = Audit()
    loaded = load_transparency(folder, load_units(folder, Audit()), DOCUMENTS, TODAY, audit)
    [year] = loaded.finances or ()
    assert (year.income.total, year.expenditure.total) == (1000, 900)
    assert year.share("income", "state-order") == 60.0
    assert {Path(p.file).name for p in audit.strict_problems()} == {"finances.yaml"}


def test_no_file_is_no_information(folder: Path) -> None:
    audit = Audit()
    assert load_transparency(folder, load_units(folder, audit), {}, TODAY, audit).finances is None


def test_a_total_that_is_not_the_sum_of_the_headings(folder: Path) -> None:
    path = write(folder, YEAR.replace("total_kzt: 1000", "total_kzt: 1100"))
    [problem] = problems(folder)
    assert problem.file.endswith("transparency/finances.yaml")
    assert (problem.record, problem.field) == ("2025", "income")
    assert problem.line == line_of(path, "income:")
    assert "add up to 1000 tenge, but 'total_kzt' is 1100" in problem.message


def test_a_heading_given_twice(folder: Path) -> None:
    write(folder, YEAR.replace("heading: capital", "heading: staff"))
    [problem] = problems(folder)
    assert problem.field == "expenditure" and "staff given twice" in problem.message


def test_a_missing_field(folder: Path) -> None:
    text = YEAR[: YEAR.index("  expenditure:")] + YEAR[YEAR.index("  posted:") :]
    path = write(folder, text)
    [problem] = problems(folder)
    assert (problem.record, problem.field, problem.message) == (
        "2025",
        "expenditure",
        "required field is missing",
    )
    assert problem.line == line_of(path, "- year: 2025")


def test_a_date_out_of_range(folder: Path) -> None:
    path = write(folder, YEAR.replace("updated: 2026-11-01", "updated: 2026-02-30"))
    [problem] = problems(folder)
    assert problem.field == "0.updated" and problem.line == line_of(path, "2026-02-30")


def test_a_wrong_type_an_amount_with_spaces(folder: Path) -> None:
    path = write(folder, YEAR.replace("amount_kzt: 600}", "amount_kzt: 600 000}"))
    [problem] = problems(folder)
    assert problem.field == "income.headings.0.amount_kzt" and problem.record == "2025"
    assert problem.line == line_of(path, "600 000")
    assert problem.message.startswith("not a whole number")


def test_an_unknown_heading_and_an_unknown_field(folder: Path) -> None:
    write(folder, YEAR.replace("heading: tuition", "heading: donations"))
    [problem] = problems(folder)
    assert problem.field == "income.headings.1.heading" and "not one of" in problem.message
    path = write(folder, YEAR.replace("  statements:", "  auditor: A\n  statements:"))
    [problem] = problems(folder)
    assert problem.field == "auditor" and problem.message == "unknown field"
    assert problem.line == line_of(path, "auditor: A")


def test_a_year_twice(folder: Path) -> None:
    write(folder, YEAR + YEAR)
    [problem] = problems(folder)
    assert problem.field == "year" and "duplicate year '2025'" in problem.message


def test_an_unknown_document_and_a_document_of_another_kind(folder: Path) -> None:
    path = write(folder, YEAR.replace("statements: statements-2025", "statements: nothing"))
    [problem] = problems(folder)
    assert problem.field == "statements" and problem.line == line_of(path, "nothing")
    assert "unknown document 'nothing'" in problem.message
    write(folder, YEAR.replace("annual_report: report-2025", "annual_report: decision-1"))
    [problem] = problems(folder)
    assert problem.field == "annual_report"
    assert "of kind 'decision', not 'annual-report'" in problem.message


def test_the_page_in_three_languages(default_site) -> None:
    t, d = default_site.transparency, default_site.disclosures
    pages = {lang: finances_page(t, d, lang) for lang in ("kk", "ru", "en")}
    assert pages["kk"].startswith("# Кірістер мен шығыстар")
    assert pages["ru"].startswith("# Доходы и расходы")
    assert pages["en"].startswith("# Income and expenditure")
    assert "State order and grants" in pages["en"] and "2,400,000,000" in pages["en"]
    assert "Мемлекеттік тапсырыс және гранттар" in pages["kk"] and "53,3" in pages["kk"]
    assert "Оплата труда" in pages["ru"]
    # 2025's documents are named without a file; 2024 has none.
    assert "Audited annual financial statements for 2025" in pages["en"]
    assert "the file is not published yet" in pages["en"]
    assert 'Annual report: <em class="no-info">not published</em>' in pages["en"]


def test_no_file_no_information_and_the_register_counts_it(data_copy: Path) -> None:
    (data_copy / "transparency" / "finances.yaml").unlink()
    site = load(data_copy)
    page = finances_page(site.transparency, site.disclosures, "en")
    assert 'class="no-info"' in page
    row = next(r for r in site.register if r.clause.clause == "9.7.3")
    assert "Income and expenditure, 2025" in [label.en for label in row.missing]


def test_the_register_takes_the_last_full_year(default_site) -> None:
    evidence = register_evidence(default_site.transparency, default_site.disclosures)["9.7.3"]
    [found] = [e for e in evidence if e.label.en == "Income and expenditure, 2025"]
    assert found.present and found.item is not None


def test_open_data_one_row_per_year_direction_and_heading(default_site) -> None:
    datasets = {
        d.name: d for d in transparency_datasets(default_site.transparency, default_site.disclosure)
    }
    rows = datasets["finances"].rows
    assert len(rows) == 2 * (4 + 5)
    keys = {(r["year"], r["direction"], r["heading"]) for r in rows}
    assert (2025, "expenditure", "goods-services") in keys and len(keys) == len(rows)
    first = rows[0]
    assert (first["year"], first["direction"], first["heading"]) == (2025, "income", "state-order")
    assert first["share"] == 53.3 and first["statements"] == "financial-statements-2025"
    assert all(row["provenance"] == "placeholder" for row in rows)
