"""Academic mobility (§9.8): exchange and double-degree programmes (which programme of the
catalogue, with which partner, how many places) and international students per academic
year by country group and level, small groups withheld by the one rule of every count."""

from __future__ import annotations

from kazutb_transparency.applicants.pages.common import hidden
from kazutb_transparency.core.countries import country
from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.markdown import dataset_links, page_href, table, tr
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.pages.common import (
    mark,
    no_info,
    notice,
    number,
    register_note,
)
from kazutb_transparency.international.content import International
from kazutb_transparency.international.labels import (
    COUNTRY_GROUP,
    LEVEL,
    MOBILITY_KIND,
    L,
    title,
)
from kazutb_transparency.international.loading import MEASURE
from kazutb_transparency.international.models import (
    COUNTRY_GROUPS,
    STUDY_LEVELS,
    StudentYear,
)
from kazutb_transparency.international.pages.common import process_line

MOBILITY = "international/mobility.md"
PARTNERS = "international/index.md"
SHOWN_YEARS = 5  # older years are in the open data


def _programme(code: str, d: Disclosures, lang: str) -> str:
    found = next((p for p in d.programmes if p.code == code), None)
    name = f" {tr(found.name, lang)}" if found is not None and found.name else ""
    return f'<a href="{page_href(MOBILITY, f"programmes/{code}.md")}">{code}</a>{name}'


def _mobility_rows(i: International, d: Disclosures, lang: str) -> list[list[str]]:
    rows = []
    for m in i.mobility or ():
        partner = i.partner(m.partner)
        rows.append(
            [
                f"{_programme(m.programme, d, lang)}{mark(m, lang)}",
                f"{tr(partner.name, lang)}<br>{tr(country(partner.country), lang)}",
                tr(MOBILITY_KIND[m.kind], lang),
                number(m.places, lang),
            ]
        )
    return rows


def _mobility(i: International, d: Disclosures, lang: str) -> list[str]:
    out = [
        f"## {L['programmes'][lang]}\n",
        dataset_links(MOBILITY, ["mobility-programmes"], lang),
    ]
    if i.mobility is None:
        return [*out, no_info(L["programmes"][lang], lang)]
    if not i.mobility:
        return [*out, f"<p>{L['no_programmes'][lang]}</p>\n"]
    headers = [L[k][lang] for k in ("programme", "partner", "kind", "places")]
    return [*out, table(headers, _mobility_rows(i, d, lang), L["programmes"][lang])]


def _year(i: International, year: StudentYear, lang: str) -> str:
    period = str(year.year)

    def cell(group: str | None, level: str | None) -> str:
        unit = ("university", "") if group is None else ("programme", group)
        parts = ("", "") if level is None else ("level", level)
        value = i.students.get(MEASURE, period, unit, *parts)
        if value is not None:
            return number(value, lang)
        return hidden(i.min_group, lang, i.students.status(MEASURE, period, unit, *parts))

    groups = [g for g in COUNTRY_GROUPS if any(c.group == g for c in year.counts)]
    columns = (*STUDY_LEVELS, None)
    rows = [[tr(COUNTRY_GROUP[g], lang), *(cell(g, level) for level in columns)] for g in groups]
    rows.append(
        [
            f"<strong>{L['total'][lang]}</strong>",
            *(f"<strong>{cell(None, level)}</strong>" for level in columns),
        ]
    )
    headers = [L["group"][lang], *(tr(LEVEL[level], lang) for level in STUDY_LEVELS)]
    headers.append(L["total"][lang])
    span = f"{year.year}–{year.year + 1}"
    caption = f"{L['students'][lang]}, {span}"
    return f"### {span}{mark(year, lang)}\n\n" + table(headers, rows, caption)


def _students(i: International, lang: str) -> list[str]:
    out = [
        f"## {L['students'][lang]}\n",
        f"<p>{L['small_counts'][lang].format(n=i.min_group)}</p>\n",
        dataset_links(MOBILITY, ["international-students"], lang),
    ]
    if i.student_years is None:
        return [*out, no_info(L["students"][lang], lang)]
    return [*out, *(_year(i, y, lang) for y in i.student_years[:SHOWN_YEARS])]


def mobility_page(
    i: International, d: Disclosures, process: tuple[str, Localized] | None, lang: str
) -> str:
    items = [*(i.mobility or ()), *(i.student_years or ())]
    out = [
        f"# {title(MOBILITY, lang)}\n",
        notice(items, lang),
        register_note(MOBILITY, ("9.8",), lang),
        f"{L['mobility_intro'][lang]}\n",
        process_line(MOBILITY, PARTNERS, process, lang),
        *_mobility(i, d, lang),
        *_students(i, lang),
    ]
    return "\n".join(out)
