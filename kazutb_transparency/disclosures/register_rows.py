"""A row of the compliance register: the items (evidence) a clause needs and the status
they give it. Apart from the rules (`register.py`); the site data hold the rows beside
the disclosures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.disclosures.common import Dated
from kazutb_transparency.disclosures.models import Clause

RegisterStatus = Literal["complete", "incomplete", "unverified"]


@dataclass(frozen=True)
class Evidence:
    """One item a clause needs. `item` is the record behind it (for its dates), if any;
    `present` is False when the item, or a required part of it, has no data."""

    label: Localized
    item: Dated | None
    present: bool = True
    relies_on_unverified: bool = False
    optional: bool = False  # shown, but not required by the clause: never counted against it

    @property
    def verified(self) -> bool:
        return self.item is not None and self.item.confirmed and not self.relies_on_unverified


def missing(label: Localized, item: Dated | None = None, optional: bool = False) -> Evidence:
    return Evidence(label, item, present=False, optional=optional)


@dataclass(frozen=True)
class RegisterRow:
    clause: Clause
    evidence: tuple[Evidence, ...]
    today: date

    @property
    def missing(self) -> list[Localized]:
        """What the clause requires and has no data."""
        return [e.label for e in self.evidence if not e.present and not e.optional]

    @property
    def optional_missing(self) -> list[Localized]:
        """What would be good to show but the clause does not require."""
        return [e.label for e in self.evidence if not e.present and e.optional]

    @property
    def status(self) -> RegisterStatus:
        if not self.evidence or self.missing:
            return "incomplete"
        return "complete" if all(e.verified for e in self.evidence) else "unverified"

    @property
    def updated(self) -> date | None:
        dates = [e.item.updated for e in self.evidence if e.item is not None]
        return max(dates) if dates else None

    @property
    def review_due(self) -> date | None:
        dates = [e.item.review_due() for e in self.evidence if e.item is not None]
        return min(dates) if dates else None

    @property
    def stale(self) -> bool:
        due = self.review_due
        return due is not None and due < self.today
