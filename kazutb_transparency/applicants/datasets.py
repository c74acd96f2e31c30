"""The applicants' data as open data: `admission`, `tuition-fees`, `students`,
`graduate-outcomes`, `cohort-completion`, `teaching-staff`, `final-attestation`,
`graduate-earnings` and `vacant-places`.

The counts are those the pages show: after the small-group rule, a withheld count is an
empty cell, and each value has a `<field>_status` column beside it saying why it is or is
not shown (published, small-group, protects-another, not-collected, not-applicable): a
withheld value is never read as a missing one. No rate is given that would give a withheld
count back.
"""

from __future__ import annotations

from typing import Any

from kazutb_transparency.applicants.content import Applicants
from kazutb_transparency.applicants.figures import (
    NOT_COLLECTED,
    PUBLISHED,
    SMALL_GROUP,
    Published,
    UnitRef,
    ratio_status,
)
from kazutb_transparency.applicants.models import GROUP_ID
from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import localized
from kazutb_transparency.core.opendata.dataset import (
    REGULATION,
    Dataset,
    Field,
    localized_fields,
    localized_values,
    status_field,
)
from kazutb_transparency.core.provenance import STATES
from kazutb_transparency.disclosures import Disclosures
from kazutb_transparency.disclosures.common import PROGRAMME_CODE, Dated
from kazutb_transparency.disclosures.datasets import META_FIELDS

TEXTS = localized("datasets_applicants")
T = Localized


def _f(name: str, kind: Any, meaning: str | None = None, **extra: Any) -> Field:
    """A field titled from the catalog (`field.<name>`) and described by `field.<name>.meaning`
    (or `<meaning>.meaning` where one name means another thing in another dataset): what it
    counts or says, its unit and where it comes from."""
    key = meaning or f"field.{name}"
    return Field(name, kind, TEXTS[f"field.{name}"], TEXTS[f"{key}.meaning"], **extra)


def _loc(prefix: str) -> tuple[Field, ...]:
    return localized_fields(prefix, TEXTS[f"field.{prefix}"], TEXTS[f"field.{prefix}.meaning"])


def _meta(item: Dated) -> dict[str, Any]:
    return {
        "posted": item.posted,
        "updated": item.updated,
        "review_due": item.review_due(),
        "review_months": item.review_months,
        "provenance": item.overall,
        "provenance_fields": item.detail() or None,
        **localized_values("source", item.source),
    }


def _evidence(clause: str) -> Localized:
    return T(
        kk=f"{REGULATION}, {clause}", ru=f"{REGULATION}, {clause}", en=f"{REGULATION}, {clause}"
    )


UNIT_FIELDS = (
    _f("unit_type", "string", required=True, enum=("university", "faculty", "programme")),
    _f("unit", "string"),
)
AGGREGATE_META = (
    _f("updated", "date", required=True),
    _f("provenance", "string", required=True, enum=STATES),
)


def admission_dataset(a: Applicants) -> Dataset:
    fields = (
        _f("group", "string", required=True, pattern=GROUP_ID),
        *_loc("group_name"),
        _f("programmes", "array", required=True),
        _f("subjects_en", "array"),
        _f("threshold", "number", minimum=0, maximum=140),
        _f("year", "integer", "admission_year", required=True),
        _f("grants", "integer", required=True, minimum=0),
        _f("paid_places", "integer", required=True, minimum=0),
        _f("applicants", "integer", minimum=0),
        _f("admitted", "integer", minimum=0),
        _f("min_score", "number", minimum=0, maximum=140),
        _f("median_score", "number", minimum=0, maximum=140),
        *_statuses("applicants", "admitted", "min_score", "median_score"),
        *META_FIELDS,
    )
    rows = []
    for g in a.groups:
        for i in g.intake:
            small = i.admitted is not None and i.admitted < a.min_n
            rows.append(
                {
                    "group": g.id,
                    **localized_values("group_name", g.name),
                    "programmes": list(g.programmes),
                    "subjects_en": [s.get("en") for s in g.subjects],
                    # The threshold of the admission it applies to, never beside another
                    # year's scores: empty on the other years' rows.
                    "threshold": g.threshold if i.year == g.threshold_year else None,
                    "year": i.year,
                    "grants": i.grants,
                    "paid_places": i.paid_places,
                    **_withheld("applicants", i.applicants, a.min_n),
                    **_withheld("admitted", i.admitted, a.min_n),
                    # The scores of a handful of entrants are their own results.
                    **_withheld("min_score", i.min_score, a.min_n, small),
                    **_withheld("median_score", i.median_score, a.min_n, small),
                    **_meta(g),
                }
            )
    return _dataset(
        "admission",
        fields,
        rows,
        ("group", "year"),
        list(a.groups),
        a,
        "8.6.1",
        ("applicants/index.md",),
    )


