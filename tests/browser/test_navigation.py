"""Language switcher from deep pages (issue 2, point 4); search is in test_search.py."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

PREFIX = {"kk": "/", "ru": "/ru/", "en": "/en/"}


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
