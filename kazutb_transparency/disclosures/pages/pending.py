"""What is not yet published: every item a clause of the regulation requires and the data do
not give, by clause, with the unit responsible and the date it is due.

The list is the compliance register's own (`RegisterRow.missing`): what the register counts
as missing is exactly what this page lists, and `make validate` / `make status` print the
same items. In the publishing build a placeholder counts as missing (core/withhold.py).
"""

from __future__ import annotations

from datetime import date

from kazutb_transparency.core.counted import counted
from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.locale_format import fill
from kazutb_transparency.core.markdown import esc, page_href, tr
from kazutb_transparency.disclosures.labels import PAGE_TITLE
from kazutb_transparency.disclosures.pages.common import day, notice, quoted
from kazutb_transparency.disclosures.register_rows import RegisterRow
from kazutb_transparency.organisation import Units

PAGE = "register/not-yet-published.md"
REGISTER = "register/index.md"

L: dict[str, dict[str, str]] = catalog("disclosures_pending")


def pending_rows(register: tuple[RegisterRow, ...]) -> list[RegisterRow]:
    """The incomplete clauses (the register's status: a required item has no published
    value, or nothing at all is published for the clause yet), in clause order."""
    return sorted(
        (row for row in register if row.status == "incomplete"), key=lambda row: row.clause.key
    )


def pending_count(register: tuple[RegisterRow, ...]) -> int:
    """The items not yet published: a clause with nothing published counts as one."""
    return sum(max(1, len(row.missing)) for row in pending_rows(register))


def pending_page(register: tuple[RegisterRow, ...], units: Units, today: date, lang: str) -> str:
    rows = pending_rows(register)
    back = page_href(PAGE, REGISTER)
    out = [
        f"# {PAGE_TITLE[PAGE].get(lang)}\n",
        # The marks of the clauses' values (a unit assigned as a sample, in the preview).
        notice([row.clause for row in register], lang),
        fill(L["intro"][lang], today=day(today, lang)) + "\n",
    ]
    if not rows:
        out.append(f"{L['none'][lang]}\n")
    else:
        total = counted(pending_count(register), "register_items", lang)
        clauses = counted(len(rows), "register_clauses", lang)
        out.append(fill(L["summary"][lang], items=total, clauses=clauses) + "\n")
    for row in rows:
        out += _clause(row, units, lang)
    out.append(f'<a href="{back}">← {esc(PAGE_TITLE[REGISTER].get(lang))}</a>\n')
    return "\n".join(out)


def _clause(row: RegisterRow, units: Units, lang: str) -> list[str]:
    clause = row.clause
    labels = [tr(label, lang) for label in row.missing] or [L["nothing_yet"][lang]]
    items = "".join(f"<li>{label}</li>" for label in labels)
    unit = (
        tr(units.get(clause.unit).name, lang)
        if clause.unit is not None and clause.unit in units.by_id
        else L["unit_not_named"][lang]
    )
    due = day(clause.due, lang) if clause.due is not None else L["no_due_date"][lang]
    pages = ", ".join(
        f'<a href="{page_href(PAGE, page)}">{esc(PAGE_TITLE[page].get(lang))}</a>'
        for page in clause.pages
        if page in PAGE_TITLE
    )
    return [
        f'<h2 id="clause-{esc(clause.clause)}">§{esc(clause.clause)}</h2>\n',
        f"<p>{quoted(tr(clause.requirement, lang), lang)}</p>\n",
        f'<ul class="pending-items">{items}</ul>\n',
        # One line of facts, not a definition list: a phone shows a clause in one screen.
        '<p class="pending-facts">'
        + " · ".join(
            f"{label}: {value}"
            for label, value in (
                (L["unit"][lang], unit),
                (L["due"][lang], due),
                *([(L["pages"][lang], pages)] if pages else []),
            )
        )
        + "</p>\n",
    ]
