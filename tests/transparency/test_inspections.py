"""Inspections by supervisory bodies: the page in three languages, the register, the open
data, and bad input giving one clear problem naming file, line, record and field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kazutb_transparency.core.audit import Audit
from kazutb_transparency.core.errors import Problem
from kazutb_transparency.organisation import load_units
from kazutb_transparency.transparency import load_transparency
from kazutb_transparency.transparency.datasets import transparency_datasets
from kazutb_transparency.transparency.pages.inspections import inspections_page
from kazutb_transparency.transparency.register import register_evidence
from tests.datafolder import line_of, units_folder
from tests.datafolder import write as write_file
from tests.disclosures.helpers import load
from tests.transparency.loading import refusals

DATA = Path(__file__).resolve().parents[2] / "data"
TODAY = date(2026, 11, 23)
DOCUMENTS = {"act-1": "inspection-act", "decision-1": "decision"}

INSPECTION = """
- id: 2025-check
  date: 2025-10-06
  body: {kk: Бақылау органы, ru: Контролирующий орган, en: Supervisory body}
  kind: scheduled
  subject: {kk: Мәні, ru: Предмет, en: Subject}
  violations_found: true
  result: {kk: Нәтижесі, ru: Результат, en: Result}
  actions:
    - what: {kk: Шара, ru: Мера, en: Action}
      due: 2025-12-31
      done: 2025-12-18
  document: act-1
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
    return write_file(folder, "transparency", "inspections.yaml", text)


def problems(folder: Path) -> list[Problem]:
    return refusals(folder, DOCUMENTS, TODAY)


def test_a_good_file_loads_and_the_strict_build_refuses_its_placeholders(folder: Path) -> None:
    write(folder, INSPECTION)
    audit = Audit()
    loaded = load_transparency(folder, load_units(folder, Audit()), DOCUMENTS, TODAY, audit)
    assert [i.id for i in loaded.inspections or ()] == ["2025-check"]
    refused = {Path(p.file).name for p in audit.strict_problems()}
    assert refused == {"inspections.yaml"}


def test_no_file_is_no_information_and_an_empty_one_says_none(folder: Path) -> None:
    audit = Audit()
    assert (
        load_transparency(folder, load_units(folder, audit), {}, TODAY, audit).inspections is None
    )
    write(folder, "[]")
    assert load_transparency(folder, load_units(folder, audit), {}, TODAY, audit).inspections == ()


def test_a_missing_field(folder: Path) -> None:
    path = write(
        folder, INSPECTION.replace("  result: {kk: Нәтижесі, ru: Результат, en: Result}\n", "")
    )
    [problem] = problems(folder)
    assert problem.file.endswith("transparency/inspections.yaml")
    assert (problem.record, problem.field, problem.message) == (
        "2025-check",
        "result",
        "required field is missing",
    )
    assert problem.line == line_of(path, "- id: 2025-check")


def test_a_date_that_is_not_a_date(folder: Path) -> None:
    path = write(folder, INSPECTION.replace("date: 2025-10-06", "date: 2025-13-06"))
    # Refused as the file is read, before it is split into records: the first record's
    # field, by its place in the list.
    [problem] = problems(folder)
    assert problem.file.endswith("transparency/inspections.yaml") and problem.field == "0.date"
    assert problem.line == line_of(path, "date: 2025-13-06")
    assert "is not a date: there is no month 13" in problem.message


def test_an_action_before_the_inspection(folder: Path) -> None:
    write(folder, INSPECTION.replace("due: 2025-12-31", "due: 2025-01-31"))
    [problem] = problems(folder)
    assert problem.record == "2025-check" and problem.file.endswith("inspections.yaml")
    assert "'due' (2025-01-31) is before the inspection's date" in problem.message


def test_a_wrong_type(folder: Path) -> None:
    path = write(folder, INSPECTION.replace("violations_found: true", "violations_found: some"))
    [problem] = problems(folder)
    assert problem.field == "violations_found" and problem.record == "2025-check"
    assert problem.line == line_of(path, "violations_found: some")


def test_an_unknown_field_such_as_an_inspector_s_name(folder: Path) -> None:
    path = write(
        folder, INSPECTION.replace("  kind: scheduled", "  inspector: A\n  kind: scheduled")
    )
    [problem] = problems(folder)
    assert problem.field == "inspector" and problem.message == "unknown field"
    assert problem.line == line_of(path, "inspector: A")


def test_an_unknown_document_and_a_document_of_another_kind(folder: Path) -> None:
    path = write(folder, INSPECTION.replace("document: act-1", "document: act-9"))
    [problem] = problems(folder)
    assert problem.field == "document" and problem.line == line_of(path, "document: act-9")
    assert "unknown document 'act-9'" in problem.message
    write(folder, INSPECTION.replace("document: act-1", "document: decision-1"))
    [problem] = problems(folder)
    assert "of kind 'decision', not 'inspection-act'" in problem.message


def test_the_page_in_three_languages(default_site) -> None:
    t, d = default_site.transparency, default_site.disclosures
    pages = {lang: inspections_page(t, d, lang) for lang in ("kk", "ru", "en")}
    assert pages["kk"].startswith("# Бақылау органдарының тексерулері")
    assert pages["ru"].startswith("# Проверки контролирующими органами")
    assert "Authorised state supervisory body (sample)" in pages["en"]
    assert "Violations found" in pages["en"] and "No violations" in pages["en"]
    # The action still open says so; the act without a file is named, not linked.
    assert "in progress" in pages["en"] and "Inspection act (sample)" in pages["en"]
    assert "Жоспарлы тексеру" in pages["kk"] and "Внеплановая проверка" in pages["ru"]


def test_no_file_no_information_and_the_register_counts_it(data_copy: Path) -> None:
    (data_copy / "transparency" / "inspections.yaml").unlink()
    site = load(data_copy)
    page = inspections_page(site.transparency, site.disclosures, "en")
    assert 'class="no-info"' in page
    row = next(r for r in site.register if r.clause.clause == "9.7.3")
    assert "Inspections by supervisory bodies" in [label.en for label in row.missing]


def test_the_register_takes_the_inspections_as_evidence(default_site) -> None:
    evidence = register_evidence(default_site.transparency, default_site.disclosures)["9.7.3"]
    [found] = [e for e in evidence if e.label.en == "Inspections by supervisory bodies"]
    assert found.present and found.item is not None


def test_open_data(default_site) -> None:
    datasets = {
        d.name: d for d in transparency_datasets(default_site.transparency, default_site.disclosure)
    }
    inspections, actions = datasets["inspections"], datasets["inspection-actions"]
    assert {row["id"] for row in inspections.rows} == {
        "2025-scheduled-sample",
        "2026-unscheduled-sample",
    }
    assert [(r["inspection"], r["number"]) for r in actions.rows] == [
        ("2025-scheduled-sample", 1),
        ("2025-scheduled-sample", 2),
    ]
    assert actions.rows[1]["done"] is None
    assert all(row["provenance"] == "placeholder" for row in inspections.rows)
