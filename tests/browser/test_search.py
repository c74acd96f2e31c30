"""Issue 19: search people can use, and a way to find pages without JavaScript."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.browser.sitepages import LANGS
from tests.browser.test_navigation import search

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("lang", "written", "typed"),
    [
        ("ru", "приём", "прием"),
        ("kk", "тәуекел", "тауекел"),
        ("kk", "қабылдау", "кабылдау"),
        ("kk", "Сапа көрсеткіштері", "сапа корсеткиштери"),
    ],
)
def test_folded_query_finds_the_same_pages(
    open_page: Callable[..., Page], base_url: str, lang: str, written: str, typed: str
) -> None:
    page = open_page()
    page.goto(base_url + LANGS[lang] + "index.html")
    found = search(page, written)
    assert found, f"{written!r} finds nothing on the {lang} pages"
    page.goto(base_url + LANGS[lang] + "index.html")
    assert sorted(search(page, typed)) == sorted(found), f"{typed!r} and {written!r} differ"


def test_search_index_loads_only_when_search_is_opened(
    open_page: Callable[..., Page], base_url: str
) -> None:
    page = open_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(base_url + "ru/about/index.html", wait_until="networkidle")
    assert not [url for url in requested if "search_index" in url], "index loaded on page load"
    assert not page.locator("header a.kz-site-index").is_visible(), "no-JS link shown with JS"
    with page.expect_request(lambda request: "ru/search/search_index.json" in request.url):
        page.locator("input.md-search__input").focus()


def test_without_javascript_the_search_box_leads_to_the_site_index(
    open_page: Callable[..., Page], base_url: str, site_root: Path
) -> None:
    page = open_page(javascript=False)
    for lang, prefix in LANGS.items():
        page.goto(base_url + prefix + "processes/p01.html")
        link = page.locator("header a.kz-site-index")
        assert link.is_visible(), f"{lang}: no visible site-index link without JavaScript"
        link.click()
        assert page.url.endswith(prefix + "site-index.html"), page.url
        # The URL changes when the navigation commits; the links are read once it has loaded
        # (a busy machine may still be parsing the page).
        page.wait_for_load_state("load")
        listed = {
            href.split("#")[0]
            for href in page.locator("article li > a").evaluate_all(
                "links => links.map(a => a.getAttribute('href'))"
            )
        }
        root = site_root / prefix
        others = ("ru/", "en/") if lang == "kk" else ()
        pages = {
            path.relative_to(root).as_posix()
            for path in root.rglob("*.html")
            if path.name not in ("404.html", "site-index.html")
            and not path.relative_to(root).as_posix().startswith(others)
        }
        missing = sorted(pages - listed)
        assert not missing, f"{lang}: pages missing from the site index: {missing[:10]}"
