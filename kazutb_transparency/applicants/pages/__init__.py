"""Pages for applicants, at fixed addresses inside each language folder: admission
(applicants/index.md), costs, size and outcomes, one comparison page per group of
programmes, and the key facts that head each programme's page."""

from __future__ import annotations

from collections.abc import Mapping

from kazutb_transparency.applicants.content import Applicants
from kazutb_transparency.applicants.pages.admission import admission_page
from kazutb_transparency.applicants.pages.common import COSTS, INDEX, OUTCOMES, group_path
from kazutb_transparency.applicants.pages.compare import Satisfaction, compare_pages
from kazutb_transparency.applicants.pages.costs import costs_page
from kazutb_transparency.applicants.pages.facts import jsonld_additions, key_facts, states_of
from kazutb_transparency.applicants.pages.group_filter import group_list_pages
from kazutb_transparency.applicants.pages.groups import group_page
from kazutb_transparency.applicants.pages.outcomes import outcomes_page
from kazutb_transparency.disclosures import Disclosures


def render_applicant_pages(
    a: Applicants,
    d: Disclosures,
    lang: str,
    satisfaction: Mapping[str, Satisfaction] | None = None,
) -> dict[str, str]:
    """{path inside the language folder: Markdown} for every applicants' page; `satisfaction`
    the latest survey satisfaction of each programme (another domain's), for the comparison."""
    pages = {
        INDEX: admission_page(a, lang),
        COSTS: costs_page(a, lang, d),
        OUTCOMES: outcomes_page(a, d, lang),
    }
    pages.update(compare_pages(a, d, lang, satisfaction))
    for group in a.groups:
        pages[group_path(group.id)] = group_page(a, d, group, lang)
    # The catalogue filtered by group (programmes/group-<id>.md): its filter links there.
    pages.update(group_list_pages(a, d, lang))
    return pages


__all__ = ["Satisfaction", "jsonld_additions", "key_facts", "render_applicant_pages", "states_of"]
