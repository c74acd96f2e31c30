"""Bad input in data/students/: one clear problem naming the file, record, field and line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kazutb_transparency.core.audit import Audit
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.organisation import load_units
from kazutb_transparency.students import load_students
from tests.datafolder import units_folder
from tests.datafolder import write as write_file

DATA = Path(__file__).resolve().parents[2] / "data"
TODAY = date(2026, 11, 23)
DOCUMENTS = {"academic-policy": "methodological"}
QUESTIONS = {"academic-integrity": frozenset({"q01", "q06"})}

META = """
  posted: 2026-11-01
  updated: 2026-11-01
  review_months: 12
  provenance: placeholder
  source: {kk: Үлгі деректер, ru: Образец данных, en: Sample data}
"""

SERVICE = (
    """
- id: medical-point
  kind: health
  name: {kk: Медпункт, ru: Медпункт, en: Medical point}
  description: {kk: Көмек, ru: Помощь, en: First aid}
  where: {kk: Бас ғимарат, ru: Главный корпус, en: Main building}
  hours: {kk: Күн сайын, ru: Ежедневно, en: Daily}
  unit: administration-infrastructure
  accessible: true
"""
    + META
)

APPEALS = """
policy: academic-policy
submit_to: {kk: Комиссияға, ru: Комиссии, en: The commission}
how: {kk: Жазбаша, ru: Письменно, en: In writing}
submit_within_days: 1
decided_within_days: 3
commission: {kk: Құрамы, ru: Состав, en: Members}
steps:
  - {kk: Өтініш беріңіз, ru: Подайте заявление, en: Apply}
complaints: {kk: Деканатқа, ru: В деканат, en: To the dean's office}
survey_question: {survey: academic-integrity, question: q06}
""" + META.replace("\n  ", "\n")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A data folder holding the real units and an empty data/students/."""
    return units_folder(tmp_path, "students")


def write(folder: Path, name: str, text: str) -> Path:
    return write_file(folder, "students", name, text)


def load(folder: Path, audit: Audit | None = None):
    audit = audit or Audit()
    return load_students(folder, load_units(folder, Audit()), DOCUMENTS, QUESTIONS, TODAY, audit)


def problems(folder: Path) -> list[Problem]:
    with pytest.raises(DataError) as caught:
        load(folder)
    return caught.value.problems


def line(path: Path, text: str) -> int:
    return 1 + next(n for n, row in enumerate(path.read_text("utf-8").splitlines()) if text in row)


def test_good_files_load_and_the_strict_build_refuses_the_samples(folder: Path) -> None:
    write(folder, "support.yaml", SERVICE)
    write(folder, "grade-appeals.yaml", APPEALS)
    audit = Audit()
    loaded = load(folder, audit)
    assert [s.id for s in loaded.of_kind("health")] == ["medical-point"]
    assert loaded.appeals is not None and loaded.appeals.decided_within_days == 3
    refused = [p for p in audit.strict_problems() if "placeholder" in p.message]
    assert {Path(p.file).name for p in refused} == {"support.yaml", "grade-appeals.yaml"}


def test_absent_files_are_absent_items(folder: Path) -> None:
    loaded = load(folder)
    assert loaded.appeals is None and not loaded.services


def test_a_missing_field(folder: Path) -> None:
    path = write(
        folder,
        "support.yaml",
        SERVICE.replace("  hours: {kk: Күн сайын, ru: Ежедневно, en: Daily}\n", ""),
    )
    [problem] = problems(folder)
    assert problem.file.endswith("students/support.yaml")
    assert problem.record == "medical-point" and problem.field == "hours"
    assert problem.message == "required field is missing"
    assert problem.line == line(path, "- id: medical-point")


def test_a_date_out_of_range(folder: Path) -> None:
    # Updated before it was posted: refused, with the line of 'updated'.
    path = write(
        folder, "support.yaml", SERVICE.replace("updated: 2026-11-01", "updated: 2026-10-01")
    )
    [problem] = problems(folder)
    assert problem.record == "medical-point" and problem.field == "updated"
    assert problem.line == line(path, "updated: 2026-10-01")
    assert "must not be before 'posted'" in problem.message


def test_a_term_out_of_range(folder: Path) -> None:
    path = write(
        folder,
        "grade-appeals.yaml",
        APPEALS.replace("decided_within_days: 3", "decided_within_days: 90"),
    )
    [problem] = problems(folder)
    assert problem.file.endswith("students/grade-appeals.yaml")
    assert problem.field == "decided_within_days" and problem.line == line(
        path, "decided_within_days"
    )
    assert "less than or equal to 30" in problem.message


def test_a_wrong_type(folder: Path) -> None:
    path = write(
        folder, "support.yaml", SERVICE.replace("accessible: true", "accessible: sometimes")
    )
    [problem] = problems(folder)
    assert problem.record == "medical-point" and problem.field == "accessible"
    assert problem.line == line(path, "accessible: sometimes")


def test_an_unknown_field(folder: Path) -> None:
    # A person's name has no field to go in.
    path = write(
        folder,
        "support.yaml",
        SERVICE.replace("  accessible: true", "  accessible: true\n  head: Someone"),
    )
    [problem] = problems(folder)
    assert problem.record == "medical-point" and problem.field == "head"
    assert problem.message == "unknown field" and problem.line == line(path, "head: Someone")


def test_a_document_that_does_not_exist(folder: Path) -> None:
    path = write(
        folder,
        "grade-appeals.yaml",
        APPEALS.replace("policy: academic-policy", "policy: no-such-policy"),
    )
    [problem] = problems(folder)
    assert problem.field == "policy" and problem.line == line(path, "policy: no-such-policy")
    assert "unknown document 'no-such-policy'" in problem.message
    assert "documents.yaml" in (problem.hint or "")


def test_a_survey_question_that_does_not_exist(folder: Path) -> None:
    write(folder, "grade-appeals.yaml", APPEALS.replace("question: q06", "question: q99"))
    [problem] = problems(folder)
    assert problem.field == "survey_question.question"
    assert "has no question 'q99'" in problem.message


def test_an_unknown_unit_and_a_duplicate_id(folder: Path) -> None:
    write(
        folder,
        "support.yaml",
        SERVICE + SERVICE.replace("administration-infrastructure", "nowhere"),
    )
    [problem] = problems(folder)
    assert problem.field == "id" and "duplicate id 'medical-point'" in problem.message
    write(folder, "support.yaml", SERVICE.replace("administration-infrastructure", "nowhere"))
    [problem] = problems(folder)
    assert problem.field == "unit" and "unknown unit 'nowhere'" in problem.message
