"""Bad input in data/transparency/: one clear problem naming the file, line and field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kazutb_transparency.core.audit import Audit
from kazutb_transparency.core.errors import Problem
from kazutb_transparency.organisation import load_units
from kazutb_transparency.transparency import load_transparency
from tests.datafolder import units_folder
from tests.datafolder import write as write_file
from tests.transparency.loading import refusals

DATA = Path(__file__).resolve().parents[2] / "data"
TODAY = date(2026, 11, 23)
DOCUMENTS = {
    "anti-corruption-policy": "anti-corruption-policy",
    "decision-1": "decision",
    "draft-text-1": "draft",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A data folder holding the real units and an empty data/transparency/."""
    return units_folder(tmp_path, "transparency")


def write(folder: Path, name: str, text: str) -> Path:
    return write_file(folder, "transparency", name, text)


def problems(folder: Path) -> list[Problem]:
    return refusals(folder, DOCUMENTS, TODAY)


META = """
  posted: 2026-11-01
  updated: 2026-11-01
  review_months: 12
  provenance: placeholder
  source: {kk: Үлгі деректер, ru: Образец данных, en: Sample data}
"""

BODY = (
    """
- id: public-council
  kind: public-council
  name: {kk: Қоғамдық кеңес, ru: Общественный совет, en: Public council}
  role: {kk: Рөлі, ru: Роль, en: Role}
  composition:
    - {position: {kk: Өкіл, ru: Представитель, en: Representative}, count: 3}
  meetings:
    - date: 2026-03-18
      decisions: [decision-1]
"""
    + META
)

STATISTICS = (
    """
- year: 2025
  topics:
    - {topic: admission, received: 10, answered_in_term: 8, answered_late: 1, pending: 1}
"""
    + META
)

CONSULTATION = (
    """
- id: draft-1
  title: {kk: Жоба, ru: Проект, en: Draft}
  summary: {kk: Мазмұны, ru: Содержание, en: Summary}
  document: draft-text-1
  opened: 2026-11-01
  deadline: 2026-12-01
  how_to_send: {kk: Хатпен, ru: Письмом, en: By e-mail}
  email: consultations@example.org
"""
    + META
)


def test_good_files_load(folder: Path) -> None:
    write(folder, "bodies.yaml", BODY)
    write(folder, "appeals-statistics.yaml", STATISTICS)
    write(folder, "consultations.yaml", CONSULTATION)
    audit = Audit()
    loaded = load_transparency(folder, load_units(folder, Audit()), DOCUMENTS, TODAY, audit)
    assert loaded.bodies[0].seats == 3
    assert loaded.appeal_years[0].received == 10
    assert [c.id for c in loaded.open_consultations()] == ["draft-1"]
    # Demonstration values are concerns the publishing build refuses, naming the file.
    refused = [p for p in audit.strict_problems() if "placeholder" in p.message]
    assert {Path(p.file).name for p in refused} == {
        "bodies.yaml",
        "appeals-statistics.yaml",
        "consultations.yaml",
    }


def test_absent_files_are_absent_items(folder: Path) -> None:
    audit = Audit()
    loaded = load_transparency(folder, load_units(folder, audit), DOCUMENTS, TODAY, audit)
    assert loaded.appeals is None and not loaded.bodies and not loaded.procurement


def test_a_missing_field_names_file_line_and_field(folder: Path) -> None:
    role = "  role: {kk: Рөлі, ru: Роль, en: Role}\n"
    path = write(folder, "bodies.yaml", BODY.replace(role, ""))
    [problem] = problems(folder)
    assert problem.file.endswith("transparency/bodies.yaml")
    assert problem.field == "role" and problem.record == "public-council"
    assert problem.message == "required field is missing"
    assert problem.line == 1 + path.read_text(encoding="utf-8").splitlines().index(
        "- id: public-council"
    )


