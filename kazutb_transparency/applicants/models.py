"""Records of data/applicants/: admission, costs, and the figures of each programme.

Every record carries its dates and provenance (`Dated`). Counts of people are whole,
non-negative numbers; fees are whole numbers of tenge written with digits only, so that a
spreadsheet's "1 250 000 ₸" or "1,250,000" is refused with the form to write instead.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, field_validator, model_validator

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.disclosures.common import ID_PATTERN, PROGRAMME_CODE, Dated, Record

GROUP_ID = r"^[BMD]\d{3}$"  # groups of educational programmes: B044, M072, D094
ACADEMIC_YEAR = r"^(\d{4})-(\d{4})$"
MAX_SCORE = 140  # the national test (ҰБТ/ЕНТ) is scored out of 140


def _count(value: Any) -> Any:
    """A count of people: digits only, never negative."""
    if value is None:
        return value  # allowed only where the field is optional (`MaybeCount`)
    if isinstance(value, bool | float):
        raise ValueError(f"not a whole number ({value!r}): write digits only, e.g. 25")
    if isinstance(value, str):
        raise ValueError(f"not a whole number ({value!r}): write digits only, e.g. 25")
    if isinstance(value, int) and value < 0:
        raise ValueError(f"a count cannot be negative ({value}): write 0 or more")
    return value


def _tenge(value: Any) -> Any:
    """A sum in tenge: a whole number written with digits only (1250000)."""
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            raise ValueError(f"a fee cannot be negative ({value})")
        return value
    digits = re.sub(r"\D", "", str(value).split(".")[0]) if value is not None else ""
    example = digits or "1250000"
    raise ValueError(
        f"not a whole number of tenge ({value!r}): write digits only, without spaces, "
        f"commas, decimals or the currency sign, e.g. {example}"
    )


Count = Annotated[int, BeforeValidator(_count)]
# Optional counts as one type, so that a wrong value gets one message, not one per branch.
MaybeCount = Annotated[int | None, BeforeValidator(_count)]
MaybeScore = Annotated[float | None, Field(ge=0, le=MAX_SCORE)]
Tenge = Annotated[int, BeforeValidator(_tenge)]
Score = Annotated[float, Field(ge=0, le=MAX_SCORE)]
Language = Literal["kk", "ru", "en"]


def _academic_year(value: str) -> str:
    match = re.match(ACADEMIC_YEAR, value)
    if not match or int(match[2]) != int(match[1]) + 1:
        raise ValueError("write the academic year as two consecutive years, e.g. 2026-2027")
    return value


# --- admission ---------------------------------------------------------------------------


class Intake(Record):
    """One admission year of a group: places offered and who applied and entered."""

    year: int = Field(ge=2000, le=2100)
    grants: Count  # state educational grants
    paid_places: Count  # fee-paying places
    applicants: MaybeCount = None
    admitted: MaybeCount = None
    min_score: MaybeScore = None  # the lowest entry score of those admitted
    median_score: MaybeScore = None

    @model_validator(mode="after")
    def _consistent(self) -> Intake:
        admitted, applied = self.admitted, self.applicants
        if admitted is not None and applied is not None and admitted > applied:
            raise ValueError("'admitted' is more than 'applicants'")
        low, middle = self.min_score, self.median_score
        if low is not None and middle is not None and low > middle:
            raise ValueError("'min_score' is above 'median_score'")
        return self


class Group(Dated):
    """A group of educational programmes (grants are awarded per group) and its entry
    requirements."""

    own_meta = Dated.own_meta | {"id"}

    id: str = Field(pattern=GROUP_ID)
    name: Localized
    programmes: list[str] = Field(min_length=1)
    subjects: list[Localized] = Field(default_factory=list, max_length=2)
    # The minimum score of the national test to apply, in the admission of the last intake
    # line (`threshold_year`): thresholds change from year to year.
    threshold: MaybeScore = None
    special_exam: Localized | None = None  # creative or special exams
    intake: list[Intake] = Field(default_factory=list)

    @field_validator("programmes")
    @classmethod
    def _codes(cls, value: list[str]) -> list[str]:
        wrong = [code for code in value if not re.match(PROGRAMME_CODE, code)]
        if wrong:
            raise ValueError(f"not programme codes: {', '.join(wrong)} (e.g. 6B04105)")
        return value

    @field_validator("intake")
    @classmethod
    def _years_once(cls, value: list[Intake]) -> list[Intake]:
        years = [i.year for i in value]
        if len(years) != len(set(years)):
            raise ValueError("each year may appear only once")
        return sorted(value, key=lambda i: i.year)

    def latest(self) -> Intake | None:
        return self.intake[-1] if self.intake else None

    @property
    def threshold_year(self) -> int | None:
        """The admission the threshold applies to: the year of the last intake line (the
        places the group's entry requirements are for); None without a threshold or a line."""
        latest = self.latest()
        return latest.year if latest is not None and self.threshold is not None else None


class Deadline(Record):
    what: Localized
    start: date
    end: date

    @model_validator(mode="after")
    def _order(self) -> Deadline:
        if self.end < self.start:
            raise ValueError("'end' is before 'start'")
        return self


class Rules(Dated):
    """The admission rules: the document and where to read it."""

    title: Localized
    url: str | None = Field(default=None, pattern=r"^https://\S+$")
    summary: Localized | None = None


class Deadlines(Dated):
    items: list[Deadline] = Field(min_length=1)


class Admission(Record):
    """data/applicants/admission.yaml; a section left out is shown as "no data yet"."""

    rules: Rules | None = None
    deadlines: Deadlines | None = None


# --- costs ---------------------------------------------------------------------------------


class OtherFee(Record):
    name: Localized
    amount: Tenge
    per: Localized  # what the amount is for: "a year", "once", "a credit"


class OtherFees(Dated):
    items: list[OtherFee] = Field(min_length=1)


class Dormitory(Dated):
    places: Count
    price_per_month: Tenge
    how_to_apply: Localized


class SupportItem(Record):
    kind: Literal["scholarship", "discount", "state-support"]
    name: Localized
    description: Localized


class Support(Dated):
    items: list[SupportItem] = Field(min_length=1)


class Costs(Record):
    """data/applicants/costs.yaml; a section left out is shown as "no data yet"."""

    other_fees: OtherFees | None = None
    dormitory: Dormitory | None = None
    support: Support | None = None


# --- one programme's figures -----------------------------------------------------------


def _once_each(rows: list[Any], fields: tuple[str, ...]) -> None:
    """Two rows for one thing (a fee for the same year of study, form and language) would
    publish two different figures for it: refused, naming both (rows counted from 1)."""
    seen: dict[tuple[Any, ...], int] = {}
    for number, row in enumerate(rows, 1):
        key = tuple(getattr(row, name) for name in fields)
        if key in seen:
            values = " · ".join(str(value) for value in key if value is not None)
            raise ValueError(
                f"rows {seen[key]} and {number} are the same record ({values}): keep one"
            )
        seen[key] = number


class Fee(Record):
    # Left out: the same fee in every year of study.
    year_of_study: int | None = Field(default=None, ge=1, le=7)
    form: str = Field(pattern=ID_PATTERN)
    language: Language
    fee: Tenge  # a year of study, in tenge


class Tuition(Dated):
    """The fees of one academic year, per year of study, form and language of study."""

    own_meta = Dated.own_meta | {"academic_year"}

    academic_year: str
    fees: list[Fee] = Field(min_length=1)

    _year = field_validator("academic_year")(classmethod(lambda cls, v: _academic_year(v)))

    @model_validator(mode="after")
    def _one_fee_each(self) -> Tuition:
        _once_each(self.fees, ("year_of_study", "form", "language"))
        return self


Funding = Literal["grant", "fee"]
Citizenship = Literal["domestic", "international"]


class StudentCount(Record):
    year_of_study: int = Field(ge=1, le=7)
    funding: Funding
    language: Language
    form: str = Field(pattern=ID_PATTERN)
    citizenship: Citizenship = "domestic"
    count: Count


class Students(Dated):
    """Students of one academic year (on 1 October), at the finest breakdown; the site
    publishes only aggregates that pass the small-group rule."""

    own_meta = Dated.own_meta | {"academic_year"}

    academic_year: str
    counts: list[StudentCount] = Field(min_length=1)

    _year = field_validator("academic_year")(classmethod(lambda cls, v: _academic_year(v)))

    @model_validator(mode="after")
    def _one_count_each(self) -> Students:
        _once_each(self.counts, ("year_of_study", "funding", "language", "form", "citizenship"))
        return self


class Graduates(Dated):
    """Graduates of one year and how many of them were employed, with the source."""

    own_meta = Dated.own_meta | {"year"}

    year: int = Field(ge=2000, le=2100)
    graduates: Count
    employed: MaybeCount = None
    employment_source: Localized | None = None
    employment_as_of: date | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Graduates:
        if self.employed is not None:
            if self.employed > self.graduates:
                raise ValueError("'employed' is more than 'graduates'")
            if self.employment_source is None or self.employment_as_of is None:
                raise ValueError(
                    "an employment count needs 'employment_source' and 'employment_as_of' "
                    "(where the figure comes from and on what date)"
                )
        return self


class Cohort(Dated):
    """One entry cohort followed to the end: completed, dropped out, still studying."""

    own_meta = Dated.own_meta | {"entry_year"}

    entry_year: int = Field(ge=2000, le=2100)
    entrants: Count
    completed: Count
    dropped_out: Count

    @model_validator(mode="after")
    def _consistent(self) -> Cohort:
        if self.completed + self.dropped_out > self.entrants:
            raise ValueError("'completed' and 'dropped_out' add up to more than 'entrants'")
        return self

    @property
    def continuing(self) -> int:
        return self.entrants - self.completed - self.dropped_out


class Attestation(Dated):
    """The final attestation of one year's graduating students: how many sat it, passed it
    and passed it with distinction (those passed with distinction are among the passed)."""

    own_meta = Dated.own_meta | {"year"}

    year: int = Field(ge=2000, le=2100)
    sat: Count
    passed: Count
    with_distinction: Count

    @model_validator(mode="after")
    def _consistent(self) -> Attestation:
        if self.passed > self.sat:
            raise ValueError("'passed' is more than 'sat'")
        if self.with_distinction > self.passed:
            raise ValueError("'with_distinction' is more than 'passed'")
        return self


class Earnings(Dated):
    """The median monthly earnings of one year's graduates, from the source the national
    ranking of educational programmes uses, with its date and the graduates it counts."""

    own_meta = Dated.own_meta | {"year"}

    year: int = Field(ge=2000, le=2100)  # the year of graduation
    graduates_counted: Count  # graduates with earnings in the source on `as_of`
    median_monthly: Tenge  # tenge a month, before tax
    earnings_source: Localized
    as_of: date


class Vacancy(Record):
    """Vacant places of one year of study, for transfer from another programme or
    university and for reinstatement; places are not people: no small-group rule."""

    year_of_study: int = Field(ge=1, le=7)
    funding: Funding
    places: Count


class Vacancies(Dated):
    """Vacant places for transfer and reinstatement of one academic year."""

    own_meta = Dated.own_meta | {"academic_year"}

    academic_year: str
    places: list[Vacancy] = Field(min_length=1)

    _year = field_validator("academic_year")(classmethod(lambda cls, v: _academic_year(v)))

    @model_validator(mode="after")
    def _one_row_each(self) -> Vacancies:
        # Two rows of one year of study and funding would be added up by no one: the page
        # and the open data would show one of them, so the other is refused.
        seen: set[tuple[int, str]] = set()
        for row in self.places:
            key = (row.year_of_study, row.funding)
            if key in seen:
                raise ValueError(
                    f"year of study {row.year_of_study} with funding '{row.funding}' is "
                    "given twice: keep one row with the number of places"
                )
            seen.add(key)
        return self


class ProgrammeFigures(Record):
    """data/applicants/programmes/<code>.yaml: one programme's fees, students, graduates,
    cohorts, final attestation, graduates' earnings and vacant places, each record with its
    own dates and provenance."""

    programme: str = Field(pattern=PROGRAMME_CODE)
    tuition: list[Tuition] = Field(default_factory=list)
    students: list[Students] = Field(default_factory=list)
    graduates: list[Graduates] = Field(default_factory=list)
    cohorts: list[Cohort] = Field(default_factory=list)
    attestation: list[Attestation] = Field(default_factory=list)
    earnings: list[Earnings] = Field(default_factory=list)
    vacancies: list[Vacancies] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_record_a_year(self) -> ProgrammeFigures:
        _once_each(self.tuition, ("academic_year",))
        _once_each(self.students, ("academic_year",))
        _once_each(self.graduates, ("year",))
        return self


class Staff(Dated):
    """Teaching staff of one faculty in one academic year (headcount on 1 October)."""

    own_meta = Dated.own_meta | {"faculty", "academic_year"}

    faculty: str = Field(pattern=ID_PATTERN)
    academic_year: str
    headcount: Count
    with_degree: Count  # holders of an academic degree (candidate, doctor, PhD)

    _year = field_validator("academic_year")(classmethod(lambda cls, v: _academic_year(v)))

    @model_validator(mode="after")
    def _consistent(self) -> Staff:
        if self.with_degree > self.headcount:
            raise ValueError("'with_degree' is more than 'headcount'")
        return self
