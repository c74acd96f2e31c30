"""Agencies and accreditation records (modelled on DEQAR) and the status computed from dates."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, ValidationInfo, field_validator

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.disclosures.common import ID_PATTERN, PROGRAMME_CODE, Dated

EXPIRY_WARNING_DAYS = 180
# The hosts of the European database of quality assurance results (DEQAR): a decision's
# link must lead there and nowhere else (a look-alike host would pass for DEQAR).
DEQAR_HOSTS = frozenset({"deqar.eu", "www.deqar.eu"})


def deqar_url_problem(value: str) -> str | None:
    """Why `value` is not a link to a page of DEQAR, or None."""
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:
        return "is not a web address"
    if parts.scheme != "https":
        return "must start with https://"
    if parts.hostname not in DEQAR_HOSTS or parts.username or parts.password or port:
        return f"must be a page of DEQAR (https://www.deqar.eu/…), not of {parts.hostname or '?'}"
    if any(c.isspace() for c in value):
        return "must not contain spaces"
    return None


class Agency(Dated):
    id: str = Field(pattern=ID_PATTERN)
    name: Localized
    abbreviation: str | None = None
    country: str = Field(pattern=r"^[A-Z]{2}$")
    registers: list[Literal["national", "eqar", "apqr"]] = Field(default_factory=list)
    website: str | None = Field(default=None, pattern=r"^https?://\S+$")
    # The agency's id in DEQAR: only an agency registered in EQAR has one (checked with
    # `registers` by the loader); never guessed — left out until the agency's DEQAR page
    # gives it.
    deqar_id: int | None = Field(default=None, ge=1)

    @property
    def in_deqar(self) -> bool:
        """DEQAR holds the reports of the agencies registered in EQAR, and theirs alone."""
        return "eqar" in self.registers


class Accreditation(Dated):
    id: str = Field(pattern=ID_PATTERN)
    agency: str = Field(pattern=ID_PATTERN)
    activity: Literal["institutional", "programme"]
    basis: Literal["obligatory", "voluntary"]
    decision: Literal["positive", "positive-with-conditions", "negative"]
    certificate_number: str | None = None
    valid_from: date
    valid_until: date
    programmes: list[str] = Field(default_factory=list)
    certificate: str | None = Field(default=None, pattern=ID_PATTERN)
    report: str | None = Field(default=None, pattern=ID_PATTERN)
    # The decision's page in DEQAR, where an agency registered in EQAR publishes it.
    deqar_url: str | None = None

    @field_validator("deqar_url")
    @classmethod
    def _on_deqar(cls, value: str | None) -> str | None:
        problem = None if value is None else deqar_url_problem(value)
        if problem:
            raise ValueError(f"a DEQAR link {problem}")
        return value

    @field_validator("valid_until")
    @classmethod
    def _after_start(cls, value: date, info: ValidationInfo) -> date:
        start = info.data.get("valid_from")
        if start is not None and value < start:
            raise ValueError(f"must not be before 'valid_from' ({start.isoformat()})")
        return value

    @field_validator("programmes")
    @classmethod
    def _codes(cls, value: list[str]) -> list[str]:
        for code in value:
            if not re.match(PROGRAMME_CODE, code):
                raise ValueError(f"'{code}' is not a programme code such as 6B04105")
        return value


class Status(StrEnum):
    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    PENDING = "pending"  # decided, but not yet in force
    NONE = "none"


def record_status(record: Accreditation, today: date) -> Status:
    """Status of one decision on `today`; `valid_until` is the last day it is in force."""
    if record.decision == "negative":
        return Status.NONE
    if today < record.valid_from:
        return Status.PENDING
    if record.valid_until < today:
        return Status.EXPIRED
    if (record.valid_until - today).days <= EXPIRY_WARNING_DAYS:
        return Status.EXPIRING
    return Status.VALID


def overall_status(
    records: list[Accreditation], today: date
) -> tuple[Status, Accreditation | None]:
    """The status of a programme (or the institution) over all its records, and the record
    that decides it: the longest-running one in force, else the last one that expired."""
    in_force = [r for r in records if record_status(r, today) in (Status.VALID, Status.EXPIRING)]
    if in_force:
        best = max(in_force, key=lambda r: r.valid_until)
        return record_status(best, today), best
    expired = [r for r in records if record_status(r, today) is Status.EXPIRED]
    if expired:
        return Status.EXPIRED, max(expired, key=lambda r: r.valid_until)
    return Status.NONE, None
