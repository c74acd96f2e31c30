"""How much of a programme's content is published, as the catalogue's tables and the
programme's page say it (§9.7.1.6): the credits its disciplines list against its total,
and whether it gives its learning outcomes (`disclosures/coverage.py`)."""

from __future__ import annotations

from kazutb_transparency.core.interface import catalog
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.coverage import Coverage
from kazutb_transparency.disclosures.pages.common import mark, number
from kazutb_transparency.disclosures.programmes import Programme

L: dict[str, dict[str, str]] = catalog("disclosures_programmes")


def coverage_cell(d: Disclosures, p: Programme, lang: str, marked: bool = False) -> str:
    """«кредит: 95 / 240; нәтижелер көрсетілмеген»: words, not a colour, say what is
    missing (an incomplete one also carries the class `coverage-incomplete`). `marked`: with the
    provenance marks of the disciplines and the outcomes (the compact tables of a faculty;
    the catalogue's first screen stays light)."""
    covered = d.coverage_of(p)
    credits = L["coverage_credits"][lang].format(listed=covered.listed, total=covered.total)
    if marked and covered.listed:
        credits += mark(p, lang, "disciplines")
    if covered.outcomes:
        outcomes = L["coverage_outcomes"][lang].format(n=covered.outcomes)
        outcomes += mark(p, lang, "learning_outcomes") if marked else ""
    else:
        outcomes = L["coverage_no_outcomes"][lang]
    state = "complete" if covered.complete else "incomplete"
    return f'<span class="coverage-{state}">{credits}; {outcomes}</span>'


def coverage_note(covered: Coverage, lang: str) -> str:
    """The sentence under "Disciplines and modules" on a programme's page: the total and
    how much of it the list covers (nothing when no discipline is listed: the page says
    so already)."""
    state = covered.disciplines
    if state == "none":
        return ""
    text = L[f"coverage_{state}"][lang].format(
        total=covered.total, listed=covered.listed, percent=number(covered.percent, lang)
    )
    css = "coverage-complete" if state == "complete" else "coverage-incomplete"
    return f'<p class="{css}">{text}</p>\n'
