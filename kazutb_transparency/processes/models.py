"""Process cards of the QMS process information map (data/processes/*.yaml, data/registry.yaml)."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.organisation.models import UnitRef, parse_refs

Category = Literal["management", "core", "support"]
CATEGORY_RANGES: dict[str, range] = {
    "management": range(1, 9),
    "core": range(9, 18),
    "support": range(18, 23),
}

# The ISO part of a code sits between the unit code ("ПАК", "ІКР") and the year:
# "ҚазТБУ-П/Р-ПАК-4.1/6.3-2026-01" → "4.1/6.3"; "…-ПАК-8.1-9.1-2026-12" → "8.1-9.1".
_ISO_PART = re.compile(r"-\s*((?:\d+(?:\.\d+)*)(?:\s*[/-]\s*\d+(?:\.\d+)*)*)\s*-\s*(\d{4})-\d+\s*$")


# The fields of a process card that are lists, in the order the card shows them.
LIST_FIELDS = (
    "participants",
    "key_indicators",
    "inputs",
    "outputs",
    "suppliers",
    "customers",
    "resources",
    "evaluation_indicators",
    "risks",
    "documented_information",
    "content",
)


def iso_clauses(code: str) -> tuple[str, ...]:
    """ISO 9001:2015 clauses named in a process code, in the order written."""
    match = _ISO_PART.search(code)
    if not match:
        return ()
    return tuple(part.strip() for part in re.split(r"[/-]", match.group(1)) if part.strip())


class Item(Localized):
    """A list entry; `process` links it to another process when it names one.

    `reading` is the editorial reading of a source wording that is evidently wrong: the
    Kazakh text stays as approved, the reading is shown beside it ("probably: …") and the
    translations follow the reading.
    """

    process: int | None = Field(default=None, ge=1, le=22)
    reading: Localized | None = None


class Note(BaseModel):
    """A discrepancy in the source, shown to readers instead of silently fixed.

    `text` tells a reader what differs from the approved card and how the site shows it;
    `action` tells the quality office what to check. Only the editors' report prints it.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    kind: Literal[
        "code-mismatch", "duplicate-text", "misplaced-fragment", "spelling-variant", "other"
    ]
    field: str
    text: Localized
    action: Localized | None = None
    status: Literal["open", "resolved"] = "open"


Refs = Annotated[list[UnitRef], BeforeValidator(parse_refs), Field(min_length=1)]


class Process(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    number: int = Field(ge=1, le=22)
    category: Category
    code: str = Field(min_length=5)
    title_line_code: str | None = None
    title: Localized
    owner: Refs
    participants: list[Item] = []
    manager: Refs
    key_indicators: list[Item] = Field(min_length=1)
    goal: Localized
    inputs: list[Item] = []
    outputs: list[Item] = []
    suppliers: list[Item] = []
    customers: list[Item] = []
    resources: list[Item] = []
    evaluation_indicators: list[Item] = []
    risks: list[Item] = []
    documented_information: list[Item] = []
    content: list[Item] = []
    notes: list[Note] = []

    @property
    def clauses(self) -> tuple[str, ...]:
        return iso_clauses(self.code)

    @property
    def slug(self) -> str:
        return f"p{self.number:02d}"


class Approval(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    by: Localized
    year: int
    # What the approval block lacks (no day, no registration number), said where it is cited.
    incomplete: Localized | None = None


class Architecture(BaseModel):
    """The map's overview: stakeholder inputs → three categories → outputs, and feedback."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    inputs: list[Localized] = Field(min_length=1)
    # The architecture's own name of each process (it differs from some card titles).
    names: dict[int, Localized] = {}
    purposes: dict[Category, Localized]
    outputs: list[Localized] = Field(min_length=1)
    feedback: list[Localized] = Field(min_length=1)


class RegistryDocument(BaseModel):
    """The process map itself: every process page cites it as its source."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    code: str
    title: Localized
    version: str
    organisation: Localized
    place: Localized
    year: int
    approved: Approval
    standards: list[str]
    source_file: str
    updated: date
    review_months: int = Field(gt=0)
    architecture: Architecture
