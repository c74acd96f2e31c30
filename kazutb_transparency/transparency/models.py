"""Records of data/transparency/: the regulation's transparency mechanisms (§8.3, §9.7.3).

Every record is `Dated` (posted, updated, review interval, provenance, source) like the
disclosures. People are never named: bodies list positions, competitions list posts.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.disclosures.common import ID_PATTERN, Dated, Record
from kazutb_transparency.transparency.portal import portal_record

# Institutional addresses only: a person's mailbox would publish a name.
EMAIL_PATTERN = r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$"
PHONE_PATTERN = r"^\+7 [0-9 ()-]+$"
URL_PATTERN = r"^https://\S+$"

AppealTopic = Literal["admission", "studies", "fees", "housing", "employment", "staff", "other"]
APPEAL_TOPICS: tuple[AppealTopic, ...] = (
    "admission",
    "studies",
    "fees",
    "housing",
    "employment",
    "staff",
    "other",
)
ChannelKind = Literal["email", "post", "in-person", "e-government", "phone"]
BodyKind = Literal["public-council", "board", "academic-council", "other-collegial"]
# The bodies whose members are public office holders named by law (the board of directors of
# a joint-stock company): only these may list members by name, each name in
# data/privacy/allowlist.yaml. Every other body is composed by position.
NAMED_BODY_KINDS: tuple[BodyKind, ...] = ("board",)
ProcurementStage = Literal["plan", "result"]


class Channel(Record):
    kind: ChannelKind
    label: Localized
    address: str = Field(min_length=3)  # an e-mail, postal address, phone or portal address


class Appeals(Dated):
    """data/transparency/appeals.yaml: how to write to the university and get an answer."""

    channels: list[Channel] = Field(min_length=1)
    response_days: int = Field(ge=1, le=90)  # the legal response term, in working days
    response_rule: Localized  # the law that sets it
    further_appeal: Localized  # where to turn when the answer does not satisfy
    email: str | None = Field(default=None, pattern=EMAIL_PATTERN)


class TopicCount(Record):
    topic: AppealTopic
    received: int = Field(ge=0)
    answered_in_term: int = Field(ge=0)
    answered_late: int = Field(ge=0)
    pending: int = Field(ge=0)

    @model_validator(mode="after")
    def _adds_up(self) -> TopicCount:
        parts = self.answered_in_term + self.answered_late + self.pending
        if parts != self.received:
            raise ValueError(
                f"received ({self.received}) must equal answered_in_term + answered_late + "
                f"pending ({parts})"
            )
        return self


class AppealYear(Dated):
    """One year of data/transparency/appeals-statistics.yaml."""

    year: int = Field(ge=2000, le=2100)
    topics: list[TopicCount] = Field(min_length=1)

    @property
    def received(self) -> int:
        return sum(t.received for t in self.topics)

    @property
    def answered_in_term(self) -> int:
        return sum(t.answered_in_term for t in self.topics)

    @property
    def answered_late(self) -> int:
        return sum(t.answered_late for t in self.topics)

    @property
    def pending(self) -> int:
        return sum(t.pending for t in self.topics)


class Seat(Record):
    """A place in a body's composition: a position, never a person's name."""

    position: Localized
    count: int = Field(ge=1)


class Member(Record):
    """A named member of a board of directors: a public office holder whose name the
    loader finds in data/privacy/allowlist.yaml, or the build stops."""

    position: Localized
    name: Localized
    since: date | None = None


class Meeting(Record):
    date: date
    agenda: Localized | None = None  # the agenda in a line
    # The agenda and the decisions as published documents (data/disclosures/documents.yaml):
    # an agenda of kind `agenda`, decisions of kind `decision`.
    agenda_document: str | None = Field(default=None, pattern=ID_PATTERN)
    decisions: list[str] = Field(default_factory=list)

    @property
    def documented(self) -> bool:
        """Both its agenda and its decisions are published as documents."""
        return self.agenda_document is not None and bool(self.decisions)


class Body(Dated):
    """A public council or collegial body (data/transparency/bodies.yaml)."""

    id: str = Field(pattern=ID_PATTERN)
    kind: BodyKind
    name: Localized
    role: Localized
    unit: str | None = Field(default=None, pattern=ID_PATTERN)  # its unit in data/units.yaml
    composition: list[Seat] = Field(min_length=1)
    # Named members: only for the kinds of NAMED_BODY_KINDS; empty while not published.
    members: list[Member] = Field(default_factory=list)
    meetings: list[Meeting] = Field(default_factory=list)

    @field_validator("members")
    @classmethod
    def _named_only_by_law(cls, value: list[Member], info: ValidationInfo) -> list[Member]:
        kind = info.data.get("kind")
        if value and kind is not None and kind not in NAMED_BODY_KINDS:
            raise ValueError(
                f"members are named only for a board of directors (kind 'board'), not for "
                f"a body of kind '{kind}': remove 'members' and keep its composition by "
                "position"
            )
        return value

    @property
    def seats(self) -> int:
        return sum(seat.count for seat in self.composition)


class Outcome(Record):
    """What came of a consultation, recorded once its deadline has passed."""

    published: date  # the day the outcome was published
    comments: int = Field(ge=0)  # comments received
    changes: Localized  # what changed in the document
    final_document: str = Field(pattern=ID_PATTERN)  # the document as adopted


class Consultation(Dated):
    """A document open for comment (data/transparency/consultations.yaml)."""

    id: str = Field(pattern=ID_PATTERN)
    title: Localized
    summary: Localized
    document: str = Field(pattern=ID_PATTERN)  # the draft: a document of kind `draft`
    opened: date
    deadline: date
    how_to_send: Localized
    email: str = Field(pattern=EMAIL_PATTERN)
    outcome: Outcome | None = None

    @model_validator(mode="after")
    def _deadline_after_opening(self) -> Consultation:
        if self.deadline < self.opened:
            raise ValueError("deadline must not be before 'opened'")
        return self

    @field_validator("outcome")
    @classmethod
    def _outcome_after_deadline(cls, value: Outcome | None, info: ValidationInfo) -> Outcome | None:
        deadline = info.data.get("deadline")
        if value is not None and deadline is not None and value.published < deadline:
            raise ValueError(
                f"the outcome is published ({value.published.isoformat()}) before the "
                f"deadline ({deadline.isoformat()}): record it once comments are closed"
            )
        return value

    def lacks_outcome(self, today: date) -> bool:
        """Past its deadline with no outcome recorded: the page flags it, the register
        counts it incomplete."""
        return self.deadline < today and self.outcome is None


class AntiCorruption(Dated):
    """data/transparency/anti-corruption.yaml: policy, compliance service, hotline, reports."""

    policy: str | None = Field(default=None, pattern=ID_PATTERN)  # a document id
    service: Localized  # the compliance service, by its institutional name
    unit: str | None = Field(default=None, pattern=ID_PATTERN)
    email: str | None = Field(default=None, pattern=EMAIL_PATTERN)
    hotline: str | None = Field(default=None, pattern=PHONE_PATTERN)
    how_to_report: Localized
    reports: list[str] = Field(default_factory=list)  # document ids, yearly reports


class Procurement(Dated):
    """A procurement plan or its results (data/transparency/procurement.yaml), each with
    its own record on the state procurement portal and its documents."""

    id: str = Field(pattern=ID_PATTERN)
    year: int = Field(ge=2000, le=2100)
    stage: ProcurementStage
    title: Localized
    portal_url: str | None = None  # this item's own record on goszakup.gov.kz
    plan_document: str | None = Field(default=None, pattern=ID_PATTERN)  # procurement-plan
    result_document: str | None = Field(default=None, pattern=ID_PATTERN)  # procurement-report
    lots: int | None = Field(default=None, ge=0)
    amount_kzt: int | None = Field(default=None, ge=0)  # whole tenge, no separators

    @field_validator("portal_url")
    @classmethod
    def _own_record_on_the_portal(cls, value: str | None) -> str | None:
        return None if value is None else portal_record(value)

    @model_validator(mode="after")
    def _somewhere_to_read(self) -> Procurement:
        if self.portal_url is None and self.plan_document is None and self.result_document is None:
            raise ValueError(
                "give 'portal_url' (this item's record on the state portal), "
                "'plan_document' or 'result_document'"
            )
        if self.stage == "plan" and self.result_document is not None:
            raise ValueError(
                "a plan has no 'result_document': put the results in a record of stage 'result'"
            )
        return self


class Competition(Dated):
    """A competition for a teaching or staff post (data/transparency/competitions.yaml);
    applicants are never named."""

    id: str = Field(pattern=ID_PATTERN)
    post: Localized
    unit: str = Field(pattern=ID_PATTERN)
    places: int = Field(ge=1)
    requirements: Localized
    announced: date
    deadline: date
    how_to_apply: Localized

    @model_validator(mode="after")
    def _deadline_after_announcement(self) -> Competition:
        if self.deadline < self.announced:
            raise ValueError("deadline must not be before 'announced'")
        return self


InspectionKind = Literal["scheduled", "unscheduled"]
INSPECTION_KINDS: tuple[InspectionKind, ...] = ("scheduled", "unscheduled")


class InspectionAction(Record):
    """What the university did about a finding: the step, its term and when it was done."""

    what: Localized
    due: date
    done: date | None = None  # empty while the step is still open


class Inspection(Dated):
    """An inspection by a state supervisory body (data/transparency/inspections.yaml);
    inspectors are never named, only the body."""

    id: str = Field(pattern=ID_PATTERN)
    date: date  # the day the inspection began
    body: Localized  # the state body, by its official name
    kind: InspectionKind
    subject: Localized
    violations_found: bool
    result: Localized
    actions: list[InspectionAction] = Field(default_factory=list)
    document: str | None = Field(default=None, pattern=ID_PATTERN)  # the act or order, when public

    @model_validator(mode="after")
    def _actions_after_the_inspection(self) -> Inspection:
        for action in self.actions:
            for name in ("due", "done"):
                value = getattr(action, name)
                if value is not None and value < self.date:
                    raise ValueError(
                        f"an action's '{name}' ({value.isoformat()}) is before the "
                        f"inspection's date ({self.date.isoformat()})"
                    )
        return self


IncomeHeading = Literal["state-order", "tuition", "research", "other"]
INCOME_HEADINGS: tuple[IncomeHeading, ...] = ("state-order", "tuition", "research", "other")
ExpenditureHeading = Literal["staff", "goods-services", "capital", "scholarships", "other"]
EXPENDITURE_HEADINGS: tuple[ExpenditureHeading, ...] = (
    "staff",
    "goods-services",
    "capital",
    "scholarships",
    "other",
)
Direction = Literal["income", "expenditure"]
DIRECTIONS: tuple[Direction, ...] = ("income", "expenditure")


class IncomeLine(Record):
    heading: IncomeHeading
    amount_kzt: int = Field(ge=0)  # whole tenge


class ExpenditureLine(Record):
    heading: ExpenditureHeading
    amount_kzt: int = Field(ge=0)  # whole tenge


class _Headings(Record):
    """One direction of a year's money: its headings and, as the statements give it, the
    total; a total that is not the sum of the headings is refused."""

    total_kzt: int | None = Field(default=None, ge=0)

    @property
    def lines(self) -> list[IncomeLine] | list[ExpenditureLine]:
        return self.headings  # type: ignore[attr-defined,no-any-return]

    @property
    def total(self) -> int:
        return sum(line.amount_kzt for line in self.lines)

    @model_validator(mode="after")
    def _adds_up(self) -> _Headings:
        seen = [line.heading for line in self.lines]
        twice = sorted({h for h in seen if seen.count(h) > 1})
        if twice:
            raise ValueError(f"heading {', '.join(twice)} given twice: give each heading once")
        if self.total_kzt is not None and self.total_kzt != self.total:
            raise ValueError(
                f"the headings add up to {self.total} tenge, but 'total_kzt' is "
                f"{self.total_kzt}: correct a heading or the total"
            )
        return self


class Income(_Headings):
    headings: list[IncomeLine] = Field(min_length=1)


class Expenditure(_Headings):
    headings: list[ExpenditureLine] = Field(min_length=1)


class FinancialYear(Dated):
    """One financial year of data/transparency/finances.yaml: income and expenditure by main
    heading in whole tenge, beside the year's audited statements and annual report."""

    year: int = Field(ge=2000, le=2100)
    statements: str | None = Field(default=None, pattern=ID_PATTERN)  # financial-statements
    annual_report: str | None = Field(default=None, pattern=ID_PATTERN)  # annual-report
    income: Income
    expenditure: Expenditure

    def direction(self, name: Direction) -> _Headings:
        return self.income if name == "income" else self.expenditure

    def lines_of(self, name: Direction) -> list[IncomeLine | ExpenditureLine]:
        """A direction's headings in the README's order, whatever the file's order."""
        order: tuple[str, ...] = INCOME_HEADINGS if name == "income" else EXPENDITURE_HEADINGS
        return sorted(self.direction(name).lines, key=lambda line: order.index(line.heading))

    def share(self, name: Direction, heading: str) -> float | None:
        """A heading's per cent of its direction's total, one decimal; None when the total
        is 0 (no share to give)."""
        part = self.direction(name)
        amount = next((line.amount_kzt for line in part.lines if line.heading == heading), 0)
        return round(100 * amount / part.total, 1) if part.total else None
