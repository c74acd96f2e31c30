"""Reading the small raw inputs of the aggregation: questionnaire (Q.yaml) and population
(P.csv), and what the reading of the answers (`responses`) shares with them. Everything is
refused with the file, line and field named; raw values that may be personal (respondent
tokens, free text) are never repeated in a message."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kazutb_transparency.core.datafiles import display_path, load_yaml, read_csv, validate
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.organisation.structure import AcademicStructure
from kazutb_transparency.surveys.background import CellChecker
from kazutb_transparency.surveys.codes import (
    FACULTY_HINT,
    POPULATION_COLUMNS,
    PROGRAMME_HINT,
    UNIT_CODE_RE,
    WAVE_RE,
)
from kazutb_transparency.surveys.models import Questionnaire, SurveyQuestions
from kazutb_transparency.surveys.personal_data import (
    Occurrence,
    Scanner,
    check_cells,
    default_scanner,
)

MAX_PROBLEMS = 200
INTEGER = re.compile(r"^[0-9]+$")


@dataclass(frozen=True)
class Invited:
    count: int
    line: int


PopulationKey = tuple[str, str, str, str]  # survey, wave, faculty, programme


def load_questionnaire(path: Path) -> dict[str, SurveyQuestions]:
    data, lines = load_yaml(path)
    name = display_path(path)
    if not isinstance(data, dict):
        raise DataError([Problem(name, "expected a mapping: survey id → questions")])
    questionnaire = validate(Questionnaire, data, name, lines).root
    problems = []
    for survey, entry in questionnaire.items():
        seen: set[str] = set()
        for index, question in enumerate(entry.questions):
            if question.id in seen:
                problems.append(
                    Problem(
                        name,
                        f"duplicate question id '{question.id}'",
                        record=survey,
                        field=f"questions.{index}.id",
                        line=lines.line_of((survey, "questions", index, "id")),
                    )
                )
            seen.add(question.id)
    if problems:
        raise DataError(problems)
    return questionnaire


class Problems:
    """Collects problems; stops listing after MAX_PROBLEMS so a broken export stays readable."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[Problem] = []
        self.hidden = 0

    def add(self, line: int, field: str, message: str, hint: str | None = None) -> None:
        if len(self.items) >= MAX_PROBLEMS:
            self.hidden += 1
            return
        self.items.append(
            Problem(self.file, message, record=f"row {line}", field=field, line=line, hint=hint)
        )

    @property
    def count(self) -> int:
        return len(self.items) + self.hidden

    def raise_if_any(self) -> None:
        found = sorted(self.items, key=lambda p: p.line or 0)
        if self.hidden:
            found.append(Problem(self.file, f"… and {self.hidden} more problem(s)"))
        if found:
            raise DataError(found)


def short(value: str) -> str:
    return value if len(value) <= 40 else value[:37] + "…"


# Messages said the same way about R.csv and P.csv.
BAD_WAVE = ("wave must be written YYYY-MM", "e.g. 2024-06")
NOT_A_UNIT = (
    "not a unit code",
    "use ids such as technology or 6B04105 (letters, digits, '.', '_', '-')",
)
NEEDS_FACULTY = ("a programme needs its faculty", "fill in faculty")


def misplaced(programme: str, structure: AcademicStructure) -> tuple[str, str]:
    """A programme written under another faculty than the catalogue's."""
    home = structure.faculty_of[programme]
    return (
        f"programme {short(programme)} is under faculty '{home}' in the programme catalogue",
        f"write faculty '{home}', or move the programme in its catalogue file (faculty:)",
    )


def _check_structure(
    line: int, faculty: str, programme: str, structure: AcademicStructure, problems: Problems
) -> None:
    if faculty and structure.faculty(faculty) is None:
        problems.add(line, "faculty", f"unknown faculty '{short(faculty)}'", FACULTY_HINT)
    if programme and programme not in structure.faculty_of:
        problems.add(line, "programme", f"unknown programme '{short(programme)}'", PROGRAMME_HINT)
        return
    # An unknown faculty is reported above; a known one must be the catalogue's.
    known = structure.faculty(faculty) is not None
    if programme and known and structure.faculty_of[programme] != faculty:
        problems.add(line, "faculty", *misplaced(programme, structure))


def unknown_survey(survey: str, questionnaire: dict[str, SurveyQuestions]) -> tuple[str, str]:
    return f"unknown survey '{short(survey)}'", f"known surveys: {', '.join(sorted(questionnaire))}"


def _check_unit_cells(line: int, faculty: str, programme: str, problems: Problems) -> None:
    for column, value in (("faculty", faculty), ("programme", programme)):
        if value and not UNIT_CODE_RE.match(value):
            problems.add(line, column, *NOT_A_UNIT)
    if programme and not faculty:
        problems.add(line, "faculty", *NEEDS_FACULTY)


@dataclass(frozen=True)
class Population:
    invited: dict[PopulationKey, Invited]
    # Raises DataError if the personal-data check, still running, finds anything.
    confirm: Callable[[], None] = lambda: None


def read_population(
    path: Path,
    questionnaire: dict[str, SurveyQuestions],
    scanner: Scanner | CellChecker | None = None,
    wait: bool = True,
    structure: AcademicStructure | None = None,
) -> Population:
    """P.csv: how many were invited per survey, wave and unit (empty unit = whole university).

    With a CellChecker and wait=False the personal-data check of the unit codes may still
    run when this returns: call `confirm()` before publishing anything made from it."""
    name = display_path(path)
    rows = read_csv(path, POPULATION_COLUMNS)
    problems = Problems(name)
    invited: dict[PopulationKey, Invited] = {}
    first_line: dict[tuple[str, str], int] = {}
    for row in rows:
        cells = {column: row.values[column].strip() for column in POPULATION_COLUMNS}
        if cells["survey"] not in questionnaire:
            problems.add(row.line, "survey", *unknown_survey(cells["survey"], questionnaire))
            continue
        if not WAVE_RE.match(cells["wave"]):
            problems.add(row.line, "wave", *BAD_WAVE)
        _check_unit_cells(row.line, cells["faculty"], cells["programme"], problems)
        if structure is not None:
            _check_structure(row.line, cells["faculty"], cells["programme"], structure, problems)
        for column in ("faculty", "programme"):
            if cells[column]:
                first_line.setdefault((column, cells[column]), row.line)
        if not INTEGER.match(cells["invited"]) or int(cells["invited"]) < 1:
            problems.add(row.line, "invited", "invited must be a whole number ≥ 1")
            continue
        key = (cells["survey"], cells["wave"], cells["faculty"], cells["programme"])
        if key in invited:
            problems.add(
                row.line,
                "invited",
                f"the same survey, wave and unit is already on line {invited[key].line}",
                hint="one row per survey, wave, faculty and programme",
            )
            continue
        invited[key] = Invited(int(cells["invited"]), row.line)
    occurrences = [Occurrence(c, v, line) for (c, v), line in sorted(first_line.items())]
    if not isinstance(scanner, CellChecker):
        found = check_cells(name, occurrences, scanner or default_scanner())
        personal: Callable[[], list[Problem]] = lambda: found  # noqa: E731
    else:
        personal = scanner.check(name, occurrences)

    def confirm() -> None:
        for problem in personal():
            problems.add(problem.line or 0, problem.field or "", problem.message, problem.hint)
        problems.raise_if_any()

    if wait or problems.count:
        confirm()  # the file's own problems and its personal data, in one report
    return Population(invited, confirm)
