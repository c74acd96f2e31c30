"""The demonstration university: one model behind the sample data of every domain.

The sample files of data/ are all drawn from this model, so that the default site tells
one story instead of one per script:

    a programme's yearly intake (grant + fee-paying)
      → its group's places (grants + paid places), applicants and admitted (the sum of the
        group's programmes)
      → students by year of study: year 1 is the year's intake, year k + 1 next year is
        year k less those who left (never more)
      → graduates: the final year's students of the academic year before, less those who
        did not finish; employed: a share of them
      → cohorts followed from entry: completed = the cohort's graduates
      → survey invitations: the students enrolled in the wave's academic year, the
        graduates of the wave's year, the faculty's teaching staff (never more than there
        are); respondents are drawn from those invited
    a faculty's figures are the sums of its programmes'; teaching staff follow the
    faculty's students (a student–staff ratio per faculty).

Users: `applicants.synthetic` (scripts/make_applicant_sample.py: groups, programmes,
staff), `surveys.synthetic` (scripts/generate_survey_sample.py: who is invited), and the
benchmark's large data folder (bench/dataset.py), which adds programmes to the catalogue
and draws them from here too. Nothing here is a fact about the university: every file
written from it is `provenance: placeholder` or marked as demonstration data.

One seed, `SEED`. Each programme, group and faculty draws from its own stream of it
(`random.Random(f"{SEED}:programme:{code}")`), so that adding programmes (the benchmark)
leaves the others' numbers as they are. Only `random()` and arithmetic are used, so the
same catalogue gives the same numbers on every machine and Python 3 version.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kazutb_transparency.core.datafiles import load_yaml

SEED = 20260601
FIRST_INTAKE = 2012  # the simulation starts here: every year shown below is complete
LAST_INTAKE = 2026
# What the sample files show (academic years by their first calendar year: 2025 = 2025-2026).
STUDENT_YEARS = (2023, 2024, 2025, 2026)  # students on 1 October, teaching staff
GRADUATION_YEARS = (2024, 2025)  # graduates (June) and their employment
COHORT_YEARS = (2020, 2021)  # entry cohorts followed to the end
PLACE_YEARS = (2025, 2026)  # places per group; admission results for the first only
RESULT_YEARS = (2025,)

# Mean yearly intake of the catalogue's programmes (invented). Six are small on purpose —
# 3 to 6 a year, so that the small-group rule has something to withhold, in every domain
# alike: their groups admit fewer than 10, their cells of students, graduates and cohorts
# are small, and fewer than 10 of their 10–20 students answer a survey. A programme not
# listed here (the benchmark's) draws its size: one in five small.
INTAKE: dict[str, int] = {
    "6B02101": 32,
    "6B02102": 18,
    "6B02103": 3,
    "6B02104": 12,
    "6B04103": 48,
    "6B04105": 64,
    "6B04107": 26,
    "6B04108": 44,
    "6B04110": 28,
    "6B05112": 4,
    "6B05213": 3,
    "6B06114": 68,
    "6B06115": 34,
    "6B07116": 38,
    "6B07117": 22,
    "6B07218": 30,
    "6B07219": 16,
    "6B07220": 60,
    "6B07222": 24,
    "6B07223": 14,
    "6B07224": 10,
    "6B07231": 5,
    "6B07525": 11,
    "6B11126": 36,
    "6B11127": 36,
    "6B11128": 20,
    "6B11129": 5,
    "6B11230": 6,
}
DEFAULT_YEARS = {"B": 4, "M": 2, "D": 3}  # years of study by level, when none is given


def group_id(code: str) -> str:
    """A programme's group of programmes: the level letter and digits 3–5 of its code
    (6B04105 → B041, 7M06101 → M061)."""
    return code[1] + code[2:5]


def academic_year(start: int) -> str:
    """2025 → '2025-2026'."""
    return f"{start}-{start + 1}"


def academic_year_of_wave(wave: str) -> int:
    """The academic year (by its first calendar year) a survey wave `YYYY-MM` falls in:
    September to August."""
    year, month = int(wave[:4]), int(wave[5:7])
    return year if month >= 9 else year - 1


@dataclass(frozen=True)
class ProgrammeSpec:
    """What the model needs of a catalogue record."""

    code: str
    faculty: str
    years: int  # years of study (the duration, rounded up)
    languages: tuple[str, ...] = ("kk", "ru")
    forms: tuple[str, ...] = ("full-time",)

    @classmethod
    def of(cls, record: Mapping[str, Any]) -> ProgrammeSpec:
        """From a record of data/disclosures/programmes/ (as YAML gives it)."""
        code = str(record["code"])
        duration = record.get("duration_years")
        years = math.ceil(duration) if duration else DEFAULT_YEARS.get(code[1], 4)
        return cls(
            code=code,
            faculty=str(record["faculty"]),
            years=max(1, years),
            languages=tuple(record.get("languages") or ("kk", "ru")),
            forms=tuple(record.get("forms") or ("full-time",)),
        )


@dataclass(frozen=True)
class Cell:
    """Students of one year of study, funding, language, form and citizenship."""

    year_of_study: int
    funding: str  # grant | fee
    language: str
    form: str
    citizenship: str  # domestic | international
    count: int


@dataclass(frozen=True)
class Intake:
    """One year's admission of a group of programmes."""

    year: int
    grants: int
    paid_places: int
    applicants: int
    admitted: int
    min_score: int
    median_score: int


