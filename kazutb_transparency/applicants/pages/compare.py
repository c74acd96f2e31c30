"""Every programme of the university in one table (applicants/compare.md): fee, places and
grants, threshold and last year's scores (each with its year), students, employment,
completion, satisfaction and accreditation, each value with its provenance mark.

Sorting works without JavaScript: one generated page per sort key, linked from the column
headers (applicants/compare-by-fee.md …); with JavaScript (assets/compare.js) a header sorts
the table in place, and two to four chosen programmes are put side by side at a shareable
address (compare.html?p=6B02101,6B04103). A column whose values all share one provenance
carries its mark once, in its header (a large university's table stays light); a column
that mixes them marks each value. A larger university's table is paged (COMPARE_ROWS).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from kazutb_transparency.applicants.content import Applicants
from kazutb_transparency.applicants.pages.common import (
    L,
    group_link,
    hidden,
    no_data,
    percent,
    tenge,
)
from kazutb_transparency.applicants.summary import first_year_fees
from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.locale_format import format_number, year_range
from kazutb_transparency.core.markdown import esc, page_href, tr
from kazutb_transparency.core.provenance import Provenance
from kazutb_transparency.disclosures import Disclosures
from kazutb_transparency.disclosures.accreditation import Status
from kazutb_transparency.disclosures.pages.common import marker, notice
from kazutb_transparency.disclosures.pages.programmes import SHORT_STATUS
from kazutb_transparency.disclosures.programmes import Programme

C: dict[str, dict[str, str]] = catalog("applicants_compare")

COMPARE = "applicants/compare.md"
COMPARE_ROWS = 60  # rows a page (~1 KB each): a large university's pages stay under 100 KB
# The columns, in order; the first is the default order (by code) at applicants/compare.md.
KEYS = (
    "programme",
    "fee",
    "places",
    "threshold",
    "scores",
    "students",
    "employment",
    "completion",
    "satisfaction",
    "accreditation",
)
# Keys sorted highest first (the others lowest first).
DESCENDING = {"places", "scores", "students", "employment", "completion", "satisfaction"}


@dataclass(frozen=True)
class Satisfaction:
    """A programme's latest survey satisfaction: the share (None: withheld, a small
    group), its wave, its provenance, and the cell as a family reads it in each language
    (the surveys' wording: the year, how many answered; no wave code, no interval)."""

    share: Decimal | None
    wave: str
    state: Provenance
    text: Mapping[str, str]


@dataclass(frozen=True)
class Cell:
    html: str  # the value as shown (without its mark)
    sort: float | str | None  # None: no value (sorted last)
    state: Provenance | None = None  # the value's provenance (None: nothing to mark)


def compare_path(key: str = "programme", number: int = 1) -> str:
    base = "applicants/compare" if key == "programme" else f"applicants/compare-by-{key}"
    return base + (f"-{number}" if number > 1 else "") + ".md"


def _cells(
    a: Applicants,
    d: Disclosures,
    p: Programme,
    page: str,
    lang: str,
    satisfaction: Mapping[str, Satisfaction],
) -> dict[str, Cell]:
    code = p.code
    unit = ("programme", code)
    facts = a.facts_of(code)
    group = facts.group
    out: dict[str, Cell] = {}
    name = tr(p.name, lang) if p.name else ""
    link = f'<a href="{page_href(page, f"programmes/{code}.md")}">{code}</a> {name}'
    out["programme"] = Cell(link, code, p.state("code"))

    tuition = facts.tuition
    fees = first_year_fees(tuition) if tuition else []
    if tuition and fees:
        low, high = min(fees), max(fees)
        amount = tenge(low, lang) if low == high else f"{tenge(low, lang)} – {tenge(high, lang)}"
        year = esc(year_range(tuition.academic_year))
        out["fee"] = Cell(f"{amount} ({year})", low, tuition.state("fees"))
    else:
        out["fee"] = Cell(no_data(lang), None)

    intake = group.latest() if group else None
    if group and intake:
        text = C["places_cell"][lang].format(
            grants=format_number(intake.grants, lang),
            paid=format_number(intake.paid_places, lang),
            year=intake.year,
        )
        out["places"] = Cell(
            f"{text}; {group_link(page, group, lang)}", intake.grants, group.state("intake")
        )
    else:
        out["places"] = Cell(no_data(lang), None)

    if group and group.threshold is not None:
        score = format_number(group.threshold, lang)
        year = group.threshold_year
        text = L["threshold_cell" if year else "threshold_cell_no_year"][lang]
        out["threshold"] = Cell(
            text.format(score=score, year=year), float(group.threshold), group.state("threshold")
        )
    else:
        out["threshold"] = Cell(no_data(lang), None)

    past = [i for i in group.intake if i.min_score is not None] if group else []
    if group and past:
        last = past[-1]
        if last.admitted is None or last.admitted < a.min_n:
            out["scores"] = Cell(hidden(a.min_n, lang), None)
        else:
            text = C["scores_cell"][lang].format(
                low=format_number(last.min_score or 0, lang), year=last.year
            )
            out["scores"] = Cell(text, float(last.min_score or 0), group.state("intake"))
    else:
        out["scores"] = Cell(no_data(lang), None)

    if facts.students_year is None:
        out["students"] = Cell(no_data(lang), None)
    elif facts.students is None:
        out["students"] = Cell(hidden(a.min_n, lang, facts.students_status), None)
    else:
        origin = facts.students_origin
        text = f"{format_number(facts.students, lang)} ({year_range(facts.students_year)})"
        out["students"] = Cell(text, facts.students, origin.state if origin else None)

    graduates = facts.graduates
    if graduates is None or graduates.employed is None:
        out["employment"] = Cell(no_data(lang), None)
    elif facts.employment_rate is None:
        out["employment"] = Cell(hidden(a.min_n, lang, facts.employment_status), None)
    else:
        rate = facts.employment_rate
        text = f"{percent(rate, lang)} ({graduates.year})"
        out["employment"] = Cell(text, rate, graduates.state("employed"))

    cohort = a.latest("cohort", unit)
    share = a.published.share("cohort", cohort, unit, "outcome", "completed") if cohort else None
    if cohort is None:
        out["completion"] = Cell(no_data(lang), None)
    elif share is None:
        status = a.published.share_status("cohort", cohort, unit, "outcome", "completed")
        out["completion"] = Cell(hidden(a.min_n, lang, status), None)
    else:
        origin = a.origin("cohort", cohort, unit)
        text = C["completion_cell"][lang].format(share=percent(share, lang), year=cohort)
        out["completion"] = Cell(text, share, origin.state if origin else None)

    found = satisfaction.get(code)
    if found is None:
        out["satisfaction"] = Cell(no_data(lang), None)
    elif found.share is None:
        out["satisfaction"] = Cell(found.text[lang], None)
    else:
        out["satisfaction"] = Cell(found.text[lang], float(found.share), found.state)

    status, record = d.programme_status(code)
    words = SHORT_STATUS[status][lang]
    until = record.valid_until.isoformat() if record and status is not Status.NONE else ""
    rank = {"valid": 0, "expiring": 1}.get(status.value, 2)
    out["accreditation"] = Cell(
        f'<span class="accreditation-{status.value}">{words}</span>'
        + (f" ({until[:4]})" if until else ""),
        f"{'abc'[rank]}{until}",  # text: never read as a number
        record.provenance if record is not None else None,
    )
    return out


def _order(rows: list[dict[str, Cell]], key: str) -> list[dict[str, Cell]]:
    """Rows by `key`: values first (highest first where DESCENDING), no value last, by code."""
    have = [r for r in rows if r[key].sort is not None]
    missing = [r for r in rows if r[key].sort is None]
    reverse = key in DESCENDING
    have.sort(key=lambda r: r["programme"].sort)  # ties: by code
    have.sort(key=lambda r: r[key].sort, reverse=reverse)  # type: ignore[arg-type,return-value]
    missing.sort(key=lambda r: r["programme"].sort)  # type: ignore[arg-type,return-value]
    return have + missing


def _column_states(rows: list[dict[str, Cell]]) -> dict[str, Provenance | None]:
    """The one provenance a column's values share (its mark goes in the header), else None."""
    out: dict[str, Provenance | None] = {}
    for key in KEYS:
        states = {r[key].state for r in rows if r[key].state is not None}
        out[key] = states.pop() if len(states) == 1 else None
    return out


def compare_pages(
    a: Applicants,
    d: Disclosures,
    lang: str,
    satisfaction: Mapping[str, Satisfaction] | None = None,
    rows_a_page: int = COMPARE_ROWS,
) -> dict[str, str]:
    """{path: Markdown}: the comparison sorted by each key (and paged on a large site)."""
    satisfaction = satisfaction or {}
    programmes = sorted(d.programmes, key=lambda p: p.code)
    pages: dict[str, str] = {}
    cells_by_page: dict[str, list[dict[str, Cell]]] = {}
    # Every page of the comparison is in applicants/: the same relative links on each.
    rows = [_cells(a, d, p, COMPARE, lang, satisfaction) for p in programmes]
    for key in KEYS:
        cells_by_page[key] = _order(rows, key)
    states = _column_states(cells_by_page["programme"])
    records: list[object] = [
        x
        for p in programmes
        for x in (a.tuition_of(p.code), a.graduates_of(p.code), a.group_of(p.code))
        if x is not None
    ]
    for key, ordered in cells_by_page.items():
        chunks = [ordered[i : i + rows_a_page] for i in range(0, len(ordered), rows_a_page)]
        chunks = chunks or [[]]
        for number, chunk in enumerate(chunks, start=1):
            path = compare_path(key, number)
            pages[path] = _page(
                a, programmes, records, chunk, states, key, number, len(chunks), path, lang
            )
    return pages


def _sort_text(value: float | str) -> str:
    """A cell's sort key as written in the page: a share to six decimals (0.731707, not
    0.7317073170731707: a long run of digits is heavy, and reads as a card number)."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.6f}".rstrip("0")
    return str(value)


def _header(key: str, current: str, state: Provenance | None, page: str, lang: str) -> str:
    label = C[f"col_{key}"][lang]
    mark = f" {marker(state, lang)}" if state else ""
    target = page_href(page, compare_path(key))
    if key == current:
        order = "descending" if key in DESCENDING else "ascending"
        return (
            f'<th scope="col" aria-sort="{order}" data-key="{key}">'
            f'<a href="{target}" aria-current="page">{label}</a>{mark}</th>'
        )
    return f'<th scope="col" data-key="{key}"><a href="{target}">{label}</a>{mark}</th>'


def _page(
    a: Applicants,
    programmes: list[Programme],
    records: list[object],
    rows: list[dict[str, Cell]],
    states: Mapping[str, Provenance | None],
    key: str,
    number: int,
    total_pages: int,
    path: str,
    lang: str,
) -> str:
    title = C["title"][lang]
    sorted_by = C["sorted_by"][lang].format(column=C[f"col_{key}"][lang])
    of = f" ({C['page_of'][lang].format(n=number, total=total_pages)})" if total_pages > 1 else ""
    head = "".join(_header(k, key, states[k], path, lang) for k in KEYS)
    body = []
    for r in rows:
        cells = []
        for k in KEYS:
            c = r[k]
            mark = "" if states[k] or c.state is None else f" {marker(c.state, lang)}"
            sort = "" if c.sort is None else esc(_sort_text(c.sort))
            cells.append(f'<td data-sort="{sort}">{c.html}{mark}</td>')
        body.append(f'<tr data-code="{r["programme"].sort}">' + "".join(cells) + "</tr>")
    pager = ""
    if total_pages > 1:
        links = [
            f'<strong aria-current="page">{n}</strong>'
            if n == number
            else f'<a href="{page_href(path, compare_path(key, n))}">{n}</a>'
            for n in range(1, total_pages + 1)
        ]
        label = C["pages"][lang]
        pager = (
            f'<nav class="catalogue-pager" aria-label="{label}"><p>{" · ".join(links)}</p></nav>\n'
        )
    labels = " ".join(f'data-label-{k}="{esc(C["col_" + k][lang])}"' for k in KEYS)
    side = (
        f'<div class="side-by-side" data-choose="{esc(C["choose"][lang])}" '
        f'data-compare="{esc(C["compare_chosen"][lang])}" '
        f'data-title="{esc(C["side_title"][lang])}" data-clear="{esc(C["clear"][lang])}" '
        f"{labels}></div>\n"
    )
    table = (
        f'<div class="table-wrap compare-wrap" markdown="0" tabindex="0" role="region" '
        f'aria-label="{esc(title)}"><table class="compare-table">\n'
        f"<caption>{esc(title)}{of}. {esc(sorted_by)}</caption>\n"
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n"
        + "\n".join(body)
        + "\n</tbody>\n</table></div>\n"
    )
    front = "" if key == "programme" and number == 1 else "---\nsearch:\n  exclude: true\n---\n"
    return "\n".join(
        [
            front,
            f"# {title}{of}\n",
            notice(records, lang, line=True),
            f"<p>{C['intro'][lang].format(n=len(programmes), min_n=a.min_n)}</p>\n",
            side,
            pager,
            table,
            pager,
            f"<p>{C['help'][lang]}</p>\n",
        ]
    )


__all__ = ["COMPARE", "KEYS", "Satisfaction", "compare_pages", "compare_path"]
