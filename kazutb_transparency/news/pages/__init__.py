"""Pages of the news, at fixed addresses inside each language folder (listed in
guide/addresses.md): the list, a page per year, a page per item, the events and the
press office's contact."""

from __future__ import annotations

from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.news.content import News
from kazutb_transparency.news.labels import CONTACT, EVENTS, INDEX
from kazutb_transparency.news.pages.contact import contact_page
from kazutb_transparency.news.pages.item import MEDIA, item_page
from kazutb_transparency.news.pages.lists import events_page, index_page, year_pages
from kazutb_transparency.organisation import Units


def render_news_pages(n: News, d: Disclosures, units: Units, lang: str) -> dict[str, str]:
    """{path inside the language folder: Markdown} for every news page."""
    site_name = d.about.identity.full_name.get(lang)
    pages = {
        INDEX: index_page(n, lang),
        EVENTS: events_page(n, site_name, lang),
        CONTACT: contact_page(n, d, units, lang),
        **year_pages(n, lang),
    }
    pages.update((item.page, item_page(item, d, lang)) for item in n.items)
    return pages


__all__ = ["MEDIA", "render_news_pages"]
