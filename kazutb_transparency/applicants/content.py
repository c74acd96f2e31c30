"""Everything the applicants' pages show, loaded and cross-checked, with the lookups they need."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from kazutb_transparency.applicants.figures import Published, UnitRef
from kazutb_transparency.applicants.models import (
    Admission,
    Attestation,
    Costs,
    Earnings,
    Graduates,
    Group,
    ProgrammeFigures,
    Staff,
    Tuition,
    Vacancies,
)
from kazutb_transparency.core.provenance import Provenance


@dataclass(frozen=True)
class Origin:
    """Where an aggregate comes from: the weakest provenance of the records summed into it
    and the latest of their `updated` dates."""

    state: Provenance
    updated: date


# (measure, period, unit type, unit) → Origin
OriginKey = tuple[str, str, str, str]


@dataclass(frozen=True)
class Applicants:
    today: date
    min_n: int
    admission: Admission
    costs: Costs
    groups: tuple[Group, ...]  # sorted by id
    figures: Mapping[str, ProgrammeFigures]  # by programme code
    staff: tuple[Staff, ...]
    published: Published
    origins: Mapping[OriginKey, Origin]

    def group(self, group_id: str) -> Group:
        return next(g for g in self.groups if g.id == group_id)

    def group_of(self, code: str) -> Group | None:
        return next((g for g in self.groups if code in g.programmes), None)

    def tuition_of(self, code: str) -> Tuition | None:
        """The latest academic year's fees of a programme."""
        figures = self.figures.get(code)
        if figures is None or not figures.tuition:
            return None
        return max(figures.tuition, key=lambda t: t.academic_year)

    def graduates_of(self, code: str) -> Graduates | None:
        figures = self.figures.get(code)
        if figures is None or not figures.graduates:
            return None
        return max(figures.graduates, key=lambda g: g.year)

    def attestation_of(self, code: str) -> Attestation | None:
        figures = self.figures.get(code)
        if figures is None or not figures.attestation:
            return None
        return max(figures.attestation, key=lambda t: t.year)

    def earnings_of(self, code: str) -> Earnings | None:
        figures = self.figures.get(code)
        if figures is None or not figures.earnings:
            return None
        return max(figures.earnings, key=lambda e: e.year)

    def vacancies_of(self, code: str) -> Vacancies | None:
        """The latest academic year's vacant places for transfer and reinstatement."""
        figures = self.figures.get(code)
        if figures is None or not figures.vacancies:
            return None
        return max(figures.vacancies, key=lambda v: v.academic_year)

    def origin(self, measure: str, period: str, unit: UnitRef) -> Origin | None:
        return self.origins.get((measure, period, *unit))

    def latest(self, measure: str, unit: UnitRef) -> str | None:
        periods = self.published.periods(measure, unit)
        return periods[-1] if periods else None

    def all_items(self) -> list[object]:
        """Every dated record (to find whether a page shows unconfirmed data)."""
        sections = [
            *(getattr(self.admission, name) for name in type(self.admission).model_fields),
            *(getattr(self.costs, name) for name in type(self.costs).model_fields),
        ]
        records: list[object] = [s for s in sections if s is not None]
        records += list(self.groups) + list(self.staff)
        for f in self.figures.values():
            records += [*f.tuition, *f.students, *f.graduates, *f.cohorts]
            records += [*f.attestation, *f.earnings, *f.vacancies]
        return records

    def facts_of(self, code: str) -> ProgrammeFacts:
        """What a programme's key facts show of these data."""
        unit = ("programme", code)
        year = self.latest("students", unit)
        graduates = self.graduates_of(code)
        employment, employment_status = None, "published"
        if graduates is not None:
            split = ("graduates", str(graduates.year), unit, "employment", "employed")
            employment = self.published.rate(*split, "not-employed")
            employment_status = self.published.rate_status(*split, "not-employed")
        attestation = self.attestation_of(code)
        passed = distinction = None
        attestation_status = "published"
        if attestation is not None:
            at = ("attestation", str(attestation.year), unit)
            passed = self.published.rate(*at, "passed", "yes", "no")
            distinction = self.published.rate(*at, "distinction", "yes", "no")
            attestation_status = self.published.rate_status(*at, "passed", "yes", "no")
        earnings = self.earnings_of(code)
        earnings_status = (
            self.published.status("earnings", str(earnings.year), unit) if earnings else ""
        )
        return ProgrammeFacts(
            code=code,
            min_n=self.min_n,
            tuition=self.tuition_of(code),
            group=self.group_of(code),
            graduates=graduates,
            students_year=year,
            students=self.published.get("students", year, unit) if year else None,
            students_origin=self.origin("students", year, unit) if year else None,
            grant_share=(
                self.published.share("students", year, unit, "funding", "grant") if year else None
            ),
            employment_rate=employment,
            students_status=self.published.status("students", year, unit) if year else "",
            employment_status=employment_status,
            attestation=attestation,
            pass_rate=passed,
            distinction_rate=distinction,
            attestation_status=attestation_status,
            earnings=earnings,
            earnings_status=earnings_status,
        )


@dataclass(frozen=True)
class ProgrammeFacts:
    """The applicants' data about one programme that its key facts show. Equal from one load
    to the next while that programme's records and published counts are, so that the live
    preview renders again only the page of the programme whose figures were edited."""

    code: str
    min_n: int
    tuition: Tuition | None  # the latest academic year's fees
    group: Group | None
    graduates: Graduates | None  # the latest year's graduates
    students_year: str | None  # the latest year with published students
    students: int | None  # None: none, or fewer than min_n (suppressed)
    students_origin: Origin | None
    grant_share: float | None
    employment_rate: float | None
    # Why `students` and `employment_rate` are or are not shown (applicants/figures.py).
    students_status: str = "published"
    employment_status: str = "published"
    # The latest final attestation: the share passed and the share of the passed with
    # distinction, each None when withheld; the latest earnings record, shown only when
    # the count of graduates it is taken from is published (`earnings_status`).
    attestation: Attestation | None = None
    pass_rate: float | None = None
    distinction_rate: float | None = None
    attestation_status: str = "published"
    earnings: Earnings | None = None
    earnings_status: str = ""
