"""A row of the compliance register: the items (evidence) a clause needs and the status
they give it. Apart from the rules (`register.py`); the site data hold the rows beside
the disclosures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.provenance import Provenance
from kazutb_transparency.disclosures.common import Dated
from kazutb_transparency.disclosures.models import Clause

RegisterStatus = Literal["complete", "incomplete", "unverified"]


@dataclass(frozen=True)
class Evidence:
    """One item a clause needs. `item` is the record behind it (for its dates), if any;
    `present` is False when the item, or a required part of it, has no data; `fields` are
    the record's values the item is (none named: every value of the record)."""

    label: Localized
    item: Dated | None
    present: bool = True
    relies_on_unverified: bool = False
    optional: bool = False  # shown, but not required by the clause: never counted against it
    fields: tuple[str, ...] = ()

    @property
    def values(self) -> tuple[str, ...]:
        """The record's fields the item is: those named, or every field that holds a value."""
        if self.item is None:
            return ()
        return self.fields or tuple(self.item.present_fields())

    @property
    def unconfirmed(self) -> dict[Provenance, list[str]]:
        """The item's values the university has not confirmed, by state: {state: fields}."""
        found: dict[Provenance, list[str]] = {}
        if self.item is None:
            return found
        for field in self.values:
            state = self.item.state(field)
            if state != "confirmed":
                found.setdefault(state, []).append(field)
        return found

    @property
    def verified(self) -> bool:
        return self.item is not None and not self.unconfirmed and not self.relies_on_unverified

    def reasons(self) -> list[tuple[Provenance | None, tuple[str, ...]]]:
        """Why the item is not confirmed, for the register to say: (state, the fields in that
        state — named only where the label does not say which values they are, "*" for every
        other value of a record that mixes states), and (None, ()) when it relies on values
        not confirmed elsewhere (the units of the organisation chart)."""
        if self.verified or not self.present:
            return []
        found = self.unconfirmed
        named = not self.fields and (
            len(found) > 1 or sum(len(f) for f in found.values()) < len(self.values)
        )
        out: list[tuple[Provenance | None, tuple[str, ...]]] = []
        rest = None
        for state, fields in found.items():
            if not named:
                out.append((state, ()))
            elif len(found) > 1 and self.item is not None and state == self.item.provenance:
                rest = (state, ("*",))
            else:
                out.append((state, tuple(fields)))
        out += [rest] if rest else []
        return out + ([(None, ())] if self.relies_on_unverified or not found else [])


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
    def unverified(self) -> list[Evidence]:
        """What the clause has but the university has not confirmed: placeholders and values
        from a public source (each item names its values), and what relies on such values."""
        return [e for e in self.evidence if e.present and not e.verified]

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
