"""One sitemap for the whole site, whatever rendered it: each page with its languages.

An engine rendering each language alone writes a sitemap of that language only, without
alternates; rendering them together, mkdocs-static-i18n lists alternates in an order of its
own. Either way the finish step writes the same file: every page of every language (in the
engines' order, the default language first), each with its `hreflang` alternates in the
site's language order and the default language as `x-default`. `lastmod` is set afterwards
from the data each page shows (lastmod.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from xml.sax.saxutils import escape, unescape

from kazutb_transparency.core.i18n import DEFAULT_LANGUAGE, LANGUAGES

_LOC = re.compile(r"<loc>([^<]*)</loc>")
HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
    'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
)


def page_paths(sitemaps: Iterable[str], site_url: str) -> list[str]:
    """The site paths the engines' sitemaps list ("ru/about/index.html"), once each."""
    root = site_url if site_url.endswith("/") else site_url + "/"
    seen: dict[str, None] = {}
    for xml in sitemaps:
        for loc in _LOC.findall(xml):
            seen.setdefault(unescape(loc).removeprefix(root), None)
    return list(seen)


def _split(path: str) -> tuple[str, str]:
    first, _, rest = path.partition("/")
    return (first, rest) if first in LANGUAGES and first != DEFAULT_LANGUAGE and rest else (
        DEFAULT_LANGUAGE, path)  # fmt: skip


def sitemap(paths: list[str], site_url: str, exists: Callable[[str], bool]) -> str:
    """The sitemap of `paths` (in their order; the default language's first), each with
    the same page in every language that has it."""
    root = site_url if site_url.endswith("/") else site_url + "/"
    order = {lang: i for i, lang in enumerate(LANGUAGES)}
    ordered = sorted(paths, key=lambda p: order[_split(p)[0]])  # stable: engine order kept
    entries = []
    for path in ordered:
        inside = _split(path)[1]
        links = []
        for lang in LANGUAGES:
            other = inside if lang == DEFAULT_LANGUAGE else f"{lang}/{inside}"
            if exists(other):
                links.append((lang, root + other))
        links += [("x-default", url) for lang, url in links[:1] if lang == DEFAULT_LANGUAGE]
        alternates = "".join(
            f'\n        <xhtml:link rel="alternate" hreflang="{lang}" href="{escape(url)}"/>'
            for lang, url in links
        )
        entries.append(
            f"    <url>\n        <loc>{escape(root + path)}</loc>\n"
            f"        <changefreq>daily</changefreq>{alternates}\n    </url>\n"
        )
    return HEAD + "".join(entries) + "</urlset>\n"