def _withheld(
    name: str, value: float | None, min_n: int, small: bool | None = None
) -> dict[str, Any]:
    """A value of a group's record and its status: withheld when the group (the count
    itself, or `small` for a figure of it) is below the minimum."""
    if value is None:
        return {name: None, f"{name}_status": NOT_COLLECTED}
    if small if small is not None else value < min_n:
        return {name: None, f"{name}_status": SMALL_GROUP}
    return {name: value, f"{name}_status": PUBLISHED}


def _statuses(*names: str) -> tuple[Field, ...]:
    return tuple(status_field(name, TEXTS[f"field.{name}"]) for name in names)


def tuition_dataset(a: Applicants) -> Dataset:
    fields = (
        _f("programme", "string", required=True, pattern=PROGRAMME_CODE),
        _f("academic_year", "string", "tuition_year", required=True, pattern=r"^\d{4}-\d{4}$"),
        _f("year_of_study", "integer", minimum=1),
        _f("form", "string", required=True),
        _f("language", "string", required=True, enum=("kk", "ru", "en")),
        _f("fee_kzt", "integer", required=True, minimum=0),
        *META_FIELDS,
    )
    rows, items = [], []
    for code, figures in sorted(a.figures.items()):
        for t in figures.tuition:
            items.append(t)
            rows += [
                {
                    "programme": code,
                    "academic_year": t.academic_year,
                    "year_of_study": f.year_of_study,
                    "form": f.form,
                    "language": f.language,
                    "fee_kzt": f.fee,
                    **_meta(t),
                }
                for f in t.fees
            ]
    key = ("programme", "academic_year", "year_of_study", "form", "language")
    # An empty year of study (the same fee every year) is part of the key: not declared.
    return _dataset(
        "tuition-fees", fields, rows, key, items, a, "8.6.1", ("applicants/costs.md",), False
    )


def _units(a: Applicants, d: Disclosures) -> list[UnitRef]:
    return [
        ("university", ""),
        *(("faculty", f.id) for f in d.faculties),
        *(("programme", p.code) for p in d.programmes),
    ]


def _aggregate(a: Applicants, measure: str, period: str, unit: UnitRef) -> dict[str, Any]:
    origin = a.origin(measure, period, unit)
    assert origin is not None
    return {
        "updated": origin.updated,
        "provenance": origin.state,
    }


def students_dataset(a: Applicants, d: Disclosures) -> Dataset:
    fields = (
        _f("academic_year", "string", "students_year", required=True),
        *UNIT_FIELDS,
        _f(
            "breakdown",
            "string",
            enum=("funding", "language", "form", "citizenship", "year_of_study"),
        ),
        _f("category", "string"),
        _f("students", "integer", minimum=0),
        *_statuses("students"),
        *AGGREGATE_META,
    )
    rows = []
    p = a.published
    for unit in _units(a, d):
        for year in p.periods("students", unit):
            meta = _aggregate(a, "students", year, unit)
            base = {"academic_year": year, "unit_type": unit[0], "unit": unit[1] or None}
            rows.append(
                base
                | {"breakdown": None, "category": None, "students": p.get("students", year, unit)}
                | {"students_status": p.status("students", year, unit)}
                | meta
            )
            for dim in ("funding", "language", "form", "citizenship", "year_of_study"):
                for cat in p.categories("students", year, unit, dim):
                    n = p.get("students", year, unit, dim, cat)
                    rows.append(
                        base
                        | {"breakdown": dim, "category": cat, "students": n}
                        | {"students_status": p.status("students", year, unit, dim, cat)}
                        | meta
                    )
    key = ("academic_year", "unit_type", "unit", "breakdown", "category")
    return _dataset(
        "students",
        fields,
        rows,
        key,
        [r for f in a.figures.values() for r in f.students],
        a,
        "8.5",
        ("applicants/outcomes.md",),
        declare=False,
    )


def graduates_dataset(a: Applicants, d: Disclosures) -> Dataset:
    fields = (
        _f("year", "integer", "graduation_year", required=True),
        *UNIT_FIELDS,
        _f("graduates", "integer", minimum=0),
        _f("employment_rate", "number", minimum=0, maximum=1),
        *_statuses("graduates", "employment_rate"),
        *AGGREGATE_META,
    )
    rows = []
    p = a.published
    for unit in _units(a, d):
        for year in p.periods("graduates", unit):
            rate = p.rate("graduates", year, unit, "employment", "employed", "not-employed")
            rows.append(
                {
                    "year": int(year),
                    "unit_type": unit[0],
                    "unit": unit[1] or None,
                    "graduates": p.get("graduates", year, unit),
                    "employment_rate": None if rate is None else round(rate, 3),
                    "graduates_status": p.status("graduates", year, unit),
                    "employment_rate_status": p.rate_status(
                        "graduates", year, unit, "employment", "employed", "not-employed"
                    ),
                }
                | _aggregate(a, "graduates", year, unit)
            )
    key = ("year", "unit_type", "unit")
    return _dataset(
        "graduate-outcomes",
        fields,
        rows,
        key,
        [r for f in a.figures.values() for r in f.graduates],
        a,
        "8.5",
        ("applicants/outcomes.md",),
        declare=False,
    )


