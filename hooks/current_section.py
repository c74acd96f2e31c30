"""MkDocs adapter: a detail page (a programme, a survey, a process) highlights its section.

Detail pages are kept out of the sidebar (mkdocs.yml), so nothing in it was marked as
current. While such a page is rendered, the index page of its folder is marked active, as
MkDocs marks the page itself for pages in the navigation, and unmarked afterwards.
"""

from __future__ import annotations

_marked: list = []


def on_page_context(context, page, config, nav):
    own = config.theme["language"] + "/"
    inside = page.url.removeprefix(own)  # a language's top-level page has no section
    if page.is_homepage or page in nav.pages or "/" not in inside:
        return context
    index = page.url.rsplit("/", 1)[0] + "/index.html"
    for item in nav.pages:
        if item.url == index:
            item.active = True
            _marked.append(item)
            break
    return context


def on_post_page(output, page, config):
    while _marked:
        _marked.pop().active = False
    return output
