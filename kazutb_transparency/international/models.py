"""Records of data/international/: partners and their agreements, exchange and double-degree
programmes, and international students as yearly aggregates (regulation §9.8).

Every record is `Dated` like the disclosures. No person is named: partners are
institutions, students are counts.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from babel import Locale
from pydantic import Field, field_validator, model_validator

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.disclosures.common import ID_PATTERN, Dated, Record

URL_PATTERN = r"^https://\S+$"
PartnerKind = Literal["university", "organisation", "network"]
AgreementKind = Literal["memorandum", "cooperation", "exchange", "double-degree", "membership"]
MobilityKind = Literal["exchange", "double-degree"]
CountryGroup = Literal["central-asia", "other-cis", "asia", "europe", "other"]
COUNTRY_GROUPS: tuple[CountryGroup, ...] = (
    "central-asia",
    "other-cis",
    "asia",
    "europe",
    "other",
)
StudyLevel = Literal["bachelor", "master", "doctorate"]
STUDY_LEVELS: tuple[StudyLevel, ...] = ("bachelor", "master", "doctorate")
# ISO 3166-1 alpha-2 codes CLDR names (babel): the page names each country in its language.
COUNTRIES = frozenset(code for code in Locale("en").territories if len(code) == 2)


class Agreement(Record):
    kind: AgreementKind
    signed: date
    valid_until: date | None = None  # empty: no end date
    document: str | None = Field(default=None, pattern=ID_PATTERN)  # the text, when public

    @model_validator(mode="after")
    def _valid_after_signing(self) -> Agreement:
        if self.valid_until is not None and self.valid_until < self.signed:
            raise ValueError("valid_until must not be before 'signed'")
        return self

    def in_force(self, today: date) -> bool:
        return self.signed <= today and (self.valid_until is None or self.valid_until >= today)


class Partner(Dated):
    """A partner university, organisation or network (data/international/partners.yaml)."""

    id: str = Field(pattern=ID_PATTERN)
    name: Localized
    kind: PartnerKind
    country: str  # ISO 3166-1 alpha-2, e.g. TR
    url: str | None = Field(default=None, pattern=URL_PATTERN)  # its official site
    agreements: list[Agreement] = Field(min_length=1)

    @field_validator("country")
    @classmethod
    def _known_country(cls, value: str) -> str:
        if value not in COUNTRIES:
            raise ValueError(
                f"'{value}' is not a country code: write its two capital letters (ISO 3166-1), "
                "e.g. TR, KR, DE"
            )
        return value

    def in_force(self, today: date) -> list[Agreement]:
        return [a for a in self.agreements if a.in_force(today)]


class MobilityProgramme(Dated):
    """An exchange or double-degree programme (data/international/mobility.yaml)."""

    id: str = Field(pattern=ID_PATTERN)
    programme: str = Field(min_length=3)  # the code of a programme of the catalogue
    partner: str = Field(pattern=ID_PATTERN)  # a partner's id in partners.yaml
    kind: MobilityKind
    places: int = Field(ge=1)  # places a year for the university's students


class StudentCount(Record):
    group: CountryGroup
    level: StudyLevel
    students: int = Field(ge=0)


class StudentYear(Dated):
    """International students of one academic year (data/international/students.yaml),
    counted by country group and level; small groups are withheld when published."""

    year: int = Field(ge=2000, le=2100)  # the academic year that begins in it
    counts: list[StudentCount] = Field(min_length=1)

    @model_validator(mode="after")
    def _each_cell_once(self) -> StudentYear:
        seen: set[tuple[str, str]] = set()
        for count in self.counts:
            key = (count.group, count.level)
            if key in seen:
                raise ValueError(f"'{count.group}' at level '{count.level}' is counted twice")
            seen.add(key)
        return self

    @property
    def total(self) -> int:
        return sum(c.students for c in self.counts)
