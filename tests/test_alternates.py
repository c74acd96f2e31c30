"""Language alternates that search engines accept (absolute, with an x-default), robots.txt,
and a 404 page in each language (core/alternates.py, pipeline.not_found_page)."""

from __future__ import annotations

from pathlib import Path

from kazutb_transparency.buildsteps.pipeline import not_found_page
from kazutb_transparency.core.alternates import (
    absolute_alternates,
    robots_txt,
)

HEAD = (
    '<head><link rel="canonical" href="https://kazutb.edu.kz/ru/about/index.html">'
    '<link rel="alternate" href="../../about/index.html" hreflang="kk">'
    '<link rel="alternate" href="index.html" hreflang="ru">'
    '<link rel="alternate" href="../../en/about/index.html" hreflang="en">'
    '<link rel="alternate" type="application/atom+xml" href="../feed.xml" title="x">'
    '<link rel="alternate" hreflang="x-default" href="../../about/index.html"></head>'
)


def test_hreflang_links_become_absolute_from_the_canonical_address() -> None:
    html = absolute_alternates(HEAD)
    assert 'href="https://kazutb.edu.kz/about/index.html" hreflang="kk"' in html
    assert 'href="https://kazutb.edu.kz/ru/about/index.html" hreflang="ru"' in html
    assert 'href="https://kazutb.edu.kz/en/about/index.html" hreflang="en"' in html
    assert 'hreflang="x-default" href="https://kazutb.edu.kz/about/index.html"' in html
    assert 'href="../feed.xml"' in html  # not a language alternate: unchanged


def test_without_a_canonical_address_nothing_changes() -> None:
    html = HEAD.replace(
        '<link rel="canonical" href="https://kazutb.edu.kz/ru/about/index.html">', ""
    )
    assert absolute_alternates(html) == html


def test_robots_txt_allows_all_and_names_the_sitemap() -> None:
    assert robots_txt("https://kazutb.edu.kz/") == (
        "User-agent: *\nAllow: /\n\nSitemap: https://kazutb.edu.kz/sitemap.xml\n"
    )
    assert robots_txt("https://example.org/transparency").endswith(
        "Sitemap: https://example.org/transparency/sitemap.xml\n"
    )


def test_each_language_keeps_its_own_404_page_and_the_root_the_default(tmp_path: Path) -> None:
    assert not_found_page(tmp_path, "kk", "<html lang=kk>") == "<html lang=kk>"
    (tmp_path / "404.html").write_text("<html lang=kk>", encoding="utf-8")
    assert not_found_page(tmp_path, "ru", "<html lang=ru>") == "<html lang=kk>"
    assert not_found_page(tmp_path, "en", "<html lang=en>") == "<html lang=kk>"
    assert (tmp_path / "ru" / "404.html").read_text(encoding="utf-8") == "<html lang=ru>"
    assert (tmp_path / "en" / "404.html").read_text(encoding="utf-8") == "<html lang=en>"
