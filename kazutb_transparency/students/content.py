"""Everything the students' pages show, loaded and cross-checked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kazutb_transparency.students.models import GradeAppeals, SupportService


@dataclass(frozen=True)
class Students:
    today: date
    appeals: GradeAppeals | None
    services: tuple[SupportService, ...]  # in the order of the kinds, then by id

    def of_kind(self, kind: str) -> list[SupportService]:
        return [s for s in self.services if s.kind == kind]

    def all_items(self) -> list[object]:
        """Every dated record (to find whether a page shows unverified data)."""
        return [*([self.appeals] if self.appeals else []), *self.services]
