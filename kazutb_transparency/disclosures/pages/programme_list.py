"""The programme catalogue A–Z: every programme of a level by its name, in the alphabet of
the page's language, with its code, faculty, languages and forms of study (§9.7.1.6).

One static list per level (paged like the faculty tables, so a page stays light however many
programmes there are): filtering by level needs no JavaScript; with JavaScript a box filters
the rows as one types (assets/catalogue-filter.js).
"""

from __future__ import annotations

from dataclasses import dataclass

from kazutb_transparency.core.collation import initial, sort_key
from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.markdown import esc, table, tr
from kazutb_transparency.disclosures.common import LEVELS, Level
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.labels import LANGUAGE, LEVEL
from kazutb_transparency.disclosures.lacking import in_languages
from kazutb_transparency.disclosures.pages.common import (
    mark,
    marked_table,
    no_info,
    notice,
    page_href,
)
from kazutb_transparency.disclosures.pages.coverage import coverage_cell
from kazutb_transparency.disclosures.programmes import Programme

INDEX = "programmes/index.md"  # the catalogue, whose first screen lists every programme
LIST_ROWS = 50  # rows a page: under 100 KB with the provenance marks, on any site

L: dict[str, dict[str, str]] = catalog("disclosures_programme_list")
# The column of the credits listed and the learning outcomes: the programme page's words.
COVERAGE: dict[str, str] = catalog("disclosures_programmes")["coverage"]


@dataclass(frozen=True)
class ListPage:
    path: str  # inside the language folder: "programmes/a-z-bachelor-2.md"
    level: Level
    number: int  # 1-based
    pages: tuple[str, ...]  # every page of the level's list, in order
    programmes: tuple[Programme, ...]  # in the order of the page's language


def list_path(level: str, number: int = 1) -> str:
    return f"programmes/a-z-{level}" + (f"-{number}" if number > 1 else "") + ".md"


def _plain_name(p: Programme, lang: str) -> str:
    """The name as sorted and indexed by its first letter (a programme without one: code)."""
    return p.name.get(lang) if p.name is not None else p.code


def _name(p: Programme, lang: str) -> str:
    if p.name is None:
        return f'<em class="no-info">{L["no_name"][lang]}</em>'
    return tr(p.name, lang)


def list_pages(d: Disclosures, lang: str, rows: int = LIST_ROWS) -> list[ListPage]:
    """Every page of every level's A–Z list in `lang` (a level with none gets one page)."""
    out: list[ListPage] = []
    for level in LEVELS:
        members = sorted(d.programmes_at(level), key=lambda p: sort_key(_plain_name(p, lang), lang))
        chunks = [members[i : i + rows] for i in range(0, len(members), rows)] or [[]]
        paths = tuple(list_path(level, n) for n in range(1, len(chunks) + 1))
        out += [
            ListPage(paths[n], level, n + 1, paths, tuple(chunk)) for n, chunk in enumerate(chunks)
        ]
    return out


def _pager(page: ListPage, lang: str) -> str:
    if len(page.pages) == 1:
        return ""
    links = [
        f'<strong aria-current="page">{n}</strong>'
        if n == page.number
        else f'<a href="{page_href(page.path, path)}">{n}</a>'
        for n, path in enumerate(page.pages, start=1)
    ]
    label = L["pages"][lang]
    return f'<nav class="catalogue-pager" aria-label="{label}"><p>{" · ".join(links)}</p></nav>\n'


def _levels(d: Disclosures, page: ListPage, lang: str) -> str:
    """Links to the other levels' lists: the filter by level that needs no JavaScript. The
    page's own level is not "another level", and a level with no programme is not offered."""
    items = [
        f'<a href="{page_href(page.path, list_path(level))}">'
        f"{tr(LEVEL[level], lang)} ({len(d.programmes_at(level))})</a>"
        for level in LEVELS
        if level != page.level and d.programmes_at(level)
    ]
    others = f" {L['other_levels'][lang]} {' · '.join(items)}" if items else ""
    return f"<p>{L['intro'][lang]}{others}</p>\n"


