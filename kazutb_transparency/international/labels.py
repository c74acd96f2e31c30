"""The vocabulary of the international pages in kk, ru and en (data/interface/<lang>.yaml)."""

from __future__ import annotations

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import catalog, localized
from kazutb_transparency.disclosures.labels import PAGE_TITLE

L: dict[str, dict[str, str]] = catalog("international")
PARTNER_KIND: dict[str, Localized] = localized("international_partner_kind")
AGREEMENT_KIND: dict[str, Localized] = localized("international_agreement_kind")
MOBILITY_KIND: dict[str, Localized] = localized("international_mobility_kind")
COUNTRY_GROUP: dict[str, Localized] = localized("international_country_group")
LEVEL: dict[str, Localized] = localized("international_level")


def title(page: str, lang: str) -> str:
    """A page's title: the fixed addresses and their titles are the disclosures' list."""
    return PAGE_TITLE[page].get(lang)