def test_a_negative_count_names_the_field_and_its_line(folder: Path) -> None:
    write(folder, "appeals-statistics.yaml", STATISTICS.replace("pending: 1", "pending: -1"))
    [problem] = problems(folder)
    assert problem.file.endswith("transparency/appeals-statistics.yaml")
    assert problem.field == "topics.0.pending" and problem.record == "2025"
    assert problem.line == 3
    assert "greater than or equal to 0" in problem.message


def test_counts_must_add_up(folder: Path) -> None:
    write(folder, "appeals-statistics.yaml", STATISTICS.replace("received: 10", "received: 12"))
    [problem] = problems(folder)
    assert problem.field == "topics.0" and "must equal" in problem.message


def test_a_deadline_that_is_not_a_date(folder: Path) -> None:
    write(folder, "consultations.yaml", CONSULTATION.replace("2026-12-01", "mid-December"))
    [problem] = problems(folder)
    assert problem.file.endswith("transparency/consultations.yaml")
    assert problem.field == "deadline" and problem.line == 6
    assert problem.message.startswith("not a date") and "YYYY-MM-DD" in (problem.hint or "")


def test_a_deadline_before_the_opening(folder: Path) -> None:
    write(folder, "consultations.yaml", CONSULTATION.replace("2026-12-01", "2026-10-01"))
    [problem] = problems(folder)
    assert "deadline must not be before" in problem.message


def test_an_unknown_decision_document(folder: Path) -> None:
    write(folder, "bodies.yaml", BODY.replace("[decision-1]", "[decision-9]"))
    [problem] = problems(folder)
    assert problem.field == "meetings.0.decisions.0" and problem.line == 9
    assert "unknown document 'decision-9'" in problem.message


def test_an_unknown_unit(folder: Path) -> None:
    write(folder, "bodies.yaml", BODY.replace("  composition:", "  unit: nowhere\n  composition:"))
    [problem] = problems(folder)
    assert problem.field == "unit" and "unknown unit 'nowhere'" in problem.message


def test_a_personal_name_has_no_field_to_go_in(folder: Path) -> None:
    # Composition is by position: a member's name is refused as an unknown field.
    write(
        folder,
        "bodies.yaml",
        BODY.replace("count: 3}", "count: 3, name: {kk: А, ru: А, en: A}}"),
    )
    [problem] = problems(folder)
    assert problem.field == "composition.0.name" and problem.message == "unknown field"


def test_a_procurement_record_needs_somewhere_to_read_it(folder: Path) -> None:
    write(
        folder,
        "procurement.yaml",
        """
- id: plan-2026
  year: 2026
  stage: plan
  title: {kk: Жоспар, ru: План, en: Plan}
  amount_kzt: 1 000 000
"""
        + META,
    )
    # A tenge amount is whole digits: "1 000 000" is refused with the line to fix.
    [amount] = problems(folder)
    assert amount.field == "amount_kzt" and amount.line == 5
    assert amount.message.startswith("not a whole number")


def test_a_procurement_record_without_portal_or_document(folder: Path) -> None:
    write(
        folder,
        "procurement.yaml",
        """
- id: plan-2026
  year: 2026
  stage: plan
  title: {kk: Жоспар, ru: План, en: Plan}
"""
        + META,
    )
    [problem] = problems(folder)
    assert "portal_url" in problem.message and problem.record == "plan-2026"


def test_the_policy_must_be_an_anti_corruption_policy(folder: Path) -> None:
    write(
        folder,
        "anti-corruption.yaml",
        """
policy: decision-1
service: {kk: Комплаенс қызметі, ru: Служба комплаенс, en: Compliance service}
how_to_report: {kk: Хатпен, ru: Письмом, en: By e-mail}
"""
        + META.replace("\n  ", "\n"),
    )
    [problem] = problems(folder)
    assert problem.field == "policy" and problem.line == 1
    assert "of kind 'decision', not 'anti-corruption-policy'" in problem.message