def list_page(d: Disclosures, page: ListPage, lang: str, title: str = "") -> str:
    title = title or f"{tr(LEVEL[page.level], lang)}: {L['title'][lang]}"
    of = (
        f" ({L['page_of'][lang].format(n=page.number, total=len(page.pages))})"
        if len(page.pages) > 1
        else ""
    )
    out = [
        # The faculty tables and the programme pages are indexed already: not twice.
        "---\nsearch:\n  exclude: true\n---\n",
        f"# {esc(title)}{of}\n",
        # An empty level is a statement of the catalogue too: it carries the catalogue's state.
        notice(page.programmes or d.programmes, lang),
        f'<p><a href="index.html">← {L["back"][lang]}</a></p>\n',
        _levels(d, page, lang) if page.path.startswith("programmes/a-z-") else "",
    ]
    if not page.programmes:
        out.append(no_info(L["none"][lang], lang))
        return "\n".join(out)
    rows, letters = [], []
    for p in page.programmes:
        letter = initial(_plain_name(p, lang))
        anchor = ""
        if not letters or letters[-1][0] != letter:
            letters.append((letter, f"letter-{len(letters) + 1}"))
            anchor = f'<span id="{letters[-1][1]}"></span>'
        forms = ", ".join(tr(d.form(f).name, lang) for f in p.forms)
        rows.append(
            [
                f'{anchor}<a href="{p.code}.html">{_name(p, lang)}</a>'
                + (mark(p, lang, "name") if p.name else ""),
                f"<code>{p.code}</code>{mark(p, lang, 'code')}",
                tr(d.faculty(p.faculty).name, lang) + mark(p, lang, "faculty"),
                ", ".join(tr(LANGUAGE[code], lang) for code in p.languages)
                + mark(p, lang, "languages"),
                forms + mark(p, lang, "forms"),
                coverage_cell(d, p, lang),
            ]
        )
    jump = " ".join(f'<a href="#{anchor}">{esc(letter)}</a>' for letter, anchor in letters)
    out.append(f'<nav class="letter-index" aria-label="{L["letters"][lang]}"><p>{jump}</p></nav>\n')
    out.append(
        f'<div class="catalogue-filter" data-label="{L["filter"][lang]}" '
        f'data-shown="{L["shown"][lang]}"></div>\n'
    )
    out.append(_pager(page, lang))
    headers = [L[k][lang] for k in ("name", "code", "faculty", "languages", "forms")]
    headers.append(COVERAGE[lang])
    out.append(marked_table(headers, rows, f"{esc(title)}{of}", lang))
    out.append(_pager(page, lang))
    return "\n".join(out)


def filter_path(kind: str, value: str, number: int = 1) -> str:
    """A pre-filtered list: programmes/language-kk.md, programmes/form-full-time.md."""
    return f"programmes/{kind}-{value}" + (f"-{number}" if number > 1 else "") + ".md"


def _filter_choices(d: Disclosures) -> list[tuple[str, str, frozenset[str]]]:
    """Every filter value by language and by form of study, with the programmes it selects."""
    choices = [
        (kind, value, frozenset(p.code for p in d.programmes if value in getattr(p, kind + "s")))
        for kind, values in (("language", _languages(d)), ("form", _forms(d)))
        for value in values
    ]
    return choices


def filter_targets(d: Disclosures) -> dict[tuple[str, str], str]:
    """Where each filter value leads: a list of its own, or the list that already holds
    exactly its programmes (a level's A–Z list, the catalogue itself for every programme
    of several levels, an earlier filter's list). A list is published once: when every
    programme is taught full-time, "full-time" is the A–Z list, not a copy of it."""
    listed: dict[frozenset[str], str] = {frozenset(p.code for p in d.programmes): INDEX}
    for level in LEVELS:
        if d.programmes_at(level):
            listed[frozenset(p.code for p in d.programmes_at(level))] = list_path(level)
    return {
        (kind, value): listed.setdefault(members, filter_path(kind, value))
        for kind, value, members in _filter_choices(d)
    }


def filter_pages(d: Disclosures, lang: str, rows: int = LIST_ROWS) -> dict[str, str]:
    """The lists filtered by language and by form of study that no other page lists
    already, generated statically: the catalogue's filters work without JavaScript."""
    pages: dict[str, str] = {}
    targets = filter_targets(d)
    for kind, value, codes in _filter_choices(d):
        if targets[(kind, value)] != filter_path(kind, value):
            continue  # the filter leads to the list that holds its programmes already
        label = tr(LANGUAGE[value], lang) if kind == "language" else tr(d.form(value).name, lang)
        # A whole title per kind: the programmes taught «ағылшын тілінде», "in English".
        taught = in_languages([value], lang) if kind == "language" else ""
        title = L[f"filter_{kind}"][lang].format(label=label, taught=taught)
        members = sorted(
            (p for p in d.programmes if p.code in codes),
            key=lambda p: sort_key(_plain_name(p, lang), lang),
        )
        chunks = [members[i : i + rows] for i in range(0, len(members), rows)] or [[]]
        paths = tuple(filter_path(kind, value, n) for n in range(1, len(chunks) + 1))
        for n, chunk in enumerate(chunks):
            listed = ListPage(paths[n], "bachelor", n + 1, paths, tuple(chunk))
            pages[paths[n]] = list_page(d, listed, lang, title=title[:1].upper() + title[1:])
    return pages


def _value_label(d: Disclosures, value: str, lang: str) -> str:
    """A language's or a form of study's name (their codes never coincide)."""
    return tr(LANGUAGE[value], lang) if value in LANGUAGE else tr(d.form(value).name, lang)


