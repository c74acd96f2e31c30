"""Language alternates that search engines read: absolute addresses, with an x-default.

The theme writes each page's `hreflang` links relative to the page, which search engines
do not accept; they are made absolute from the page's canonical address. (The sitemap, with
each page's languages and x-default, is written by buildsteps/sitemap.py.)
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

_CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)"')
_ALTERNATE = re.compile(r'<link rel="alternate"[^>]*\bhreflang="[^"]+"[^>]*>')
_HREF = re.compile(r'\bhref="([^"]*)"')


def absolute_alternates(html: str) -> str:
    """The page with its hreflang links absolute (left as they are without a canonical)."""
    canonical = _CANONICAL.search(html)
    if canonical is None:
        return html
    base = canonical.group(1)

    def absolute(match: re.Match[str]) -> str:
        return _HREF.sub(lambda href: f'href="{urljoin(base, href.group(1))}"', match.group())

    return _ALTERNATE.sub(absolute, html)


def robots_txt(site_url: str) -> str:
    """Every page may be indexed; the sitemap says where they are."""
    sitemap = urljoin(site_url if site_url.endswith("/") else site_url + "/", "sitemap.xml")
    return f"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n"
