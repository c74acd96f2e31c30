"""Pages of international cooperation, at fixed addresses inside each language folder
(listed in guide/addresses.md)."""

from __future__ import annotations

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.international.content import International
from kazutb_transparency.international.pages.mobility import MOBILITY, mobility_page
from kazutb_transparency.international.pages.partners import PARTNERS, partners_page


def render_international_pages(
    i: International, d: Disclosures, process: tuple[str, Localized] | None, lang: str
) -> dict[str, str]:
    """{path inside the language folder: Markdown}; `process` is the page and title of
    process 07 "international activity", which the pages link to."""
    return {
        PARTNERS: partners_page(i, d, process, lang),
        MOBILITY: mobility_page(i, d, process, lang),
    }


__all__ = ["render_international_pages"]
