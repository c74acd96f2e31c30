"""About the university (§9.7.1.1, §9.7.1.7), its structure (§9.7.1.2), forms of study
(§9.7.1.3) and resources (§9.7.1.8)."""

from __future__ import annotations

from kazutb_transparency.core.i18n import LANGUAGES, Localized
from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.markdown import dataset_links, esc, table, tr
from kazutb_transparency.disclosures import jsonld
from kazutb_transparency.disclosures.about import about_sections
from kazutb_transparency.disclosures.common import LEVELS, Dated
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.labels import LEVEL, PAGE_TITLE, RESOURCE_CATEGORY
from kazutb_transparency.disclosures.models import RESOURCE_CATEGORIES, Faculty
from kazutb_transparency.disclosures.pages.common import (
    dates,
    dates_line,
    day,
    jsonld_script,
    mark,
    no_info,
    notice,
    number,
    page_href,
    register_note,
)
from kazutb_transparency.disclosures.pages.documents import document_reference
from kazutb_transparency.organisation import Units
from kazutb_transparency.organisation.models import Unit

L: dict[str, dict[str, str]] = catalog("disclosures_about")

KIND: dict[str, dict[str, str]] = catalog("unit_kinds")

LANGUAGE_NAME: dict[str, dict[str, str]] = catalog("language_names_short")


def _facts(rows: list[tuple[str, str]]) -> str:
    body = "".join(f"<dt>{term}</dt><dd>{value}</dd>" for term, value in rows)
    return f'<dl class="facts">{body}</dl>\n'


def _section(title: str, body: str) -> str:
    return f"## {title}\n\n{body}\n"


def about_page(d: Disclosures, lang: str) -> str:
    page = "about/index.md"
    a, today = d.about, d.today
    # The sections the compliance register reads too (disclosures/about.py).
    sections = [s.record for s in about_sections(a)]
    out = [
        f"# {PAGE_TITLE[page].get(lang)}\n",
        notice([s for s in sections if s], lang),
        f"{L['about_intro'][lang]}\n",
        register_note(page, ("9.7.1.1", "9.7.1.7"), lang),
    ]
    identity = a.identity
    rows = [
        (
            f"{L['full_name'][lang]} ({LANGUAGE_NAME[other][lang]})",
            f'<span lang="{other}">{esc(identity.full_name.get(other))}</span>'
            + mark(identity, lang, "full_name"),
        )
        for other in LANGUAGES
    ]
    rows += [
        (L["short_name"][lang], tr(identity.short_name, lang) + mark(identity, lang, "short_name")),
        (L["legal_form"][lang], tr(identity.legal_form, lang) + mark(identity, lang, "legal_form")),
        (
            L["website"][lang],
            f'<a href="{esc(identity.website)}">{esc(identity.website)}</a>'
            + mark(identity, lang, "website"),
        ),
    ]
    out.append(_section(L["names"][lang], _facts(rows) + dates_line(identity, today, lang)))
    if a.founding:
        body = f"<p>{day(a.founding.founded, lang)}{mark(a.founding, lang, 'founded')}</p>\n"
        body += dates_line(a.founding, today, lang)
    else:
        body = no_info(L["founding_none"][lang], lang)
    out.append(_section(L["founding"][lang], body))
    if a.location:
        loc = a.location
        body = f"<p>{tr(loc.address, lang)}{mark(loc, lang, 'address')}</p>\n" + dates_line(
            loc, today, lang
        )
    else:
        body = no_info(L["location_none"][lang], lang)
    out.append(_section(L["location"][lang], body))
    if a.schedule:
        s = a.schedule
        hours = mark(s, lang, "lines")
        rows = [(tr(line.days, lang), esc(line.hours) + hours) for line in s.lines]
        body = f"<p>{tr(s.mode, lang)}{mark(s, lang, 'mode')}</p>\n" + _facts(rows)
        body += dates_line(s, today, lang)
    else:
        body = no_info(L["schedule_none"][lang], lang)
    out.append(_section(L["schedule"][lang], body))
    out.append(_section(L["contacts"][lang], _contacts(d, lang)))
    if a.registration:
        r = a.registration
        body = _facts([(L["bin"][lang], f"<code>{esc(r.bin)}</code>{mark(r, lang, 'bin')}")])
        body += dates_line(r, today, lang)
    else:
        body = no_info(L["registration_none"][lang], lang)
    out.append(_section(L["registration"][lang], body))
    out.append(_section(L["head"][lang], _head(d, lang)))
    out.append(jsonld_script(jsonld.university(d, lang)))
    return "\n".join(out)


