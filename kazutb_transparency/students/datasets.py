"""The students' support services as open data (CSV + JSON, schema in the package)."""

from __future__ import annotations

from typing import Any

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import localized
from kazutb_transparency.core.opendata.dataset import (
    REGULATION,
    Dataset,
    Field,
    localized_fields,
    localized_values,
)
from kazutb_transparency.disclosures.datasets import META_FIELDS, meta_values
from kazutb_transparency.students.content import Students
from kazutb_transparency.students.labels import SERVICE_KIND, SUPPORT

# Titles and descriptions of the dataset and its fields: data/interface/<lang>.yaml.
TEXTS = localized("datasets_students")
DATASET = "student-support"


def _f(name: str, kind: Any, key: str, **extra: Any) -> Field:
    """A field titled by the catalog's `key` and described by `key.meaning`."""
    return Field(name, kind, TEXTS[key], TEXTS[f"{key}.meaning"], **extra)


def _loc(prefix: str, key: str) -> tuple[Field, ...]:
    return localized_fields(prefix, TEXTS[key], TEXTS[f"{key}.meaning"])


def support_dataset(s: Students) -> Dataset:
    fields = (
        _f("id", "string", "support.id", required=True, unique=True),
        _f("kind", "string", "support.kind", required=True),
        *_loc("kind_name", "support.kind_name"),
        *_loc("name", "support.name"),
        *_loc("where", "support.where"),
        *_loc("hours", "support.hours"),
        _f("unit", "string", "support.unit"),
        _f("email", "string", "support.email"),
        _f("phone", "string", "support.phone"),
        _f("accessible", "boolean", "support.accessible", required=True),
    )
    rows = [
        {
            "id": x.id,
            "kind": x.kind,
            **localized_values("kind_name", SERVICE_KIND[x.kind]),
            **localized_values("name", x.name),
            **localized_values("where", x.where),
            **localized_values("hours", x.hours),
            "unit": x.unit,
            "email": x.email,
            "phone": x.phone,
            "accessible": x.accessible,
            **meta_values(x),
        }
        for x in s.services
    ]
    sources = {x.source.get("en"): x.source for x in s.services}
    text = f"{REGULATION}, 9.7.1.8"
    return Dataset(
        name=DATASET,
        title=TEXTS[f"{DATASET}.title"],
        description=TEXTS[f"{DATASET}.description"],
        fields=(*fields, *META_FIELDS),
        rows=rows,
        primary_key=("id",),
        updated=max((x.updated for x in s.services), default=s.today),
        sources=tuple(sources[k] for k in sorted(sources)) or (TEXTS["no_records"],),
        evidence=Localized(kk=text, ru=text, en=text),
        pages=(SUPPORT,),
    )


def student_datasets(s: Students) -> list[Dataset]:
    return [support_dataset(s)]
