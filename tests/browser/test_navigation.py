"""Language switcher from deep pages and per-language search (issue 2, point 4 and 10)."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

PREFIX = {"kk": "/", "ru": "/ru/", "en": "/en/"}
SEARCH_INPUT = "input.md-search__input"
RESULT_LINK = ".md-search-result__item > a.md-search-result__link"


def follow_switcher(page: Page, lang: str) -> None:
    """Open the header's language menu and click the entry for `lang`."""
    page.locator(".md-header__option .md-select").first.hover()
    link = page.locator(f".md-select__link[hreflang='{lang}']").first
    expect(link).to_be_visible()
    with page.expect_navigation():
        link.click()


@pytest.mark.parametrize(
    ("start", "targets"),
    [("ru", ("en", "kk")), ("kk", ("ru", "en"))],
    ids=["from-ru", "from-kk"],
)
def test_language_switcher_keeps_the_page(
    open_page: Callable[..., Page], base_url: str, start: str, targets: tuple[str, ...]
) -> None:
    page = open_page()
    start_path = PREFIX[start].lstrip("/") + "processes/p07.html"
    page.goto(base_url + start_path)
    expect(page.locator("html")).to_have_attribute("lang", start)
    for target in targets:
        follow_switcher(page, target)
        path = urlsplit(page.url).path
        assert path == PREFIX[target] + "processes/p07.html", (
            f"switcher '{target}' on /{start_path} led to {path}, not the same process page"
        )
        expect(page.locator("html")).to_have_attribute("lang", target)
        page.goto(base_url + start_path)


def search(page: Page, query: str) -> list[str]:
    """Type `query` into Material's search; the URL paths of the results shown."""
    box = page.locator(SEARCH_INPUT)
    box.click()
    meta = page.locator(".md-search-result__meta")
    placeholder = meta.inner_text()
    box.press_sequentially(query, delay=20)
    # Non-ASCII characters are typed as text input without key events, and Material reads
    # the query on keyup: one real key press makes it search.
    box.press("End")
    # The result count line changes once the search has run (with or without results).
    page.wait_for_function(
        "([el, text]) => el.textContent.trim() !== text.trim()",
        arg=[meta.element_handle(), placeholder],
        timeout=10_000,
    )
    hrefs = page.locator(RESULT_LINK).evaluate_all("links => links.map(a => a.href)")
    return [urlsplit(href).path for href in hrefs]


def in_language(path: str, lang: str) -> bool:
    if lang == "kk":
        return not path.startswith(("/ru/", "/en/"))
    return path.startswith(PREFIX[lang])


@pytest.mark.parametrize(
    ("lang", "query"),
    [
        ("kk", "сапа"),
        ("kk", "Сапа"),
        ("kk", "тәуекел"),
        ("kk", "(тәуекелдер)"),
        pytest.param("ru", "риск"),
        pytest.param("en", "risk"),
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
