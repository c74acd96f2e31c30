"""The sitemap's `lastmod` from the data each page shows, not the build date.

A page's date is the newest dated item it shows (the changes list: a programme's update, an
accreditation, a survey wave, a status that changed on its day) or the `updated` date of the
open data it presents; a page of a section without its own date takes its section index's.
A page whose content no data dates (the hand-written pages) gets no `lastmod` at all: the
sitemap protocol allows it, and a guessed date would be a claim the data do not make.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from kazutb_transparency.core.i18n import LANGUAGES

_URL = re.compile(r"<url>.*?</url>", re.S)
_LOC = re.compile(r"<loc>([^<]*)</loc>")
_LASTMOD = re.compile(r"\s*<lastmod>[^<]*</lastmod>")
SUMMARY_PAGES = ("index.md", "changes/index.md")  # they show the newest of everything


def page_dates(changes: Iterable[tuple[str, date]], today: date) -> dict[str, date]:
    """Path inside a language folder ("programmes/6B04105.md") → the date of its data, from
    the (page, day) of every dated item the pages show."""
    dates: dict[str, date] = {}
    for page, day in changes:
        if day <= today:  # a change announced for later has not happened yet
            dates[page] = max(dates.get(page, day), day)
    # A section's index without a date of its own summarises its section.
    sections: dict[str, date] = {}
    for page, day in dates.items():
        if "/" in page:
            index = page.rsplit("/", 1)[0] + "/index.md"
            sections[index] = max(sections.get(index, day), day)
    for index, day in sections.items():
        dates.setdefault(index, day)
    if dates:
        newest = max(dates.values())
        for page in SUMMARY_PAGES:
            dates[page] = newest
    return dates


def opendata_dates(datapackage: Path) -> dict[str, date]:
    """Each dataset page's date, and the catalogue's: the datasets' `updated`."""
    package = json.loads(datapackage.read_text("utf-8"))
    dates = {
        f"opendata/{r['name']}.md": date.fromisoformat(r["updated"])
        for r in package.get("resources", [])
        if "updated" in r
    }
    if dates:
        dates["opendata/index.md"] = max(dates.values())
    return dates


def _page_of(loc: str, site_url: str) -> str:
    path = loc.removeprefix(site_url.rstrip("/") + "/")
    first, _, rest = path.partition("/")
    if first in LANGUAGES and rest:
        path = rest
    if path.endswith("/") or not path:
        path += "index.html"
    return re.sub(r"\.html$", ".md", path)


def _date_of(page: str, dates: dict[str, date]) -> date | None:
    if page in dates:
        return dates[page]
    section = page.rsplit("/", 1)[0] if "/" in page else None
    return dates.get(f"{section}/index.md") if section else None


def rewrite_sitemap(site_dir: Path, dates: dict[str, date], site_url: str) -> None:
    """Set each URL's lastmod from `dates` (or drop it), in sitemap.xml and sitemap.xml.gz."""
    sitemap = site_dir / "sitemap.xml"
    if not sitemap.is_file():
        return

    def dated(match: re.Match[str]) -> str:
        block = _LASTMOD.sub("", match.group(0))
        loc = _LOC.search(block)
        day = _date_of(_page_of(loc.group(1), site_url), dates) if loc else None
        if day is None or loc is None:
            return block
        return block.replace(loc.group(0), f"{loc.group(0)}\n        <lastmod>{day}</lastmod>", 1)

    text = _URL.sub(dated, sitemap.read_text("utf-8"))
    sitemap.write_text(text, "utf-8")
    # mtime 0: the same sitemap gives the same bytes.
    (site_dir / "sitemap.xml.gz").write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
