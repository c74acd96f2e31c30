"""What changed: a page per language and a valid, deterministic Atom feed per language, each
entry with a summary of what changed."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kazutb_transparency.core.locale_format import format_date
from kazutb_transparency.overview.changes import (
    FEED_TEXT,
    MAX_PAGE_ENTRIES,
    changes_page,
    collect_changes,
    render_feeds,
    summary,
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
        # How many earlier changes the page leaves out, said as a number of changes.
        assert any(said in page for said in ("ертерек 7 өзгеріс", "(всего 7)", "(7 in all)"))
        assert "../opendata/index.md" in page
    assert "../opendata/index.md" not in changes_page(changes[:3], "en")


# RFC 4287: what a feed and each entry must (and may only once) carry, in the Atom namespace.
FEED_ONCE = ("id", "title", "updated")
ENTRY_ONCE = ("id", "title", "updated", "summary")
ATOM_ELEMENTS = {
    "feed": {"author", "category", "contributor", "generator", "icon", "id", "link", "logo",
             "rights", "subtitle", "title", "updated", "entry"},
    "entry": {"author", "category", "content", "contributor", "id", "link", "published",
              "rights", "source", "summary", "title", "updated"},
}  # fmt: skip
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")


def atom_problems(xml: bytes) -> list[str]:
    """Where a document breaks the Atom 1.0 format (RFC 4287, sections 4.1 and 3.3)."""
    root = ET.fromstring(xml)
    if root.tag != f"{ATOM}feed":
        return [f"root element is {root.tag}, not an Atom feed"]
    found = []

    def check(element: ET.Element, kind: str, once: tuple[str, ...]) -> None:
        for child in element:
            name = child.tag.removeprefix(ATOM)
            if child.tag.startswith(ATOM) and name not in ATOM_ELEMENTS[kind]:
                found.append(f"{kind}: unknown Atom element {name}")
        for name in once:
            if len(element.findall(f"{ATOM}{name}")) != 1:
                found.append(f"{kind} {element.findtext(f'{ATOM}id')}: needs one {name}")
        for name in ("updated", "published"):
            for stamp in element.findall(f"{ATOM}{name}"):
                if not RFC3339.fullmatch(stamp.text or ""):
                    found.append(f"{kind}: {name} {stamp.text!r} is not an RFC 3339 date")
        for text in element.findall(f"{ATOM}summary") + element.findall(f"{ATOM}title"):
            if text.get("type", "text") not in ("text", "html", "xhtml") or not text.text:
                found.append(f"{kind}: an empty or mistyped {text.tag}")
        for link in element.findall(f"{ATOM}link"):
            if not link.get("href"):
                found.append(f"{kind}: a link without href")

    check(root, "feed", FEED_ONCE)
    has_author = root.find(f"{ATOM}author/{ATOM}name") is not None
    for entry in root.findall(f"{ATOM}entry"):
        check(entry, "entry", ENTRY_ONCE)
        alternates = [
            link
            for link in entry.findall(f"{ATOM}link")
            if link.get("rel", "alternate") == "alternate"
        ]
        if not alternates:
            found.append(f"entry {entry.findtext(f'{ATOM}id')}: no alternate link")
        if not has_author and entry.find(f"{ATOM}author") is None:
            found.append(f"entry {entry.findtext(f'{ATOM}id')}: no author")
    return found


def test_the_format_check_finds_what_rfc_4287_forbids() -> None:
    bad = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><id>x</id><title>t</title>'
        b"<updated>2026-11-21</updated><entry><id>e</id><title>t</title>"
        b"<updated>2026-11-21T00:00:00Z</updated><blurb/></entry></feed>"
    )
    problems = "\n".join(atom_problems(bad))
    for expected in ("not an RFC 3339 date", "needs one summary", "unknown Atom element blurb",
                     "no alternate link", "no author"):  # fmt: skip
        assert expected in problems


@pytest.mark.parametrize("lang", LANGS)
def test_every_feed_is_atom_and_each_entry_says_what_changed(default_site, lang: str) -> None:
    site = default_site
    changes = collect_changes(site.disclosures, site.registry, site.surveys, site.transparency)
    feed = render_feeds(changes, "https://example.org/")[f"{lang}/feed.xml"]
    assert atom_problems(feed) == []
    entries = ET.fromstring(feed).findall(f"{ATOM}entry")
    summaries = [e.findtext(f"{ATOM}summary") for e in entries]
    assert len(set(summaries)) == len(summaries), "each summary tells its own change"
    for change, entry, text in zip(changes, entries, summaries, strict=False):
        assert entry.findtext(f"{ATOM}title") == change.title.get(lang)
        assert change.title.get(lang) in text
        assert format_date(change.day, lang) in text, "the summary gives the entry's own date"
        assert FEED_TEXT[change.what].get(lang) in text
        assert entry.findtext(f"{ATOM}updated") == f"{change.day.isoformat()}T00:00:00Z"


def test_a_summary_reads_in_the_feeds_language(default_site) -> None:
    site = default_site
    changes = collect_changes(site.disclosures, site.registry, site.surveys, site.transparency)
    wave = next(c for c in changes if c.what == "published")
    assert summary(wave, "en").startswith("Survey results published (")
    assert summary(wave, "ru").startswith("Опубликованы результаты опроса (")
    assert summary(wave, "kk").startswith("Сауалнама нәтижелері жарияланды (")
    assert "Раздел: " in summary(changes[0], "ru") and "Бөлім: " in summary(changes[0], "kk")


def test_a_waves_title_puts_its_id_where_each_language_does(default_site) -> None:
    """«волна 2026-06» in Russian, «2026-06 толқыны» in Kazakh, "2026-06 wave" in English."""
    site = default_site
    changes = collect_changes(site.disclosures, site.registry, site.surveys)
    wave = next(c for c in changes if c.key.startswith("wave-"))
    wave_id = wave.key.rsplit("-", 2)[-2] + "-" + wave.key.rsplit("-", 1)[-1]
    assert wave.title.get("ru").endswith(f": волна {wave_id}"), wave.title.get("ru")
    assert wave.title.get("kk").endswith(f": {wave_id} толқыны"), wave.title.get("kk")
    assert wave.title.get("en").endswith(f": {wave_id} wave"), wave.title.get("en")
