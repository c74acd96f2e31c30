"""Everything the transparency pages show, loaded and cross-checked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kazutb_transparency.transparency.models import (
    AntiCorruption,
    Appeals,
    AppealYear,
    Body,
    Competition,
    Consultation,
    FinancialYear,
    Inspection,
    Procurement,
)


@dataclass(frozen=True)
class Transparency:
    today: date
    appeals: Appeals | None
    appeal_years: tuple[AppealYear, ...]  # newest first
    bodies: tuple[Body, ...]
    consultations: tuple[Consultation, ...]  # latest deadline first
    anti_corruption: AntiCorruption | None
    procurement: tuple[Procurement, ...]  # newest year first
    competitions: tuple[Competition, ...]  # latest deadline first
    # Newest first; None when inspections.yaml does not exist (no information), () when
    # it says there were none.
    inspections: tuple[Inspection, ...] | None = None
    # Newest year first; None when finances.yaml does not exist (no information).
    finances: tuple[FinancialYear, ...] | None = None

    def open_consultations(self) -> list[Consultation]:
        return [c for c in self.consultations if c.deadline >= self.today]

    def open_competitions(self) -> list[Competition]:
        return [c for c in self.competitions if c.deadline >= self.today]

    def all_items(self) -> list[object]:
        """Every dated record (to find whether a page shows unverified data)."""
        single = [item for item in (self.appeals, self.anti_corruption) if item is not None]
        return [
            *single,
            *self.appeal_years,
            *self.bodies,
            *self.consultations,
            *self.procurement,
            *self.competitions,
            *(self.inspections or ()),
            *(self.finances or ()),
        ]
