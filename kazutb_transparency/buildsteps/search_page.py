"""The search page of each language (`search.html`, `ru/search.html`, `en/search.html`).

The header's search box sends its query here (`search.html?q=…`); the page's script
(docs/kk/assets/kazutb-search.js, added by the template overrides/kazutb-search.html)
reads the language's index beside it (buildsteps/search_index.py) and lists the results.
Without JavaScript the page says so and leads to the A–Z site index; the texts the script
shows are given to it in data attributes, from the interface catalogs.
"""

from __future__ import annotations

from html import escape

from kazutb_transparency.buildsteps.search_index import FOLDER
from kazutb_transparency.buildsteps.siteindex import PAGE as SITE_INDEX
from kazutb_transparency.core.i18n import LANGUAGES
from kazutb_transparency.core.interface import catalog

PAGE = "search.md"
TEMPLATE = "kazutb-search.html"
# Texts the script shows, given as data-<name> attributes of the search block.
_SCRIPT_TEXTS = ("ready", "loading", "found", "none", "too_short", "offline")


def search_page(lang: str) -> str:
    """The Markdown of one language's search page: raw HTML, left as it is by Markdown."""
    text = {key: value[lang] for key, value in catalog("search").items()}
    site_index = SITE_INDEX.removesuffix(".md") + ".html"
    data = " ".join(f'data-{key.replace("_", "-")}="{escape(text[key])}"' for key in _SCRIPT_TEXTS)
    return "\n".join(
        [
            "---",
            f"template: {TEMPLATE}",
            "---",
            "",
            f"# {text['title']}",
            "",
            f'<div class="kz-search" data-index="{FOLDER}/" {data}>',
            '<form class="kz-search-form" role="search" action="search.html" method="get">',
            f'<label for="kz-search-q">{escape(text["label"])}</label>',
            '<input id="kz-search-q" type="search" name="q" autocomplete="off" spellcheck="false">',
            f'<button type="submit" class="md-button">{escape(text["button"])}</button>',
            "</form>",
            '<p class="kz-search-status" role="status" data-kz-search-state="idle">'
            f"{escape(text['needs_javascript'])}: "
            f'<a href="{site_index}">{escape(text["site_index"])}</a>.</p>',
            '<ol class="kz-search-results"></ol>',
            f'<button type="button" class="kz-search-more md-button" hidden>'
            f"{escape(text['more'])}</button>",
            "</div>",
            "",
        ]
    )


def search_pages() -> dict[str, str]:
    """'<lang>/search.md' -> the page, for every language (staged with the generated pages)."""
    return {f"{lang}/{PAGE}": search_page(lang) for lang in LANGUAGES}
