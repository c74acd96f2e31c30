"""Governance bodies, executive roles and structural units (data/units.yaml)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.provenance import Sourced

UNIT_ID = r"^[a-z][a-z0-9-]*$"
# The same forms as the other institutional contacts (transparency, students, news): an
# address in lower case, a Kazakhstan number written from +7.
EMAIL_PATTERN = r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$"
PHONE_PATTERN = r"^\+7 [0-9 ()-]+$"
DOCUMENT_ID = r"^[a-z0-9][a-z0-9-]*$"


class Unit(Sourced):
    id: str = Field(pattern=UNIT_ID)
    kind: Literal["governance-body", "executive", "collegial-body", "unit"]
    parent: str | None = None
    name: Localized
    abbreviation: Localized | None = None
    head: Localized | None = None  # the head's position, never a person's name
    # The unit's institutional contact: each must be in data/privacy/allowlist.yaml.
    email: str | None = Field(default=None, pattern=EMAIL_PATTERN)
    phone: str | None = Field(default=None, pattern=PHONE_PATTERN)
    # The unit's regulation: a document of kind `unit-regulation` in documents.yaml.
    regulation: str | None = Field(default=None, pattern=DOCUMENT_ID)


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
