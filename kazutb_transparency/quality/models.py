"""Typed records of data/quality/: the document register, the policy, audits and reviews.

People appear only as positions and units: an auditor is "the head of a unit" or a position
written out, never a name (there is no field for one, and `extra="forbid"` refuses any).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.provenance import Sourced
from kazutb_transparency.quality.capa import ID_PATTERN
from kazutb_transparency.quality.capa import Action as CapaAction

Level = Literal["policy-manual", "standards-procedures", "instructions-regulations", "forms"]
LEVELS: tuple[Level, ...] = (
    "policy-manual",
    "standards-procedures",
    "instructions-regulations",
    "forms",
)
# ISO 9001:2015 9.3.2: the inputs a management review considers (c1–c7 are the parts of c).
REVIEW_INPUTS = ("a", "b", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "d", "e", "f")
Input = Literal["a", "b", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "d", "e", "f"]
# A year ("2026") when the approval block gives no day, else the day.
APPROVED = r"^\d{4}(-\d{2}-\d{2})?$"


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class QmsDocument(Sourced):
    """One current (or superseded) document of the QMS register."""

    own_meta = frozenset({"file"})

    code: str = Field(min_length=3)
    title: Localized
    # None when not yet published (the publishing build leaves a placeholder out).
    level: Level | None = None
    version: str | None = None
    approved: str | None = Field(default=None, pattern=APPROVED)
    approved_by: Localized
    status: Literal["current", "superseded"]
    file: str | None = None  # a file of data/documents/; its checksum is computed
    process: int | None = Field(default=None, ge=1, le=22)


class DocumentsFile(_Record):
    documents: list[QmsDocument] = Field(default_factory=list)


class Policy(Sourced):
    """The quality policy's text, only as the approved document words it.

    `text` stays empty until the quality office provides the approved wording: the page
    then says so, and never shows a text the university did not approve.
    """

    own_meta = frozenset({"document"})

    document: str | None = None  # its code in the register
    text: list[Localized] = Field(default_factory=list)  # paragraphs


class Role(_Record):
    """A position in a unit, never a person: `unit` is an id of data/units.yaml."""

    unit: str = Field(pattern=ID_PATTERN)
    position: Localized | None = None  # without it, the unit itself


class Finding(_Record):
    id: str = Field(pattern=ID_PATTERN)
    process: int = Field(ge=1, le=22)
    kind: Literal["nonconformity", "observation"]
    severity: Literal["major", "minor"] | None = None  # nonconformities only
    clause: str | None = Field(default=None, pattern=r"^\d+(\.\d+)*$")
    text: Localized


class AuditAction(CapaAction):
    """A corrective or preventive action opened on an audit finding (the shared model)."""

    finding: str = Field(pattern=ID_PATTERN)


class InternalAudit(Sourced):
    """One year's internal audit programme: what was audited, found and done."""

    own_meta = frozenset({"id"})

    id: str = Field(pattern=ID_PATTERN)
    year: int = Field(ge=2000, le=2100)
    start: date
    end: date
    lead: Role
    processes: list[int] = Field(min_length=1)
    findings: list[Finding] = Field(default_factory=list)
    actions: list[AuditAction] = Field(default_factory=list)


class Decision(_Record):
    text: Localized
    document: str | None = None  # the code of the document that records it


class Review(Sourced):
    """One management review (ISO 9001 9.3): its date, inputs and decisions."""

    own_meta = frozenset({"id"})

    id: str = Field(pattern=ID_PATTERN)
    day: date
    chair: Role
    inputs: list[Input] = Field(min_length=1)
    decisions: list[Decision] = Field(default_factory=list)
    minutes: str | None = None  # the code of the minutes in the register


class AuditsFile(_Record):
    # The day the actions' statuses were last checked: what "overdue" is judged against.
    as_of: date
    audits: list[InternalAudit] = Field(default_factory=list)
    reviews: list[Review] = Field(default_factory=list)
