"""What changed: a page per language and a valid, deterministic Atom feed per language."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kazutb_transparency.overview.changes import (
    MAX_PAGE_ENTRIES,
    changes_page,
    collect_changes,
    render_feeds,
)

ATOM = "{http://www.w3.org/2005/Atom}"
LANGS = {"kk": "", "ru": "ru/", "en": "en/"}


@pytest.mark.parametrize("lang", LANGS)
def test_feed_is_valid_atom_with_dates_and_links(built_site: Path, lang: str) -> None:
    feed = ET.parse(built_site / LANGS[lang] / "feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", feed.findtext(f"{ATOM}updated") or "")
    assert feed.findtext(f"{ATOM}id") and feed.findtext(f"{ATOM}title")
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) >= 20
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(ids), "entry ids must be unique"
    dates = [e.findtext(f"{ATOM}updated") for e in entries]
    assert dates == sorted(dates, reverse=True), "newest first"
    for entry in entries:
        assert entry.findtext(f"{ATOM}title")
        link = entry.find(f"{ATOM}link").get("href")
        page = link.split("://", 1)[-1].split("/", 1)[1]
        assert (built_site / page).is_file(), link


def test_every_page_links_to_the_feed_of_its_language(built_site: Path) -> None:
    for prefix in LANGS.values():
        page = built_site / prefix / "about" / "index.html"
        html = page.read_text(encoding="utf-8")
        href = re.search(r'type="application/atom\+xml" href="([^"]+)"', html).group(1)
        assert (page.parent / href).resolve() == (built_site / prefix / "feed.xml").resolve()


def test_changes_page_lists_items_newest_first_with_working_links(built_site: Path) -> None:
    for prefix in LANGS.values():
        page = built_site / prefix / "changes" / "index.html"
        html = page.read_text(encoding="utf-8")
        days = re.findall(r'<td><time datetime="(\d{4}-\d\d-\d\d)">', html)
        assert days and days == sorted(days, reverse=True)
        for href in re.findall(r'<td><a href="([^"#]+)"', html):
            assert (page.parent / href).is_file(), href


def test_feed_is_deterministic(default_site) -> None:
    site = default_site
    changes = collect_changes(site.disclosures, site.registry, site.surveys)
    again = collect_changes(site.disclosures, site.registry, site.surveys)
    assert render_feeds(changes, "https://example.org/") == render_feeds(
        again, "https://example.org/"
    )
    sections = {c.section for c in changes}
    assert {"programmes", "documents", "accreditation", "processes", "surveys"} <= sections


def test_the_page_lists_the_newest_changes_and_says_where_the_rest_are(default_site) -> None:
    site = default_site
    changes = collect_changes(site.disclosures, site.registry, site.surveys)
    many = [dataclasses.replace(changes[0], key=f"k{n}") for n in range(MAX_PAGE_ENTRIES + 7)]
    for lang in LANGS:
        page = changes_page(many, lang)
        assert page.count("<time datetime=") == MAX_PAGE_ENTRIES
        assert ": 7)" in page or "(7 in all)" in page
        assert "../opendata/index.md" in page
    assert "../opendata/index.md" not in changes_page(changes[:3], "en")
