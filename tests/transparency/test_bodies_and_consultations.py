"""A board's named members through the allowlist, meetings' documents, and the outcome a
consultation owes once its deadline has passed: pages, open data, register and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from kazutb_transparency.core.errors import Problem
from kazutb_transparency.transparency.datasets import transparency_datasets
from kazutb_transparency.transparency.pages import render_transparency_pages
from tests.disclosures.helpers import load
from tests.transparency.loading import load_folder, refusals
from tests.transparency.test_transparency_errors import (
    BODY,
    CONSULTATION,
    DOCUMENTS,
    META,
    TODAY,
    write,
)

KINDS = {**DOCUMENTS, "agenda-1": "agenda", "final-1": "decision"}
ALLOWLIST = """
people:
  - id: rector
    reason: "Head of the organisation: the regulation requires the head's name"
    forms: ["Л.К. Байболова", "L.K. Baibolova"]
emails:  # the sample contact of a unit in units.yaml
  - address: strategic-development@example.org
    reason: "Sample unit contact"
"""
BOARD = (
    """
- id: board
  kind: board
  name: {kk: Директорлар кеңесі, ru: Совет директоров, en: Board of Directors}
  role: {kk: Рөлі, ru: Роль, en: Role}
  composition:
    - {position: {kk: Мүше, ru: Член, en: Member}, count: 5}
  members:
    - position: {kk: Мүше, ru: Член, en: Member}
      name: {kk: Л.К. Байболова, ru: Л.К. Байболова, en: L.K. Baibolova}
      since: 2024-08-29
"""
    + META
)
CLOSED = CONSULTATION.replace("2026-11-01", "2026-09-01").replace("2026-12-01", "2026-10-01")
OUTCOME = """
  outcome:
    published: 2026-10-20
    comments: 7
    changes: {kk: Өзгерді, ru: Изменено, en: Changed}
    final_document: final-1
