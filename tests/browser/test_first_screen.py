"""The first screen of a phone (390 × 844) shows facts: the home page's key facts
(programmes, fees, admission dates, accreditation) in every language, and a
programme page's first facts; the provenance notice is one line that opens to its legend."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.sitepages import LANGS

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser: Browser) -> Callable[[str], Page]:
    contexts = []

    def open_at(url: str) -> Page:
        context = browser.new_context(viewport=PHONE, locale="kk-KZ")
        contexts.append(context)
        page = context.new_page()
        page.goto(url, wait_until="load")
        return page

    yield open_at
    for context in contexts:
        context.close()


def bottom_of(page: Page, selector: str) -> float:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, selector
    return box["y"] + box["height"]


@pytest.mark.parametrize("lang", list(LANGS))
def test_the_home_pages_key_facts_are_on_the_first_screen(
    phone: Callable[[str], Page], base_url: str, lang: str
) -> None:
    page = phone(base_url + LANGS[lang] + "index.html")
    # What a family asks first follows the name: programmes, fee, admission, accreditation
    # (the full check, with the links and no clause number: test_applicants_first.py).
    facts = "article h1 + ul > li"
    assert page.locator(facts).count() >= 4
    assert bottom_of(page, f"{facts}:nth-child(3)") <= PHONE["height"]
    assert page.locator(f"{facts}:nth-child(4)").first.bounding_box()["y"] < PHONE["height"]


def test_a_programme_page_shows_its_facts_on_the_first_screen(
    phone: Callable[[str], Page], base_url: str, site_root: Path
) -> None:
    programme = sorted(p for p in site_root.glob("programmes/*.html") if p.name != "index.html")
    page = phone(base_url + programme[0].relative_to(site_root).as_posix())
    first_fact = page.locator("article table tr, article dl dt, article .key-facts").first
    assert first_fact.bounding_box()["y"] < PHONE["height"] * 0.6


def test_the_provenance_legend_is_one_tap_away(phone: Callable[[str], Page], base_url: str) -> None:
    page = phone(base_url + "index.html")
    notice = page.locator("details.sample-notice")
    legend = notice.locator(".prov-legend")
    assert not legend.is_visible()
    assert notice.bounding_box()["height"] < 80  # one line
    notice.locator("summary").click()
    assert legend.is_visible()
