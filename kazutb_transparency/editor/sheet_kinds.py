"""The kinds of sheet an office sends: the model of one row, its columns and the data file
the rows land in. A column is named by its field (`fee`, `source_kk`); how an office may
head it in Kazakh, Russian or English is the vocabulary's business (sheet_vocabulary.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from kazutb_transparency.applicants.models import (
    Fee,
    Graduates,
    Intake,
    Staff,
    StudentCount,
    Students,
    Tuition,
)
from kazutb_transparency.core.i18n import LANGUAGES, Localized
from kazutb_transparency.core.provenance import STATES
from kazutb_transparency.editor.fields import _literal_options, _strip_annotated, _unwrap_optional
from kazutb_transparency.editor.sources import MeasurementRow

# What a record imported from a sheet says of itself (the Dated fields), per row.
META = ("provenance", "source_kk", "source_ru", "source_en")


@dataclass(frozen=True)
class Kind:
    name: str
    row: type[BaseModel]  # the model of one row
    keys: tuple[str, ...]  # columns that say where the row goes
    file: str  # under data/, with {key} fields
    section: str | None = None  # the list of the file the records go in
    items: str | None = None  # the record's list of rows (fees, counts), or None
    record: type[BaseModel] | None = None
    record_key: str | None = None

    def columns(self) -> list[str]:
        out = list(self.keys)
        for name, info in self.row.model_fields.items():
            if name in out or info.exclude or name in ("provenance_fields", "verified"):
                continue
            dated = "posted" in self.row.model_fields
            if dated and name in ("posted", "updated", "review_months", "provenance", "source"):
                continue
            if is_localized(info.annotation):
                out += [f"{name}_{lang}" for lang in LANGUAGES]
            else:
                out.append(name)
        if self.name != "measurements":
            out += list(META)
        return out

    def required(self, column: str) -> bool:
        """Whether the sheet must have the column (a text's Russian and English are not)."""
        if column.endswith(("_ru", "_en")):
            return False
        info = self.row.model_fields.get(column) or self.row.model_fields.get(
            column.removesuffix("_kk")
        )
        return info is None or info.is_required()

    def options(self, column: str) -> list[str] | None:
        """The values a closed column allows (a choice list in the template)."""
        if column == "provenance":
            return list(STATES)
        info = self.row.model_fields.get(column)
        if info is None:
            return None
        return _literal_options(_unwrap_optional(_strip_annotated(info.annotation)[0])[0])


def is_localized(annotation: Any) -> bool:
    annotation, _ = _unwrap_optional(_strip_annotated(annotation)[0])
    return isinstance(annotation, type) and issubclass(annotation, Localized)


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("fees", Fee, ("programme", "academic_year"), "applicants/programmes/{programme}.yaml",
             section="tuition", items="fees", record=Tuition, record_key="academic_year"),
        Kind("students", StudentCount, ("programme", "academic_year"),
             "applicants/programmes/{programme}.yaml",
             section="students", items="counts", record=Students, record_key="academic_year"),
        Kind("graduates", Graduates, ("programme",), "applicants/programmes/{programme}.yaml",
             section="graduates", record=Graduates, record_key="year"),
        Kind("places", Intake, ("group",), "applicants/groups.yaml",
             section="intake", record=Intake, record_key="year"),
        Kind("staff", Staff, (), "applicants/staff.yaml", record=Staff),
        Kind("measurements", MeasurementRow, (), "processes/measurements.csv"),
    )
}  # fmt: skip
