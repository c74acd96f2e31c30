"""Everything the international pages show, loaded and cross-checked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kazutb_transparency.applicants.figures import Published
from kazutb_transparency.international.models import MobilityProgramme, Partner, StudentYear


@dataclass(frozen=True)
class International:
    today: date
    # None when the file does not exist (no information); () when it lists nothing.
    partners: tuple[Partner, ...] | None
    mobility: tuple[MobilityProgramme, ...] | None
    student_years: tuple[StudentYear, ...] | None  # newest first
    students: Published  # the counts that may be shown (the small-group rule)
    min_group: int

    def partner(self, partner_id: str) -> Partner:
        return next(p for p in self.partners or () if p.id == partner_id)

    def all_items(self) -> list[object]:
        return [*(self.partners or ()), *(self.mobility or ()), *(self.student_years or ())]
