"""Records of data/students/: how a student appeals a grade or complains, and the support
services a student can turn to.

Every record is `Dated` (posted, updated, review interval, provenance, source) like the
disclosures. People are never named: services give a place, hours and an institutional
contact; the appeal commission is described by the positions that sit on it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.disclosures.common import ID_PATTERN, Dated, Record

# Institutional addresses only: a person's mailbox would publish a name.
EMAIL_PATTERN = r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$"
PHONE_PATTERN = r"^\+7 [0-9 ()-]+$"

ServiceKind = Literal["advising", "psychological", "health", "catering", "disability", "other"]
SERVICE_KINDS: tuple[ServiceKind, ...] = (
    "advising",
    "psychological",
    "health",
    "catering",
    "disability",
    "other",
)
# The kinds every university's students need (the others are shown when present).
REQUIRED_KINDS: tuple[ServiceKind, ...] = SERVICE_KINDS[:-1]


class SurveyQuestion(Record):
    """A question of data/surveys/questionnaire.yaml that asks about this procedure."""

    survey: str = Field(pattern=ID_PATTERN)
    question: str = Field(pattern=ID_PATTERN)


class GradeAppeals(Dated):
    """data/students/grade-appeals.yaml: how a student appeals a grade, and complains."""

    policy: str | None = Field(default=None, pattern=ID_PATTERN)  # the document that sets it
    submit_to: Localized  # whom the appeal is addressed to
    how: Localized  # in what form it is submitted
    submit_within_days: int = Field(ge=1, le=30)  # working days after the grade is announced
    decided_within_days: int = Field(ge=1, le=30)  # working days for the commission's decision
    commission: Localized  # who forms the appeal commission and who sits on it, by position
    steps: list[Localized] = Field(min_length=1)  # the procedure, step by step
    complaints: Localized  # other complaints of students: whom, how, when answered
    email: str | None = Field(default=None, pattern=EMAIL_PATTERN)
    survey_question: SurveyQuestion | None = None


class SupportService(Dated):
    """A service a student can turn to (data/students/support.yaml)."""

    id: str = Field(pattern=ID_PATTERN)
    kind: ServiceKind
    name: Localized
    description: Localized
    where: Localized  # building and room
    hours: Localized
    unit: str | None = Field(default=None, pattern=ID_PATTERN)  # its unit in data/units.yaml
    email: str | None = Field(default=None, pattern=EMAIL_PATTERN)
    phone: str | None = Field(default=None, pattern=PHONE_PATTERN)
    accessible: bool  # reached without steps (ramp, lift or ground floor)
