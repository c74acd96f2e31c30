"""The compliance register page: one row per clause, its pages, status, dates and owner."""

from __future__ import annotations

from collections import Counter

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
)
from kazutb_transparency.disclosures.register_rows import Evidence, RegisterRow
from kazutb_transparency.organisation import Units

PAGE = "register/index.md"

L: dict[str, dict[str, str]] = catalog("disclosures_register")


# The items a list under a status shows; the page stays light on a large university's site.
SHOWN = 25


def unconfirmed_value(e: Evidence, lang: str) -> str:
    """A value the clause has but the university has not confirmed: the record (and the
    fields, where its label does not say which) with the mark of its state."""
    parts = []
    for state, fields in e.reasons():
        if state is None:
            parts.append(f" — {L['relies'][lang]}")
            continue
        names = [L["other_values"][lang] if f == "*" else f"<code>{esc(f)}</code>" for f in fields]
        named = f" ({', '.join(names)})" if names else ""
        parts.append(named + " " + marker(state, lang))
    return tr(e.label, lang) + ";".join(parts)


def _status(row: RegisterRow, lang: str) -> str:
    text = f'<strong class="register-{row.status}">{tr(REGISTER_STATUS[row.status], lang)}</strong>'
    # What keeps the clause from being complete: the values missing, then those not confirmed.
    lists = [
        ("missing", [tr(label, lang) for label in row.missing]),
        ("unconfirmed", [unconfirmed_value(e, lang) for e in row.unverified]),
        ("optional", [tr(label, lang) for label in row.optional_missing]),
    ]
    for key, gaps in lists:
        if gaps:
            items = "".join(f"<li>{gap}</li>" for gap in gaps[:SHOWN])
            if len(gaps) > SHOWN:  # the open data list every one (disclosure-register)
                items += f"<li>{L['more'][lang].format(n=len(gaps) - SHOWN)}</li>"
            text += (
                f"<details><summary>{L[key][lang]}: {len(gaps)}</summary><ul>{items}</ul></details>"
            )
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
    out.append(f"<p>{summary}</p>\n")
    headers = [L[k][lang] for k in ("clause", "requirement", "pages", "status", "dates", "unit")]
    for block in ("invariant", "variative"):
        rows = [
            [
                f'<span class="register-clause" id="clause-{row.clause.clause.replace(".", "-")}">'
                f"{esc(row.clause.clause)}</span>",
                _quoted(tr(row.clause.requirement, lang), lang),
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


# The regulation's wording, quoted as approved (its Kazakh keeps the regulation's words,
# «аккредитация» among them), in the language's own quotation marks.
_QUOTES = {"kk": ("«", "»"), "ru": ("«", "»"), "en": ("“", "”")}


def _quoted(requirement: str, lang: str) -> str:
    opening, closing = _QUOTES[lang]
    return f"{opening}{requirement}{closing}"
