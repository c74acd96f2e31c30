"""Bad input in data/international/: one clear problem naming file, line, record and field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kazutb_transparency.core.audit import Audit
from kazutb_transparency.core.disclosure_policy import DEFAULT
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.international import load_international
from tests.datafolder import line_of

TODAY = date(2026, 11, 23)
PROGRAMMES = ("6B04105", "6B11129")
DOCUMENTS = {"agreement-1": "agreement", "decision-1": "decision"}
META = """
  posted: 2026-11-01
  updated: 2026-11-01
  review_months: 12
  provenance: placeholder
  source: {kk: Үлгі деректер, ru: Образец данных, en: Sample data}
"""
PARTNER = (
    """
- id: partner-1
  name: {kk: Серіктес, ru: Партнёр, en: Partner}
  kind: university
  country: TR
  agreements:
    - kind: exchange
      signed: 2024-05-15
      valid_until: 2029-05-14
      document: agreement-1
"""
    + META
)
MOBILITY = (
    """
- id: exchange-1
  programme: 6B11129
  partner: partner-1
  kind: exchange
  places: 4
"""
    + META
)
STUDENTS = (
    """
- year: 2025
  counts:
    - {group: central-asia, level: bachelor, students: 48}
    - {group: europe, level: master, students: 3}
"""
    + META
)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / "international" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text.strip() + "\n", encoding="utf-8")
    return path


def load(folder: Path, audit: Audit | None = None):
    return load_international(folder, PROGRAMMES, DOCUMENTS, DEFAULT, TODAY, audit or Audit())


def problems(folder: Path) -> list[Problem]:
    with pytest.raises(DataError) as caught:
        load(folder)
    return caught.value.problems


def test_good_files_load_and_the_strict_build_refuses_the_placeholders(tmp_path: Path) -> None:
    for name, text in (
        ("partners.yaml", PARTNER),
        ("mobility.yaml", MOBILITY),
        ("students.yaml", STUDENTS),
    ):
        write(tmp_path, name, text)
    audit = Audit()
    loaded = load(tmp_path, audit)
    assert [p.id for p in loaded.partners or ()] == ["partner-1"]
    assert loaded.partners and loaded.partners[0].in_force(TODAY)
    refused = {Path(p.file).name for p in audit.strict_problems()}
    assert refused == {"partners.yaml", "mobility.yaml", "students.yaml"}


def test_absent_files_are_no_information(tmp_path: Path) -> None:
    loaded = load(tmp_path)
    assert loaded.partners is None and loaded.mobility is None and loaded.student_years is None


def test_a_missing_field(tmp_path: Path) -> None:
    path = write(tmp_path, "partners.yaml", PARTNER.replace("  kind: university\n", ""))
    [problem] = problems(tmp_path)
    assert problem.file.endswith("international/partners.yaml")
    assert (problem.record, problem.field, problem.message) == (
        "partner-1",
        "kind",
        "required field is missing",
    )
    assert problem.line == line_of(path, "- id: partner-1")


def test_an_impossible_date(tmp_path: Path) -> None:
    path = write(tmp_path, "partners.yaml", PARTNER.replace("2029-05-14", "2029-02-30"))
    [problem] = problems(tmp_path)
    assert problem.field == "0.agreements.0.valid_until"
    assert problem.line == line_of(path, "2029-02-30") and "is not a date" in problem.message


def test_an_agreement_ending_before_it_was_signed(tmp_path: Path) -> None:
    write(tmp_path, "partners.yaml", PARTNER.replace("2029-05-14", "2023-05-14"))
    [problem] = problems(tmp_path)
    assert problem.record == "partner-1" and problem.field == "agreements.0"
    assert "valid_until must not be before 'signed'" in problem.message


def test_a_wrong_type(tmp_path: Path) -> None:
    path = write(tmp_path, "mobility.yaml", MOBILITY.replace("places: 4", "places: four"))
    write(tmp_path, "partners.yaml", PARTNER)
    [problem] = problems(tmp_path)
    assert problem.file.endswith("international/mobility.yaml")
    assert problem.record == "exchange-1" and problem.field == "places"
    assert problem.line == line_of(path, "places: four")


def test_an_unknown_field_such_as_a_student_s_name(tmp_path: Path) -> None:
    text = STUDENTS.replace("students: 3}", "students: 3, name: A}")
    path = write(tmp_path, "students.yaml", text)
    [problem] = problems(tmp_path)
    assert problem.record == "2025" and problem.field == "counts.1.name"
    assert problem.message == "unknown field" and problem.line == line_of(path, "name: A")


def test_an_unknown_document_and_one_of_another_kind(tmp_path: Path) -> None:
    path = write(tmp_path, "partners.yaml", PARTNER.replace("agreement-1", "agreement-9"))
    [problem] = problems(tmp_path)
    assert problem.record == "partner-1" and problem.field == "agreements.0.document"
    assert problem.line == line_of(path, "agreement-9")
    assert "unknown document 'agreement-9'" in problem.message
    write(tmp_path, "partners.yaml", PARTNER.replace("agreement-1", "decision-1"))
    [problem] = problems(tmp_path)
    assert "of kind 'decision', not 'agreement'" in problem.message


def test_an_unknown_programme_and_partner(tmp_path: Path) -> None:
    write(tmp_path, "partners.yaml", PARTNER)
    text = MOBILITY.replace("6B11129", "6B99999").replace("partner: partner-1", "partner: p-9")
    path = write(tmp_path, "mobility.yaml", text)
    found = {p.field: p for p in problems(tmp_path)}
    assert "unknown programme '6B99999'" in found["programme"].message
    assert found["programme"].line == line_of(path, "6B99999")
    assert "unknown partner 'p-9'" in found["partner"].message


def test_a_country_that_is_not_a_code(tmp_path: Path) -> None:
    write(tmp_path, "partners.yaml", PARTNER.replace("country: TR", "country: Turkey"))
    [problem] = problems(tmp_path)
    assert problem.field == "country" and "'Turkey' is not a country code" in problem.message


def test_a_cell_counted_twice(tmp_path: Path) -> None:
    text = STUDENTS.replace(
        "{group: europe, level: master", "{group: central-asia, level: bachelor"
    )
    write(tmp_path, "students.yaml", text)
    [problem] = problems(tmp_path)
    assert problem.record == "2025" and "counted twice" in problem.message
