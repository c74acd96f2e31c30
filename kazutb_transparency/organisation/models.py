"""Governance bodies, executive roles and structural units (data/units.yaml)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.provenance import Sourced

UNIT_ID = r"^[a-z][a-z0-9-]*$"


class Unit(Sourced):
    id: str = Field(pattern=UNIT_ID)
    kind: Literal["governance-body", "executive", "collegial-body", "unit"]
    parent: str | None = None
    name: Localized
    abbreviation: Localized | None = None
    head: Localized | None = None


class UnitRef(BaseModel):
    """`unit-id` names a unit or role itself; `head:unit-id` names the head of that unit."""

    model_config = ConfigDict(frozen=True, allow_inf_nan=False)

    unit: str
    head: bool = False

    @classmethod
    def parse(cls, text: str) -> UnitRef:
        head = text.startswith("head:")
        unit = text.removeprefix("head:")
        if not re.match(UNIT_ID, unit):
            raise ValueError(
                f"'{text}' is not a unit reference (write 'unit-id' or 'head:unit-id')"
            )
        return cls(unit=unit, head=head)

    def __str__(self) -> str:
        return f"head:{self.unit}" if self.head else self.unit


def parse_refs(value: object) -> object:
    """Accept a single reference or a list of them, as editors write either."""
    items = value if isinstance(value, list) else [value]
    return [UnitRef.parse(item) if isinstance(item, str) else item for item in items]
