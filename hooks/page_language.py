"""MkDocs adapter: theme strings that MkDocs writes in English, in the page's language.

The Markdown toc extension gives every heading's permalink the title "Permanent link",
once for all languages; each language build writes it in its own language.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority

PERMALINK_TITLE = {
    "kk": "Осы бөлімге тұрақты сілтеме",
    "ru": "Постоянная ссылка на этот раздел",
    "en": "Permanent link",
}


@event_priority(-300)  # after the adapter has put the page's raw blocks back
def on_page_content(html: str, page, config, files) -> str:
    title = PERMALINK_TITLE.get(config.theme.get("language", "en"))
    if not title or title == PERMALINK_TITLE["en"]:
        return html
    return html.replace('title="Permanent link"', f'title="{title}"')
