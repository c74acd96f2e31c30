"""Educational programmes (one YAML file each) and their disciplines (CSV rows)."""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field

from kazutb_transparency.core.i18n import Lang, Localized
from kazutb_transparency.disclosures.common import (
    ID_PATTERN,
    LEVEL_PREFIX,
    PROGRAMME_CODE,
    Dated,
    Level,
    Record,
)

Cycle = Literal["general", "basic", "major", "final"]
Component = Literal["compulsory", "university", "elective"]

DISCIPLINE_COLUMNS = (
    "programme",
    "name_kk",
    "name_ru",
    "name_en",
    "credits",
    "semester",
    "cycle",
    "component",
)
DISCIPLINE_OPTIONAL_COLUMNS = ("code",)


class AnnouncedProgramme(Dated):
    """A programme whose code (and name) are real while the rest of its record is not yet
    published: what the publishing view keeps of a programme it leaves out (its faculty, forms
    or credits are placeholders), so that the catalogue still names it."""

    model_config = ConfigDict(extra="ignore", frozen=True, allow_inf_nan=False)

    code: str = Field(pattern=PROGRAMME_CODE)
    name: Localized | None = None


class Programme(Dated):
    provenance_extra = frozenset({"disciplines"})

    code: str = Field(pattern=PROGRAMME_CODE)
    name: Localized | None = None
    faculty: str = Field(pattern=ID_PATTERN)
    languages: list[Lang] = Field(min_length=1)
    forms: list[str] = Field(min_length=1)
    duration_years: float = Field(gt=0, le=8, multiple_of=0.5)
    credits: int = Field(ge=1, le=600)
    qualification: Localized | None = None
    learning_outcomes: list[Localized] = Field(default_factory=list)
    # The id of the programme's curriculum in documents.yaml (kind `curriculum`): the plan
    # of study and its approval, linked from the programme's page.
    curriculum: str | None = Field(default=None, pattern=ID_PATTERN)

    @property
    def level(self) -> Level:
        return LEVEL_PREFIX[self.code[:2]]

    @property
    def field_code(self) -> str:
        """The broad field of education of the national classifier: digits 3–4 of the code."""
        return self.code[2:4]

    @property
    def months(self) -> int:
        return round(self.duration_years * 12)

    @property
    def iso_duration(self) -> str:
        """ISO 8601 duration, e.g. 4 years → P4Y, 1.5 years → P1Y6M."""
        years, months = divmod(self.months, 12)
        return "P" + (f"{years}Y" if years else "") + (f"{months}M" if months else "")

    @property
    def semesters(self) -> int:
        return max(1, round(self.duration_years * 2))


class Discipline(Record):
    """A discipline or module of a programme: one row of a CSV file in disciplines/."""

    programme: str = Field(pattern=PROGRAMME_CODE)
    code: str | None = Field(default=None, max_length=30)
    name: Localized
    credits: int = Field(ge=1, le=60)
    semester: int = Field(ge=1, le=16)
    cycle: Cycle
    component: Component