def cohorts_dataset(a: Applicants, d: Disclosures) -> Dataset:
    fields = (
        _f("entry_year", "integer", required=True),
        *UNIT_FIELDS,
        _f("entrants", "integer", minimum=0),
        _f("completed_share", "number", minimum=0, maximum=1),
        _f("dropped_out_share", "number", minimum=0, maximum=1),
        *_statuses("entrants", "completed_share", "dropped_out_share"),
        *AGGREGATE_META,
    )
    rows = []
    p = a.published
    for unit in _units(a, d):
        for year in p.periods("cohort", unit):
            shares = [
                p.share("cohort", year, unit, "outcome", o) for o in ("completed", "dropped-out")
            ]
            rows.append(
                {
                    "entry_year": int(year),
                    "unit_type": unit[0],
                    "unit": unit[1] or None,
                    "entrants": p.get("cohort", year, unit),
                    "completed_share": None if shares[0] is None else round(shares[0], 3),
                    "dropped_out_share": None if shares[1] is None else round(shares[1], 3),
                    "entrants_status": p.status("cohort", year, unit),
                    "completed_share_status": p.share_status(
                        "cohort", year, unit, "outcome", "completed"
                    ),
                    "dropped_out_share_status": p.share_status(
                        "cohort", year, unit, "outcome", "dropped-out"
                    ),
                }
                | _aggregate(a, "cohort", year, unit)
            )
    key = ("entry_year", "unit_type", "unit")
    return _dataset(
        "cohort-completion",
        fields,
        rows,
        key,
        [r for f in a.figures.values() for r in f.cohorts],
        a,
        "8.5",
        ("applicants/outcomes.md",),
        declare=False,
    )


def staff_dataset(a: Applicants, d: Disclosures) -> Dataset:
    fields = (
        _f("academic_year", "string", "staff_year", required=True),
        *UNIT_FIELDS,
        _f("headcount", "integer", minimum=0),
        _f("with_degree_share", "number", minimum=0, maximum=1),
        _f("students_per_staff", "number", minimum=0),
        *_statuses("headcount", "with_degree_share", "students_per_staff"),
        *AGGREGATE_META,
    )
    rows = []
    p = a.published
    for unit in _units(a, d):
        for year in p.periods("staff", unit):
            share = p.rate("staff", year, unit, "degree", "with-degree", "without-degree")
            staff, students = p.get("staff", year, unit), p.get("students", year, unit)
            ratio = round(students / staff, 1) if staff and students else None
            rows.append(
                {
                    "academic_year": year,
                    "unit_type": unit[0],
                    "unit": unit[1] or None,
                    "headcount": staff,
                    "with_degree_share": None if share is None else round(share, 3),
                    "students_per_staff": ratio,
                    "headcount_status": p.status("staff", year, unit),
                    "with_degree_share_status": p.rate_status(
                        "staff", year, unit, "degree", "with-degree", "without-degree"
                    ),
                    "students_per_staff_status": ratio_status(
                        p.status("staff", year, unit),
                        p.status("students", year, unit)
                        if students_year_known(p, year, unit)
                        else NOT_COLLECTED,
                    ),
                }
                | _aggregate(a, "staff", year, unit)
            )
    key = ("academic_year", "unit_type", "unit")
    return _dataset(
        "teaching-staff",
        fields,
        rows,
        key,
        list(a.staff),
        a,
        "8.5",
        ("applicants/outcomes.md",),
        declare=False,
    )


def attestation_dataset(a: Applicants, d: Disclosures) -> Dataset:
    fields = (
        _f("year", "integer", "attestation_year", required=True),
        *UNIT_FIELDS,
        _f("sat", "integer", minimum=0),
        _f("passed_share", "number", minimum=0, maximum=1),
        _f("distinction_share", "number", minimum=0, maximum=1),
        *_statuses("sat", "passed_share", "distinction_share"),
        *AGGREGATE_META,
    )
    rows = []
    p = a.published
    for unit in _units(a, d):
        for year in p.periods("attestation", unit):
            at = ("attestation", year, unit)
            passed = p.rate(*at, "passed", "yes", "no")
            distinction = p.rate(*at, "distinction", "yes", "no")
            rows.append(
                {
                    "year": int(year),
                    "unit_type": unit[0],
                    "unit": unit[1] or None,
                    "sat": p.get(*at),
                    "passed_share": None if passed is None else round(passed, 3),
                    "distinction_share": None if distinction is None else round(distinction, 3),
                    "sat_status": p.status(*at),
                    "passed_share_status": p.rate_status(*at, "passed", "yes", "no"),
                    "distinction_share_status": p.rate_status(*at, "distinction", "yes", "no"),
                }
                | _aggregate(a, "attestation", year, unit)
            )
    return _dataset(
        "final-attestation",
        fields,
        rows,
        ("year", "unit_type", "unit"),
        [r for f in a.figures.values() for r in f.attestation],
        a,
        "8.5",
        ("applicants/outcomes.md",),
        declare=False,
    )


