"""What every disclosure page shares: the sample-data notice, "no information", dates, links."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.jsonld import jsonld_script  # noqa: F401 - re-exported to pages
from kazutb_transparency.core.locale_format import (
    DateCase,
    DateText,
    date_range_html,
    file_size,
    fill,
    format_date,
    format_number,
)
from kazutb_transparency.core.markdown import esc, page_href, table, tr
from kazutb_transparency.core.provenance import STATES, Provenance, Sourced, weakest
from kazutb_transparency.disclosures.common import Dated
from kazutb_transparency.disclosures.labels import PROVENANCE, PROVENANCE_MARK, PROVENANCE_SPOKEN

# Interface strings: data/interface/<lang>.yaml, namespace "disclosures".
L = catalog("disclosures")
PENDING_TEXT: dict[str, dict[str, str]] = catalog("disclosures_pending")


def _states(items: Iterable[Any]) -> set[Provenance]:
    found: set[Provenance] = set()
    for item in items:
        if isinstance(item, Sourced):
            found |= item.states()
    return found


def notice(
    items: Iterable[Any], lang: str, also: set[Provenance] | None = None, line: bool = False
) -> str:
    """The legend of the provenance marks shown on the page; a warning when any value is
    not confirmed (a page of confirmed values only gets the one-line legend). `also`: the
    states of other values on the page that are not records (demonstration figures).
    `line`: the warning as one short line of text, not a box (pages whose first screen
    belongs to the facts a family looks for: the home page, the costs, the catalogue)."""
    states = _states(items) | (also or set())
    if not states:
        return ""
    legend = "".join(
        f'<li><span class="prov prov-{state}" aria-hidden="true">'
        f"{PROVENANCE_MARK[state][lang]}</span> — {PROVENANCE[state][lang]}</li>"
        for state in STATES
        if state in states or state == "confirmed"
    )
    legend_html = (
        f'<p class="prov-legend-title">{L["legend"][lang]}:</p>\n'
        f'<ul class="prov-legend">{legend}</ul>\n'
    )
    if states == {"confirmed"}:
        return f'<div class="prov-notice" role="note">\n{legend_html}</div>\n'
    # One line on the first screen; what the marks mean is one tap away (a <details>
    # opens without JavaScript), so that a phone shows the page's facts above the fold.
    kind = "sample-notice notice-line" if line else "warning sample-notice"
    return (
        f'<details class="{kind}">\n'
        f"<summary>{L['sample_title'][lang]}</summary>\n"
        f"<p>{L['sample_text'][lang]}</p>\n{legend_html}</details>\n"
    )


def marker(state: Provenance, lang: str) -> str:
    """A compact mark, read aloud as a word: a sign alone is one element named by its word
    (role="img"), a sign with a visible word keeps the sign from screen readers. The legend
    on the page gives each word's full meaning. Compact because a table carries one per
    cell where its column mixes sources: the page-weight budget holds on a large site."""
    sign, _, word = PROVENANCE_MARK[state][lang].partition(" ")
    if word:
        hidden = f'<span aria-hidden="true">{sign}</span>'
        return f'<span class="prov prov-{state}">{hidden}\u00a0{word}</span>'
    spoken = esc(PROVENANCE_SPOKEN[state][lang])
    return f'<span class="prov prov-{state}" role="img" aria-label="{spoken}">{sign}</span>'


def shared_state(states: Iterable[Provenance | None]) -> Provenance | None:
    """The one provenance that every marked value of a column shares (said once, in its
    header), else None (each value keeps its own mark)."""
    found = {state for state in states if state is not None}
    return found.pop() if len(found) == 1 else None


_MARK = re.compile(r' <span class="prov prov-([a-z-]+)"')


def marked_table(headers: list[str], rows: list[list[str]], caption: str, lang: str) -> str:
    """`table` with each column's marks said once in its header where they are all the
    same (cells rendered with `mark`): a catalogue row without a mark in every cell."""
    shown, body = list(headers), [list(row) for row in rows]
    for i in range(len(headers)):
        state = shared_state(s for row in rows for s in _MARK.findall(row[i]))
        if state is None:
            continue
        said = " " + marker(state, lang)
        shown[i] += said
        for row in body:
            row[i] = row[i].replace(said, "")
    return table(shown, body, caption)


def mark(item: Any, lang: str, field: str | None = None) -> str:
    """The provenance mark beside a value: of one field, or of the whole record (a record
    that mixes sources is marked with its weakest state)."""
    if not isinstance(item, Sourced):
        return ""
    state = item.state(field) if field else weakest(item.states())
    return " " + marker(state, lang)


def no_info(what: str, lang: str) -> str:
    """The explicit statement that a required item has no data."""
    return f'<p class="no-info"><strong>{L["no_info"][lang]}:</strong> {what}.</p>\n'


def no_info_cell(lang: str) -> str:
    return f'<em class="no-info">{L["no_info_short"][lang]}</em>'


def day(value: date, lang: str, case: DateCase = "nominative") -> str:
    """A date in running text as `lang` writes it, machine-readable in `datetime`."""
    return f'<time datetime="{value.isoformat()}">{format_date(value, lang, case)}</time>'


def day_range(start: date, end: date | None, lang: str, case: DateCase = "nominative") -> str:
    """A range of days (an event, a period of validity or of consultation), the year and
    month written once when both ends share them; no end: the first day alone."""
    return date_range_html(start, start if end is None else end, lang, case)


def dates(item: Dated, today: date, lang: str, history: bool = False) -> str:
    """Posted and updated dates (law on access to information, art. 16), and staleness
    (history, such as a superseded document, is not reviewed any more)."""
    # Whole sentences of the catalog, the dates in the case each language's sentence needs.
    text = fill(
        L["dates_line"][lang],
        posted=DateText(item.posted, lang, html=True),
        updated=DateText(item.updated, lang, html=True),
    )
    if not history and item.stale(today):
        overdue = fill(L["review_overdue"][lang], due=DateText(item.review_due(), lang, html=True))
        text += f' — <strong class="stale">{overdue}</strong>'
    return f'<small class="item-dates">{text}</small>'


def dates_line(item: Dated, today: date, lang: str) -> str:
    return f"<p>{dates(item, today, lang)}</p>\n"


# In the publishing build, the clauses still incomplete: clause → (the unit responsible, or
# None while none is named; the date due, or None). Set while the pages are generated.
_PENDING: dict[str, tuple[Localized | None, date | None]] | None = None


@contextmanager
def pending_clauses(
    pending: dict[str, tuple[Localized | None, date | None]] | None,
) -> Iterator[None]:
    global _PENDING
    outer, _PENDING = _PENDING, pending
    try:
        yield
    finally:
        _PENDING = outer


def register_note(page: str, clauses: Iterable[str], lang: str) -> str:
    clauses = list(clauses)
    link = page_href(page, "register/index.md")
    listed = [f"§{esc(c)}" for c in clauses]
    label = L["clause" if len(listed) == 1 else "clauses"][lang]
    note = (
        f'<p class="register-note">{label}: {", ".join(listed)}. '
        f'<a href="{link}">{L["register_link"][lang]}</a></p>\n'
    )
    return note + _pending_note(page, clauses, lang)


def _pending_note(page: str, clauses: list[str], lang: str) -> str:
    """What of the page's clauses is not yet published: who is to publish it, by when."""
    found = [c for c in clauses if _PENDING is not None and c in _PENDING]
    if not found:
        return ""
    parts = []
    for clause in found:
        unit, due = _PENDING[clause]  # type: ignore[index]
        who = tr(unit, lang) if unit is not None else PENDING_TEXT["unit_not_named"][lang]
        when = day(due, lang) if due is not None else PENDING_TEXT["no_due_date"][lang]
        parts.append(
            f"§{esc(clause)}: {PENDING_TEXT['unit'][lang].lower()} — {who}, "
            f"{PENDING_TEXT['due'][lang].lower()} — {when}"
        )
    link = page_href(page, "register/not-yet-published.md")
    return (
        f'<p class="pending-note">{PENDING_TEXT["page_note"][lang]} {"; ".join(parts)}. '
        f'<a href="{link}">{PENDING_TEXT["register_link"][lang]}</a></p>\n'
    )


def number(value: float, lang: str) -> str:
    """A count or figure as written in `lang`: 500 000 (kk, ru) or 500,000 (en)."""
    return format_number(value, lang)


def size(count: int, lang: str) -> str:
    return file_size(count, lang)


# The regulation's wording, quoted as approved (its Kazakh keeps the regulation's words,
# «аккредитация» among them), in the language's own quotation marks.
_QUOTES = {"kk": ("«", "»"), "ru": ("«", "»"), "en": ("“", "”")}


def quoted(text: str, lang: str) -> str:
    opening, closing = _QUOTES[lang]
    return f"{opening}{text}{closing}"
