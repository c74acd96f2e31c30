"""The students' support services as open data (CSV + JSON, schema in the package)."""

from __future__ import annotations

from functools import partial

from kazutb_transparency.core.interface import localized
from kazutb_transparency.core.opendata.dataset import (
    Dataset,
    localized_values,
)
from kazutb_transparency.core.opendata.texts import DatasetTexts
from kazutb_transparency.disclosures.datasets import META_FIELDS, meta_values
from kazutb_transparency.students.content import Students
from kazutb_transparency.students.labels import SERVICE_KIND, SUPPORT

# Titles and descriptions of the dataset and its fields: data/interface/<lang>.yaml.
TEXTS = localized("datasets_students")
DATASET = "student-support"


DATASETS = DatasetTexts(TEXTS, META_FIELDS)
_f = DATASETS.field
_loc = partial(DATASETS.localized, required=True)  # the Kazakh value always given


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
    return DATASETS.records(
        DATASET, fields, rows, ("id",), s.services, s.today, "9.7.1.8", (SUPPORT,)
    )


def student_datasets(s: Students) -> list[Dataset]:
    return [support_dataset(s)]
