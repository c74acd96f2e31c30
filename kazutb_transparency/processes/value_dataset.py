"""The key indicators' measurements as open data: `process-indicator-values`, one row per
indicator and period, keyed as `process-indicators` is (process, indicator) plus the period.
"""

from __future__ import annotations

from kazutb_transparency.core.interface import localized
from kazutb_transparency.core.opendata.dataset import Dataset, Field
from kazutb_transparency.core.provenance import provenance_column
from kazutb_transparency.processes.loading import Registry
from kazutb_transparency.processes.measurements import PERIOD, UNITS

# Titles and descriptions of the dataset and its fields: data/interface/<lang>.yaml.
TEXTS = localized("datasets_process_values")


def _field(name: str, kind: str, **options: object) -> Field:
    return Field(
        name,
        kind,  # type: ignore[arg-type]
        TEXTS[f"{name}.title"],
        TEXTS[f"{name}.description"],
        **options,  # type: ignore[arg-type]
    )


FIELDS: tuple[Field, ...] = (
    _field("process", "integer", required=True, minimum=1, maximum=22),
    _field("indicator", "integer", required=True, minimum=1),
    _field("period", "string", required=True, pattern=PERIOD.pattern.strip("^$")),
    _field("value", "number", required=True),
    _field("unit", "string", required=True, enum=tuple(UNITS)),
    _field("target", "number"),
    _field("better", "string", required=True, enum=("higher", "lower")),
    _field("target_met", "boolean"),
    _field("source", "string", required=True),
    provenance_column(TEXTS["provenance"]),
)


def indicator_values_dataset(registry: Registry) -> Dataset:
    rows = [
        {
            "process": m.process,
            "indicator": m.indicator,
            "period": m.period,
            "value": m.value,
            "unit": m.unit,
            "target": m.target,
            "better": m.better,
            "target_met": m.meets_target(),
            "source": m.source,
            "provenance": m.provenance,
        }
        for m in registry.measurements.rows
    ]
    doc = registry.document
    return Dataset(
        name="process-indicator-values",
        title=TEXTS["title"],
        description=TEXTS["description"],
        fields=FIELDS,
        rows=rows,
        primary_key=("process", "indicator", "period"),
        updated=doc.updated,
        sources=(doc.code, TEXTS["sources"]),
        evidence=TEXTS["evidence"],
        pages=("processes/index.md",),
    )
