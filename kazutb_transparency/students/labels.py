"""The vocabulary of the students' pages in kk, ru and en (data/interface/<lang>.yaml)."""

from __future__ import annotations

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import catalog, localized
from kazutb_transparency.disclosures.labels import PAGE_TITLE

L: dict[str, dict[str, str]] = catalog("students")
SERVICE_KIND: dict[str, Localized] = localized("students_service_kind")

INDEX = "students/index.md"
APPEALS = "students/appeals.md"
SUPPORT = "students/support.md"


def title(page: str, lang: str) -> str:
    """A page's title: the fixed addresses and their titles are the disclosures' list."""
    return PAGE_TITLE[page].get(lang)
