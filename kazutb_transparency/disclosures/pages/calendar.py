"""The academic calendar of the year (§9.7.1.5): terms, sessions, holidays, practice and
the final attestation, with their dates (about/calendar.md)."""

from __future__ import annotations

from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.locale_format import year_range
from kazutb_transparency.core.markdown import dataset_links, table, tr
from kazutb_transparency.disclosures import jsonld
from kazutb_transparency.disclosures.calendar import current_calendar
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.labels import PAGE_TITLE
from kazutb_transparency.disclosures.pages.common import (
    dates_line,
    day,
    jsonld_script,
    mark,
    no_info,
    notice,
    register_note,
)

L: dict[str, dict[str, str]] = catalog("disclosures_calendar")
CALENDAR = "about/calendar.md"


def calendar_page(d: Disclosures, lang: str) -> str:
    page = CALENDAR
    calendar = current_calendar(d.calendars)
    out = [
        f"# {PAGE_TITLE[page].get(lang)}\n",
        notice([calendar] if calendar else [], lang),
        f"<p>{L['intro'][lang]}</p>\n",
        register_note(page, ("9.7.1.5",), lang),
        dataset_links(page, ["academic-calendar"], lang),
    ]
    if calendar is None:
        out.append(no_info(L["none"][lang], lang))
        return "\n".join(out)
    out.append(f"## {L['year'][lang].format(year=year_range(calendar.academic_year))}\n")
    m = mark(calendar, lang, "periods")
    rows = [
        [
            L[f"kind_{p.kind}"][lang],
            tr(p.name, lang) + m,
            day(p.start, lang),
            day(p.end, lang),
        ]
        for p in sorted(calendar.periods, key=lambda p: (p.start, p.end))
    ]
    headers = [L[k][lang] for k in ("kind", "period", "start", "end")]
    out.append(
        table(headers, rows, L["year"][lang].format(year=year_range(calendar.academic_year)))
    )
    out.append(dates_line(calendar, d.today, lang))
    described = jsonld.calendar(d, calendar, lang)
    if described is not None:
        out.append(jsonld_script(described))
    return "\n".join(out)
