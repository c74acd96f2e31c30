"""The news pages in three languages, their feed, open data, pictures and register rows."""

from __future__ import annotations

import html
import io
import json
import re
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree

from PIL import Image

from kazutb_transparency.bench.news import ITEMS, make_news
from kazutb_transparency.buildsteps import domains
from kazutb_transparency.news.datasets import news_datasets
from kazutb_transparency.news.media import stripped
from kazutb_transparency.news.pages import render_news_pages
from kazutb_transparency.privacy.extract_image import image_parts
from tests.disclosures.helpers import load

ATOM = "{http://www.w3.org/2005/Atom}"
JSONLD = re.compile(r'<script type="application/ld\+json">\n(.*?)\n</script>', re.S)


def _pages(site, lang: str) -> dict[str, str]:
    return render_news_pages(site.news, site.disclosures, site.units, lang)


def test_every_item_has_its_fixed_address_in_three_languages(default_site) -> None:
    items = default_site.news.items
    assert items, "the default data hold demonstration news"
    for lang, heading in (("kk", "Жаңалықтар мен іс-шаралар"), ("ru", "Новости и мероприятия"),
                          ("en", "News and events")):  # fmt: skip
        pages = _pages(default_site, lang)
        assert pages["news/index.md"].startswith(f"# {heading}\n")
        for item in items:
            assert item.page == f"news/{item.date.year}-{item.id}.md"
            heading = html.unescape(pages[item.page].split("\n", 1)[0])
            assert heading == f"# {item.title.get(lang)}"
            assert f'href="{item.date.year}-{item.id}.html"' in pages["news/index.md"]
        # Newest first.
        index = pages["news/index.md"]
        positions = [index.index(f"{i.date.year}-{i.id}.html") for i in items]
        assert positions == sorted(positions)
        assert 'type="application/atom+xml"' in index and 'href="feed.xml"' in index


def _confirmed(site):
    """The site's news as if the university had confirmed every record."""
    news = site.news
    sure = {"provenance": "confirmed"}
    items = tuple(item.model_copy(update=sure) for item in news.items)
    contact = news.contact.model_copy(update=sure)
    return replace(site, news=replace(news, items=items, contact=contact))


def test_demonstration_records_are_not_given_to_search_engines(default_site) -> None:
    for page in _pages(default_site, "ru").values():
        assert "application/ld+json" not in page


def test_an_item_is_described_for_search_engines(default_site) -> None:
    default_site = _confirmed(default_site)
    pages = _pages(default_site, "ru")
    by_kind = {item.kind: item for item in default_site.news.items}
    article = json.loads(JSONLD.search(pages[by_kind["photo-report"].page]).group(1))
    assert article["@type"] == "NewsArticle" and article["inLanguage"] == "ru"
    assert article["headline"] == by_kind["photo-report"].title.ru
    # The one copy of each picture, beside the default language's pages.
    pictures = [f"../../news/media/{p.file}" for p in by_kind["photo-report"].photos]
    assert article["image"] == pictures
    events = JSONLD.search(pages["news/events.md"]).group(1)
    graph = json.loads(events)["@graph"]
    assert graph and all(e["@type"] == "Event" and e["location"]["name"] for e in graph)


def test_pictures_have_alt_text_and_a_video_is_only_a_link(default_site) -> None:
    for lang in ("kk", "ru", "en"):
        pages = _pages(default_site, lang)
        for item in default_site.news.items:
            page = pages[item.page]
            for photo in item.photos:
                assert f'alt="{photo.alt.get(lang)}"' in page
            assert "<iframe" not in page and "<video" not in page and "<embed" not in page
            if item.video is not None:
                assert f'<a href="{item.video.url}" rel="noopener noreferrer">' in page


def test_the_events_page_gives_date_place_and_kind(default_site) -> None:
    pages = _pages(default_site, "en")
    events = pages["news/events.md"]
    for item in default_site.news.events():
        assert html.escape(item.event.place.en) in events
    assert "Upcoming events" in events and "Open day" in events


def test_the_media_contact_is_a_position_never_a_name(default_site) -> None:
    default_site = _confirmed(default_site)
    contact = default_site.news.contact
    page = _pages(default_site, "kk")["news/media-contact.md"]
    assert contact.position.kk in page and f"mailto:{contact.email}" in page
    point = json.loads(JSONLD.search(page).group(1))["contactPoint"]
    # In the page's language, as the rest of its structured data.
    assert point["contactType"] == "БАҚ-пен байланыс" and point["email"] == contact.email
    # Its phone is not in the sources: the page says so.
    assert 'class="no-info"' in page