"""


@pytest.fixture
def folder(tmp_path: Path, data_copy: Path) -> Path:
    """The real units, an empty data/transparency/ and an allowlist naming one official."""
    (tmp_path / "units.yaml").write_bytes((data_copy / "units.yaml").read_bytes())
    (tmp_path / "transparency").mkdir()
    (tmp_path / "privacy").mkdir()
    (tmp_path / "privacy" / "allowlist.yaml").write_text(ALLOWLIST, encoding="utf-8")
    return tmp_path


def loaded(folder: Path):
    return load_folder(folder, KINDS, TODAY)


def problems(folder: Path) -> list[Problem]:
    return refusals(folder, KINDS, TODAY)


def line(path: Path, needle: str) -> int:
    return 1 + next(
        i for i, text in enumerate(path.read_text("utf-8").splitlines()) if needle in text
    )


def test_a_board_member_named_in_the_allowlist_loads(folder: Path) -> None:
    write(folder, "bodies.yaml", BOARD)
    [board] = loaded(folder).bodies
    assert board.members[0].name.en == "L.K. Baibolova" and board.seats == 5


def test_a_name_not_in_the_allowlist_is_refused(folder: Path) -> None:
    path = write(folder, "bodies.yaml", BOARD.replace("L.K. Baibolova", "A.B. Omarova"))
    [problem] = problems(folder)
    assert problem.file.endswith("transparency/bodies.yaml") and problem.record == "board"
    assert problem.field == "members.0.name.en" and "allowlist" in problem.message
    assert problem.line == line(path, "A.B. Omarova")


def test_members_of_a_body_other_than_the_board_are_refused(folder: Path) -> None:
    path = write(folder, "bodies.yaml", BOARD.replace("kind: board", "kind: academic-council"))
    [problem] = problems(folder)
    assert problem.field == "members" and problem.record == "board"
    assert "board of directors" in problem.message and "by position" in problem.message
    assert problem.line == line(path, "members:")


def test_a_meeting_s_documents_must_be_of_their_kind(folder: Path) -> None:
    text = BODY.replace("decisions: [decision-1]", "agenda_document: decision-1")
    write(folder, "bodies.yaml", text)
    [problem] = problems(folder)
    assert problem.field == "meetings.0.agenda_document"
    assert "of kind 'decision', not 'agenda'" in problem.message


def test_a_consultation_s_draft_must_exist_and_be_a_draft(folder: Path) -> None:
    write(folder, "consultations.yaml", CONSULTATION.replace("draft-text-1", "decision-1"))
    [problem] = problems(folder)
    assert problem.field == "document" and "not 'draft'" in problem.message
    write(folder, "consultations.yaml", CONSULTATION.replace("draft-text-1", "no-such-draft"))
    [problem] = problems(folder)
    assert problem.field == "document" and "unknown document 'no-such-draft'" in problem.message


def test_an_outcome_before_the_deadline_is_refused(folder: Path) -> None:
    early = OUTCOME.replace("2026-10-20", "2026-09-20")
    path = write(folder, "consultations.yaml", CLOSED.rstrip() + "\n" + early)
    [problem] = problems(folder)
    assert problem.field == "outcome" and "before the deadline" in problem.message
    assert problem.line == line(path, "outcome:")


def test_an_outcome_with_a_wrong_type_or_unknown_field(folder: Path) -> None:
    write(folder, "consultations.yaml", CLOSED.rstrip() + OUTCOME.replace(": 7", ": seven"))
    [problem] = problems(folder)
    assert problem.field == "outcome.comments"
    write(folder, "consultations.yaml", CLOSED.rstrip() + OUTCOME + "    votes: 3\n")
    [problem] = problems(folder)
    assert problem.field == "outcome.votes"


def test_a_closed_consultation_with_its_outcome_loads(folder: Path) -> None:
    write(folder, "consultations.yaml", CLOSED.rstrip() + "\n" + OUTCOME)
    [c] = loaded(folder).consultations
    assert c.outcome is not None and c.outcome.comments == 7 and not c.lacks_outcome(TODAY)


def test_the_pages_show_members_documents_and_outcomes(data_copy: Path) -> None:
    site = load(data_copy)
    t = site.transparency
    pages = {
        lang: render_transparency_pages(t, site.disclosures, site.units, site.disclosure, lang)
        for lang in ("kk", "ru", "en")
    }
    councils, consultations = (
        pages["en"][f"transparency/{p}.md"] for p in ("councils", "consultations")
    )
    # No source names a board member: the page says so; no name is invented.
    assert "The members' names are not yet published." in councils
    assert "Мүшелерінің аты-жөні әлі жарияланбаған." in pages["kk"]["transparency/councils.md"]
    # One label for the documents: a title is never introduced by its own word.
    assert "Documents: Agenda of the public council meeting of 18 March 2026" in councils
    assert "Agenda: Agenda" not in councils
    assert "Minutes No. 1 of the Board of Directors meeting of 29 August 2024" in councils
    assert "documents not published" in councils  # the academic council's meeting
    assert "Text for comment: Draft declaration of goals for 2027 (sample)" in consultations
    assert "Comments received: 14" in consultations
    assert "Итоги" in pages["ru"]["transparency/consultations.md"]


def test_an_overdue_outcome_is_flagged_and_counted(data_copy: Path) -> None:
    # The open consultation's deadline passes without an outcome.
    site = load(data_copy, today=__import__("datetime").date(2027, 1, 10))
    page = render_transparency_pages(
        site.transparency, site.disclosures, site.units, site.disclosure, "en"
    )["transparency/consultations.md"]
    assert "the outcome of the consultation is not yet published" in page
    row = next(r for r in site.register if r.clause.clause == "8.3.9")
    assert any("Outcome of the consultation:" in label.en for label in row.missing)
    [dataset] = [
        d
        for d in transparency_datasets(site.transparency, site.disclosure)
        if d.name == "consultations"
    ]
    assert {r["id"]: r["outcome_status"] for r in dataset.rows} == {
        "goals-2027-draft": "overdue",
        "goals-2025-draft": "published",
    }
