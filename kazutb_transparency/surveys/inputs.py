"""Reading the raw inputs of the aggregation: answers (R.csv), questionnaire (Q.yaml), population
(P.csv). Everything is refused with the file, line and field named; raw values that may be
personal (respondent tokens, free text) are never repeated in a message."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from kazutb_transparency.core.datafiles import display_path, load_yaml, read_csv, validate
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.surveys.codes import (
    HARD_TO_SAY,
    LEVELS,
    MAX_SCALE,
    MIN_SCALE,
    NOT_APPLICABLE,
    POPULATION_COLUMNS,
    RESPONSE_COLUMNS,
    TOKEN_RE,
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
_INTEGER = re.compile(r"^[0-9]+$")
# Exact cell texts accepted without further parsing, per scale (the fast path).
_ACCEPTED: dict[int, dict[str, int | None]] = {
    k: {str(n): n for n in range(1, k + 1)} | {"": None, NOT_APPLICABLE: None, HARD_TO_SAY: None}
    for k in range(MIN_SCALE, MAX_SCALE + 1)
}


class Answer(NamedTuple):
    """One answer after validation; `value` is None for na, dk and missing."""

    survey: str
    wave: str
    respondent: str
    faculty: str
    programme: str
    question: str
    value: int | None
    line: int


@dataclass(frozen=True)
class Responses:
    answers: list[Answer]  # de-duplicated, in file order
    duplicates: int  # rows dropped because a later row answered the same question again


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


class _Problems:
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


def _short(value: str) -> str:
    return value if len(value) <= 40 else value[:37] + "…"


def _check_unit_cells(line: int, faculty: str, programme: str, problems: _Problems) -> None:
    for column, value in (("faculty", faculty), ("programme", programme)):
        if value and not UNIT_CODE_RE.match(value):
            problems.add(
                line,
                column,
                "not a unit code",
                hint="use codes such as F1 or 6B04105 (letters, digits, '.', '_', '-')",
            )
    if programme and not faculty:
        problems.add(line, "faculty", "a programme needs its faculty", hint="fill in faculty")


def _parse_answer(raw: str, scale: int, line: int, problems: _Problems) -> int | None:
    value = raw.strip()
    if value in ("", NOT_APPLICABLE, HARD_TO_SAY):
        return None
    if _INTEGER.match(value):
        number = int(value)
        if 1 <= number <= scale:
            return number
        problems.add(
            line,
            "answer",
            f"answer {_short(value)} is outside 1..{scale}",
            hint=f"this question has a {scale}-point scale",
        )
        return None
    if value.lower() in (NOT_APPLICABLE, HARD_TO_SAY):
        problems.add(line, "answer", "write 'na' and 'dk' in lower case", hint="use 'na' or 'dk'")
        return None
    problems.add(
        line,
        "answer",
        "not an integer, 'na', 'dk' or empty: free-text answers are not accepted",
        hint="export open answers separately; they are never aggregated or published",
    )
    return None


def read_responses(
    path: Path,
    questionnaire: dict[str, SurveyQuestions],
    scanner: Scanner | None = None,
) -> Responses:
    """Validate R.csv row by row, check each distinct value for personal data, de-duplicate."""
    name = display_path(path)
    rows = read_csv(path, RESPONSE_COLUMNS)
    problems = _Problems(name)
    questions = {s: {q.id: q for q in entry.questions} for s, entry in questionnaire.items()}
    distinct: dict[tuple[str, str], int] = {}  # (column, value) → first line
    profile: dict[tuple[str, str, str], tuple[str, str, str, int]] = {}
    faculty_of: dict[tuple[str, str, str], tuple[str, int]] = {}
    latest: dict[tuple[str, str, str, str], Answer] = {}
    for row in rows:
        line, v = row.line, row.values
        survey, wave, respondent = v["survey"].strip(), v["wave"].strip(), v["respondent"].strip()
        level, faculty = v["level"].strip(), v["faculty"].strip()
        programme, question_id = v["programme"].strip(), v["question"].strip()
        known = questions.get(survey)
        question = known.get(question_id) if known is not None else None
        if question is None:
            _note(distinct, line, ("survey", survey), ("question", question_id))
            if known is None:
                problems.add(
                    line,
                    "survey",
                    f"unknown survey '{_short(survey)}'",
                    hint=f"known surveys: {', '.join(sorted(questionnaire))}",
                )
            else:
                problems.add(
                    line,
                    "question",
                    f"unknown question '{_short(question_id)}' of survey '{survey}'",
                    hint="use a question id of this survey in the questionnaire",
                )
            continue
        # Everything but the answer is about the respondent: check it once per respondent.
        first = profile.get((survey, wave, respondent))
        if first is None or first[:3] != (level, faculty, programme):
            _note(
                distinct,
                line,
                ("survey", survey),
                ("wave", wave),
                ("respondent", respondent),
                ("level", level),
                ("faculty", faculty),
                ("programme", programme),
            )
            _check_cells(line, wave, respondent, level, faculty, programme, problems)
        if first is None:
            profile[(survey, wave, respondent)] = (level, faculty, programme, line)
        elif first[:3] != (level, faculty, programme):
            problems.add(
                line,
                "respondent",
                f"the same respondent has another level/faculty/programme on line {first[3]}",
                hint="one respondent belongs to one unit within a survey wave",
            )
        if programme:
            owner = faculty_of.setdefault((survey, wave, programme), (faculty, line))
            if owner[0] != faculty:
                problems.add(
                    line,
                    "faculty",
                    f"programme {_short(programme)} is under faculty {_short(owner[0])} "
                    f"on line {owner[1]}",
                    hint="a programme belongs to one faculty within a survey wave",
                )
        raw = v["answer"]
        accepted = _ACCEPTED[question.scale]
        if raw in accepted:
            value = accepted[raw]
        else:
            value = _parse_answer(raw, question.scale, line, problems)
        latest[(survey, wave, respondent, question_id)] = Answer(
            survey, wave, respondent, faculty, programme, question_id, value, line
        )
    scan = scanner or default_scanner()
    occurrences = [
        Occurrence(column, value, line)
        for (column, value), line in sorted(distinct.items(), key=lambda item: item[1])
        if value
    ]
    for problem in check_cells(name, occurrences, scan):
        problems.add(problem.line or 0, problem.field or "", problem.message, problem.hint)
    problems.raise_if_any()
    answers = sorted(latest.values(), key=lambda a: a.line)
    return Responses(answers, duplicates=len(rows) - len(answers))


def _note(distinct: dict[tuple[str, str], int], line: int, *cells: tuple[str, str]) -> None:
    for cell in cells:
        distinct.setdefault(cell, line)


def _check_cells(
    line: int,
    wave: str,
    respondent: str,
    level: str,
    faculty: str,
    programme: str,
    problems: _Problems,
) -> None:
    """The cells that must be codes or tokens."""
    if not WAVE_RE.match(wave):
        problems.add(line, "wave", "wave must be written YYYY-MM", hint="e.g. 2024-06")
    if not TOKEN_RE.match(respondent):
        # The value is not repeated: a malformed token may be a name or an e-mail.
        problems.add(
            line,
            "respondent",
            "not an opaque respondent token",
            hint="4–64 latin letters and digits (both), '-' or '_', made by the survey system",
        )
    if level and level not in LEVELS:
        problems.add(
            line,
            "level",
            f"unknown level '{_short(level)}'",
            hint=f"one of: {', '.join(LEVELS)}, or empty",
        )
    _check_unit_cells(line, faculty, programme, problems)


def read_population(
    path: Path, questionnaire: dict[str, SurveyQuestions], scanner: Scanner | None = None
) -> dict[PopulationKey, Invited]:
    """P.csv: how many were invited per survey, wave and unit (empty unit = whole university)."""
    name = display_path(path)
    rows = read_csv(path, POPULATION_COLUMNS)
    problems = _Problems(name)
    invited: dict[PopulationKey, Invited] = {}
    first_line: dict[tuple[str, str], int] = {}
    for row in rows:
        cells = {column: row.values[column].strip() for column in POPULATION_COLUMNS}
        if cells["survey"] not in questionnaire:
            problems.add(
                row.line,
                "survey",
                f"unknown survey '{_short(cells['survey'])}'",
                hint=f"known surveys: {', '.join(sorted(questionnaire))}",
            )
            continue
        if not WAVE_RE.match(cells["wave"]):
            problems.add(row.line, "wave", "wave must be written YYYY-MM", hint="e.g. 2024-06")
        _check_unit_cells(row.line, cells["faculty"], cells["programme"], problems)
        for column in ("faculty", "programme"):
            if cells[column]:
                first_line.setdefault((column, cells[column]), row.line)
        if not _INTEGER.match(cells["invited"]) or int(cells["invited"]) < 1:
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
    scan = scanner or default_scanner()
    occurrences = [Occurrence(c, v, line) for (c, v), line in sorted(first_line.items())]
    for problem in check_cells(name, occurrences, scan):
        problems.add(problem.line or 0, problem.field or "", problem.message, problem.hint)
    problems.raise_if_any()
    return invited