def _contacts(d: Disclosures, lang: str) -> str:
    a, today = d.about, d.today
    out = [f"### {L['phones'][lang]}\n"]
    if a.phones:
        # One label, then its numbers: «Қабылдау комиссиясы: …, …», not the label before each.
        numbers: dict[str, list[str]] = {}
        for p in a.phones.items:
            link = f'<a href="tel:{esc(_tel(p.number))}">{esc(p.number)}</a>'
            numbers.setdefault(tr(p.label, lang), []).append(link)
        items = "".join(
            f"<li>{label}: {', '.join(links)}{mark(a.phones, lang)}</li>"
            for label, links in numbers.items()
        )
        out.append(f"<ul>{items}</ul>\n<p>{dates(a.phones, today, lang)}</p>\n")
    else:
        out.append(no_info(L["phones_none"][lang], lang))
    out.append(f"### {L['emails'][lang]}\n")
    if a.emails:
        items = "".join(
            f'<li>{tr(e.label, lang)}: <a href="mailto:{esc(e.address)}">{esc(e.address)}</a>'
            f"{mark(a.emails, lang)}</li>"
            for e in a.emails.items
        )
        out.append(f"<ul>{items}</ul>\n<p>{dates(a.emails, today, lang)}</p>\n")
    else:
        out.append(no_info(L["emails_none"][lang], lang))
    return "\n".join(out)


def _tel(number: str) -> str:
    return "+" + "".join(c for c in number if c.isdigit())


def _head(d: Disclosures, lang: str) -> str:
    head = d.about.head
    if head is None:
        return no_info(L["head_none"][lang], lang)
    since = day(head.since, lang) + mark(head, lang, "since") if head.since else ""
    rows = [
        (L["position"][lang], tr(head.title, lang) + mark(head, lang, "title")),
        (L["name"][lang], tr(head.name, lang) + mark(head, lang, "name")),
    ]
    body = _facts(rows + ([(L["since"][lang], since)] if since else []))
    if not since:
        body += no_info(L["since_none"][lang], lang)
    return body + dates_line(head, d.today, lang)


def _chart(units: Units, faculties: list[Faculty], parent: str | None, lang: str) -> str:
    items = []
    for unit in units.children(parent):
        items.append(f"<li>{_unit_label(unit, lang)}{_chart(units, faculties, unit.id, lang)}</li>")
    for faculty in (f for f in faculties if f.parent == parent):
        items.append(
            f'<li><span class="org-name">{tr(faculty.name, lang)}</span> '
            f'<small class="org-kind">— {L["faculty"][lang]}</small>'
            f"{mark(faculty, lang)}</li>"
        )
    return f"<ul>{''.join(items)}</ul>" if items else ""


def _unit_label(unit: Unit, lang: str) -> str:
    abbreviation = f" ({_abbreviation(unit.abbreviation, lang)})" if unit.abbreviation else ""
    # The kind after a dash, not in a second pair of brackets after the abbreviation's
    # («Проректор (АСП) (атқарушы басшылық)»), which no official text writes (issue 62).
    return (
        f'<span class="org-name">{tr(unit.name, lang)}{abbreviation}</span> '
        f'<small class="org-kind">— {KIND[unit.kind][lang]}</small>{mark(unit, lang, "name")}'
        + _position_mark(unit, lang)
    )