def earnings_dataset(a: Applicants) -> Dataset:
    """One row per programme and year of graduation: the median is a programme's own
    figure (medians do not add up), shown only where its count of graduates is."""
    fields = (
        _f("programme", "string", required=True, pattern=PROGRAMME_CODE),
        _f("year", "integer", "graduation_year", required=True),
        _f("graduates_counted", "integer", minimum=0),
        _f("median_monthly_kzt", "integer", minimum=0),
        *_statuses("graduates_counted", "median_monthly_kzt"),
        _f("earnings_as_of", "date"),
        *_loc("earnings_source"),
        *META_FIELDS,
    )
    rows, items = [], []
    p = a.published
    for code, figures in sorted(a.figures.items()):
        for e in figures.earnings:
            items.append(e)
            status = p.status("earnings", str(e.year), ("programme", code))
            shown = status == PUBLISHED
            rows.append(
                {
                    "programme": code,
                    "year": e.year,
                    "graduates_counted": e.graduates_counted if shown else None,
                    "median_monthly_kzt": e.median_monthly if shown else None,
                    "graduates_counted_status": status,
                    "median_monthly_kzt_status": status,
                    "earnings_as_of": e.as_of,
                    **localized_values("earnings_source", e.earnings_source),
                    **_meta(e),
                }
            )
    return _dataset(
        "graduate-earnings",
        fields,
        rows,
        ("programme", "year"),
        items,
        a,
        "8.5",
        ("applicants/outcomes.md",),
    )


def vacancies_dataset(a: Applicants) -> Dataset:
    fields = (
        _f("programme", "string", required=True, pattern=PROGRAMME_CODE),
        _f("academic_year", "string", "vacancy_year", required=True, pattern=r"^\d{4}-\d{4}$"),
        _f("year_of_study", "integer", required=True, minimum=1),
        _f("funding", "string", required=True, enum=("grant", "fee")),
        _f("places", "integer", required=True, minimum=0),
        *META_FIELDS,
    )
    rows, items = [], []
    for code, figures in sorted(a.figures.items()):
        for v in figures.vacancies:
            items.append(v)
            rows += [
                {
                    "programme": code,
                    "academic_year": v.academic_year,
                    "year_of_study": row.year_of_study,
                    "funding": row.funding,
                    "places": row.places,
                    **_meta(v),
                }
                for row in v.places
            ]
    key = ("programme", "academic_year", "year_of_study", "funding")
    return _dataset("vacant-places", fields, rows, key, items, a, "8.6.1", ("applicants/index.md",))


def students_year_known(p: Published, year: str, unit: UnitRef) -> bool:
    """Students are counted for the staff's academic year (the ratio's other count)."""
    return p.known("students", year, unit)


def _dataset(
    name: str,
    fields: tuple[Field, ...],
    rows: list[dict[str, Any]],
    key: tuple[str, ...],
    items: list[Any],
    a: Applicants,
    clause: str,
    pages: tuple[str, ...],
    declare: bool = True,
) -> Dataset:
    dates = [i.updated for i in items] or [r["updated"] for r in rows if r.get("updated")]
    sources = {i.source.get("en"): i.source for i in items}
    return Dataset(
        name=name,
        title=TEXTS[f"{name}.title"],
        description=TEXTS[f"{name}.description"],
        fields=fields,
        rows=rows,
        primary_key=key,
        updated=max(dates, default=a.today),
        # No record yet: the dataset is empty and says where its figures will come from.
        sources=tuple(sources[k] for k in sorted(sources)) or (TEXTS["no_records"],),
        evidence=_evidence(clause),
        pages=pages,
        declare_primary_key=declare,
    )


def applicant_datasets(a: Applicants, d: Disclosures) -> list[Dataset]:
    return [
        admission_dataset(a),
        tuition_dataset(a),
        students_dataset(a, d),
        graduates_dataset(a, d),
        cohorts_dataset(a, d),
        staff_dataset(a, d),
        attestation_dataset(a, d),
        earnings_dataset(a),
        vacancies_dataset(a),
    ]
