"""How much of a programme's content is published (§9.7.1.6): the credits its listed
disciplines add up to against the programme's total credits, and its learning outcomes.

A programme's page, the catalogue, the compliance register, the open data and the strict
build all ask this one place, so that none of them can call a curriculum complete that
another calls incomplete.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from kazutb_transparency.disclosures.programmes import Discipline, Programme

CoverageState = Literal["complete", "partial", "over", "none"]


@dataclass(frozen=True)
class Coverage:
    listed: int  # credits of the disciplines listed for the programme
    total: int  # the programme's own total credits (`credits` in its file)
    outcomes: int  # intended learning outcomes given

    @property
    def disciplines(self) -> CoverageState:
        """none: no discipline listed; partial: fewer credits than the programme's total;
        over: more (a row or the total is wrong); complete: exactly the total."""
        if self.listed == 0:
            return "none"
        if self.listed < self.total:
            return "partial"
        return "over" if self.listed > self.total else "complete"

    @property
    def complete(self) -> bool:
        """The whole curriculum is published: every credit listed, and the outcomes."""
        return self.disciplines == "complete" and self.outcomes > 0

    @property
    def percent(self) -> int:
        """The share of the total credits listed, in whole per cent (rounded down, so that
        99.6 % is never shown as 100 %)."""
        return self.listed * 100 // self.total


def coverage(programme: Programme, disciplines: Iterable[Discipline]) -> Coverage:
    return Coverage(
        listed=sum(d.credits for d in disciplines),
        total=programme.credits,
        outcomes=len(programme.learning_outcomes),
    )
