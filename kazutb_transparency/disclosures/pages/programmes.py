"""The programme catalogue (§9.7.1.6) and one page per programme: learning outcomes,
disciplines and accreditation (§9.7.1.4), as ESG 2015 standard 1.8 expects."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kazutb_transparency.core.counted import noun_form
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.locale_format import DateText, fill, format_date
from kazutb_transparency.core.markdown import dataset_links, esc, href, table, tr
from kazutb_transparency.core.provenance import Provenance
from kazutb_transparency.disclosures import jsonld
from kazutb_transparency.disclosures.accreditation import Accreditation, Status
from kazutb_transparency.disclosures.common import LEVELS, PROGRAMME_CODE, Level
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.labels import (
    ACCREDITATION_STATUS,
    ACTIVITY,
    BASIS,
    COMPONENT,
    CYCLE,
    DECISION,
    DEGREE_LEVEL,
    FIELD,
    LANGUAGE,
    LEVEL,
    PAGE_TITLE,
)
from kazutb_transparency.disclosures.pages.common import (
    dates_line,
    day,
    day_range,
    jsonld_script,
    mark,
    marked_table,
    marker,
    no_info,
    notice,
    number,
    page_href,
    register_note,
)
from kazutb_transparency.disclosures.pages.coverage import coverage_cell, coverage_note
from kazutb_transparency.disclosures.pages.documents import document_reference
from kazutb_transparency.disclosures.pages.programme_list import (
    filters,
    first_programmes,
    list_links,
)
from kazutb_transparency.disclosures.programmes import Programme

INDEX = "programmes/index.md"

L: dict[str, dict[str, str]] = catalog("disclosures_programmes")

# Short status words for the catalogue's compact tables (the legend explains them).
SHORT_STATUS: dict[str, dict[str, str]] = catalog("programme_short_status")
# A status with its date as one whole sentence per language («… дейін жарамды», "valid until …").
STATUS_UNTIL: dict[str, dict[str, str]] = catalog("accreditation_status_until")


def _name(p: Programme, lang: str) -> str:
    if p.name is None:
        return f'<em class="no-info">{L["no_name"][lang]}</em>'
    return tr(p.name, lang)


def _languages(p: Programme, lang: str) -> str:
    return ", ".join(tr(LANGUAGE[code], lang) for code in p.languages)


def _duration(p: Programme, lang: str) -> str:
    """«4 жыл», «4 года», «1,5 года», "4 years"."""
    return f"{_years(p, lang)}\u00a0{noun_form(p.duration_years, 'years', lang)}"


def _years(p: Programme, lang: str) -> str:
    return number(p.duration_years, lang)


def status_text(status: Status, record: Accreditation | None, lang: str, short: bool) -> str:
    words = SHORT_STATUS[status][lang] if short else ACCREDITATION_STATUS[status].get(lang)
    if record is not None and status is not Status.NONE:
        if short:
            words += f" ({day(record.valid_until, lang)})"
        else:
            date = DateText(record.valid_until, lang, html=True)
            words = fill(STATUS_UNTIL[status.value][lang], date=date)
    return f'<span class="accreditation-{status.value}">{words}</span>'


def _short_status(d: Disclosures, p: Programme, lang: str) -> str:
    # Plain text: the catalogue must stay light with hundreds of rows.
    status, record = d.programme_status(p.code)
    shown = record and status is not Status.NONE
    until = f", {format_date(record.valid_until, lang)}" if shown and record else ""
    return f"{SHORT_STATUS[status][lang]}{until}"


# The catalogue: a light index (per level, the faculties and their counts) at the fixed
# address programmes/index.md, and one compact table per level and faculty on pages of its
# own ("programmes/bachelor-engineering.md"), split into pages of GROUP_ROWS rows so that no
# page grows with the number of programmes.
GROUP_ROWS = 50  # with a provenance mark per cell: under 100 KB a page in any language
# Catalogue pages start with a level (a lowercase word) so they never look like a
# programme's page ("programmes/6B04105.md"); checked in catalogue_pages().
_CATALOGUE_NAME = re.compile(r"^(bachelor|master|doctorate)-[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class CataloguePage:
    """One page of a level-and-faculty group of the catalogue."""

    path: str  # inside the language folder: "programmes/bachelor-engineering-2.md"
    level: Level
    faculty: str
    number: int  # 1-based page number within the group
    pages: tuple[str, ...]  # every page of the group, in order
    programmes: tuple[Programme, ...]
    total: int  # programmes in the whole group


def _group_path(level: str, faculty: str, number: int) -> str:
    return f"programmes/{level}-{faculty}" + (f"-{number}" if number > 1 else "") + ".md"


def catalogue_pages(d: Disclosures, rows: int | None = None) -> list[CataloguePage]:
    """Every page of every level-and-faculty group (programmes ordered by code).

    Raises DataError if two pages would share an address or a page could be mistaken for a
    programme's page (a faculty id ending in "-2" next to a faculty with over `rows`
    programmes could do that).
    """
    rows = rows or GROUP_ROWS
    out: list[CataloguePage] = []
    for level in LEVELS:
        by_faculty: dict[str, list[Programme]] = {}
        for p in d.programmes_at(level):
            by_faculty.setdefault(p.faculty, []).append(p)
        for faculty in sorted(by_faculty):
            members = sorted(by_faculty[faculty], key=lambda p: p.code)
            chunks = [members[i : i + rows] for i in range(0, len(members), rows)]
            paths = tuple(_group_path(level, faculty, n) for n in range(1, len(chunks) + 1))
            out += [
                CataloguePage(paths[n], level, faculty, n + 1, paths, tuple(chunk), len(members))
                for n, chunk in enumerate(chunks)
            ]
    seen: dict[str, str] = {}
    for page in out:
        name = page.path.removeprefix("programmes/").removesuffix(".md")
        clash = seen.get(page.path)
        if clash is not None or not _CATALOGUE_NAME.match(name) or re.match(PROGRAMME_CODE, name):
            raise DataError(
                [
                    Problem(
                        file="disclosures/faculties.yaml",
                        record=page.faculty,
                        field="id",
                        message=f"the catalogue page {page.path} would share its address "
                        f"with the one of faculty {clash!r}"
                        if clash is not None
                        else f"{page.path} is not a valid catalogue address",
                        hint="rename the faculty: an id ending in -<number> can clash with "
                        "the numbered pages of another faculty's catalogue",
                    )
                ]
            )
        seen[page.path] = page.faculty
    return out


def _legends(d: Disclosures, programmes: Iterable[Programme], lang: str) -> str:
    return (
        f"{L['status_legend'][lang].format(today=day(d.today, lang))} "
        f"{L['language_legend'][lang]}" + "\n"
    )


def _group_title(d: Disclosures, page: CataloguePage, lang: str) -> str:
    return f"{tr(LEVEL[page.level], lang)}: {tr(d.faculty(page.faculty).name, lang)}"


def _announced(d: Disclosures, lang: str) -> str:
    """The programmes the publishing build names by their real code and name only: the rest
    of each record (faculty, forms, credits) is not yet published."""
    if not d.announced:
        return ""
    items = "".join(
        f"<li><code>{esc(p.code)}</code>"
        + (f" {tr(p.name, lang)}" if p.name is not None else f" — {L['announced_no_name'][lang]}")
        + f" {marker(p.provenance, lang)}</li>"
        for p in d.announced
    )
    return (
        f"## {L['announced_title'][lang]} {{#announced}}\n\n"
        f'{L["announced_intro"][lang]}\n\n<ul class="announced-programmes">{items}</ul>\n'
    )


def index_page(
    d: Disclosures, lang: str, groups: list[CataloguePage] | None = None, extra_filter: str = ""
) -> str:
    """The catalogue's entry page: per level, its faculties with their programme counts,
    each linking to the group's own pages. Its size depends on the number of faculties
    (and `extra_filter`, another domain's filter), never on the number of programmes."""
    groups = catalogue_pages(d) if groups is None else groups
    out = [
        f"# {PAGE_TITLE[INDEX].get(lang)}\n",
        notice([*d.programmes, *d.announced], lang, line=True),
        # The first screen lists programmes, with the filters that need no JavaScript.
        filters(d, INDEX, lang, extra_filter),
        first_programmes(d, INDEX, lang),
        _announced(d, lang),
        f"{L['intro'][lang]} {L['index_help'][lang]}\n",
        list_links(d, INDEX, lang),
        register_note(INDEX, ("9.7.1.6", "9.7.1.4"), lang),
        dataset_links(INDEX, ["programmes", "disciplines"], lang),
        # Applicants compare the programmes of one group (fee, places, employment) there.
        f'<p><a href="{page_href(INDEX, "applicants/index.md")}#requirements">'
        f"{L['compare_link'][lang]}</a></p>\n",
    ]
    headers = [L[k][lang] for k in ("faculty", "programmes")]
    names = {f.id: f.name for f in d.faculties}
    firsts = [g for g in groups if g.number == 1]
    for level in LEVELS:
        level_groups = [g for g in firsts if g.level == level]
        count = sum(g.total for g in level_groups)
        # Explicit anchors: the same in every language and whatever the counts.
        out.append(f"## {tr(LEVEL[level], lang)} ({count}) {{#{level}}}\n")
        if not level_groups:
            out.append(no_info(L["level_none"][lang], lang))
            continue
        level_groups.sort(key=lambda g: (names[g.faculty].get(lang), g.faculty))
        rows = []
        for g in level_groups:
            link = page_href(INDEX, g.path)
            rows.append([f'<a href="{link}">{tr(names[g.faculty], lang)}</a>', str(g.total)])
        out.append(table(headers, rows, tr(LEVEL[level], lang)))
    return "\n".join(out)


def _pager(page: CataloguePage, lang: str) -> str:
    if len(page.pages) == 1:
        return ""
    links = []
    if page.number > 1:
        previous = page_href(page.path, page.pages[page.number - 2])
        links.append(f'<a href="{previous}" rel="prev">← {L["previous"][lang]}</a>')
    for n, path in enumerate(page.pages, start=1):
        links.append(
            f'<strong aria-current="page">{n}</strong>'
            if n == page.number
            else f'<a href="{page_href(page.path, path)}">{n}</a>'
        )
    if page.number < len(page.pages):
        following = page_href(page.path, page.pages[page.number])
        links.append(f'<a href="{following}" rel="next">{L["next"][lang]} →</a>')
    return (
        f'<nav class="catalogue-pager" aria-label="{L["pages"][lang]}"><p>'
        + " · ".join(links)
        + "</p></nav>\n"
    )


def group_page(d: Disclosures, page: CataloguePage, lang: str, results: str = "") -> str:
    """One page of a level-and-faculty group: the compact table of its programmes, then
    (on the first page) `results`, the faculty's section from another domain."""
    title = _group_title(d, page, lang)
    of = (
        f" ({L['page_of'][lang].format(n=page.number, total=len(page.pages))})"
        if len(page.pages) > 1
        else ""
    )
    pager = _pager(page, lang)
    out = [
        f"# {title}{of}\n",
        notice([d.faculty(page.faculty), *page.programmes], lang),
        f'<p><a href="index.html">← {L["back"][lang]}</a> · '
        f"{L['programmes'][lang]}: {page.total}</p>\n",
        _legends(d, page.programmes, lang),
        # The download links once per group, on its first page: the same files for all.
        dataset_links(page.path, ["programmes", "disciplines"], lang) if page.number == 1 else "",
        pager,
    ]
    headers = [
        L[k][lang]
        for k in (
            "code",
            "name",
            "languages",
            "forms",
            "years_credits",
            "coverage",
            "accreditation",
        )
    ]
    rows = [
        [
            f'<a href="{p.code}.html">{p.code}</a>',
            _name(p, lang) + (mark(p, lang, "name") if p.name else ""),
            _languages(p, lang) + mark(p, lang, "languages"),
            ", ".join(tr(d.form(f).name, lang) for f in p.forms) + mark(p, lang, "forms"),
            f"{_years(p, lang)}{mark(p, lang, 'duration_years')} / "
            f"{p.credits}{mark(p, lang, 'credits')}",
            coverage_cell(d, p, lang, marked=True),
            _short_status(d, p, lang),
        ]
        for p in page.programmes
    ]
    out.append(marked_table(headers, rows, f"{title}{of}", lang))
    out.append(pager)
    if page.number == 1 and results:
        out.append(results)
    return "\n".join(out)


def _facts(d: Disclosures, p: Programme, page: str, lang: str) -> str:
    forms_page = page_href(page, "about/forms-of-study.md")
    forms = ", ".join(f'<a href="{forms_page}">{tr(d.form(f).name, lang)}</a>' for f in p.forms)
    # Level and field are read from the code: they share its provenance.
    code = mark(p, lang, "code")
    rows = [
        (L["code"][lang], f"<code>{p.code}</code>{code}"),
        (L["name"][lang], f"{tr(p.name, lang)}{mark(p, lang, 'name')}" if p.name else None),
        (L["level"][lang], tr(DEGREE_LEVEL[p.level], lang) + code),
        (L["field"][lang], f"{p.field_code} — {tr(FIELD[p.field_code], lang)}{code}"),
        (L["faculty"][lang], tr(d.faculty(p.faculty).name, lang) + mark(p, lang, "faculty")),
        (L["languages"][lang], _languages(p, lang) + mark(p, lang, "languages")),
        (L["forms"][lang], forms + mark(p, lang, "forms")),
        (L["duration"][lang], _duration(p, lang) + mark(p, lang, "duration_years")),
        (L["credits"][lang], f"{p.credits} {L['credits_unit'][lang]}{mark(p, lang, 'credits')}"),
        (L["coverage"][lang], coverage_cell(d, p, lang, marked=True)),
        (
            L["qualification"][lang],
            tr(p.qualification, lang) + mark(p, lang, "qualification")
            if p.qualification
            else L["no_name"][lang],
        ),
        (L["accreditation"][lang], status_text(*d.programme_status(p.code), lang, short=False)),
    ]
    body = "".join(f"<dt>{term}</dt><dd>{value}</dd>" for term, value in rows if value)
    return f'<dl class="facts">{body}</dl>\n'


def _disciplines(d: Disclosures, p: Programme, lang: str) -> str:
    items = sorted(d.disciplines_of(p.code), key=lambda c: c.semester)
    if not items:
        return no_info(L["disciplines_none"][lang], lang)
    rows = [
        [
            str(c.semester),
            tr(c.name, lang) + (f" <code>{esc(c.code)}</code>" if c.code else ""),
            tr(CYCLE[c.cycle], lang),
            tr(COMPONENT[c.component], lang),
            str(c.credits),
        ]
        for c in items
    ]
    rows.append(
        [
            "",
            f"<strong>{L['total'][lang]}</strong>",
            "",
            "",
            f"<strong>{sum(c.credits for c in items)}</strong>",
        ]
    )
    headers = [L[k][lang] for k in ("semester", "discipline", "cycle", "component", "credits")]
    return table(headers, rows, f"{p.code}: {L['disciplines'][lang]}")


def accreditation_rows(
    d: Disclosures, records: list[Accreditation], page: str, lang: str
) -> list[list[str]]:
    rows = []
    for r in records:
        agency = d.agencies[r.agency]
        certificate = esc(r.certificate_number or "—")
        if r.certificate:
            entry = d.document(r.certificate)
            if entry.file is not None:
                certificate = (
                    f'<a href="{href(page, entry.file.published, lang)}">{certificate}</a>'
                )
        rows.append(
            [
                tr(agency.name, lang) + mark(r, lang),
                f"{tr(ACTIVITY[r.activity], lang)}, {tr(BASIS[r.basis], lang)}",
                tr(DECISION[r.decision], lang),
                certificate,
                day_range(r.valid_from, r.valid_until, lang),
                _record_status(d, r, lang),
            ]
        )
    return rows


def _record_status(d: Disclosures, record: Accreditation, lang: str) -> str:
    if record.decision == "negative":
        return f'<span class="accreditation-none">{L["not_accredited"][lang]}</span>'
    return status_text(d.status_of(record), None, lang, short=False)


@dataclass(frozen=True)
class KeyFacts:
    """A block for the top of a programme's page from another domain (what an applicant
    reads first), the provenance states it shows (for the page's legend) and schema.org
    properties it adds to the programme's JSON-LD."""

    markdown: str = ""
    states: frozenset[Provenance] = frozenset()
    jsonld: Mapping[str, Any] = field(default_factory=dict)


ACCREDITATION_HEADERS = ("agency", "kind", "decision", "certificate", "validity", "status")


def _curriculum(d: Disclosures, p: Programme, page: str, lang: str) -> str:
    """The programme's curriculum and its approval (documents.yaml, kind `curriculum`)."""
    if p.curriculum is None:
        return no_info(L["curriculum_none"][lang], lang)
    reference = document_reference(d.document(p.curriculum), page, lang)
    # The document's title names it («Curriculum of the educational programme …») under the
    # heading «Curriculum and its approval»: a label «Curriculum:» before it would say it twice.
    return f"<p>{reference}</p>\n"


def programme_page(
    d: Disclosures,
    p: Programme,
    lang: str,
    group: CataloguePage | None = None,
    results: str = "",
    facts: KeyFacts | None = None,
) -> str:
    """A programme's page; `group` is the catalogue page that lists it (linked back to);
    `results` a section about the programme from another domain (its survey results);
    `facts` the key facts at its top."""
    facts = facts or KeyFacts()
    page = f"programmes/{p.code}.md"
    heading = f"{p.code} — {tr(p.name, lang)}" if p.name else p.code
    out = [
        f"# {heading}\n",
        notice([p, *d.accreditations_of(p.code)], lang, also=set(facts.states)),
        facts.markdown,
    ]
    if p.name is None:
        out.append(no_info(L["name_none"][lang], lang))
    out += [_facts(d, p, page, lang), dates_line(p, d.today, lang)]
    out.append(f"## {L['outcomes'][lang]}\n")
    if p.learning_outcomes:
        outcome = mark(p, lang, "learning_outcomes")
        items = "".join(f"<li>{tr(o, lang)}{outcome}</li>" for o in p.learning_outcomes)
        out.append(f"<ol>{items}</ol>\n")
    else:
        out.append(no_info(L["outcomes_none"][lang], lang))
    out.append(f"## {L['disciplines'][lang]}\n")
    out.append(_curriculum(d, p, page, lang))
    if d.disciplines_of(p.code):
        # A sentence, not «…деректері: ✱ үлгі» (a label whose only value is a mark).
        said = L[f"disciplines_provenance.{p.state('disciplines')}"][lang]
        out.append(f"<p>{said}</p>\n")
    out.append(coverage_note(d.coverage_of(p), lang))
    out.append(_disciplines(d, p, lang))
    out.append(f"## {L['accreditation'][lang]}\n")
    records = d.accreditations_of(p.code)
    if records:
        out.append(
            f"<p>{L['status_now'][lang]}: "
            f"{status_text(*d.programme_status(p.code), lang, short=False)}</p>\n"
        )
        headers = [L[k][lang] for k in ACCREDITATION_HEADERS]
        out.append(
            table(
                headers,
                accreditation_rows(d, records, page, lang),
                f"{p.code}: {L['accreditation'][lang]}",
            )
        )
    else:
        out.append(no_info(L["accreditation_none"][lang], lang))
    if results:
        out.append(results)
    accreditation = page_href(page, "accreditation/index.md")
    group_link = (
        f'<a href="{page_href(page, group.path)}">{_group_title(d, group, lang)}</a> · '
        if group is not None
        else ""
    )
    out.append(
        f'<p><a href="index.html">← {L["back"][lang]}</a> · {group_link}'
        f'<a href="{accreditation}">{PAGE_TITLE["accreditation/index.md"].get(lang)}</a>'
        "</p>\n"
    )
    out.append(dataset_links(page, ["programmes", "disciplines"], lang))
    out.append(jsonld_script({**jsonld.programme(d, p, lang), **facts.jsonld}))
    return "\n".join(out)
