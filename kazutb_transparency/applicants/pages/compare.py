"""Every programme of the university in one table (applicants/compare.md): fee, places and
grants, threshold and last year's scores (each with its year), students, employment,
completion, satisfaction and accreditation, each value with its provenance mark.

Sorting needs no JavaScript: one generated page per sort key, linked from the column
headers (applicants/compare-by-fee.md …), with or without JavaScript (an in-place sort
would order one page's rows only on a paged table); with JavaScript (assets/compare.js) two
to four chosen programmes are put side by side at a shareable address
(compare.html?p=6B02101,6B04103). A column whose values all share one provenance
or one year carries it once, in its header (a large university's table stays light); a
column that mixes them marks each value, in a compact mark read aloud as its word. A value
withheld says so by a numbered link to its reason, written once under the table. A larger
university's table is paged (COMPARE_ROWS).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from kazutb_transparency.applicants.content import Applicants
from kazutb_transparency.applicants.figures import NOT_APPLICABLE, SMALL_GROUP
from kazutb_transparency.applicants.pages.common import (
    L,
    group_path,
    no_data,
    percent,
    tenge,
    withheld_reason,
)
from kazutb_transparency.applicants.summary import first_year_fees
from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.locale_format import format_number, year_range
from kazutb_transparency.core.markdown import esc, page_href, tr
from kazutb_transparency.core.provenance import Provenance
from kazutb_transparency.disclosures import Disclosures
from kazutb_transparency.disclosures.accreditation import Status
from kazutb_transparency.disclosures.pages.common import marker, notice, shared_state
from kazutb_transparency.disclosures.pages.programmes import SHORT_STATUS
from kazutb_transparency.disclosures.programmes import Programme

C: dict[str, dict[str, str]] = catalog("applicants_compare")

COMPARE = "applicants/compare.md"
# Rows a page (~0.6 KB each in Kazakh, ~0.65 KB in Russian): as many as keep a page with the
# theme's frame under the 100 KB budget of every page (150 rows made 112 KB), since fewer,
# larger pages carry the frame fewer times.
COMPARE_ROWS = 120
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
    html: str  # the value as shown (without its mark), with its year if it has one
    sort: float | str | None  # None: no value (sorted last)
    state: Provenance | None = None  # the value's provenance (None: nothing to mark)
    year: str | None = None  # the year as written in `html` ("(2026)"), said once if shared
    withheld: str | None = None  # why the value is not published (a note under the table)


def _withheld(min_n: int, lang: str, status: str) -> Cell:
    reason = withheld_reason(min_n, lang, status)
    if reason is None:
        return Cell("—" if status == NOT_APPLICABLE else no_data(lang), None)
    return Cell("", None, withheld=reason)


def _after(text: str, start: str) -> str | None:
    """The year part of a cell's text that opens with its value: «65 (2026 admission)»."""
    if not text.startswith(start):
        return None
    return text[len(start) :].strip() or None


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
        out["fee"] = Cell(f"{amount} ({year})", low, tuition.state("fees"), f"({year})")
    else:
        out["fee"] = Cell(no_data(lang), None)

    intake = group.latest() if group else None
    if group and intake:
        text = C["places_cell"][lang].format(
            grants=format_number(intake.grants, lang),
            paid=format_number(intake.paid_places, lang),
            year=intake.year,
        )
        target = page_href(page, group_path(group.id))
        label = C["group_short"][lang].format(code=esc(group.id))
        out["places"] = Cell(
            f'{text}; <a href="{target}">{label}</a>',
            intake.grants,
            group.state("intake"),
            f"({intake.year})",
        )
    else:
        out["places"] = Cell(no_data(lang), None)

    if group and group.threshold is not None:
        score = format_number(group.threshold, lang)
        year = group.threshold_year
        text = L["threshold_cell" if year else "threshold_cell_no_year"][lang].format(
            score=score, year=year
        )
        out["threshold"] = Cell(
            text, float(group.threshold), group.state("threshold"), _after(text, score)
        )
    else:
        out["threshold"] = Cell(no_data(lang), None)

    past = [i for i in group.intake if i.min_score is not None] if group else []
    if group and past:
        last = past[-1]
        if last.admitted is None or last.admitted < a.min_n:
            out["scores"] = _withheld(a.min_n, lang, SMALL_GROUP)
        else:
            text = C["scores_cell"][lang].format(
                low=format_number(last.min_score or 0, lang), year=last.year
            )
            state = group.state("intake")
            out["scores"] = Cell(text, float(last.min_score or 0), state, f"({last.year})")
    else:
        out["scores"] = Cell(no_data(lang), None)

    if facts.students_year is None:
        out["students"] = Cell(no_data(lang), None)
    elif facts.students is None:
        out["students"] = _withheld(a.min_n, lang, facts.students_status)
    else:
        origin = facts.students_origin
        year = f"({year_range(facts.students_year)})"
        text = f"{format_number(facts.students, lang)} {year}"
        out["students"] = Cell(text, facts.students, origin.state if origin else None, year)

    graduates = facts.graduates
    if graduates is None or graduates.employed is None:
        out["employment"] = Cell(no_data(lang), None)
    elif facts.employment_rate is None:
        out["employment"] = _withheld(a.min_n, lang, facts.employment_status)
    else:
        rate = facts.employment_rate
        text = f"{percent(rate, lang)} ({graduates.year})"
        state = graduates.state("employed")
        out["employment"] = Cell(text, rate, state, f"({graduates.year})")

    cohort = a.latest("cohort", unit)
    share = a.published.share("cohort", cohort, unit, "outcome", "completed") if cohort else None
    if cohort is None:
        out["completion"] = Cell(no_data(lang), None)
    elif share is None:
        status = a.published.share_status("cohort", cohort, unit, "outcome", "completed")
        out["completion"] = _withheld(a.min_n, lang, status)
    else:
        origin = a.origin("cohort", cohort, unit)
        shown = percent(share, lang)
        text = C["completion_cell"][lang].format(share=shown, year=cohort)
        state = origin.state if origin else None
        out["completion"] = Cell(text, share, state, _after(text, shown))

    found = satisfaction.get(code)
    if found is None:
        out["satisfaction"] = Cell(no_data(lang), None)
    elif found.share is None:
        out["satisfaction"] = Cell("", None, withheld=found.text[lang])
    else:
        out["satisfaction"] = Cell(found.text[lang], float(found.share), found.state)

    status, record = d.programme_status(code)
    words = SHORT_STATUS[status][lang]
    until = record.valid_until.isoformat() if record and status is not Status.NONE else ""
    rank = {"valid": 0, "expiring": 1}.get(status.value, 2)
    out["accreditation"] = Cell(
        words + (f" ({until[:4]})" if until else ""),  # the words say the status: no class
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
        out[key] = shared_state(r[key].state for r in rows)
    return out


def _column_years(rows: list[dict[str, Cell]]) -> dict[str, str | None]:
    """The one year every dated value of a column shares (said in its header), else None:
    a column with an undated value keeps each value's year."""
    out: dict[str, str | None] = {}
    for key in KEYS:
        shown = [r[key] for r in rows if r[key].sort is not None]
        years = {c.year for c in shown}
        out[key] = years.pop() if len(years) == 1 else None
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
    years = _column_years(cells_by_page["programme"])
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
                a, programmes, records, chunk, (states, years), key, number, len(chunks), path, lang
            )
    return pages


