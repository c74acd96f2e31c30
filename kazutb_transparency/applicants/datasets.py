"""The applicants' data as open data: `admission`, `tuition-fees`, `students`,
`graduate-outcomes`, `cohort-completion` and `teaching-staff`.

The counts are those the pages show: after the small-group rule, a withheld count is an
empty cell with `suppressed` true, and no rate is given that would give it back.
"""

from __future__ import annotations

from typing import Any

from kazutb_transparency.applicants.content import Applicants
from kazutb_transparency.applicants.figures import UnitRef
from kazutb_transparency.applicants.models import GROUP_ID
from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import localized
from kazutb_transparency.core.opendata.dataset import (
    REGULATION,
    Dataset,
    Field,
    localized_fields,
    localized_values,
)
from kazutb_transparency.core.provenance import STATES
from kazutb_transparency.disclosures import Disclosures
from kazutb_transparency.disclosures.common import PROGRAMME_CODE, Dated
from kazutb_transparency.disclosures.datasets import META_FIELDS

TEXTS = localized("datasets_applicants")
T = Localized


def _f(name: str, kind: Any, **extra: Any) -> Field:
    """A field titled from the catalog (`field.<name>`); its description repeats the title."""
    title = TEXTS[f"field.{name}"]
    return Field(name, kind, title, title, **extra)


def _loc(prefix: str) -> tuple[Field, ...]:
    title = TEXTS[f"field.{prefix}"]
    return localized_fields(prefix, title, title)


def _meta(item: Dated) -> dict[str, Any]:
    return {
        "posted": item.posted,
        "updated": item.updated,
        "review_due": item.review_due(),
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
    _f("suppressed", "boolean", required=True),
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
        _f("year", "integer", required=True),
        _f("grants", "integer", required=True, minimum=0),
        _f("paid_places", "integer", required=True, minimum=0),
        _f("applicants", "integer", minimum=0),
        _f("admitted", "integer", minimum=0),
        _f("min_score", "number", minimum=0, maximum=140),
        _f("median_score", "number", minimum=0, maximum=140),
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
                    "threshold": g.threshold,
                    "year": i.year,
                    "grants": i.grants,
                    "paid_places": i.paid_places,
                    "applicants": _small(i.applicants, a.min_n),
                    "admitted": _small(i.admitted, a.min_n),
                    "min_score": None if small else i.min_score,
                    "median_score": None if small else i.median_score,
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


def _small(value: int | None, min_n: int) -> int | None:
    return None if value is None or value < min_n else value


def tuition_dataset(a: Applicants) -> Dataset:
    fields = (
        _f("programme", "string", required=True, pattern=PROGRAMME_CODE),
        _f("academic_year", "string", required=True, pattern=r"^\d{4}-\d{4}$"),
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
        "suppressed": a.published.get(measure, period, unit) is None,
        "updated": origin.updated,
        "provenance": origin.state,
    }


def students_dataset(a: Applicants, d: Disclosures) -> Dataset:
    fields = (
        _f("academic_year", "string", required=True),
        *UNIT_FIELDS,
        _f(
            "breakdown",
            "string",
            enum=("funding", "language", "form", "citizenship", "year_of_study"),
        ),
        _f("category", "string"),
        _f("students", "integer", minimum=0),
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
                | meta
            )
            for dim in ("funding", "language", "form", "citizenship", "year_of_study"):
                for cat in p.categories("students", year, unit, dim):
                    n = p.get("students", year, unit, dim, cat)
                    rows.append(
                        base
                        | {"breakdown": dim, "category": cat, "students": n}
                        | meta
                        | {"suppressed": n is None}
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
        _f("year", "integer", required=True),
        *UNIT_FIELDS,
        _f("graduates", "integer", minimum=0),
        _f("employment_rate", "number", minimum=0, maximum=1),
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
        _f("academic_year", "string", required=True),
        *UNIT_FIELDS,
        _f("headcount", "integer", minimum=0),
        _f("with_degree_share", "number", minimum=0, maximum=1),
        _f("students_per_staff", "number", minimum=0),
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
    ]