def _position_mark(unit: Unit, lang: str) -> str:
    """Where the unit sits in the chart, marked when its source differs from the name's."""
    if unit.parent is None or unit.state("parent") == unit.state("name"):
        return ""
    # What the mark would say, as a sentence: «құрылымдағы орны: ✱ үлгі» is a label whose only
    # value is a mark.
    state = unit.state("parent")
    return f' <small class="org-position prov-{state}">{L[f"chart_place.{state}"][lang]}</small>'


def _checked(d: Disclosures) -> list[Dated]:
    """The record of when the chart was last checked, if it is published."""
    return [d.about.structure] if d.about.structure is not None else []


def structure_page(d: Disclosures, units: Units, lang: str) -> str:
    page = "about/structure.md"
    shown = [*_checked(d), *units, *d.faculties]
    by_unit = page_href(page, "processes/by-unit.md")
    heads = page_href(page, UNITS_PAGE)
    chart = _chart(units, list(d.faculties), None, lang)
    return "\n".join(
        [
            f"# {PAGE_TITLE[page].get(lang)}\n",
            notice(shown, lang),
            f'{L["structure_intro"][lang]} <a href="{by_unit}">{L["by_unit"][lang]}</a>.\n',
            register_note(page, ("9.7.1.2", "9.7.1.7"), lang),
            f"## {L['chart'][lang]}\n",
            f'<nav class="org-chart" aria-label="{L["chart"][lang]}" markdown="0">{chart}</nav>\n',
            L["heads_link"][lang].format(
                link=f'<a href="{heads}">{esc(PAGE_TITLE[UNITS_PAGE].get(lang))}</a>'
            )
            + "\n",
            *(dates_line(item, d.today, lang) for item in _checked(d)),
        ]
    )


# The heads, contacts and regulations have a page of their own: beside the chart they took a
# large university's structure page over the page-weight budget.
UNITS_PAGE = "about/units.md"


def units_page(d: Disclosures, units: Units, lang: str) -> str:
    """Every unit's head by position, institutional contact and regulation (§9.7.1.2)."""
    head = d.about.head
    shown = [*_checked(d), *units, *([head] if head else [])]
    structure = page_href(UNITS_PAGE, "about/structure.md")
    return "\n".join(
        [
            f"# {PAGE_TITLE[UNITS_PAGE].get(lang)}\n",
            notice(shown, lang),
            f"{L['heads_intro'][lang]}\n",
            register_note(UNITS_PAGE, ("9.7.1.2", "9.7.1.7"), lang),
            _heads_table(d, units, UNITS_PAGE, lang),
            dataset_links(UNITS_PAGE, "units", lang),
            f'<a href="{structure}">← {esc(PAGE_TITLE["about/structure.md"].get(lang))}</a>\n',
            *(dates_line(item, d.today, lang) for item in _checked(d)),
        ]
    )


def _in_chart_order(units: Units, parent: str | None = None) -> list[Unit]:
    out = []
    for unit in units.children(parent):
        out += [unit, *_in_chart_order(units, unit.id)]
    return out


def _heads_table(d: Disclosures, units: Units, page: str, lang: str) -> str:
    """Every body, role and unit: its head by position (the head of the organisation by
    name too, from about.yaml), its institutional contact and its regulation."""
    rows = [
        [
            f"{tr(unit.name, lang)}{mark(unit, lang, 'name')}",
            _head_cell(d, unit, lang),
            _contact_cell(unit, lang),
            _regulation_cell(d, unit, page, lang),
        ]
        for unit in _in_chart_order(units)
    ]
    headers = [L[k][lang] for k in ("unit", "head_position", "unit_contact", "unit_regulation")]
    return table(headers, rows, L["heads"][lang])


def _head_cell(d: Disclosures, unit: Unit, lang: str) -> str:
    """The head's position (an executive role is a position itself); the person is named
    only for the head of the organisation (§9.7.1.7), as about.yaml names them."""
    if unit.head is not None:
        cell = tr(unit.head, lang) + mark(unit, lang, "head")
    elif unit.kind == "executive":
        cell = tr(unit.name, lang) + mark(unit, lang, "name")
    else:
        return f'<span class="no-info">{L["head_position_none"][lang]}</span>'
    head = d.about.head
    if head is not None and head.unit == unit.id:
        cell += f"<br>{tr(head.name, lang)}{mark(head, lang, 'name')}"
    return cell