@dataclass(frozen=True)
class CohortOutcome:
    entry_year: int
    entrants: int
    completed: int
    dropped_out: int


class _Stream:
    """One key's random stream of the model's seed; only random() is used."""

    def __init__(self, key: str) -> None:
        self._rng = random.Random(f"{SEED}:{key}")

    def between(self, low: float, high: float) -> float:
        return low + (high - low) * self._rng.random()

    def whole(self, low: int, high: int) -> int:
        """A whole number from low to high, both included."""
        return min(high, low + int((high - low + 1) * self._rng.random()))


def split(total: int, weights: Iterable[float]) -> list[int]:
    """`total` shared out in proportion to `weights` by the largest remainder (ties: the
    earlier part), so that the parts add up to exactly `total`."""
    weights = list(weights)
    whole = sum(weights)
    if total <= 0 or whole <= 0:
        return [0] * len(weights)
    exact = [total * w / whole for w in weights]
    parts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


@dataclass
class ProgrammeModel:
    spec: ProgrammeSpec
    intake: dict[int, tuple[int, int]] = field(default_factory=dict)  # year → (grant, fee)
    # entry year → students of the cohort in each year of study (index 0: the first)
    cohort_sizes: dict[int, list[int]] = field(default_factory=dict)
    graduates: dict[int, int] = field(default_factory=dict)  # year → graduates in June
    employed: dict[int, int] = field(default_factory=dict)
    continuing: dict[int, int] = field(default_factory=dict)  # entry year → still studying
    international: int = 0  # fee-paying international students in each year of study
    fee: int = 0  # tuition of a year, in tenge (English-taught: 100,000 more)
    language_weights: tuple[float, ...] = ()
    form_weights: tuple[float, ...] = ()

    @property
    def code(self) -> str:
        return self.spec.code

    def admitted(self, year: int) -> int:
        grant, fee = self.intake.get(year, (0, 0))
        return grant + fee

    def enrolled(self, start: int) -> list[int]:
        """Students of the academic year `start` by year of study (index 0: the first)."""
        out = []
        for k in range(1, self.spec.years + 1):
            sizes = self.cohort_sizes.get(start - k + 1)
            out.append(sizes[k - 1] if sizes else 0)
        return out

    def students(self, start: int) -> int:
        return sum(self.enrolled(start))

    def cohort(self, entry: int) -> CohortOutcome:
        entrants = self.admitted(entry)
        completed = self.graduates.get(entry + self.spec.years, 0)
        dropped = entrants - completed - self.continuing.get(entry, 0)
        return CohortOutcome(entry, entrants, completed, dropped)

    def cells(self, start: int) -> list[Cell]:
        """The students of academic year `start` at the finest breakdown the files hold."""
        out: list[Cell] = []
        spec = self.spec
        weights = [f * lang for f in self.form_weights for lang in self.language_weights]
        places = [(form, language) for form in spec.forms for language in spec.languages]
        for k, count in enumerate(self.enrolled(start), start=1):
            grant, fee = self.intake.get(start - k + 1, (0, 0))
            grants = round(count * grant / (grant + fee)) if grant + fee else 0
            international = min(self.international, count - grants)
            by_funding = {
                "grant": split(grants, weights),
                "fee": split(count - grants - international, weights),
            }
            for i, (form, language) in enumerate(places):
                for funding in ("grant", "fee"):
                    n = by_funding[funding][i]
                    if n:
                        out.append(Cell(k, funding, language, form, "domestic", n))
            if international:
                out.append(
                    Cell(k, "fee", spec.languages[0], spec.forms[0], "international", international)
                )
        return out


