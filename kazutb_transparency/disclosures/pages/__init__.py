"""Pages of the mandatory disclosures, at fixed addresses inside each language folder.
They use the disclosure models, `organisation` and `core.markdown`.
"""

from __future__ import annotations

from collections.abc import Callable

from kazutb_transparency.core.incremental import remembered_view
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.pages.about import (
    about_page,
    forms_page,
    resources_page,
    structure_page,
    units_page,
)
from kazutb_transparency.disclosures.pages.accreditation import accreditation_page
from kazutb_transparency.disclosures.pages.calendar import calendar_page
from kazutb_transparency.disclosures.pages.documents import documents_page, reports_page
from kazutb_transparency.disclosures.pages.pending import PAGE as PENDING_PAGE
from kazutb_transparency.disclosures.pages.pending import pending_page
from kazutb_transparency.disclosures.pages.programme_list import filter_pages, list_page, list_pages
from kazutb_transparency.disclosures.pages.programmes import (
    CataloguePage,
    KeyFacts,
    catalogue_pages,
    group_page,
    index_page,
    programme_page,
)
from kazutb_transparency.disclosures.pages.register import register_page
from kazutb_transparency.disclosures.programmes import Programme
from kazutb_transparency.disclosures.register_rows import RegisterRow
from kazutb_transparency.organisation import Units

# A section about one faculty or programme from another domain (its survey results):
# (unit type "faculty" or "programme", id, path of the page it goes on) → Markdown.
UnitSection = Callable[[str, str, str], str]
# The key facts at the top of a programme's page, from another domain (the applicants'):
# (programme, path of its page, whether it has survey results) → KeyFacts.
FactsSection = Callable[[Programme, str, bool], KeyFacts]


def render_disclosure_pages(
    d: Disclosures,
    units: Units,
    lang: str,
    unit_section: UnitSection | None = None,
    key_facts: FactsSection | None = None,
    catalogue_filter: str = "",
) -> dict[str, str]:
    """{path inside the language folder: Markdown} for every disclosure page; the pages of
    a programme and of a faculty's catalogue group carry `unit_section` when given, a
    programme's page `key_facts` at its top, and the catalogue's filters `catalogue_filter`
    (another domain's filter, a <dt>/<dd> pair: the groups of programmes)."""
    section = unit_section or (lambda unit_type, unit, page: "")
    facts_of = key_facts or (lambda programme, page, has_results: KeyFacts())
    groups = catalogue_pages(d)
    # The pages with no other domain's section: the live preview makes them again only when
    # the disclosures or units they read changed, not after an edit of a survey's target.
    pages = dict(
        remembered_view(
            f"disclosure pages {lang}", _own_pages, d, units, lang, groups, catalogue_filter
        )
    )
    # The live preview renders a group's or a programme's page again only when what it
    # shows changed (the disclosures it reads, its sections): an edit of one programme's
    # figures renders that programme's page, an edit of the "About" texts none of them.
    for group in groups:
        results = section("faculty", group.faculty, group.path) if group.number == 1 else ""
        pages[group.path] = remembered_view(
            f"catalogue page {group.path} {lang}", group_page, d, group, lang, results
        )
        for programme in group.programmes:
            path = f"programmes/{programme.code}.md"
            results = section("programme", programme.code, path)
            facts = facts_of(programme, path, bool(results))
            pages[path] = remembered_view(
                f"programme page {programme.code} {lang}",
                programme_page,
                *(d, programme, lang, group, results, facts),
            )
    return pages


def _own_pages(
    d: Disclosures,
    units: Units,
    lang: str,
    groups: list[CataloguePage],
    catalogue_filter: str = "",
) -> dict[str, str]:
    pages = {
        "about/index.md": about_page(d, lang),
        "about/structure.md": structure_page(d, units, lang),
        "about/units.md": units_page(d, units, lang),
        "about/forms-of-study.md": forms_page(d, lang),
        "about/documents.md": documents_page(d, lang),
        "about/resources.md": resources_page(d, lang),
        "about/reports.md": reports_page(d, lang),
        "about/calendar.md": calendar_page(d, lang),
        "programmes/index.md": index_page(d, lang, groups, catalogue_filter),
        "accreditation/index.md": accreditation_page(d, lang),
    }
    for listed in list_pages(d, lang):
        pages[listed.path] = list_page(d, listed, lang)
    pages.update(filter_pages(d, lang))
    return pages


def render_register_page(
    d: Disclosures, register: tuple[RegisterRow, ...], units: Units, lang: str
) -> dict[str, str]:
    """The compliance register's page: a renderer of its own, so that an edit of another
    domain's evidence renders this page again and not every disclosure page."""
    return {
        "register/index.md": register_page(d, register, units, lang),
        PENDING_PAGE: pending_page(register, units, d.today, lang),
    }


def unit_pages(d: Disclosures) -> dict[tuple[str, str], str]:
    """Where the catalogue shows each faculty (its first group page, the lowest level
    first) and each programme: (unit type, id) → path inside the language folder."""
    pages: dict[tuple[str, str], str] = {}
    for group in catalogue_pages(d):
        if group.number == 1:
            pages.setdefault(("faculty", group.faculty), group.path)
        for programme in group.programmes:
            pages[("programme", programme.code)] = f"programmes/{programme.code}.md"
    return pages


__all__ = ["KeyFacts", "render_disclosure_pages", "render_register_page", "unit_pages"]
