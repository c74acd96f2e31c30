"""Seeded synthetic answers for the nine surveys: the demonstration data of the site.

The answers are invented (no person behind any token) but shaped like real ones: programmes
of very different sizes, response rates from low to high, some questions not applicable,
"hard to say" and skipped answers, reverse-worded items, a few repeated submissions. They are
written to a temporary folder and fed to the real aggregation; only the aggregated,
suppressed indicators are committed. Who is invited — the students, graduates and teaching
staff of each programme and faculty — comes from the demonstration university
(core/demo_university.py), the model the applicants' sample files are written from.

Only `random.random()`, additions and multiplications are used, so the same seed gives the
same files on every machine and Python 3 version.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass
from pathlib import Path

from kazutb_transparency.core.demo_university import University, academic_year_of_wave
from kazutb_transparency.organisation.structure import AcademicStructure
from kazutb_transparency.surveys.codes import POPULATION_COLUMNS, RESPONSE_COLUMNS
from kazutb_transparency.surveys.models import SurveyQuestions


@dataclass(frozen=True)
class Design:
    waves: tuple[str, ...]
    people: str  # which population answers: students, graduates, teachers, admin, ...
    level: str
    units: str  # finest unit recorded: programme, faculty or none
    rate: float  # typical response rate
    mood: float  # typical attitude (latent mean): ~0.9 gives ~70 % positive answers
    trend: float  # change of the mood per wave


def _waves(first_year: int, months: tuple[str, ...], count: int = 5) -> tuple[str, ...]:
    out = []
    year, index = first_year, 0
    while len(out) < count:
        out.append(f"{year}-{months[index]}")
        index += 1
        if index == len(months):
            index, year = 0, year + 1
    return tuple(out)


DESIGNS: dict[str, Design] = {
    "student-satisfaction": Design(
        _waves(2024, ("06", "12")), "students", "bachelor", "programme", 0.55, 0.95, 0.05
    ),
    "academic-integrity": Design(
        ("2024-06", "2025-01", "2025-06", "2026-01", "2026-06"),
        "students",
        "bachelor",
        "programme",
        0.42,
        0.85,
        0.03,
    ),
    "teacher-evaluation": Design(
        _waves(2022, ("04",)), "students", "bachelor", "programme", 0.62, 1.15, 0.02
    ),
    "teaching-staff": Design(
        _waves(2024, ("06", "12")), "teachers", "teacher", "faculty", 0.70, 0.75, -0.04
    ),
    "graduates": Design(
        _waves(2022, ("06",)), "graduates", "graduate", "programme", 0.40, 0.90, 0.04
    ),
    "employers": Design(_waves(2022, ("06",)), "employers", "employer", "none", 0.31, 1.0, 0.0),
    "admin-staff": Design(_waves(2021, ("12",)), "admin", "staff", "none", 0.75, 0.6, 0.04),
    "wellbeing": Design(
        _waves(2021, ("11",)), "students", "bachelor", "programme", 0.24, 0.55, -0.02
    ),
    "additional-education": Design(
        _waves(2021, ("12",)), "listeners", "listener", "none", 0.45, 1.3, 0.0
    ),
}

# How many are invited comes from the demonstration university (core/demo_university.py),
# the model the applicants' sample files are written from: the students enrolled in the
# wave's academic year, the graduates of the wave's year, the faculty's teaching staff, each
# less a few who cannot be reached. Here only each programme's response propensity and mood
# (invented); a programme not listed here gets the default.
PROGRAMMES: dict[str, tuple[float, float]] = {
    "6B02101": (1.0, 0.2),
    "6B02102": (1.0, 0.1),
    "6B02103": (1.2, 0.3),
    "6B02104": (0.9, 0.0),
    "6B04103": (1.0, 0.1),
    "6B04105": (1.1, 0.0),
    "6B04107": (1.0, 0.05),
    "6B04108": (0.9, 0.15),
    "6B04110": (0.5, -0.1),
    "6B05112": (1.0, 0.1),
    "6B05213": (1.0, 0.0),
    "6B06114": (1.0, 0.1),
    "6B06115": (0.9, 0.0),
    "6B07116": (0.8, -0.1),
    "6B07117": (0.9, -0.05),
    "6B07218": (1.0, 0.0),
    "6B07219": (0.8, -0.1),
    "6B07220": (1.0, 0.0),
    "6B07222": (1.0, 0.05),
    "6B07223": (1.0, 0.0),
    "6B07224": (1.1, -0.2),
    "6B07231": (0.9, -0.1),
    "6B07525": (1.0, 0.1),
    "6B11126": (1.0, -0.25),
    "6B11127": (1.0, -0.15),
    "6B11128": (1.0, 0.0),
    "6B11129": (0.9, -0.1),
    "6B11230": (1.1, 0.0),
}
DEFAULT_PROGRAMME = (1.0, 0.0)
FACULTY_MOOD = {
    "technology": -0.1,
    "economics-business": 0.05,
    "information-technology": 0.15,
    "design-service": -0.2,
}
OTHERS = {"admin": 140, "employers": 110, "listeners": 80}
# Blocks that fare worse in one faculty: something for the actions page to act on.
WEAK_BLOCKS = {
    ("conditions", "design-service"): -0.6,
    ("workload", "technology"): -0.5,
    ("career", "design-service"): -0.4,
    ("climate", "design-service"): -0.4,
}
# Where the demonstration actions need a figure below its threshold: (survey, wave or "" for
# every wave, faculty or "" for everyone) → a shift of the mood.
DIPS = {
    ("employers", "2025-06", ""): -0.6,
    ("teacher-evaluation", "", "design-service"): -0.5,
}
NOT_APPLICABLE, HARD_TO_SAY, SKIPPED, RESUBMITTED = 0.02, 0.03, 0.02, 0.004
_TOKEN_LETTERS = "abcdefghjkmnpqrstuvwxyz"
_TOKEN_DIGITS = "23456789"


@dataclass(frozen=True)
class Person:
    token: str
    faculty: str = ""
    programme: str = ""


@dataclass
class Sample:
    responses: list[list[str]]
    population: list[list[str]]


class _Random:
    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._tokens: set[str] = set()

    def uniform(self) -> float:
        return self._rng.random()

    def normal(self) -> float:
        # Irwin–Hall: four uniforms, centred and scaled to unit variance; near-normal enough.
        r = self._rng.random
        return (r() + r() + r() + r() - 2.0) * 1.7320508075688772

    def token(self) -> str:
        # Alternating letters and digits: never a word, a name or a phone-like digit run.
        while True:
            chars = [
                alphabet[int(self._rng.random() * len(alphabet))]
                for alphabet in (_TOKEN_LETTERS, _TOKEN_DIGITS) * 5
            ]
            token = "r" + "".join(chars)
            if token not in self._tokens:
                self._tokens.add(token)
                return token


def _answer(x: float, scale: int, reversed_item: bool) -> int:
    share = 0.5 + x / (2.0 * (1.0 + abs(x)))  # a smooth map of the real line onto (0, 1)
    value = 1 + min(scale - 1, int(share * scale))
    return scale + 1 - value if reversed_item else value


class _Generator:
    def __init__(
        self,
        questionnaire: dict[str, SurveyQuestions],
        structure: AcademicStructure,
        seed: int,
        university: University,
    ) -> None:
        self.questionnaire = questionnaire
        self.rng = _Random(seed)
        self.university = university
        self.faculty_of = structure.faculty_of
        # Every programme and faculty of the structure, in its order.
        self.programmes = {
            p.code: PROGRAMMES.get(p.code, DEFAULT_PROGRAMME)
            for f in structure.faculties
            for p in f.programmes
        }
        self.faculties = [f.id for f in structure.faculties]
        # The same people from wave to wave: as many as the largest year needs.
        years = {
            academic_year_of_wave(wave)
            for design in DESIGNS.values()
            if design.people in ("students", "teachers")
            for wave in design.waves
        }
        self.students = {
            code: [
                Person(self.rng.token(), self.faculty_of[code], code)
                for _ in range(max(university.students(code, y) for y in years) + 4)
            ]
            for code in self.programmes
        }
        self.teachers = {
            faculty: [
                Person(self.rng.token(), faculty)
                for _ in range(max(university.teachers(faculty, y) for y in years) + 3)
            ]
            for faculty in self.faculties
        }
        self.fixed = {
            people: [Person(self.rng.token()) for _ in range(OTHERS[people] + 5)]
            for people in ("admin", "employers")
        }
        self.question_effect = {
            (survey, q.id): 0.6 * (self.rng.uniform() - 0.5)
            for survey, entry in questionnaire.items()
            for q in entry.questions
        }
        self.sample = Sample([], [])

    def invited(self, design: Design, wave: str) -> list[Person]:
        """Who is invited: never more than the model has (a few cannot be reached)."""

        def some(people: list[Person], size: int) -> list[Person]:
            return people[: int(size * (0.94 + 0.06 * self.rng.uniform()))]

        year = academic_year_of_wave(wave)
        if design.people == "students":
            return [
                p
                for code in self.programmes
                for p in some(self.students[code], self.university.students(code, year))
            ]
        if design.people == "graduates":  # this year's graduates (the survey is in May–June)
            return [
                Person(self.rng.token(), self.faculty_of[code], code)
                for code in self.programmes
                for _ in range(
                    int(
                        self.university.graduates(code, int(wave[:4]))
                        * (0.9 + 0.1 * self.rng.uniform())
                    )
                )
            ]
        if design.people == "teachers":
            return [
                p
                for f in self.faculties
                for p in some(self.teachers[f], self.university.teachers(f, year))
            ]
        if design.people == "listeners":
            size = int(OTHERS["listeners"] * (0.6 + 0.6 * self.rng.uniform()))
            return [Person(self.rng.token()) for _ in range(size)]
        return some(self.fixed[design.people], OTHERS[design.people])

    def wave(self, survey: str, design: Design, index: int, wave: str) -> None:
        people = self.invited(design, wave)
        record_faculty = design.units in ("programme", "faculty")
        record_programme = design.units == "programme"
        counts: dict[tuple[str, str], int] = {}
        for person in people:
            faculty = person.faculty if record_faculty else ""
            programme = person.programme if record_programme else ""
            for key in {("", ""), (faculty, ""), (faculty, programme)}:
                counts[key] = counts.get(key, 0) + 1
            propensity = self.programmes[person.programme][0] if person.programme else 1.0
            rate = design.rate * propensity * (0.85 + 0.3 * self.rng.uniform())
            if self.rng.uniform() >= rate:
                continue
            mood = design.mood + design.trend * index + 0.6 * self.rng.normal()
            mood += FACULTY_MOOD.get(person.faculty, 0.0)
            mood += DIPS.get((survey, wave, ""), 0.0) + DIPS.get((survey, "", person.faculty), 0.0)
            mood += self.programmes[person.programme][1] if person.programme else 0.0
            if self.rng.uniform() < RESUBMITTED:
                self.answers(survey, wave, design, person, faculty, programme, mood - 0.5)
            self.answers(survey, wave, design, person, faculty, programme, mood)
        for (faculty, programme), count in sorted(counts.items()):
            self.sample.population.append([survey, wave, faculty, programme, str(count)])

    def answers(
        self,
        survey: str,
        wave: str,
        design: Design,
        person: Person,
        faculty: str,
        programme: str,
        mood: float,
    ) -> None:
        for question in self.questionnaire[survey].questions:
            draw = self.rng.uniform()
            x = mood + self.question_effect[(survey, question.id)] + 0.9 * self.rng.normal()
            x += WEAK_BLOCKS.get((question.block, person.faculty), 0.0)
            if draw < NOT_APPLICABLE:
                answer = "na"
            elif draw < NOT_APPLICABLE + HARD_TO_SAY:
                answer = "dk"
            elif draw < NOT_APPLICABLE + HARD_TO_SAY + SKIPPED:
                answer = ""
            else:
                answer = str(_answer(x, question.scale, question.reversed))
            self.sample.responses.append(
                [survey, wave, person.token, design.level, faculty, programme, question.id, answer]
            )


def generate(
    questionnaire: dict[str, SurveyQuestions],
    structure: AcademicStructure,
    seed: int,
    university: University,
) -> Sample:
    """All answers and invitation counts for the programmes and faculties of `structure`,
    in a fixed order; how many are invited comes from the demonstration `university`."""
    generator = _Generator(questionnaire, structure, seed, university)
    for survey in sorted(DESIGNS):
        design = DESIGNS[survey]
        for index, wave in enumerate(design.waves):
            generator.wave(survey, design, index, wave)
    return generator.sample


def _csv(header: tuple[str, ...], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def write_sample(sample: Sample, directory: Path) -> tuple[Path, Path]:
    """Write R.csv and P.csv into `directory` (a temporary folder: never commit them)."""
    directory.mkdir(parents=True, exist_ok=True)
    responses, population = directory / "R.csv", directory / "P.csv"
    responses.write_text(_csv(RESPONSE_COLUMNS, sample.responses), encoding="utf-8")
    population.write_text(_csv(POPULATION_COLUMNS, sample.population), encoding="utf-8")
    return responses, population
