"""Language alternates that search engines read: absolute addresses, with an x-default.

The theme writes each page's `hreflang` links relative to the page, which search engines
do not accept; they are made absolute from the page's canonical address. The sitemap lists
every language of a page; each entry gets the default language as its x-default too.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from urllib.parse import urljoin

from kazutb_transparency.core.languages import DEFAULT_LANGUAGE

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


_URL_ENTRY = re.compile(r"<url>.*?</url>", re.S)
_DEFAULT_LINK = re.compile(
    r'(\s*)<xhtml:link rel="alternate" hreflang="' + DEFAULT_LANGUAGE + r'" href="([^"]+)"/>'
)


def sitemap_with_x_default(xml: str) -> str:
    def entry(match: re.Match[str]) -> str:
        text = match.group()
        if 'hreflang="x-default"' in text:
            return text
        found = _DEFAULT_LINK.search(text)
        if found is None:
            return text
        link = f'<xhtml:link rel="alternate" hreflang="x-default" href="{found.group(2)}"/>'
        extra = found.group(1) + link
        return text[: found.end()] + extra + text[found.end() :]

    return _URL_ENTRY.sub(entry, xml)


def finish_sitemap(site_dir: Path) -> None:
    """Add the x-default alternates to sitemap.xml and write its .gz again."""
    path = site_dir / "sitemap.xml"
    if not path.is_file():
        return
    xml = sitemap_with_x_default(path.read_text(encoding="utf-8"))
    path.write_text(xml, encoding="utf-8")
    # mtime 0 and no file name inside: the same sitemap gives the same bytes.
    (site_dir / "sitemap.xml.gz").write_bytes(gzip.compress(xml.encode("utf-8"), mtime=0))


def robots_txt(site_url: str) -> str:
    """Every page may be indexed; the sitemap says where they are."""
    sitemap = urljoin(site_url if site_url.endswith("/") else site_url + "/", "sitemap.xml")
    return f"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n"