def _header(
    key: str, current: str, state: Provenance | None, year: str | None, page: str, lang: str
) -> str:
    label = C[f"col_{key}"][lang]
    mark = (f" {year}" if year else "") + (f" {marker(state, lang)}" if state else "")
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
    shared: tuple[Mapping[str, Provenance | None], Mapping[str, str | None]],
    key: str,
    number: int,
    total_pages: int,
    path: str,
    lang: str,
) -> str:
    title = C["title"][lang]
    sorted_by = C["sorted_by"][lang].format(column=C[f"col_{key}"][lang])
    of = f" ({C['page_of'][lang].format(n=number, total=total_pages)})" if total_pages > 1 else ""
    states, years = shared
    head = "".join(_header(k, key, states[k], years[k], path, lang) for k in KEYS)
    notes: list[str] = []  # the reasons of withheld values, numbered in order of first use
    body = []
    for r in rows:
        cells = []
        for k in KEYS:
            cells.append(f"<td>{_shown(r[k], states[k], years[k], notes, lang)}</td>")
        body.append(f'<tr data-code="{r["programme"].sort}">' + "".join(cells) + "</tr>")
    reasons = "".join(f'<li id="note-{n}">{t}</li>' for n, t in enumerate(notes, start=1))
    listed = (
        f'<p class="table-notes-title">{C["notes"][lang]}:</p>\n'
        f'<ol class="table-notes">{reasons}</ol>\n'
        if notes
        else ""
    )
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
    # The side-by-side view's row labels: with the year the header says for the column.
    labels = " ".join(
        f'data-label-{k}="{esc(C["col_" + k][lang] + (f" {years[k]}" if years[k] else ""))}"'
        for k in KEYS
    )
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
            listed,
            pager,
            f"<p>{C['help'][lang]}</p>\n",
        ]
    )


def _shown(
    cell: Cell, column_state: Provenance | None, year: str | None, notes: list[str], lang: str
) -> str:
    """A cell's content: its value (without the year its header says) and its mark, or the
    numbered link to why it is withheld."""
    if cell.withheld is not None:
        if cell.withheld not in notes:
            notes.append(cell.withheld)
        n = notes.index(cell.withheld) + 1
        return f'<a class="suppressed" href="#note-{n}">[{n}]</a>'
    html = cell.html.replace(f" {year}", "", 1) if year and cell.year == year else cell.html
    mark = "" if column_state or cell.state is None else f" {marker(cell.state, lang)}"
    return html + mark


__all__ = ["COMPARE", "KEYS", "Satisfaction", "compare_pages", "compare_path"]
