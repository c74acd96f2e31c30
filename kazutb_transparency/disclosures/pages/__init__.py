"""Pages of the mandatory disclosures, at fixed addresses inside each language folder.
They use the disclosure models, `organisation` and `core.markdown`.
"""

from __future__ import annotations

from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.pages.about import (
    about_page,
    forms_page,
    resources_page,
    structure_page,
)
from kazutb_transparency.disclosures.pages.accreditation import accreditation_page
from kazutb_transparency.disclosures.pages.documents import documents_page, reports_page
from kazutb_transparency.disclosures.pages.programme_list import list_page, list_pages
from kazutb_transparency.disclosures.pages.programmes import (
    catalogue_pages,
    group_page,
    index_page,
    programme_page,
)
from kazutb_transparency.disclosures.pages.register import register_page
from kazutb_transparency.organisation import Units


def render_disclosure_pages(d: Disclosures, units: Units, lang: str) -> dict[str, str]:
    """{path inside the language folder: Markdown} for every disclosure page."""
    groups = catalogue_pages(d)
    pages = {
        "about/index.md": about_page(d, lang),
        "about/structure.md": structure_page(d, units, lang),
        "about/forms-of-study.md": forms_page(d, lang),
        "about/documents.md": documents_page(d, lang),
        "about/resources.md": resources_page(d, lang),
        "about/reports.md": reports_page(d, lang),
        "programmes/index.md": index_page(d, lang, groups),
        "accreditation/index.md": accreditation_page(d, lang),
        "register/index.md": register_page(d, units, lang),
    }
    for listed in list_pages(d, lang):
        pages[listed.path] = list_page(d, listed, lang)
    for group in groups:
        pages[group.path] = group_page(d, group, lang)
        for programme in group.programmes:
            pages[f"programmes/{programme.code}.md"] = programme_page(d, programme, lang, group)
    return pages


__all__ = ["render_disclosure_pages"]