def test_one_atom_feed_per_language_from_the_changes_writer(default_site) -> None:
    feeds = domains.feeds(default_site, "https://example.org/")
    for lang, prefix in (("kk", ""), ("ru", "ru/"), ("en", "en/")):
        root = ElementTree.fromstring(feeds[f"{lang}/news/feed.xml"])
        assert root.findtext(f"{ATOM}id") == f"https://example.org/{prefix}news/feed.xml"
        entries = root.findall(f"{ATOM}entry")
        assert len(entries) == len(default_site.news.items)
        first = default_site.news.items[0]
        assert entries[0].findtext(f"{ATOM}title") == first.title.get(lang)
        assert entries[0].findtext(f"{ATOM}summary") == first.summary.get(lang)
        link = entries[0].find(f"{ATOM}link").get("href")
        assert link == f"https://example.org/{prefix}{first.page.removesuffix('.md')}.html"
    # The "what changed" feed is still there, and lists the news too.
    assert b"news-" in feeds["en/feed.xml"]


def test_the_open_data_list_every_item(default_site) -> None:
    [dataset] = news_datasets(default_site.news)
    assert dataset.name == "news" and len(dataset.rows) == len(default_site.news.items)
    row = dataset.rows[0]
    item = default_site.news.items[0]
    assert row["id"] == item.id and row["date"] == item.date and row["kind"] == item.kind
    assert row["title_kk"] == item.title.kk and row["title_en"] == item.title.en
    assert row["address"] == f"news/{item.date.year}-{item.id}.html"
    assert row["provenance"] == "placeholder" and row["posted"] == item.posted


def test_the_register_rows_point_at_the_news_pages(default_site) -> None:
    rows = {row.clause.clause: row for row in default_site.register}
    assert set(rows["8.3.8"].clause.pages) == {"news/index.md", "news/events.md"}
    assert rows["8.3.10"].clause.pages == ["news/media-contact.md"]
    assert rows["8.3.8"].status == "unverified"  # every kind is there, as placeholders
    assert [m.en for m in rows["8.3.10"].missing] == ["The press office's phone"]


def test_an_absent_folder_says_no_information(data_copy: Path) -> None:
    for name in ("news.yaml", "media-contact.yaml"):
        (data_copy / "news" / name).unlink()
    site = load(data_copy)
    pages = _pages(site, "en")
    assert 'class="no-info"' in pages["news/index.md"]
    assert 'class="no-info"' in pages["news/media-contact.md"]
    rows = {row.clause.clause: row for row in site.register}
    assert rows["8.3.8"].status == rows["8.3.10"].status == "incomplete"


def _photo_with_metadata(path: Path) -> None:
    image = Image.new("RGB", (40, 30), (120, 10, 10))
    exif = Image.Exif()
    exif[0x013B] = "Camera Owner Name"  # Artist
    exif[0x010E] = "A description"  # ImageDescription
    exif[0x0112] = 6  # Orientation: turned
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (51.0, 10.0, 0.0), "E", (71.0, 26.0, 0.0)
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
        b'02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b"<dc:creator>Someone</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    image.save(path, "JPEG", exif=exif, comment=b"a comment", xmp=xmp)


def test_published_pictures_carry_no_metadata(tmp_path: Path) -> None:
    original = tmp_path / "photo.jpg"
    _photo_with_metadata(original)
    # The gate reads what the camera wrote (so the check can fail) ...
    found = {part.where for part in image_parts(original.read_bytes())}
    assert {"EXIF Artist", "EXIF GPS position"} <= found and any("XMP" in f for f in found)
    # ... and the published copy has none of it, turned upright.
    published = stripped(original)
    assert image_parts(published) == []
    with Image.open(io.BytesIO(published)) as image:
        assert image.size == (30, 40) and not image.getexif() and "comment" not in image.info


def test_the_large_site_s_pages_stay_small(data_copy: Path) -> None:
    make_news(data_copy)
    site = load(data_copy)
    assert len(site.news.items) == ITEMS and len(site.news.years()) >= 4
    for lang in ("kk", "ru", "en"):
        pages = _pages(site, lang)
        # Markdown, before the theme adds its ~20 KB: the built pages stay under 100 KB.
        assert max(len(text.encode()) for text in pages.values()) < 50_000, lang
