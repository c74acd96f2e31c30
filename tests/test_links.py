"""Every internal link and anchor of the built site resolves, in every language (issue 8).

Parses every HTML file with the standard library (no browser): each internal href/src
(relative or root-relative) must name an existing file (a folder means its index.html),
each #fragment must be an id (or a name) in the target page, and each download link
(.csv, .json, .zip, .pdf) must point to a file that exists. All broken links are reported
at once.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

LINK_ATTRIBUTES = {"href", "src"}
EXTERNAL_SCHEMES = {"http", "https", "mailto", "tel", "data", "javascript", "ftp"}
DOWNLOADS = (".csv", ".json", ".zip", ".pdf")


@dataclass
class PageLinks(HTMLParser):
    """The links (href/src) and anchors (id/name) of one HTML page."""

    links: list[str] = field(default_factory=list)
    anchors: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in LINK_ATTRIBUTES and not (tag == "link" and is_preconnect(attrs)):
                self.links.append(value.strip())
            elif name == "id" or (name == "name" and tag == "a"):
                self.anchors.add(value)

    handle_startendtag = handle_starttag


def is_preconnect(attrs: list[tuple[str, str | None]]) -> bool:
    return any(name == "rel" and value in ("preconnect", "dns-prefetch") for name, value in attrs)


@cache
def parse(page: Path) -> PageLinks:
    parser = PageLinks()
    parser.feed(page.read_text(encoding="utf-8"))
    parser.close()
    return parser


@pytest.fixture(scope="module")
def site(request: pytest.FixtureRequest) -> Path:
    """The built site: $KAZUTB_BUILT_SITE when set (an existing build), else `built_site`."""
    existing = os.environ.get("KAZUTB_BUILT_SITE")
    return Path(existing).resolve() if existing else request.getfixturevalue("built_site")


def is_internal(link: str) -> bool:
    parts = urlsplit(link)
    return not (parts.scheme or parts.netloc or link in ("", "#"))


def resolve(site: Path, page: Path, path: str) -> Path:
    """The file an internal link's path names (a folder means its index.html)."""
    path = unquote(path)
    base = site if path.startswith("/") else page.parent
    target = (base / path.lstrip("/")) if path else page
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target.resolve()


def broken_links(site: Path, page: Path) -> Iterator[str]:
    """Messages for the broken internal links of one page."""
    where = page.relative_to(site).as_posix()
    for link in parse(page).links:
        if not is_internal(link):
            continue
        parts = urlsplit(link)
        target = resolve(site, page, parts.path)
        if site.resolve() not in target.parents:
            yield f"/{where}: {link!r} leaves the site"
        elif not target.is_file():
            kind = "download" if target.suffix in DOWNLOADS else "link"
            yield f"/{where}: {kind} {link!r} -> missing {target.relative_to(site.resolve())}"
        elif parts.fragment and target.suffix == ".html":
            fragment = unquote(parts.fragment)
            if fragment not in parse(target).anchors:
                name = target.relative_to(site.resolve()).as_posix()
                yield f"/{where}: {link!r} -> no id {fragment!r} in /{name}"


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_site_has_pages_in_every_language(site: Path) -> None:
    for index in ("index.html", "ru/index.html", "en/index.html"):
        assert (site / index).is_file(), f"{index} is missing from the built site"


def test_every_internal_link_and_anchor_resolves(site: Path) -> None:
    found = (problem for page in html_pages(site) for problem in broken_links(site, page))
    problems = list(dict.fromkeys(found))
    shown = "\n".join(problems[:300])
    more = f"\n… and {len(problems) - 300} more" if len(problems) > 300 else ""
    assert not problems, f"{len(problems)} broken internal links:\n{shown}{more}"


def test_download_links_exist(site: Path) -> None:
    """Every download the site offers is linked from some page and exists."""
    downloads = [
        (page, link)
        for page in html_pages(site)
        for link in parse(page).links
        if is_internal(link) and urlsplit(link).path.lower().endswith(DOWNLOADS)
    ]
    assert downloads, "the built site links no download (.csv/.json/.zip/.pdf)"
    missing = [
        f"/{page.relative_to(site).as_posix()}: {link}"
        for page, link in downloads
        if not resolve(site, page, urlsplit(link).path).is_file()
    ]
    assert not missing, "download links to missing files:\n" + "\n".join(missing)
