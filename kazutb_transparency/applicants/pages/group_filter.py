"""The programme catalogue filtered by group of programmes (the group a state grant is
awarded for): one static list per group, programmes/group-b057.md, in the catalogue's own
A–Z form, and the line of links to them in the catalogue's filters. Static pages, so the
filter needs no JavaScript; only the groups that have a programme in the catalogue are
offered, each by its code and its name."""

from __future__ import annotations

from kazutb_transparency.applicants.content import Applicants
from kazutb_transparency.applicants.models import Group
from kazutb_transparency.applicants.pages.common import group_path
from kazutb_transparency.core.collation import sort_key
from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.markdown import esc, page_href
from kazutb_transparency.disclosures import Disclosures
from kazutb_transparency.disclosures.pages.programme_list import (
    LIST_ROWS,
    ListPage,
    list_page,
)
from kazutb_transparency.disclosures.programmes import Programme

G: dict[str, dict[str, str]] = catalog("applicants_group_filter")


def group_list_path(group_id: str, number: int = 1) -> str:
    """The catalogue filtered by one group: programmes/group-b057.md (-2, -3 … when paged)."""
    return f"programmes/group-{group_id.lower()}" + (f"-{number}" if number > 1 else "") + ".md"


def group_name(group: Group, lang: str) -> str:
    """The group's code and name as plain text, «B057 — Information technology» (the name
    alone when it already holds the code)."""
    name = group.name.get(lang)
    return name if group.id in name else f"{group.id} — {name}"


def _members(group: Group, d: Disclosures) -> list[Programme]:
    codes = set(group.programmes)
    return [p for p in d.programmes if p.code in codes]


def offered_groups(a: Applicants, d: Disclosures) -> list[Group]:
    """The groups with at least one programme in the catalogue, by code: a filter never
    leads to an empty list."""
    return sorted((g for g in a.groups if _members(g, d)), key=lambda g: g.id)


def group_list_pages(
    a: Applicants, d: Disclosures, lang: str, rows: int = LIST_ROWS
) -> dict[str, str]:
    """{path: Markdown}: each offered group's programmes, A–Z, paged like the other lists."""
    pages: dict[str, str] = {}
    for group in offered_groups(a, d):

        def by_name(p: Programme) -> object:
            return sort_key(p.name.get(lang) if p.name is not None else p.code, lang)

        members = sorted(_members(group, d), key=by_name)
        chunks = [members[i : i + rows] for i in range(0, len(members), rows)]
        paths = tuple(group_list_path(group.id, n) for n in range(1, len(chunks) + 1))
        title = G["title"][lang].format(group=group_name(group, lang))
        for n, chunk in enumerate(chunks):
            listed = ListPage(paths[n], "bachelor", n + 1, paths, tuple(chunk))
            compare = page_href(paths[n], group_path(group.id))
            pages[paths[n]] = (
                list_page(d, listed, lang, title=title)
                + f'\n<p><a href="{compare}">{G["compare"][lang]}</a></p>\n'
            )
    return pages


def group_filter(a: Applicants, d: Disclosures, page: str, lang: str) -> str:
    """The catalogue's filter by group: a <dt>/<dd> pair for its list of filters (HTML),
    empty when no group has a programme."""
    links = [
        f'<a href="{page_href(page, group_list_path(g.id))}">{esc(group_name(g, lang))}</a>'
        for g in offered_groups(a, d)
    ]
    if not links:
        return ""
    return f"<dt>{G['by_group'][lang]}</dt><dd>{' · '.join(links)}</dd>"


__all__ = ["group_filter", "group_list_pages", "group_list_path", "offered_groups"]
