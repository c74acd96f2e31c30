"""Search in the browser: the header's form, the search page of each language, folding, the
bytes a query fetches, and the way to every page without JavaScript (issues 19 and 33)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page

from tests.browser.sitepages import LANGS

pytestmark = pytest.mark.browser

PREFIX = {"kk": "/", "ru": "/ru/", "en": "/en/"}
HEADER_INPUT = "header form.kz-header-search input[name=q]"
RESULT_LINK = "ol.kz-search-results > li > a.kz-search-result"
DONE = ".kz-search-status[data-kz-search-state=done]"


def search(page: Page, query: str) -> list[str]:
    """Type `query` into the header's search box of the open page and press Enter; the URL
    paths of the results the search page shows."""
    box = page.locator(HEADER_INPUT)
    box.fill(query)
    with page.expect_navigation():
        box.press("Enter")
    page.wait_for_selector(DONE, timeout=15_000)
    hrefs = page.locator(RESULT_LINK).evaluate_all("links => links.map(a => a.href)")
    return [urlsplit(href).path for href in hrefs]


def in_language(path: str, lang: str) -> bool:
    if lang == "kk":
        return not path.startswith(("/ru/", "/en/"))
    return path.startswith(PREFIX[lang])


@pytest.mark.parametrize(
    ("lang", "written", "typed"),
    [
        ("ru", "приём", "прием"),
        ("ru", "Приём документов", "прием документов"),
        ("kk", "тәуекел", "тауекел"),
        ("kk", "қабылдау", "кабылдау"),
        ("kk", "Сапа көрсеткіштері", "сапа корсеткиштери"),
        ("kk", "қазақ", "казак"),
        ("kk", "өнер", "онер"),
        ("kk", "ғылым", "гылым"),
        ("kk", "оқу ақысы", "оку акысы"),
        ("en", "Programme", "programme"),
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


@pytest.mark.parametrize(
    ("lang", "form", "other"),
    [
        ("ru", "программы", "программа"),
        ("ru", "опросы", "опрос"),
        ("ru", "закупки", "закупка"),
        ("kk", "тәуекелдер", "тәуекел"),
        ("en", "programmes", "programme"),
        ("en", "risks", "risk"),
    ],
)
def test_a_form_of_a_word_finds_the_pages_of_the_other(
    open_page: Callable[..., Page], base_url: str, lang: str, form: str, other: str
) -> None:
    page = open_page()
    page.goto(base_url + LANGS[lang] + "index.html")
    found = search(page, form)
    page.goto(base_url + LANGS[lang] + "index.html")
    assert found and set(search(page, other)) & set(found), f"{form!r} and {other!r}"


@pytest.mark.parametrize(
    ("lang", "query"),
    [
        ("kk", "сапа"),
        ("kk", "Сапа"),
        ("kk", "тәуекел"),
        ("kk", "(тәуекелдер)"),
        ("ru", "риск"),
        ("ru", "коррупция"),
        ("en", "risk"),
        ("en", "corrective actions"),
    ],
)
def test_search_returns_only_pages_of_the_page_language(
    open_page: Callable[..., Page], base_url: str, lang: str, query: str
) -> None:
    page = open_page()
    page.goto(base_url + PREFIX[lang].lstrip("/") + "index.html")
    paths = search(page, query)
    assert paths, f"no result for {query!r} on the {lang} home page"
    foreign = [path for path in paths if not in_language(path, lang)]
    assert not foreign, f"search {query!r} on a {lang} page returned other languages: {foreign}"


def test_kazakh_search_finds_inflected_risk_in_process_pages(
    open_page: Callable[..., Page], base_url: str
) -> None:
    """«тәуекел» finds process pages that only contain «тәуекелдер» / «Тәуекелдер»."""
    page = open_page()
    page.goto(base_url + "index.html")
    paths = search(page, "тәуекел")
    processes = [path for path in paths if re.fullmatch(r"/processes/p\d\d\.html", path)]
    assert processes, f"«тәуекел» found no process page; results: {paths}"
    page.goto(base_url + processes[0].lstrip("/"))
    article = page.locator("article").inner_text()
    assert re.search("[Тт]әуекел", article), f"{processes[0]} does not mention тәуекел"


def test_results_show_a_snippet_with_the_word_marked_and_more_on_request(
    open_page: Callable[..., Page], base_url: str
) -> None:
    page = open_page()
    page.goto(base_url + "ru/search.html?q=" + "программы")
    page.wait_for_selector(DONE)
    items = page.locator("ol.kz-search-results > li")
    assert items.count() == 10
    marks = page.locator("ol.kz-search-results mark").all_inner_texts()
    assert marks and all(m.lower().startswith("программ") for m in marks), marks
    more = page.locator("button.kz-search-more")
    assert more.is_visible()
    more.click()
    page.wait_for_function(
        "() => document.querySelectorAll('ol.kz-search-results > li').length > 10"
    )


@pytest.mark.parametrize(("lang", "query"), [("kk", "сапа"), ("ru", "приём"), ("en", "risk")])
def test_a_query_fetches_at_most_150_kb_and_pages_fetch_no_index(
    open_page: Callable[..., Page], base_url: str, lang: str, query: str
) -> None:
    page = open_page()
    sizes: dict[str, int] = {}

    def record(response) -> None:
        path = urlsplit(response.url).path
        if any(part in path for part in ("/search/", "/workers/", "/lunr/", "kazutb-search.js")):
            sizes[path] = len(response.body())

    page.on("response", record)
    page.goto(base_url + LANGS[lang] + "about/index.html", wait_until="networkidle")
    assert not sizes, f"an ordinary page fetched search files: {sorted(sizes)}"
    assert search(page, query), f"{query!r} finds nothing"
    prefix = PREFIX[lang]
    assert prefix + "search/manifest.json" in sizes, sorted(sizes)
    # The language's own manifest and text; the term files of every language in one folder.
    shared = ("/assets/", "/search/terms/")
    assert all(path.startswith((prefix, *shared)) for path in sizes), sizes
    total = sum(sizes.values())
    assert total <= 150 * 1024, f"{lang}: {query!r} fetched {total / 1024:.0f} KB: {sizes}"


def test_without_javascript_the_search_box_leads_to_the_site_index(
    open_page: Callable[..., Page], base_url: str, site_root: Path
) -> None:
    page = open_page(javascript=False)
    for lang, prefix in LANGS.items():
        page.goto(base_url + prefix + "processes/p01.html")
        box = page.locator(HEADER_INPUT)
        assert box.is_visible(), f"{lang}: no search box without JavaScript"
        box.fill("сапа")
        with page.expect_navigation():
            box.press("Enter")
        assert urlsplit(page.url).path == PREFIX[lang] + "search.html", page.url
        link = page.locator(".kz-search-status a")
        assert link.is_visible(), f"{lang}: the search page does not lead to the site index"
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
            if path.name not in ("404.html", "site-index.html", "search.html")
            and not path.relative_to(root).as_posix().startswith(others)
        }
        missing = sorted(pages - listed)
        assert not missing, f"{lang}: pages missing from the site index: {missing[:10]}"


def test_a_narrow_screen_has_a_link_to_the_search_page(
    open_page: Callable[..., Page], base_url: str
) -> None:
    page = open_page()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base_url + "en/index.html")
    link = page.locator("header a.kz-search-link")
    assert link.is_visible()
    assert not page.locator(HEADER_INPUT).is_visible()
    link.click()
    page.wait_for_load_state("load")
    assert urlsplit(page.url).path == "/en/search.html"
    assert page.locator("#kz-search-q").is_visible()


def test_from_the_file_system_the_search_page_says_it_needs_a_web_server(
    open_page: Callable[..., Page], site_root: Path
) -> None:
    page = open_page()
    page.goto((site_root / "en" / "search.html").as_uri() + "?q=risk")
    page.wait_for_selector(DONE)
    status = page.locator(".kz-search-status").inner_text()
    assert "web server" in status, status
    assert not page.locator(RESULT_LINK).count()