def _languages(d: Disclosures) -> list[str]:
    return sorted({code for p in d.programmes for code in p.languages})


def _forms(d: Disclosures) -> list[str]:
    return sorted({form for p in d.programmes for form in p.forms})


def filters(d: Disclosures, page: str, lang: str, extra: str = "") -> str:
    """Links to pre-filtered lists, by level (only the levels that have programmes),
    faculty, language and form of study (and `extra`, another domain's filter: the groups
    of programmes): static pages, so the filters need no JavaScript."""

    def link(target: str, label: str) -> str:
        return f'<a href="{page_href(page, target)}">{label}</a>'

    levels = [
        link(list_path(level), f"{tr(LEVEL[level], lang)} ({len(d.programmes_at(level))})")
        for level in LEVELS
        if d.programmes_at(level)
    ]
    faculties = []
    for f in sorted(d.faculties, key=lambda f: f.name.get(lang)):
        level = next(
            (lv for lv in LEVELS if any(p.faculty == f.id for p in d.programmes_at(lv))), None
        )
        if level is not None:
            faculties.append(link(f"programmes/{level}-{f.id}.md", tr(f.name, lang)))
    targets = filter_targets(d)

    def choice(kind: str, value: str, label: str) -> str:
        target = targets[(kind, value)]
        if target == filter_path(kind, value):
            return link(target, label)
        # Said where the filter is offered: the list it leads to is not its own.
        if target == INDEX:
            note = L["same_all"][lang]
        elif target.startswith("programmes/a-z-"):
            level = target.removeprefix("programmes/a-z-").removesuffix(".md")
            note = L["same_level"][lang].format(level=tr(LEVEL[level], lang))
        else:
            other = next(v for (k, v) in targets if filter_path(k, v) == target)
            note = L["same_as"][lang].format(value=_value_label(d, other, lang))
        text = f"{label} ({note})"
        return text if target == page else link(target, text)

    languages = [choice("language", c, tr(LANGUAGE[c], lang)) for c in _languages(d)]
    forms = [choice("form", f, tr(d.form(f).name, lang)) for f in _forms(d)]
    rows = [
        (L["by_level"][lang], levels),
        (L["by_faculty"][lang], faculties),
        (L["by_language"][lang], languages),
        (L["by_form"][lang], forms),
    ]
    body = "".join(
        f"<dt>{label}</dt><dd>{' · '.join(items)}</dd>" for label, items in rows if items
    )
    # One line until opened (a <details> opens without JavaScript): the first screen
    # belongs to the programmes.
    return (
        f'<details class="catalogue-filters"><summary>{L["filters"][lang]}</summary>'
        f'<dl class="facts">{body}{extra}</dl></details>\n'
    )


def first_programmes(d: Disclosures, page: str, lang: str, rows: int = LIST_ROWS) -> str:
    """The catalogue's first screen: programmes by name (the first `rows`, with a link to
    the rest), filtered as one types with JavaScript."""
    members = sorted(d.programmes, key=lambda p: sort_key(_plain_name(p, lang), lang))
    if not members:
        return no_info(L["none_at_all"][lang], lang)
    body = []
    for p in members[:rows]:
        forms = ", ".join(tr(d.form(f).name, lang) for f in p.forms)
        body.append(
            [
                f'<a href="{page_href(page, f"programmes/{p.code}.md")}">{_name(p, lang)}</a>'
                + (mark(p, lang, "name") if p.name else ""),
                f"<code>{p.code}</code>",
                tr(d.faculty(p.faculty).name, lang),
                ", ".join(tr(LANGUAGE[code], lang) for code in p.languages),
                forms,
                coverage_cell(d, p, lang),
            ]
        )
    more = ""
    if len(members) > rows:
        first = next(level for level in LEVELS if d.programmes_at(level))
        text = L["more"][lang].format(n=len(members))
        more = f'<p><a href="{page_href(page, list_path(first))}">{text}</a></p>\n'
    headers = [L[k][lang] for k in ("name", "code", "faculty", "languages", "forms")]
    headers.append(COVERAGE[lang])
    hook = (
        f'<div class="catalogue-filter" data-label="{L["filter"][lang]}" '
        f'data-shown="{L["shown"][lang]}"></div>\n'
    )
    return hook + table(headers, body, L["all_programmes"][lang]) + more


def list_links(d: Disclosures, page: str, lang: str) -> str:
    """The index's line of links to the A–Z lists, one per level."""
    links = " · ".join(
        f'<a href="{page_href(page, list_path(level))}">{tr(LEVEL[level], lang)} '
        f"({len(d.programmes_at(level))})</a>"
        for level in LEVELS
        if d.programmes_at(level)  # a level with no programme is not offered
    )
    return f'<p class="catalogue-a-z"><strong>{L["link"][lang]}:</strong> {links}</p>\n'
