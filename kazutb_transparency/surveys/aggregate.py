"""From validated answers to indicator cells: counts per survey, wave, unit and question/block.

Answers are counted once, by group-bys over whole columns, at the finest level (survey wave,
faculty, programme, question, scale point); units and blocks are sums of those counts, and
respondents are counted as distinct (wave, respondent[, block]) pairs. Cells keep counts
only: suppression asks `Respondents` when it must count several hidden cells' respondents
together, and publication never sees either.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.surveys.codes import OVERALL
from kazutb_transparency.surveys.inputs import Invited, PopulationKey
from kazutb_transparency.surveys.models import SurveyQuestions
from kazutb_transparency.surveys.respondents import Respondents
from kazutb_transparency.surveys.responses import Answers, first_rows, groups

Key = tuple[str, str, str, str, str, str]  # survey, wave, unit_type, unit, block, question
UnitKey = tuple[str, str]  # unit_type, unit
ItemKey = tuple[str, str]  # block, question
UNIVERSITY: UnitKey = ("university", "")


@dataclass
class Cell:
    n: int = 0  # respondents with at least one valid answer in the cell's scope
    valid: int = 0
    positives: int = 0
    invited: int | None = None
    suppression: str = ""  # "", "primary" or "secondary"
    points: list[int] = field(default_factory=list)  # a question's answers at 1..k, reversed

    @property
    def suppressed(self) -> bool:
        return bool(self.suppression)


@dataclass(frozen=True)
class Wave:
    """The units and items of one survey wave: the grid every cell of the wave lies on."""

    survey: str
    wave: str
    faculties: tuple[str, ...]
    programmes: dict[str, str]  # programme → faculty
    blocks: dict[str, tuple[str, ...]]  # block → its questions present in the wave

    def units(self) -> list[UnitKey]:
        return [
            UNIVERSITY,
            *(("faculty", f) for f in self.faculties),
            *(("programme", p) for p in sorted(self.programmes)),
        ]

    def items(self) -> list[ItemKey]:
        items: list[ItemKey] = [(OVERALL, "")]
        for block, questions in self.blocks.items():
            items.append((block, ""))
            items.extend((block, q) for q in questions)
        return items

    def key(self, unit: UnitKey, item: ItemKey) -> Key:
        return (self.survey, self.wave, *unit, *item)


@dataclass(frozen=True)
class Aggregate:
    waves: list[Wave]
    cells: dict[Key, Cell]
    answers: Answers

    @cached_property
    def respondents(self) -> Respondents:
        """Indexed only if suppression needs it (several hidden cells of one unit)."""
        return Respondents(self.answers)

    def together(self, keys: list[Key]) -> int:
        """The respondents of several cells of one unit and wave, each counted once."""
        a = self.answers
        survey, wave, unit_type, unit = keys[0][:4]
        code = a.waves.index((survey, wave)) if (survey, wave) in a.waves else -1
        if code < 0:
            return 0
        names = {"faculty": a.faculties, "programme": a.programmes}.get(unit_type, [""])
        where = (unit_type, names.index(unit) if unit in names else -1)
        wanted = {(k[4], k[5]) for k in keys}
        questions = [
            i
            for i, (s, q) in enumerate(a.questions)
            if s == survey and ((q.block, q.id) in wanted or (q.block, "") in wanted)
        ]
        return self.respondents.count(code, where, questions)


def _waves(
    answers: Answers,
    questionnaire: dict[str, SurveyQuestions],
    population: dict[PopulationKey, Invited],
    population_file: str,
) -> list[Wave]:
    units: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)  # programme → faculty
    faculties: dict[tuple[str, str], set[str]] = defaultdict(set)
    asked: dict[tuple[str, str], set[str]] = defaultdict(set)
    a = answers
    for row in first_rows(groups(a.wave, a.question)):
        asked[a.waves[a.wave[row]]].add(a.questions[a.question[row]][1].id)
    for row in first_rows(groups(a.wave, a.faculty, a.programme)):
        sw = a.waves[a.wave[row]]
        faculty, programme = a.faculties[a.faculty[row]], a.programmes[a.programme[row]]
        if faculty:
            faculties[sw].add(faculty)
        if programme:
            units[sw][programme] = faculty
    problems = []
    for (survey, wave, faculty, programme), invited in population.items():
        sw = (survey, wave)
        if faculty:
            faculties[sw].add(faculty)
        if programme:
            known = units[sw].setdefault(programme, faculty)
            if known != faculty:
                problems.append(
                    Problem(
                        population_file,
                        f"programme {programme} is under faculty {known} in the answers",
                        record=f"row {invited.line}",
                        field="faculty",
                        line=invited.line,
                    )
                )
        asked.setdefault(sw, set())
    if problems:
        raise DataError(problems)
    waves = []
    for survey, wave in sorted(asked):
        entry = questionnaire[survey]
        present = asked[(survey, wave)] or {q.id for q in entry.questions}
        blocks: dict[str, tuple[str, ...]] = {}
        for block in entry.block_ids():
            questions = tuple(q.id for q in entry.questions if q.block == block and q.id in present)
            if questions:
                blocks[block] = questions
        waves.append(
            Wave(
                survey,
                wave,
                tuple(sorted(faculties[(survey, wave)])),
                dict(sorted(units[(survey, wave)].items())),
                blocks,
            )
        )
    return waves


def _population_key(wave: Wave, unit: UnitKey) -> PopulationKey:
    kind, code = unit
    if kind == "faculty":
        return (wave.survey, wave.wave, code, "")
    if kind == "programme":
        return (wave.survey, wave.wave, wave.programmes[code], code)
    return (wave.survey, wave.wave, "", "")


Frame = dict[str, np.ndarray]  # equal-length integer columns by name
# Above this many combinations (or four per row), grouping sorts instead of counting into
# one slot per combination.
_DENSE_SLOTS = 1 << 22


def _summed(columns: list[np.ndarray], weights: list[np.ndarray]) -> tuple[list, list]:
    """Per distinct combination of the integer `columns` (weights[0] positive on every row,
    so a combination is present when its first sum is), the combination's values and the
    sums of each weight: lists of Python ints, one column each."""
    sizes = [int(c.max(initial=0)) + 1 for c in columns]
    if not len(columns[0]):
        return [[] for _ in columns], [[] for _ in weights]
    key = np.ravel_multi_index(columns, sizes)
    slots = math.prod(sizes)
    if slots <= max(_DENSE_SLOTS, 4 * len(key)):
        sums = [np.bincount(key, weights=w, minlength=slots) for w in weights]
        present = np.flatnonzero(sums[0])
        sums = [total[present] for total in sums]
    else:
        present, slot = np.unique(key, return_inverse=True)
        sums = [np.bincount(slot, weights=w, minlength=len(present)) for w in weights]
    values = np.unravel_index(present, sizes)
    # float sums of integers below 2**53 are exact
    return [v.tolist() for v in values], [t.astype(np.int64).tolist() for t in sums]


def _rolled(
    frame: Frame, none: dict[str, int], by: list[str], measures: list[str]
) -> Iterator[tuple[str, Iterator[tuple]]]:
    """(unit type, rows) for the leaf counts of `frame` summed per university, faculty and
    programme; a row is (wave, unit code, *by, *measures)."""
    for kind in ("university", "faculty", "programme"):
        if kind == "university":
            part = frame
            unit = np.zeros(len(frame["wave"]), dtype=np.int64)
        else:
            keep = frame[kind] != none[kind]
            part = {name: column[keep] for name, column in frame.items()}
            unit = part[kind]
        keys, sums = _summed(
            [part["wave"], unit, *(part[b] for b in by)], [part[m] for m in measures]
        )
        yield kind, zip(*keys, *sums, strict=True)


def _counted(frame: Frame, by: list[str]) -> Frame:
    """The rows of `frame` counted per distinct combination of the columns `by`."""
    keys, (count,) = _summed([frame[b] for b in by], [np.ones(len(frame[by[0]]))])
    out = {b: np.array(k, dtype=np.int64) for b, k in zip(by, keys, strict=True)}
    out["count"] = np.array(count, dtype=np.int64)
    return out


def _first_of(frame: Frame, by: list[str]) -> Frame:
    """The first row of each distinct combination of the columns `by`."""
    sizes = [int(frame[b].max(initial=0)) + 1 for b in by]
    key = np.ravel_multi_index([frame[b] for b in by], sizes)
    _, first = np.unique(key, return_index=True)
    first.sort()
    return {name: column[first] for name, column in frame.items()}


def _leaves(answers: Answers) -> tuple[Frame, Frame, Frame]:
    """At the finest level, leaf = (wave, faculty, programme): valid answers per leaf,
    question and scale point after reverse coding; respondents per leaf and block; per leaf."""
    a = answers
    valid = a.value > 0
    scale = np.array([q.scale for _, q in a.questions], dtype=np.int16)
    flip = np.array([q.reversed for _, q in a.questions], dtype=bool)
    block_of = _block_codes(a)
    question = a.question[valid]
    value = a.value[valid].astype(np.int16)
    leaf = {"wave": a.wave[valid], "faculty": a.faculty[valid], "programme": a.programme[valid]}
    point = np.where(flip[question], scale[question] + 1 - value, value)
    answered = {**leaf, "question": question, "point": point}
    points = _counted(answered, [*leaf, "question", "point"])
    q = points["question"]
    top = (2 * scale + 4) // 5  # codes.positive_points, on arrays
    positive = points["point"] > scale[q] - top[q]
    points["positives"] = np.where(positive, points["count"], 0)
    points["block"] = block_of[q]
    people = {**leaf, "respondent": a.respondent[valid], "block": block_of[question]}
    by_block = _counted(_first_of(people, ["wave", "respondent", "block"]), [*leaf, "block"])
    overall = _counted(_first_of(people, ["wave", "respondent"]), list(leaf))
    return points, by_block, overall


def _block_codes(answers: Answers) -> np.ndarray:
    """Per question code, a code of its (survey, block)."""
    blocks: dict[tuple[str, str], int] = {}
    return np.array(
        [blocks.setdefault((s, q.block), len(blocks)) for s, q in answers.questions],
        dtype=np.int32,
    )


def _fill(cells: dict[Key, Cell], answers: Answers) -> None:
    """Put the counts of the answers into the cells of the grid."""
    a = answers
    none = {
        "faculty": a.faculties.index("") if "" in a.faculties else -1,
        "programme": a.programmes.index("") if "" in a.programmes else -1,
    }
    names = {"university": [""], "faculty": a.faculties, "programme": a.programmes}
    blocks = _block_codes(a).tolist()
    block_item = {code: (q.block, "") for code, (_, q) in zip(blocks, a.questions, strict=True)}
    item_of = {
        "question": [(q.block, q.id) for _, q in a.questions],
        "block": [block_item[code] for code in range(max(blocks) + 1)],
    }

    def found(frame: Frame, item: str, measures: list[str], by: tuple = ()):
        """(cell, row) for each cell with counts: row = (wave, unit, [item], *by, *measures)."""
        for kind, rows in _rolled(frame, none, [item, *by] if item else [*by], measures):
            units = names[kind]
            for row in rows:
                where = item_of[item][row[2]] if item else (OVERALL, "")
                yield cells[(*a.waves[row[0]], kind, units[row[1]], *where)], row

    points, by_block, overall = _leaves(answers)
    for item in ("question", "block", ""):
        for cell, row in found(points, item, ["count", "positives"]):
            cell.valid, cell.positives = row[-2], row[-1]
            if item == "question":
                cell.n = cell.valid  # one answer per respondent and question
    for cell, (_, _, question, point, count) in found(points, "question", ["count"], ("point",)):
        if not cell.points:
            cell.points = [0] * a.questions[question][1].scale
        cell.points[point - 1] = count
    for frame, item in ((by_block, "block"), (overall, "")):
        for cell, row in found(frame, item, ["count"]):
            cell.n = row[-1]


def aggregate(
    answers: Answers,
    questionnaire: dict[str, SurveyQuestions],
    population: dict[PopulationKey, Invited],
    population_file: str = "P.csv",
) -> Aggregate:
    """Count valid and positive answers and respondents in every cell of every wave's grid."""
    waves = _waves(answers, questionnaire, population, population_file)
    cells: dict[Key, Cell] = {}
    for wave in waves:
        for unit in wave.units():
            invited = population.get(_population_key(wave, unit))
            for item in wave.items():
                cells[wave.key(unit, item)] = Cell(invited=invited.count if invited else None)
    _fill(cells, answers)
    problems = []
    for wave in waves:
        for unit in wave.units():
            cell = cells[wave.key(unit, (OVERALL, ""))]
            if cell.invited is not None and cell.n > cell.invited:
                invited = population[_population_key(wave, unit)]
                problems.append(
                    Problem(
                        population_file,
                        f"{cell.n} respondents answered but only {cell.invited} were invited "
                        f"({wave.survey} {wave.wave} {unit[0]} {unit[1]})".rstrip(),
                        record=f"row {invited.line}",
                        field="invited",
                        line=invited.line,
                        hint="check the invited count against the answers export",
                    )
                )
    if problems:
        raise DataError(problems)
    return Aggregate(waves, cells, answers)
