"""Figures that must agree from one file to another: the cross-dataset checks.

A record is checked on its own where it is read, and a mistake there is an error:
admitted ≤ applicants (groups.yaml), employed ≤ graduates, completed + dropped out ≤
entrants, with a degree ≤ headcount, passed ≤ sat in the final attestation (models.py);
respondents ≤ invited, every share between 0 and 1 and equal to its counts (response
rate, satisfaction: surveys/indicators.py).

What is checked here spans records and files — a group's admission against its
programmes' students, a programme's graduates against its final year and against those
who passed its final attestation, a survey's
invitations against the people there are — and the rules are stated once, in `RULES`.
A figure that breaks one is a concern, "inconsistent figures": the build warns, naming
both files and both lines, the rule and what to check; the strict build refuses it. A
rule is checked only where both sides are given. A sum that must stay under a bound (a
group's first-year students) counts the records there are; a sum that is the bound (a
faculty's or the university's graduates, which a survey may not out-invite) is used only
when every programme of it has its record for that year.

The one tolerance: students may join a programme after admission (transfers from other
programmes or universities, returns from academic leave), so a group's first-year
students in the academic year after admission, and its second-year students the year
after that, may exceed those admitted by a fifth and ten people: at most
1.2 × admitted + 10 (`TRANSFERS`). Graduates have no tolerance: everyone who graduates in
June was a final-year student on 1 October before it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from kazutb_transparency.applicants.content import Applicants
from kazutb_transparency.applicants.loading import FOLDER
from kazutb_transparency.core.datafiles import display_path, load_yaml
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.disclosures import Disclosures

# Students who join after admission: a group's students of year 1 (and of year 2 a year
# later) may be at most TRANSFERS[0] × admitted + TRANSFERS[1].
TRANSFERS = (1.2, 10)
# Whom each survey of data/surveys/catalogue.yaml invites, when the applicants' files count
# them too (survey ids never change: README of data/surveys/). Other surveys (employers,
# administrative staff, listeners) invite people no file here counts.
SURVEY_POPULATION = {
    "graduates": "graduates",
    "student-satisfaction": "students",
    "academic-integrity": "students",
    "teacher-evaluation": "students",
    "wellbeing": "students",
    "teaching-staff": "staff",
}


@dataclass(frozen=True)
class Rule:
    id: str
    text: str  # the rule, as the warning states it
    hint: str  # what to check


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule(
            "places",
            "admitted ≤ grants + paid places of the same year",
            "check the year's places and admitted in groups.yaml against the admission "
            "committee's report",
        ),
        Rule(
            "intake",
            f"students of year 1 in the academic year after admission, and of year 2 the "
            f"year after, ≤ {TRANSFERS[0]} × admitted + {TRANSFERS[1]} (those who join "
            "later) — summed over the group's programmes",
            "check the group's admitted in groups.yaml and the students of its programmes "
            "in programmes/<code>.yaml (year_of_study, academic_year)",
        ),
        Rule(
            "graduates",
            "graduates of a year ≤ students of the final year in the academic year before",
            "check the graduates and the final year's students (year_of_study, "
            "academic_year) in the programme's file",
        ),
        Rule(
            "attestation",
            "passed the final attestation of a year ≤ graduates of that year",
            "check the final attestation (passed) and the graduates of the same year in "
            "the programme's file: those who pass it are the year's graduates",
        ),
        Rule(
            "graduate-survey",
            "invited to the graduate survey ≤ graduates of the wave's year",
            "check the graduates in data/applicants/programmes/ and the invited of P.csv "
            "the indicators were aggregated from (scripts/aggregate_surveys.py)",
        ),
        Rule(
            "student-surveys",
            "invited to a student survey ≤ students of the wave's academic year",
            "check the students in data/applicants/programmes/ and the invited of P.csv "
            "the indicators were aggregated from (scripts/aggregate_surveys.py)",
        ),
        Rule(
            "staff-survey",
            "invited to the teaching-staff survey ≤ teaching staff of the wave's academic year",
            "check the headcount in data/applicants/staff.yaml and the invited of P.csv "
            "the indicators were aggregated from (scripts/aggregate_surveys.py)",
        ),
    )
}
MAX_NAMED = 5  # files named on the other side of a sum; then "and N more"


class IndicatorLike(Protocol):
    """What the checks read of a row of data/surveys/indicators.csv (surveys.indicators'
    IndicatorRow: this domain does not import the surveys')."""

    @property
    def survey(self) -> str: ...
    @property
    def wave(self) -> str: ...
    @property
    def unit_type(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def block(self) -> str: ...
    @property
    def question(self) -> str: ...
    @property
    def invited(self) -> int | None: ...
    @property
    def line(self) -> int: ...


# A place in a YAML file: keys of mappings, and for a list either an index or the
# {field: value} its item is found by.
Step = str | int | dict[str, Any]


@dataclass(frozen=True)
class Where:
    path: Path
    steps: tuple[Step, ...] = ()
    line: int | None = None  # known already (a CSV row)


class _Lines:
    """Lines of the places named, each file parsed once and only when a rule is broken."""

    def __init__(self) -> None:
        self._files: dict[Path, Any] = {}

    def of(self, where: Where) -> int | None:
        if where.line is not None or not where.steps:
            return where.line
        if where.path not in self._files:
            try:
                self._files[where.path] = load_yaml(where.path)
            except DataError:
                self._files[where.path] = (None, None)
        data, lines = self._files[where.path]
        if lines is None:
            return None
        loc: list[str | int] = []
        for step in where.steps:
            if isinstance(step, dict):
                index = next(
                    (
                        i
                        for i, item in enumerate(data if isinstance(data, list) else [])
                        if isinstance(item, dict)
                        and all(str(item.get(k)) == str(v) for k, v in step.items())
                    ),
                    None,
                )
                if index is None:
                    break
                loc.append(index)
                data = data[index]
            else:
                loc.append(step)
                data = data.get(step) if isinstance(data, dict) else None
        return lines.line_of(loc)

    def named(self, where: Where) -> str:
        line = self.of(where)
        return display_path(where.path) + (f":{line}" if line is not None else "")


@dataclass(frozen=True)
class Finding:
    rule: str
    first: Where  # where the warning points (its file and line)
    others: tuple[Where, ...]  # the other side: named in the message with their lines
    record: str
    field: str
    message: str


def _sum_of(figures: Iterable[int | None]) -> int | None:
    """The sum, or None when a part is missing."""
    total = 0
    for n in figures:
        if n is None:
            return None
        total += n
    return total


class _Data:
    """The applicants' figures, indexed by what the rules look up, with where each is."""

    def __init__(self, a: Applicants, d: Disclosures, data_dir: Path) -> None:
        self.a = a
        self.folder = data_dir / FOLDER
        self.years = {p.code: math.ceil(p.duration_years) for p in d.programmes}
        self.by_faculty: dict[str, list[str]] = {f.id: [] for f in d.faculties}
        for p in d.programmes:
            self.by_faculty.setdefault(p.faculty, []).append(p.code)
        self.staff = {(s.faculty, s.academic_year): s for s in a.staff}
        # One pass over every count: the rules then look each figure up.
        self.totals: dict[tuple[str, str], int] = {}  # (code, academic year) → students
        self.of_year: dict[tuple[str, str, int], int] = {}  # … and year of study → students
        self.graduated: dict[tuple[str, int], int] = {}  # (code, year) → graduates
        for code, figures in a.figures.items():
            for record in figures.students:
                self.totals[code, record.academic_year] = sum(c.count for c in record.counts)
                for c in record.counts:
                    key = (code, record.academic_year, c.year_of_study)
                    self.of_year[key] = self.of_year.get(key, 0) + c.count
            for g in figures.graduates:
                self.graduated[code, g.year] = g.graduates

    def file(self, code: str) -> Path:
        return self.folder / "programmes" / f"{code}.yaml"

    def students(self, code: str, year: str, of_year: int | None = None) -> int | None:
        """Students of a programme in an academic year (of one year of study: 0 when the
        record has none), or None without a record of that year."""
        total = self.totals.get((code, year))
        if total is None or of_year is None:
            return total
        return self.of_year.get((code, year, of_year), 0)

    def students_at(self, code: str, year: str) -> Where:
        return Where(self.file(code), ("students", {"academic_year": year}))

    def graduates(self, code: str, year: int) -> int | None:
        return self.graduated.get((code, year))

    def graduates_at(self, code: str, year: int) -> Where:
        return Where(self.file(code), ("graduates", {"year": year}, "graduates"))

    def headcount(self, faculty: str, year: str) -> int | None:
        record = self.staff.get((faculty, year))
        return record.headcount if record else None

    def headcount_at(self, faculty: str, year: str) -> Where:
        where = {"faculty": faculty, "academic_year": year}
        return Where(self.folder / "staff.yaml", (where, "headcount"))

    def programmes_of(self, unit_type: str, unit: str) -> list[str]:
        if unit_type == "programme":
            return [unit]
        if unit_type == "faculty":
            return self.by_faculty.get(unit, [])
        return [code for codes in self.by_faculty.values() for code in codes]


def _academic_year(start: int) -> str:
    return f"{start}-{start + 1}"


def _wave_year(wave: str) -> int:
    """The academic year (by its first calendar year) of a wave YYYY-MM."""
    return int(wave[:4]) if int(wave[5:7]) >= 9 else int(wave[:4]) - 1


# --- the rules ---------------------------------------------------------------------------


def _places(data: _Data) -> Iterable[Finding]:
    groups = data.folder / "groups.yaml"
    for group in data.a.groups:
        for intake in group.intake:
            places = intake.grants + intake.paid_places
            if intake.admitted is None or intake.admitted <= places:
                continue
            at = ({"id": group.id}, "intake", {"year": intake.year})
            yield Finding(
                "places",
                Where(groups, (*at, "admitted")),
                (Where(groups, (*at, "grants")),),
                f"{group.id} intake {intake.year}",
                "admitted",
                f"{intake.admitted} admitted, but {intake.grants} grants + "
                f"{intake.paid_places} paid places = {places}",
            )


def _intake(data: _Data) -> Iterable[Finding]:
    groups = data.folder / "groups.yaml"
    factor, margin = TRANSFERS
    for group in data.a.groups:
        for intake in group.intake:
            if intake.admitted is None:
                continue
            limit = factor * intake.admitted + margin
            for of_year in (1, 2):
                year = _academic_year(intake.year + of_year - 1)
                counted = {
                    code: n
                    for code in group.programmes
                    if (n := data.students(code, year, of_year)) is not None
                }
                total = sum(counted.values())
                if not counted or total <= limit:
                    continue
                yield Finding(
                    "intake",
                    Where(groups, ({"id": group.id}, "intake", {"year": intake.year}, "admitted")),
                    tuple(data.students_at(code, year) for code in counted),
                    f"{group.id} intake {intake.year}",
                    "admitted",
                    f"{intake.admitted} admitted in {intake.year}, but {total} students of "
                    f"year {of_year} in {year} in the group's programmes (at most "
                    f"{math.floor(limit)})",
                )


def _graduates(data: _Data) -> Iterable[Finding]:
    for code, figures in sorted(data.a.figures.items()):
        final = data.years.get(code)
        if final is None:
            continue
        for g in figures.graduates:
            year = _academic_year(g.year - 1)
            students = data.students(code, year, final)
            if students is None or g.graduates <= students:
                continue
            yield Finding(
                "graduates",
                data.graduates_at(code, g.year),
                (data.students_at(code, year),),
                f"{code} graduates {g.year}",
                "graduates",
                f"{g.graduates} graduates in {g.year}, but {students} students of the final "
                f"year ({final}) in {year}",
            )


def _attestation(data: _Data) -> Iterable[Finding]:
    # `passed`, not `sat`: those who sat and failed are not graduates, so those who sat may
    # rightly be more than the graduates; those who passed may not.
    for code, figures in sorted(data.a.figures.items()):
        for t in figures.attestation:
            graduates = data.graduates(code, t.year)
            if graduates is None or t.passed <= graduates:
                continue
            yield Finding(
                "attestation",
                Where(data.file(code), ("attestation", {"year": t.year}, "passed")),
                (data.graduates_at(code, t.year),),
                f"{code} attestation {t.year}",
                "passed",
                f"{t.passed} passed the final attestation in {t.year}, but {graduates} "
                f"graduates in {t.year}",
            )


def _surveys(data: _Data, indicators: Iterable[IndicatorLike], file: Path) -> Iterable[Finding]:
    # One row per survey, wave and unit: the whole survey's (block "overall"), else any.
    rows: dict[tuple[str, str, str, str], IndicatorLike] = {}
    for row in indicators:
        if row.survey not in SURVEY_POPULATION or row.invited is None:
            continue
        key = (row.survey, row.wave, row.unit_type, row.unit)
        if key not in rows or (row.block == "overall" and not row.question):
            rows[key] = row
    for (survey, wave, unit_type, unit), row in rows.items():
        population = SURVEY_POPULATION[survey]
        invited = row.invited
        assert invited is not None
        year = _academic_year(_wave_year(wave))
        parts: list[str]  # the faculties or programmes summed
        at: Callable[[str], Where]  # where a part's figure is
        if population == "staff":
            if unit_type == "programme":
                continue  # teaching staff are counted per faculty
            parts = [unit] if unit_type == "faculty" else sorted(data.by_faculty)
            there = _sum_of(data.headcount(f, year) for f in parts)
            at = partial(data.headcount_at, year=year)
            rule, what = "staff-survey", f"teaching staff in {year}"
        elif population == "graduates":
            parts, graduation = data.programmes_of(unit_type, unit), int(wave[:4])
            there = _sum_of(data.graduates(code, graduation) for code in parts)
            at = partial(data.graduates_at, year=graduation)
            rule, what = "graduate-survey", f"graduates of {graduation}"
        else:
            parts = data.programmes_of(unit_type, unit)
            there = _sum_of(data.students(code, year) for code in parts)
            at = partial(data.students_at, year=year)
            rule, what = "student-surveys", f"students in {year}"
        if there is None or not parts or invited <= there:
            continue
        unit_name = "the university" if unit_type == "university" else f"{unit_type} {unit}"
        yield Finding(
            rule,
            Where(file, line=row.line),
            tuple(at(part) for part in parts),
            f"{survey} {wave} {unit_type} {unit}".rstrip(),
            "invited",
            f"{invited} invited to the {survey} survey of {wave} in {unit_name}, but "
            f"{there} {what}",
        )


def inconsistent_figures(
    a: Applicants, d: Disclosures, indicators: Iterable[IndicatorLike], data_dir: Path
) -> list[Problem]:
    """Every figure that breaks a rule of `RULES`, as a Problem at the first file and line,
    naming the other side's files and lines in its message."""
    data = _Data(a, d, data_dir)
    found = [
        *_places(data),
        *_intake(data),
        *_graduates(data),
        *_attestation(data),
        *_surveys(data, indicators, data_dir / "surveys" / "indicators.csv"),
    ]
    lines = _Lines()
    problems = []
    for f in found:
        rule = RULES[f.rule]
        named = [lines.named(w) for w in f.others[:MAX_NAMED]]
        if len(f.others) > MAX_NAMED:
            named.append(f"and {len(f.others) - MAX_NAMED} more")
        problems.append(
            Problem(
                display_path(f.first.path),
                f"{f.message}; see {', '.join(named)} (rule '{rule.id}': {rule.text})",
                f.record,
                f.field,
                lines.of(f.first),
                rule.hint,
            )
        )
    return problems