def _programme(spec: ProgrammeSpec) -> ProgrammeModel:
    rng = _Stream(f"programme:{spec.code}")
    mean = INTAKE.get(spec.code)
    size = rng.between(0, 1)  # drawn for every programme, so that the streams line up
    if mean is None:
        if size < 0.2:
            mean = rng.whole(3, 8)
        elif size < 0.75:
            mean = rng.whole(12, 35)
        else:
            mean = rng.whole(40, 70)
    grant_share = rng.between(0.35, 0.75)
    trend = rng.between(-0.02, 0.04)
    first_year_stays = rng.between(0.84, 0.93)
    later_stays = rng.between(0.93, 0.98)
    finishes = rng.between(0.88, 0.97)
    model = ProgrammeModel(spec)
    model.international = rng.whole(1, 3) if rng.between(0, 1) < 0.5 else 0
    kk = rng.between(0.5, 0.75)
    shares = {"kk": kk, "ru": 1.0 - kk, "en": 0.12}
    model.language_weights = tuple(shares.get(lang, 0.1) for lang in spec.languages)
    model.form_weights = tuple(1.0 if i == 0 else 0.15 for i in range(len(spec.forms)))
    for year in range(FIRST_INTAKE, LAST_INTAKE + 1):
        total = max(1, round(mean * (1 + trend * (year - 2020)) * rng.between(0.85, 1.15)))
        grant = min(total, round(total * grant_share * rng.between(0.9, 1.1)))
        model.intake[year] = (grant, total - grant)
        sizes = [total]
        for k in range(2, spec.years + 1):
            stays = first_year_stays if k == 2 else later_stays
            sizes.append(round(sizes[-1] * stays * rng.between(0.98, 1.0)))
        model.cohort_sizes[year] = sizes
    for year in range(FIRST_INTAKE + spec.years, LAST_INTAKE + 1):
        final_year = model.cohort_sizes[year - spec.years][-1]
        model.graduates[year] = round(final_year * finishes * rng.between(0.97, 1.0))
        model.employed[year] = round(model.graduates[year] * rng.between(0.55, 0.9))
    for entry in range(FIRST_INTAKE, LAST_INTAKE - spec.years + 1):
        left = model.admitted(entry) - model.graduates[entry + spec.years]
        model.continuing[entry] = min(left, rng.whole(0, 2))
    model.fee = rng.whole(700, 1499) * 1000
    return model


@dataclass
class FacultyModel:
    id: str
    programmes: list[ProgrammeModel]
    students_per_teacher: float
    degree_share: float

    def students(self, start: int) -> int:
        return sum(p.students(start) for p in self.programmes)

    def teachers(self, start: int) -> int:
        """Teaching staff (headcount on 1 October) of the academic year `start`."""
        return round(self.students(start) / self.students_per_teacher) + 4

    def with_degree(self, start: int) -> int:
        return round(self.teachers(start) * self.degree_share)


@dataclass
class GroupModel:
    id: str
    programmes: list[ProgrammeModel]
    intake: dict[int, Intake]


def _group(gid: str, members: list[ProgrammeModel]) -> GroupModel:
    rng = _Stream(f"group:{gid}")
    intake = {}
    for year in PLACE_YEARS:
        grant = sum(p.intake[year][0] for p in members)
        fee = sum(p.intake[year][1] for p in members)
        admitted = grant + fee
        grants = grant + round(grant * rng.between(0, 0.1))  # a few grants left unfilled
        paid = fee + round(fee * rng.between(0.1, 0.6)) + rng.whole(0, 5)
        applicants = admitted + round(admitted * rng.between(0.8, 3.5)) + rng.whole(0, 10)
        low = rng.whole(50, 79)
        intake[year] = Intake(year, grants, paid, applicants, admitted, low, low + rng.whole(5, 29))
    return GroupModel(gid, members, intake)


@dataclass
class University:
    """The demonstration university of a programme catalogue."""

    programmes: dict[str, ProgrammeModel]  # by code, in the catalogue's order
    faculties: dict[str, FacultyModel]  # by id, in faculties.yaml's order
    groups: dict[str, GroupModel]  # by id, sorted

    @classmethod
    def of(cls, catalogue: Iterable[Mapping[str, Any]], faculties: Iterable[str]) -> University:
        """From the records of data/disclosures/programmes/ and the faculty ids of
        data/disclosures/faculties.yaml."""
        programmes = {}
        for record in catalogue:
            spec = ProgrammeSpec.of(record)
            programmes[spec.code] = _programme(spec)
        by_faculty: dict[str, FacultyModel] = {}
        for fid in faculties:
            rng = _Stream(f"faculty:{fid}")
            members = [p for p in programmes.values() if p.spec.faculty == fid]
            by_faculty[fid] = FacultyModel(
                fid, members, rng.between(11.0, 16.0), rng.between(0.4, 0.65)
            )
        members_of: dict[str, list[ProgrammeModel]] = {}
        for p in programmes.values():
            members_of.setdefault(group_id(p.code), []).append(p)
        groups = {gid: _group(gid, members_of[gid]) for gid in sorted(members_of)}
        return cls(programmes, by_faculty, groups)

    @classmethod
    def of_data(cls, data_dir: Path) -> University:
        """From the programme catalogue of a data folder (data/disclosures/)."""
        catalogue = data_dir / "disclosures"
        records = [load_yaml(path)[0] for path in sorted((catalogue / "programmes").glob("*.yaml"))]
        faculties, _ = load_yaml(catalogue / "faculties.yaml")
        return cls.of(records, [item["id"] for item in faculties])

    # --- what the survey generator invites -------------------------------------------

    def students(self, code: str, start: int) -> int:
        """Students of a programme in the academic year `start` (0: not in the model)."""
        found = self.programmes.get(code)
        return found.students(start) if found else 0

    def graduates(self, code: str, year: int) -> int:
        """Graduates of a programme in June of `year` (0: not in the model)."""
        found = self.programmes.get(code)
        return found.graduates.get(year, 0) if found else 0

    def teachers(self, faculty: str, start: int) -> int:
        """Teaching staff of a faculty in the academic year `start`."""
        found = self.faculties.get(faculty)
        return found.teachers(start) if found else 0
