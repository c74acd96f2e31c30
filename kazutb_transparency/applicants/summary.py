"""What a family asks first, read from the applicants' data: the range of tuition fees of
the latest academic year, the admission dates still to come, and a group's code with its
name. Used by the home page, the costs page and the comparison of programmes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kazutb_transparency.applicants.content import Applicants
from kazutb_transparency.applicants.models import Deadline, Group, Tuition
from kazutb_transparency.core.markdown import esc, tr
from kazutb_transparency.core.provenance import Provenance, weakest


@dataclass(frozen=True)
class FeeSpan:
    """The lowest and highest first-year fee of the latest academic year published."""

    low: int
    high: int
    academic_year: str  # "2026-2027"
    programmes: int  # how many programmes the span is taken from
    state: Provenance  # the weakest provenance of the fees it is taken from


def first_year_fees(tuition: Tuition) -> list[int]:
    return [f.fee for f in tuition.fees if f.year_of_study in (1, None)]


def fee_span(a: Applicants) -> FeeSpan | None:
    """Min–max of the first-year fees over every programme's tuition of the newest
    academic year any programme publishes; None when no fee is published."""
    latest = [t for code in sorted(a.figures) if (t := a.tuition_of(code)) is not None]
    if not latest:
        return None
    year = max(t.academic_year for t in latest)
    of_year = [t for t in latest if t.academic_year == year and first_year_fees(t)]
    if not of_year:
        return None
    fees = [fee for t in of_year for fee in first_year_fees(t)]
    return FeeSpan(
        min(fees), max(fees), year, len(of_year), weakest([t.state("fees") for t in of_year])
    )


def coming_deadlines(a: Applicants, today: date | None = None) -> list[Deadline]:
    """The admission dates not yet over (this year's admission); all of them when every one
    is over (the last admission's, until the next is published)."""
    deadlines = a.admission.deadlines
    if deadlines is None:
        return []
    today = today or a.today
    items = sorted(deadlines.items, key=lambda d: (d.start, d.end))
    coming = [d for d in items if d.end >= today]
    return coming or items


def group_label(group: Group, lang: str) -> str:
    """A group's code with its name (HTML): «B041 — Экономика …»; the name alone when it
    already holds the code (the sample data's names do)."""
    name = tr(group.name, lang)
    return name if group.id in group.name.get(lang) else f"{esc(group.id)} — {name}"
