"""Income and expenditure (§9.7.3): for each financial year the money received and spent by
main heading, in whole tenge, with each heading's share, beside the year's audited financial
statements and annual report (the documents the figures come from)."""

from __future__ import annotations

from kazutb_transparency.core.locale_format import NBSP, format_number
from kazutb_transparency.core.markdown import dataset_links, href, table, tr
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.pages.common import mark, no_info, notice, register_note
from kazutb_transparency.transparency.content import Transparency
from kazutb_transparency.transparency.labels import HEADING, L, title
from kazutb_transparency.transparency.models import DIRECTIONS, Direction, FinancialYear

PAGE = "transparency/finances.md"
SHOWN_YEARS = 6  # older years are in the open data


def tenge(amount: int, lang: str) -> str:
    return f"{format_number(amount, lang)}{NBSP}₸"


def share(value: float | None, lang: str) -> str:
    if value is None:
        return "—"
    number = format_number(value, lang, 1)
    return f"{number}%" if lang == "en" else f"{number}{NBSP}%"


def _document(doc_id: str | None, label: str, d: Disclosures, lang: str) -> str:
    """The year's statements or report: linked when its file is published, else said."""
    if doc_id is None:
        return f'{label}: <em class="no-info">{L["not_published"][lang]}</em>'
    entry = d.document(doc_id)
    name = tr(entry.document.title, lang)
    if entry.file is None:
        return f'{label}: {name} (<em class="no-info">{L["file_pending"][lang]}</em>)'
    return f'{label}: <a href="{href(PAGE, entry.file.published, lang)}">{name}</a>'


def _direction(year: FinancialYear, direction: Direction, lang: str) -> str:
    rows = [
        [
            tr(HEADING[direction][line.heading], lang),
            tenge(line.amount_kzt, lang),
            share(year.share(direction, line.heading), lang),
        ]
        for line in year.lines_of(direction)
    ]
    total = year.direction(direction).total
    rows.append(
        [
            f"<strong>{L['total'][lang]}</strong>",
            f"<strong>{tenge(total, lang)}</strong>",
            share(100.0 if total else None, lang),
        ]
    )
    headers = [L[k][lang] for k in ("heading", "amount_kzt", "share")]
    return table(headers, rows, f"{L[direction][lang]}, {year.year}")


def _year(year: FinancialYear, d: Disclosures, lang: str) -> list[str]:
    documents = [
        _document(year.statements, L["statements"][lang], d, lang),
        _document(year.annual_report, L["annual_report"][lang], d, lang),
    ]
    out = [f"## {year.year}{mark(year, lang)}\n", "<p>" + "<br>".join(documents) + "</p>\n"]
    for direction in DIRECTIONS:
        out += [f"### {L[direction][lang]}, {year.year}\n", _direction(year, direction, lang)]
    return out


def finances_page(t: Transparency, d: Disclosures, lang: str) -> str:
    years = list(t.finances or ())
    out = [
        f"# {title(PAGE, lang)}\n",
        notice(years, lang),
        register_note(PAGE, ("9.7.3",), lang),
        f"{L['finances_intro'][lang]}\n",
        dataset_links(PAGE, ["finances"], lang),
    ]
    if not years:
        out.append(no_info(title(PAGE, lang), lang))
        return "\n".join(out)
    for year in years[:SHOWN_YEARS]:
        out += _year(year, d, lang)
    return "\n".join(out)
