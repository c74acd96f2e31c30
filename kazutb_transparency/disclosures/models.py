"""Records of data/disclosures/: the university, forms of study, faculties, resources, clauses."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import Field, field_validator

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.provenance import Sourced
from kazutb_transparency.disclosures.common import ID_PATTERN, Dated, Record

CLAUSE_PATTERN = r"^\d+(\.\d+)+$"


def bin_problem(value: str) -> str | None:
    """Why `value` is not a structurally valid BIN (business identification number), or None.

    Digits 3–4 are the registration month, digit 5 the entity type (4 resident, 5
    non-resident, 6 joint venture), digit 6 an attribute 0–4, digit 12 the check digit.
    """
    if not re.fullmatch(r"\d{12}", value):
        return "must be 12 digits"
    if not 1 <= int(value[2:4]) <= 12:
        return "digits 3–4 must be a month 01–12"
    if value[4] not in "456" or value[5] not in "01234":
        return "digit 5 must be 4, 5 or 6 and digit 6 must be 0–4"
    digits = [int(c) for c in value]
    for weights in (range(1, 12), [*range(3, 12), 1, 2]):
        check = sum(d * w for d, w in zip(digits, weights, strict=False)) % 11
        if check != 10:
            return None if check == digits[11] else "check digit is wrong"
    return "check digit is wrong"


class Identity(Dated):
    full_name: Localized
    short_name: Localized
    legal_form: Localized
    city: Localized
    website: str = Field(pattern=r"^https://[a-z0-9.-]+/$")


class Founding(Dated):
    founded: date


class Location(Dated):
    address: Localized
    country: str = Field(pattern=r"^[A-Z]{2}$")


class ScheduleLine(Record):
    days: Localized
    hours: str = Field(pattern=r"^\d{2}:\d{2}–\d{2}:\d{2}$")


class Schedule(Dated):
    mode: Localized
    lines: list[ScheduleLine] = Field(min_length=1)


class Phone(Record):
    label: Localized
    number: str = Field(pattern=r"^\+7 [0-9 ()]+$")


class Phones(Dated):
    items: list[Phone] = Field(min_length=1)


class Email(Record):
    label: Localized
    address: str = Field(pattern=r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$")


class Emails(Dated):
    items: list[Email] = Field(min_length=1)


class Registration(Dated):
    bin: str

    @field_validator("bin")
    @classmethod
    def _valid_bin(cls, value: str) -> str:
        problem = bin_problem(value)
        if problem:
            raise ValueError(f"not a valid BIN: {problem}")
        return value


class Head(Dated):
    name: Localized
    title: Localized
    unit: str = Field(pattern=ID_PATTERN)
    since: date | None = None


class About(Record):
    """data/disclosures/about.yaml; a section left out is shown as "no information"."""

    identity: Identity
    founding: Founding | None = None
    location: Location | None = None
    schedule: Schedule | None = None
    phones: Phones | None = None
    emails: Emails | None = None
    registration: Registration | None = None
    head: Head | None = None
    structure: Dated | None = None  # when the chart was checked; None: not yet published


class FormOfStudy(Dated):
    id: str = Field(pattern=ID_PATTERN)
    name: Localized
    short: Localized
    description: Localized
    mode: Literal["full-time", "part-time", "online", "blended"]


class Faculty(Dated):
    id: str = Field(pattern=ID_PATTERN)
    name: Localized
    parent: str = Field(pattern=ID_PATTERN)


class Figure(Record):
    label: Localized
    value: float = Field(ge=0)
    unit: Localized | None = None


ResourceCategory = Literal["building", "laboratory", "library", "e-resource"]
RESOURCE_CATEGORIES: tuple[ResourceCategory, ...] = (
    "building",
    "laboratory",
    "library",
    "e-resource",
)


class Resource(Dated):
    id: str = Field(pattern=ID_PATTERN)
    category: ResourceCategory
    name: Localized
    description: Localized | None = None
    figures: list[Figure] = Field(default_factory=list)
    url: str | None = Field(default=None, pattern=r"^https?://\S+$")


class Clause(Sourced):
    """One row of the compliance register: a requirement of the regulation and who answers it."""

    clause: str = Field(pattern=CLAUSE_PATTERN)
    block: Literal["invariant", "variative"]
    requirement: Localized
    pages: list[str] = Field(min_length=1)
    # None until the university names the unit (the publishing view leaves a sample out).
    unit: str | None = Field(default=None, pattern=ID_PATTERN)
    # When the unit is to publish what the clause still lacks (the not-yet-published page).
    due: date | None = None

    @property
    def key(self) -> tuple[int, ...]:
        return tuple(int(part) for part in self.clause.split("."))
