"""The vocabulary of the transparency pages in kk, ru and en (data/interface/<lang>.yaml)."""

from __future__ import annotations

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import catalog, localized
from kazutb_transparency.disclosures.labels import PAGE_TITLE

L: dict[str, dict[str, str]] = catalog("transparency")
TOPIC: dict[str, Localized] = localized("transparency_topic")
CHANNEL_KIND: dict[str, Localized] = localized("transparency_channel_kind")
BODY_KIND: dict[str, Localized] = localized("transparency_body_kind")
STAGE: dict[str, Localized] = localized("transparency_stage")
INSPECTION_KIND: dict[str, Localized] = localized("transparency_inspection_kind")
# The main headings of income and of expenditure (data/transparency/finances.yaml).
HEADING: dict[str, dict[str, Localized]] = {
    "income": localized("transparency_income_heading"),
    "expenditure": localized("transparency_expenditure_heading"),
}


def title(page: str, lang: str) -> str:
    """A page's title: the fixed addresses and their titles are the disclosures' list."""
    return PAGE_TITLE[page].get(lang)
