"""International cooperation as open data: partners, their agreements, exchange and
double-degree programmes, international students (CSV + JSON, schema in the package)."""

from __future__ import annotations

from functools import partial
from typing import Any

from kazutb_transparency.core.countries import country
from kazutb_transparency.core.disclosure_policy import NOT_COLLECTED
from kazutb_transparency.core.interface import localized
from kazutb_transparency.core.opendata.dataset import (
    Dataset,
    Field,
    localized_values,
    status_field,
)
from kazutb_transparency.core.opendata.texts import DatasetTexts
from kazutb_transparency.disclosures.common import Dated
from kazutb_transparency.disclosures.datasets import META_FIELDS, meta_values
from kazutb_transparency.international.content import International
from kazutb_transparency.international.labels import COUNTRY_GROUP
from kazutb_transparency.international.loading import ALL, MEASURE
from kazutb_transparency.international.models import COUNTRY_GROUPS, STUDY_LEVELS

# Titles and descriptions of the datasets and their fields: data/interface/<lang>.yaml.
TEXTS = localized("datasets_international")
CLAUSE = "9.8"
PARTNERS_PAGE = "international/index.md"
MOBILITY_PAGE = "international/mobility.md"


DATASETS = DatasetTexts(TEXTS, META_FIELDS)
_f = DATASETS.field
_loc = partial(DATASETS.localized, required=True)  # the Kazakh value always given


def _dataset(
    name: str,
    fields: tuple[Field, ...],
    rows: list[dict[str, Any]],
    key: tuple[str, ...],
    items: list[Dated],
    i: International,
    page: str,
) -> Dataset:
    return DATASETS.records(name, fields, rows, key, items, i.today, CLAUSE, (page,))


def partners_dataset(i: International) -> Dataset:
    partners = list(i.partners or ())
    fields = (
        _f("id", "string", "partners.id", required=True, unique=True),
        *_loc("name", "partners.name"),
        _f("kind", "string", "partners.kind", required=True),
        _f("country", "string", "partners.country", required=True),
        *_loc("country_name", "partners.country_name"),
        _f("url", "string", "partners.url"),
        _f("in_force", "boolean", "partners.in_force", required=True),
    )
    rows = [
        {
            "id": p.id,
            **localized_values("name", p.name),
            "kind": p.kind,
            "country": p.country,
            **localized_values("country_name", country(p.country)),
            "url": p.url,
            "in_force": bool(p.in_force(i.today)),
            **meta_values(p),
        }
        for p in partners
    ]
    return _dataset("partners", fields, rows, ("id",), list(partners), i, PARTNERS_PAGE)


def agreements_dataset(i: International) -> Dataset:
    partners = list(i.partners or ())
    fields = (
        _f("partner", "string", "agreements.partner", required=True),
        _f("number", "integer", "agreements.number", required=True, minimum=1),
        _f("kind", "string", "agreements.kind", required=True),
        _f("signed", "date", "agreements.signed", required=True),
        _f("valid_until", "date", "agreements.valid_until"),
        _f("document", "string", "agreements.document"),
    )
    rows = [
        {
            "partner": p.id,
            "number": n,
            "kind": a.kind,
            "signed": a.signed,
            "valid_until": a.valid_until,
            "document": a.document,
            **meta_values(p),
        }
        for p in partners
        for n, a in enumerate(p.agreements, start=1)
    ]
    return _dataset(
        "agreements", fields, rows, ("partner", "number"), list(partners), i, PARTNERS_PAGE
    )


def mobility_dataset(i: International) -> Dataset:
    items = list(i.mobility or ())
    fields = (
        _f("id", "string", "mobility.id", required=True, unique=True),
        _f("programme", "string", "mobility.programme", required=True),
        _f("partner", "string", "mobility.partner", required=True),
        _f("kind", "string", "mobility.kind", required=True, enum=("exchange", "double-degree")),
        _f("places", "integer", "mobility.places", required=True, minimum=1),
    )
    rows = [
        {
            "id": m.id,
            "programme": m.programme,
            "partner": m.partner,
            "kind": m.kind,
            "places": m.places,
            **meta_values(m),
        }
        for m in items
    ]
    return _dataset("mobility-programmes", fields, rows, ("id",), list(items), i, MOBILITY_PAGE)


def students_dataset(i: International) -> Dataset:
    """Each year's counts as the page shows them: small groups withheld, each with its
    status (published, small group, protects another)."""
    fields = (
        _f("year", "integer", "students.year", required=True),
        _f("group", "string", "students.group", required=True, enum=(*COUNTRY_GROUPS, "all")),
        *_loc("group_name", "students.group_name"),
        _f("level", "string", "students.level", required=True, enum=(*STUDY_LEVELS, "all")),
        _f("students", "integer", "students.students", minimum=0),
        status_field("students", TEXTS["students.students"]),
    )
    published = i.students
    rows = []
    for year in i.student_years or ():
        period = str(year.year)
        groups = sorted({c.group for c in year.counts}, key=COUNTRY_GROUPS.index)
        for group in (*groups, ALL):
            unit = ("university", "") if group == ALL else ("programme", group)
            for level in (*STUDY_LEVELS, ALL):
                parts = ("", "") if level == ALL else ("level", level)
                status = published.status(MEASURE, period, unit, *parts)
                if status == NOT_COLLECTED:
                    continue
                rows.append(
                    {
                        "year": year.year,
                        "group": group,
                        **localized_values("group_name", COUNTRY_GROUP[group]),
                        "level": level,
                        "students": published.get(MEASURE, period, unit, *parts),
                        "students_status": status,
                        **meta_values(year),
                    }
                )
    years = list(i.student_years or ())
    return _dataset(
        "international-students",
        fields,
        rows,
        ("year", "group", "level"),
        list(years),
        i,
        MOBILITY_PAGE,
    )


def international_datasets(i: International) -> list[Dataset]:
    return [
        partners_dataset(i),
        agreements_dataset(i),
        mobility_dataset(i),
        students_dataset(i),
    ]
