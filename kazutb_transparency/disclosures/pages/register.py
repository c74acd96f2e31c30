"""The compliance register page: one row per clause, its pages, status, dates and owner."""

from __future__ import annotations

import re
from collections import Counter

from kazutb_transparency.core.counted import counted
from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.markdown import dataset_links, esc, table, tr
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.labels import PAGE_TITLE, REGISTER_STATUS
from kazutb_transparency.disclosures.pages.common import L as CL
from kazutb_transparency.disclosures.pages.common import (
    day,
    mark,
    marker,
    notice,
    page_href,
    quoted,
)
from kazutb_transparency.disclosures.pages.pending import PAGE as PENDING_PAGE
from kazutb_transparency.disclosures.pages.pending import L as PENDING
from kazutb_transparency.disclosures.pages.pending import pending_count
from kazutb_transparency.disclosures.register_rows import Evidence, RegisterRow
from kazutb_transparency.editor.labels import field_label
from kazutb_transparency.organisation import Units

PAGE = "register/index.md"

L: dict[str, dict[str, str]] = catalog("disclosures_register")


# The items a list under a status shows; the page stays light on a large university's site.
SHOWN = 25


# «Состав (должности)»: the form's qualifier in brackets, dropped inside the page's own brackets.
_QUALIFIER = re.compile(r"\s*\([^()]*\)$")


def _field_name(field: str, lang: str, owner: str | None) -> str:
    """A field's label in running text: without its qualifier, its first letter small
    unless it starts an abbreviation («БСН»)."""
    label = _QUALIFIER.sub("", field_label(field, lang, owner))
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


def unconfirmed_value(e: Evidence, lang: str) -> str:
    """A value the clause has but the university has not confirmed: the record (and the
    fields, where its label does not say which) with the mark of its state."""
    parts = []
    for state, fields in e.reasons():
        if state is None:
            parts.append(f" — {L['relies'][lang]}")
            continue
        # A field by its label in the page's language (the editor's form labels), not by
        # its name in the data: «Совет директоров (роль, состав)», not «(role, composition)».
        owner = type(e.item).__name__ if e.item is not None else None
        names = [
            L["other_values"][lang] if f == "*" else esc(_field_name(f, lang, owner))
            for f in fields
        ]
        named = f" ({', '.join(names)})" if names else ""
        parts.append(named + " " + marker(state, lang))
    return tr(e.label, lang) + ";".join(parts)


def _status(row: RegisterRow, lang: str) -> str:
    text = f'<strong class="register-{row.status}">{tr(REGISTER_STATUS[row.status], lang)}</strong>'
    # What keeps the clause from being complete: the values missing, then those not confirmed.
    # A count first, then what it counts («4 мән расталмаған», "4 values not confirmed"), the
    # noun in the form the number needs: not «расталмаған мәндер: 4», a label and a count.
    lists = [
        ("register_missing", "register_items", [tr(label, lang) for label in row.missing]),
        (
            "register_unconfirmed",
            "register_values",
            [unconfirmed_value(e, lang) for e in row.unverified],
        ),
        (
            "register_optional",
            "register_items",
            [tr(label, lang) for label in row.optional_missing],
        ),
    ]
    for summary, noun, gaps in lists:
        if gaps:
            items = "".join(f"<li>{gap}</li>" for gap in gaps[:SHOWN])
            if len(gaps) > SHOWN:  # the open data list every one (disclosure-register)
                rest = counted(len(gaps) - SHOWN, noun, lang)
                items += f"<li>{L['more'][lang].format(items=rest)}</li>"
            said = counted(len(gaps), summary, lang)
            text += f"<details><summary>{said}</summary><ul>{items}</ul></details>"
    return text


def _dates(row: RegisterRow, lang: str) -> str:
    updated = day(row.updated, lang) if row.updated else CL["no_info_short"][lang]
    if row.review_due is None:
        return updated
    review = f"{L['review_short'][lang]} {day(row.review_due, lang)}"
    if row.stale:
        review = f'<strong class="stale">{review} ({L["stale"][lang]})</strong>'
    return f"{updated}<br>{review}"


def _unit(row: RegisterRow, units: Units, lang: str) -> str:
    if row.clause.unit is None:
        return L["unit_not_named"][lang]
    return tr(units.get(row.clause.unit).name, lang) + mark(row.clause, lang, "unit")


# Six columns whose words are never broken in the middle (site.css): the page leaves out the
# table of contents beside it (two entries), so that every column fits a desktop.
WIDE_PAGE = "---\nhide:\n  - toc\n---\n"


def register_page(
    d: Disclosures, register: tuple[RegisterRow, ...], units: Units, lang: str
) -> str:
    out = [
        WIDE_PAGE,
        f"# {PAGE_TITLE[PAGE].get(lang)}\n",
        notice(d.clauses, lang),
        f"{L['intro'][lang].format(today=day(d.today, lang))}\n",
        f"{L['legend'][lang]}\n",
        dataset_links(PAGE, ["disclosure-register"], lang),
    ]
    counts = Counter(row.status for row in register)
    stale = sum(1 for row in register if row.stale)
    # One sentence per language, not «Қорытынды: толық: 0, …», a chain of labels.
    summary = L["summary_text"][lang].format(
        total=len(register),
        complete=counts["complete"],
        unconfirmed=counts["unverified"],
        incomplete=counts["incomplete"],
        stale=stale,
    )
    pending = pending_count(register)
    if pending:
        link = page_href(PAGE, PENDING_PAGE)
        said = counted(pending, "register_items", lang)
        summary += f' <a href="{link}">{PENDING["register_link"][lang]}</a> ({said}).'
    out.append(f"<p>{summary}</p>\n")
    headers = [L[k][lang] for k in ("clause", "requirement", "pages", "status", "dates", "unit")]
    for block in ("invariant", "variative"):
        rows = [
            [
                f'<span class="register-clause" id="clause-{row.clause.clause.replace(".", "-")}">'
                f"{esc(row.clause.clause)}</span>",
                quoted(tr(row.clause.requirement, lang), lang),
                "<br>".join(
                    f'<a href="{page_href(PAGE, p)}">{tr(PAGE_TITLE[p], lang)}</a>'
                    for p in row.clause.pages
                ),
                _status(row, lang),
                _dates(row, lang),
                _unit(row, units, lang),
            ]
            for row in register
            if row.clause.block == block
        ]
        if rows:
            out.append(f"## {L[block][lang]}\n")
            out.append(table(headers, rows, L[block][lang]))
    return "\n".join(out)
