"""The organisation as open data: every governance body, executive role and unit with its
parent, its head by position, its institutional contact and its regulation (§9.7.1.2)."""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import localized
from kazutb_transparency.core.opendata.dataset import Dataset, localized_values
from kazutb_transparency.core.opendata.texts import DatasetTexts
from kazutb_transparency.core.provenance import MIXED, STATES
from kazutb_transparency.organisation.loading import Units

# Titles and descriptions of the dataset and its fields: data/interface/<lang>.yaml.
TEXTS = localized("datasets_organisation")
DATASETS = DatasetTexts(TEXTS)
_f, _loc = DATASETS.field, DATASETS.localized
KINDS = ("governance-body", "executive", "collegial-body", "unit")
PAGE = "about/units.md"


class Checked(Protocol):
    """The record that says when the chart was last checked (about.yaml, `structure`)."""

    updated: date
    source: Localized


def units_dataset(units: Units, checked: Checked, today: date) -> Dataset:
    """One row per record of data/units.yaml, in the file's order; the dates and source are
    those of the chart as a whole, each row with its own provenance and source."""
    fields = (
        _f("id", "string", "units.id", required=True, unique=True),
        _f("parent", "string", "units.parent"),
        _f("kind", "string", "units.kind", required=True, enum=KINDS),
        *_loc("name", "units.name", required=True),
        *_loc("head", "units.head"),
        _f("email", "string", "units.email"),
        _f("phone", "string", "units.phone"),
        _f("regulation", "string", "units.regulation"),
        _f("provenance", "string", "units.provenance", required=True, enum=(*STATES, MIXED)),
        _f("provenance_fields", "string", "units.provenance_fields"),
        *_loc("source", "units.source", required=True),
    )
    rows: list[dict[str, Any]] = [
        {
            "id": unit.id,
            "parent": unit.parent,
            "kind": unit.kind,
            **localized_values("name", unit.name),
            **localized_values("head", unit.head),
            "email": unit.email,
            "phone": unit.phone,
            "regulation": unit.regulation,
            "provenance": unit.overall,
            "provenance_fields": unit.detail() or None,
            **localized_values("source", unit.source),
        }
        for unit in units
    ]
    return DATASETS.records("units", fields, rows, ("id",), [checked], today, "9.7.1.2", (PAGE,))
