"""The vocabulary of the news pages in kk, ru and en (data/interface/<lang>.yaml)."""

from __future__ import annotations

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import catalog, localized
from kazutb_transparency.disclosures.labels import PAGE_TITLE

L: dict[str, dict[str, str]] = catalog("news")
KIND: dict[str, Localized] = localized("news_kind")
EVENT_KIND: dict[str, Localized] = localized("news_event_kind")
EVENT_FORMAT: dict[str, Localized] = localized("news_event_format")

INDEX = "news/index.md"
EVENTS = "news/events.md"
CONTACT = "news/media-contact.md"
FEED = "news/feed.xml"  # inside each language folder


def title(page: str, lang: str) -> str:
    """A fixed page's title: the fixed addresses and their titles are the disclosures' list."""
    return PAGE_TITLE[page].get(lang)


def year_page(year: int) -> str:
    return f"news/{year}.md"
