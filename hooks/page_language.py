"""MkDocs adapter: theme strings that MkDocs writes in English, in the page's language.

The Markdown toc extension gives every heading's permalink the title "Permanent link",
once for all languages; each language build writes it in its own language.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority


@event_priority(-300)  # after the adapter has put the page's raw blocks back
def on_page_content(html: str, page, config, files) -> str:
    from kazutb_transparency.engines.mkdocs_events import permalink_title

    lang = config.theme.get("language", "en")
    title = permalink_title(lang) if lang in ("kk", "ru", "en") else ""
    if not title or title == "Permanent link":
        return html
    return html.replace('title="Permanent link"', f'title="{title}"')
