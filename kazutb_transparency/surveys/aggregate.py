"""From validated answers to indicator cells: counts per survey, wave, unit and question/block.

Each cell keeps its respondents' (internal) ids: suppression needs them, publication never
sees them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.surveys.codes import OVERALL, is_positive
from kazutb_transparency.surveys.inputs import Answer, Invited, PopulationKey
from kazutb_transparency.surveys.models import SurveyQuestions

Key = tuple[str, str, str, str, str, str]  # survey, wave, unit_type, unit, block, question
UnitKey = tuple[str, str]  # unit_type, unit
ItemKey = tuple[str, str]  # block, question
UNIVERSITY: UnitKey = ("university", "")


@dataclass
class Cell:
    respondents: set[int] = field(default_factory=set)
    valid: int = 0
    positives: int = 0
    invited: int | None = None
    suppression: str = ""  # "", "primary" or "secondary"

    @property
    def n(self) -> int:
        return len(self.respondents)

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


def _waves(
    answers: list[Answer],
    questionnaire: dict[str, SurveyQuestions],
    population: dict[PopulationKey, Invited],
    population_file: str,
) -> list[Wave]:
    units: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)  # programme → faculty
    faculties: dict[tuple[str, str], set[str]] = defaultdict(set)
    asked: dict[tuple[str, str], set[str]] = defaultdict(set)
    for answer in answers:
        sw = (answer.survey, answer.wave)
        asked[sw].add(answer.question)
        if answer.faculty:
            faculties[sw].add(answer.faculty)
        if answer.programme:
            units[sw][answer.programme] = answer.faculty
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


def aggregate(
    answers: list[Answer],
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
    ids: dict[str, int] = {}
    # The cells an answer counts in depend only on where it comes from: resolve them once.
    targets: dict[tuple[str, str, str, str, str], tuple[list[Cell], int, bool]] = {}
    lookup = {s: {q.id: q for q in entry.questions} for s, entry in questionnaire.items()}
    for answer in answers:
        if answer.value is None:
            continue  # na, dk and missing are excluded everywhere
        where = (answer.survey, answer.wave, answer.faculty, answer.programme, answer.question)
        if where not in targets:
            question = lookup[answer.survey][answer.question]
            units: list[UnitKey] = [UNIVERSITY]
            if answer.faculty:
                units.append(("faculty", answer.faculty))
            if answer.programme:
                units.append(("programme", answer.programme))
            items = ((question.block, question.id), (question.block, ""), (OVERALL, ""))
            found = [cells[(answer.survey, answer.wave, *u, *i)] for u in units for i in items]
            targets[where] = (found, question.scale, question.reversed)
        found, scale, reversed_item = targets[where]
        value = scale + 1 - answer.value if reversed_item else answer.value
        positive = is_positive(value, scale)
        who = ids.setdefault(answer.respondent, len(ids))
        for cell in found:
            cell.respondents.add(who)
            cell.valid += 1
            cell.positives += positive
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
    return Aggregate(waves, cells)
