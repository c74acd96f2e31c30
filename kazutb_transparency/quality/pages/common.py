"""What the quality pages share: their catalog, provenance marks, dates, process links."""

from __future__ import annotations

from datetime import date

from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.locale_format import date_range_html, format_date
from kazutb_transparency.core.markdown import esc, tr
from kazutb_transparency.core.provenance import Provenance
from kazutb_transparency.organisation import Units
from kazutb_transparency.processes import Registry
from kazutb_transparency.quality.models import Role

Q: dict[str, dict[str, str]] = catalog("quality")
MARK: dict[str, dict[str, str]] = catalog("disclosures_provenance_mark")


def mark(state: Provenance | str, lang: str) -> str:
    return f' <span class="prov prov-{state}">{MARK[state][lang]}</span>'


def day(value: date, lang: str) -> str:
    return f'<time datetime="{value.isoformat()}">{format_date(value, lang)}</time>'


def day_range(start: date, end: date, lang: str) -> str:
    """A period (an audit), the year and month written once when both ends share them."""
    return date_range_html(start, end, lang)


def process_link(registry: Registry, number: int | None, lang: str) -> str:
    if number is None:
        return "—"
    process = registry.by_number(number)
    return f'<a href="../processes/{process.slug}.html">{number}. {tr(process.title, lang)}</a>'


def role(units: Units, who: Role, lang: str) -> str:
    """A position and its unit (never a person's name)."""
    unit = tr(units.by_id[who.unit].name, lang)
    return f"{tr(who.position, lang)}, {unit}" if who.position else unit


def sample_note(lang: str) -> str:
    return f'<div class="admonition warning"><p>{esc(Q["sample"][lang])}</p></div>\n'