def _contact_cell(unit: Unit, lang: str) -> str:
    lines = []
    if unit.email is not None:
        lines.append(
            f'<a href="mailto:{esc(unit.email)}">{esc(unit.email)}</a>{mark(unit, lang, "email")}'
        )
    if unit.phone is not None:
        lines.append(
            f'<a href="tel:{esc(_tel(unit.phone))}">{esc(unit.phone)}</a>'
            + mark(unit, lang, "phone")
        )
    return "<br>".join(lines) or f'<span class="no-info">{L["contact_none"][lang]}</span>'


def _regulation_cell(d: Disclosures, unit: Unit, page: str, lang: str) -> str:
    if unit.regulation is None:
        return f'<span class="no-info">{L["regulation_none"][lang]}</span>'
    return document_reference(d.document(unit.regulation), page, lang)


def forms_page(d: Disclosures, lang: str) -> str:
    page = "about/forms-of-study.md"
    out = [
        f"# {PAGE_TITLE[page].get(lang)}\n",
        notice(d.forms, lang),
        f"{L['forms_intro'][lang]}\n",
        register_note(page, ("9.7.1.3",), lang),
    ]
    if not d.forms:
        out.append(no_info(L["forms_none"][lang], lang))
        return "\n".join(out)
    catalogue = page_href(page, "programmes/index.md")
    rows = []
    for form in d.forms:
        counts = []
        for level in LEVELS:
            n = sum(1 for p in d.programmes_at(level) if form.id in p.forms)
            if n:
                counts.append(f"{tr(LEVEL[level], lang)}: {n}")
        rows.append(
            [
                f"{tr(form.name, lang)}{mark(form, lang)}",
                tr(form.description, lang),
                f'<a href="{catalogue}">{"<br>".join(counts) or "0"}</a>',
                dates(form, d.today, lang),
            ]
        )
    headers = [L[k][lang] for k in ("form", "description", "programmes", "dates")]
    out.append(table(headers, rows, PAGE_TITLE[page].get(lang)))
    return "\n".join(out)


def resources_page(d: Disclosures, lang: str) -> str:
    page = "about/resources.md"
    out = [
        f"# {PAGE_TITLE[page].get(lang)}\n",
        notice(d.resources, lang),
        f"{L['resources_intro'][lang]}\n",
        register_note(page, ("9.7.1.8",), lang),
    ]
    for category in RESOURCE_CATEGORIES:
        out.append(f"## {tr(RESOURCE_CATEGORY[category], lang)}\n")
        items = [r for r in d.resources if r.category == category]
        if not items:
            out.append(no_info(L["resources_none"][lang], lang))
            continue
        rows = []
        for r in items:
            name = tr(r.name, lang)
            if r.url:
                name = f'<a href="{esc(r.url)}">{name}</a>'
            figure = mark(r, lang, "figures")
            figures = "<br>".join(
                f"{tr(f.label, lang)}: {number(f.value, lang)}"
                + (f" {tr(f.unit, lang)}" if f.unit else "")
                + figure
                for f in r.figures
            )
            description = (
                tr(r.description, lang) + mark(r, lang, "description") if r.description else ""
            )
            rows.append(
                [
                    f"{name}{mark(r, lang, 'name')}",
                    description,
                    figures,
                    dates(r, d.today, lang),
                ]
            )
        headers = [L[k][lang] for k in ("resource", "description", "figures", "dates")]
        out.append(table(headers, rows, tr(RESOURCE_CATEGORY[category], lang)))
    return "\n".join(out)


def _abbreviation(short: Localized, lang: str) -> str:
    """A unit's Kazakh abbreviation (used in document codes): on ru and en pages marked as
    Kazakh and said to be a code, unless the data give a translated abbreviation."""
    if lang == "kk" or short.get(lang) != short.kk:
        return tr(short, lang)
    return f'{L["in_document_codes"][lang]}: <span lang="kk">{esc(short.kk)}</span>'
