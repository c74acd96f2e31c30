"""R.csv, validated and de-duplicated, as arrays of codes: the answers the aggregation counts.

Every rule of the export is checked on whole columns (a value once per distinct value, a
row's consistency by group), and the problems are reported as a row-by-row reading reports
them: in file order, at most MAX_PROBLEMS, each with its line. Raw values that may be
personal (tokens, free text) are never repeated in a message.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kazutb_transparency.core.errors import Problem
from kazutb_transparency.organisation.structure import AcademicStructure
from kazutb_transparency.surveys.background import CellChecker
from kazutb_transparency.surveys.codes import (
    FACULTY_HINT,
    HARD_TO_SAY,
    LEVELS,
    NOT_APPLICABLE,
    PROGRAMME_HINT,
    RESPONSE_COLUMNS,
    TOKEN_RE,
    UNIT_CODE_RE,
    WAVE_RE,
)
from kazutb_transparency.surveys.inputs import (
    BAD_WAVE,
    INTEGER,
    MAX_PROBLEMS,
    NEEDS_FACULTY,
    NOT_A_UNIT,
    Problems,
    misplaced,
    short,
    unknown_survey,
)
from kazutb_transparency.surveys.models import Question, SurveyQuestions
from kazutb_transparency.surveys.personal_data import (
    Occurrence,
    Scanner,
)
from kazutb_transparency.surveys.reading import Coded, Column, Source, read_coded

# Columns noted for the personal-data check, in the order a row notes them.
NOTED = ("survey", "wave", "respondent", "level", "faculty", "programme", "question")
_HUGE = 1 << 30  # stands for any answer number above every scale


@dataclass(frozen=True)
class Answers:
    """The answers kept (each respondent's last row for each question), one array each."""

    waves: list[tuple[str, str]]  # code → (survey, wave)
    wave: np.ndarray
    respondent: np.ndarray  # one code per token
    faculties: list[str]  # code → faculty ("" for none)
    faculty: np.ndarray
    programmes: list[str]  # code → programme ("" for none)
    programme: np.ndarray
    questions: list[tuple[str, Question]]  # code → (survey, question)
    question: np.ndarray
    value: np.ndarray  # int8: the answer 1..k as given; 0 for na, dk and missing

    def __len__(self) -> int:
        return len(self.value)


@dataclass(frozen=True)
class Responses:
    answers: Answers
    duplicates: int  # rows dropped because a later row answered the same question again
    # Raises DataError if the personal-data check, still running, finds anything.
    confirm: Callable[[], None] = lambda: None


def first_rows(codes: np.ndarray) -> np.ndarray:
    """Where each code first appears, for codes numbered in that order (pd.factorize)."""
    if not len(codes):
        return np.zeros(0, np.int64)
    new = np.empty(len(codes), dtype=bool)
    new[0] = True
    new[1:] = codes[1:] > np.maximum.accumulate(codes)[:-1]
    return np.flatnonzero(new)


def groups(*columns: np.ndarray) -> np.ndarray:
    """One code per distinct combination of the columns, numbered in order of appearance."""
    import pandas as pd  # imported beside the reading of R.csv (pipeline.run)

    sizes = [int(column.max(initial=0)) + 1 for column in columns]
    combinations = math.prod(sizes)
    if combinations < 1 << 62:  # one number per combination: one hashing pass
        # In 32 bits when they fit (most exports): half the memory traffic, a faster hash.
        key = np.zeros(len(columns[0]), dtype=np.int32 if combinations < 1 << 31 else np.int64)
        for column, size in zip(columns, sizes, strict=True):
            key = key * size + column
        return pd.factorize(key)[0].astype(np.int64, copy=False)
    key = np.zeros(len(columns[0]), dtype=np.int64)
    for column, size in zip(columns, sizes, strict=True):
        key = pd.factorize(key * size + column)[0].astype(np.int64, copy=False)
    return key


def _lookup(column: Column, rule: Callable[[str], object], dtype: type = bool) -> np.ndarray:
    """rule(text) for every distinct text of the column, indexed by code."""
    return np.array([rule(v) for v in column.values], dtype=dtype)


def _parse(value: str) -> tuple[int, str]:
    """(number, problem) of an answer as _parse_answer reads it; number -1 for none."""
    value = value.strip()
    if value in ("", NOT_APPLICABLE, HARD_TO_SAY):
        return -1, ""
    if INTEGER.match(value):
        return min(int(value), _HUGE), ""
    return -1, "case" if value.lower() in (NOT_APPLICABLE, HARD_TO_SAY) else "text"


Say = Callable[[int, int], tuple[str, str | None]]  # (row, line of ref) → message, hint


@dataclass(frozen=True)
class _Rule:
    """Rows breaking one rule; `refs`: the earlier row each one contradicts, if any."""

    rank: int  # the rule's place among a row's checks
    field: str
    rows: np.ndarray
    say: Say
    refs: np.ndarray | None = None


class _Rows:
    """The columns of R.csv (stripped, as the rules read them) and how rows relate."""

    def __init__(self, coded: Coded, questionnaire: dict[str, SurveyQuestions]) -> None:
        self.coded = coded
        self.questionnaire = questionnaire
        self.col = {c: coded.columns[c].mapped(str.strip) for c in NOTED}
        self.answer = coded.columns["answer"]
        self.table = [(s, q) for s, entry in questionnaire.items() for q in entry.questions]
        self.item = self._items()
        self.known = np.flatnonzero(self.item >= 0)
        k = self.known
        # A respondent's level and unit within a survey wave: the first row sets them.
        self.profile = groups(*(self.col[c].codes[k] for c in ("survey", "wave", "respondent")))
        first = k[first_rows(self.profile)][self.profile]
        differs = np.zeros(len(k), dtype=bool)
        for c in ("level", "faculty", "programme"):
            codes = self.col[c].codes
            differs |= codes[k] != codes[first]
        self.first_of = first  # per known row
        self.differs = differs
        self.checked = np.zeros(len(coded), dtype=bool)  # rows whose profile is checked
        self.checked[k[first_rows(self.profile)]] = True
        self.checked[k[differs]] = True

    def release(self) -> None:
        """Drop what only the rules need, before the answers are kept."""
        del self.first_of, self.differs, self.checked

    def text(self, column: str, row: int) -> str:
        col = self.col[column] if column != "answer" else self.answer
        return col.values[col.codes[row]]

    def _items(self) -> np.ndarray:
        """Per row: its question's code ≥ 0, -1 for an unknown question, -2 unknown survey."""
        survey, question = self.col["survey"], self.col["question"]
        if not len(self.coded):
            return np.zeros(0, np.int32)
        index = {(s, q.id): i for i, (s, q) in enumerate(self.table)}
        pair = groups(survey.codes, question.codes)
        at = first_rows(pair)
        lookup = [
            index.get((survey.values[s], question.values[q]), -1)
            if survey.values[s] in self.questionnaire
            else -2
            for s, q in zip(survey.codes[at], question.codes[at], strict=True)
        ]
        return np.array(lookup, dtype=np.int32)[pair]

    def scale(self) -> np.ndarray:
        """Per row: the scale of its question (0 where unknown)."""
        scales = np.array([q.scale for _, q in self.table] + [0, 0], dtype=np.int64)
        return scales[self.item]


def _structure_rules(rows: _Rows, structure: AcademicStructure) -> list[_Rule]:
    """The units of the academic structure: a known faculty, a known programme, and the
    programme under the faculty its catalogue file names."""
    col, text = rows.col, rows.text
    faculties = {f.id for f in structure.faculties}
    faculty_of = structure.faculty_of
    faculty, programme = col["faculty"], col["programme"]
    unknown_faculty = _lookup(faculty, lambda v: bool(v) and v not in faculties)
    unknown_programme = _lookup(programme, lambda v: bool(v) and v not in faculty_of)
    # Per distinct programme: the code (in the faculty column) of its catalogue faculty;
    # -1 when that faculty never occurs in the column, so every row of it differs.
    faculty_code = {value: code for code, value in enumerate(faculty.values)}
    expected = np.array(
        [faculty_code.get(faculty_of.get(v, ""), -1) for v in programme.values], dtype=np.int64
    )
    placed = _lookup(programme, lambda v: v in faculty_of)[programme.codes]
    elsewhere = placed & (faculty.codes != expected[programme.codes]) & rows.checked
    elsewhere &= ~unknown_faculty[faculty.codes]
    return [
        _Rule(
            6,
            "faculty",
            np.flatnonzero(unknown_faculty[faculty.codes] & rows.checked),
            lambda r, _: (f"unknown faculty '{short(text('faculty', r))}'", FACULTY_HINT),
        ),
        _Rule(
            6,
            "programme",
            np.flatnonzero(unknown_programme[programme.codes] & rows.checked),
            lambda r, _: (f"unknown programme '{short(text('programme', r))}'", PROGRAMME_HINT),
        ),
        _Rule(
            6,
            "faculty",
            np.flatnonzero(elsewhere),
            lambda r, _: misplaced(text("programme", r), structure),
        ),
    ]


def _rules(rows: _Rows, structure: AcademicStructure | None = None) -> list[_Rule]:
    """Every rule R.csv must keep, with the rows breaking it, in a row's order of checks."""
    col, item, text = rows.col, rows.item, rows.text

    def cells(column: str, bad: Callable[[str], bool]) -> np.ndarray:
        """Rows whose profile is checked and whose `column` breaks `bad`."""
        return np.flatnonzero(_lookup(col[column], bad)[col[column].codes] & rows.checked)

    def fixed(message: tuple[str, str]) -> Say:
        return lambda row, line: message

    def is_unit(value: str) -> bool:
        return bool(value) and not UNIT_CODE_RE.match(value)

    has_programme = _lookup(col["programme"], bool)[col["programme"].codes]
    no_faculty = _lookup(col["faculty"], lambda v: not v)[col["faculty"].codes]
    known = rows.known
    return [
        _Rule(
            0,
            "survey",
            np.flatnonzero(item == -2),
            lambda r, _: unknown_survey(text("survey", r), rows.questionnaire),
        ),
        _Rule(
            0,
            "question",
            np.flatnonzero(item == -1),
            lambda r, _: (
                f"unknown question '{short(text('question', r))}' of survey '{text('survey', r)}'",
                "use a question id of this survey in the questionnaire",
            ),
        ),
        _Rule(1, "wave", cells("wave", lambda v: not WAVE_RE.match(v)), fixed(BAD_WAVE)),
        _Rule(
            2,
            "respondent",
            cells("respondent", lambda v: not TOKEN_RE.match(v)),
            # The value is not repeated: a malformed token may be a name or an e-mail.
            fixed(
                (
                    "not an opaque respondent token",
                    "4–64 latin letters and digits (both), '-' or '_', made by the survey system",
                )
            ),
        ),
        _Rule(
            3,
            "level",
            cells("level", lambda v: bool(v) and v not in LEVELS),
            lambda r, _: (
                f"unknown level '{short(text('level', r))}'",
                f"one of: {', '.join(LEVELS)}, or empty",
            ),
        ),
        _Rule(4, "faculty", cells("faculty", is_unit), fixed(NOT_A_UNIT)),
        _Rule(5, "programme", cells("programme", is_unit), fixed(NOT_A_UNIT)),
        _Rule(
            6,
            "faculty",
            np.flatnonzero(rows.checked & has_programme & no_faculty),
            fixed(NEEDS_FACULTY),
        ),
        _Rule(
            7,
            "respondent",
            known[rows.differs],
            lambda r, line: (
                f"the same respondent has another level/faculty/programme on line {line}",
                "one respondent belongs to one unit within a survey wave",
            ),
            rows.first_of[rows.differs],
        ),
        *(_structure_rules(rows, structure) if structure is not None else []),
        _owner_rule(rows, known[has_programme[known]]),
        _answer_rule(rows),
    ]


def _owner_rule(rows: _Rows, with_programme: np.ndarray) -> _Rule:
    """A programme belongs to the faculty of its first row within a survey wave."""
    col, text = rows.col, rows.text
    owner_group = groups(*(col[c].codes[with_programme] for c in ("survey", "wave", "programme")))
    owner = with_programme[first_rows(owner_group)][owner_group]
    faculty = col["faculty"].codes
    other = faculty[with_programme] != faculty[owner]

    def say(row: int, line: int) -> tuple[str, str]:
        owner_faculty = text("faculty", int(owner[np.searchsorted(with_programme, row)]))
        return (
            f"programme {short(text('programme', row))} is under faculty "
            f"{short(owner_faculty)} on line {line}",
            "a programme belongs to one faculty within a survey wave",
        )

    return _Rule(8, "faculty", with_programme[other], say, owner[other])


def _answer_rule(rows: _Rows) -> _Rule:
    """Answers: a whole number on the question's scale, na, dk or empty."""
    parsed = [_parse(v) for v in rows.answer.values]
    number = np.array([n for n, _ in parsed], dtype=np.int64)[rows.answer.codes]
    problem = np.array([p != "" for _, p in parsed], dtype=bool)[rows.answer.codes]
    scale = rows.scale()
    known = rows.item >= 0
    outside = known & (number >= 0) & ((number < 1) | (number > scale))
    broken = np.flatnonzero(outside | (known & problem))

    def say(row: int, _: int) -> tuple[str, str]:
        value = rows.text("answer", row).strip()
        kind = _parse(value)[1]
        if kind == "case":
            return "write 'na' and 'dk' in lower case", "use 'na' or 'dk'"
        if kind == "text":
            return (
                "not an integer, 'na', 'dk' or empty: free-text answers are not accepted",
                "export open answers separately; they are never aggregated or published",
            )
        k = int(scale[row])
        return f"answer {short(value)} is outside 1..{k}", f"this question has a {k}-point scale"

    return _Rule(9, "answer", broken, say)


def _noted(rows: _Rows) -> list[Occurrence]:
    """Distinct values for the personal-data check, each at the first row noting it: a row
    with an unknown question notes its survey and question, a row whose profile is checked
    its survey, wave, respondent, level, faculty and programme. `line` is the row index."""
    unknown = rows.item < 0
    found: list[tuple[int, int, str, str]] = []
    for rank, column in enumerate(NOTED):
        noting = np.zeros(len(rows.item), dtype=bool)
        if column in ("survey", "question"):
            noting |= unknown
        if column != "question":
            noting |= rows.checked
        at = np.flatnonzero(noting)
        col = rows.col[column]
        codes, first = np.unique(col.codes[at], return_index=True)
        for code, row in zip(codes, at[first], strict=True):
            if value := col.values[code]:
                found.append((int(row), rank, column, value))
    found.sort()
    return [Occurrence(column, value, row) for row, _, column, value in found]


def _report(source: Source, rules: list[_Rule], personal: list[Problem]) -> None:
    """Raise DataError with the problems in the order a row-by-row reading finds them: the
    rows' own, in file order, then the values that look personal (at their first row)."""
    total = sum(len(rule.rows) for rule in rules)
    candidates = sorted(
        (int(row), rule.rank, index, position)
        for index, rule in enumerate(rules)
        for position, row in enumerate(rule.rows[:MAX_PROBLEMS])
    )[:MAX_PROBLEMS]
    if not candidates and not personal:
        return
    refs = {
        (index, position): int(rules[index].refs[position])
        for _, _, index, position in candidates
        if rules[index].refs is not None
    }
    lines = source.lines(
        [c[0] for c in candidates] + list(refs.values()) + [p.line or 0 for p in personal]
    )
    problems = Problems(source.file)
    for row, _, index, position in candidates:
        rule = rules[index]
        ref = refs.get((index, position))
        message, hint = rule.say(row, lines[ref] if ref is not None else 0)
        problems.add(lines[row], rule.field, message, hint)
    for problem in personal:
        problems.add(lines[problem.line or 0], problem.field or "", problem.message, problem.hint)
    problems.hidden += total - len(candidates)
    problems.raise_if_any()


def _kept(rows: _Rows) -> Responses:
    """The last row of each respondent and question, as Answers."""
    import pandas as pd

    col = rows.col
    width = len(rows.table) + 1
    key = rows.profile * width + rows.item
    if (int(rows.profile.max(initial=0)) + 1) * width < 1 << 31:
        key = key.astype(np.int32)  # a faster hash, as in groups
    keep = ~pd.Series(key).duplicated(keep="last").to_numpy()
    numbers = np.array([_parse(v)[0] for v in rows.answer.values], dtype=np.int64)
    value = numbers[rows.answer.codes[keep]]
    scale = rows.scale()[keep]
    survey, wave = col["survey"].codes[keep], col["wave"].codes[keep]
    pair = groups(survey, wave)
    answers = Answers(
        waves=[
            (col["survey"].values[survey[i]], col["wave"].values[wave[i]]) for i in first_rows(pair)
        ],
        wave=pair.astype(np.int32),
        respondent=col["respondent"].codes[keep],
        faculties=col["faculty"].values,
        faculty=col["faculty"].codes[keep],
        programmes=col["programme"].values,
        programme=col["programme"].codes[keep],
        questions=rows.table,
        question=rows.item[keep],
        value=np.where((value >= 1) & (value <= scale), value, 0).astype(np.int8),
    )
    return Responses(answers, duplicates=len(key) - int(keep.sum()))


def read_responses(
    path: Path,
    questionnaire: dict[str, SurveyQuestions],
    scanner: Scanner | CellChecker | None = None,
    wait: bool = True,
    structure: AcademicStructure | None = None,
) -> Responses:
    """Validate R.csv, check each distinct value for personal data, keep each respondent's
    last answer to each question. Raises DataError naming every bad row (up to 200).

    With wait=False the personal-data check may still run (on its thread) when this
    returns: call `confirm()` on the result before using anything made from it. With a
    `structure`, every faculty and programme must be one of it, in its place."""
    owned = not isinstance(scanner, CellChecker)
    checker = CellChecker(scanner) if not isinstance(scanner, CellChecker) else scanner
    try:
        rows = _Rows(read_coded(path, RESPONSE_COLUMNS), questionnaire)
        rules = _rules(rows, structure)
        source = rows.coded.source
        personal = checker.check(source.file, _noted(rows))
        if any(len(rule.rows) for rule in rules):
            _report(source, rules, personal())
        del rules
        rows.release()
        kept = _kept(rows)
    except BaseException:
        if owned:
            checker.close()
        raise

    def confirm() -> None:
        try:
            _report(source, [], personal())
        finally:
            if owned:
                checker.close()

    if wait:
        confirm()
    return Responses(kept.answers, kept.duplicates, confirm)
