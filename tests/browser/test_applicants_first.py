"""Applicants first: on a 390 × 844 phone and a 1280 × 800 desktop, in kk, ru and en, the
home page's first screen holds the programme count, the fee range, the admission dates and
the accreditation, links to the applicants' pages and the costs, and no clause number; the
costs page's first screen holds fees; the catalogue's first screen holds programmes; the
comparison lists every programme, sorts by each column through its pre-sorted address, with
JavaScript or without (the order itself is checked in tests/applicants); a shareable
side-by-side address works."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from kazutb_transparency.applicants.pages.compare import KEYS as COMPARE_KEYS
from tests.browser.sitepages import LANGS

pytestmark = pytest.mark.browser
SCREENS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
KEYS = COMPARE_KEYS[1:]  # every column but the programme, the default order
CLAUSE = re.compile(r"\b\d+\.\d+\.\d+(\.\d+)?\b")


@pytest.fixture
def open_at(browser: Browser) -> Iterator[Callable[..., Page]]:
    contexts = []

    def make(url: str, screen: str = "phone", javascript: bool = True) -> Page:
        context = browser.new_context(
            viewport=SCREENS[screen], locale="kk-KZ", java_script_enabled=javascript
        )
        contexts.append(context)
        page = context.new_page()
        page.goto(url, wait_until="load")
        return page

    yield make
    for context in contexts:
        context.close()


def on_first_screen(page: Page, selector: str, screen: str) -> bool:
    box = page.locator(selector).first.bounding_box()
    return box is not None and box["y"] + min(box["height"], 40) <= SCREENS[screen]["height"]


def first_screen_text(page: Page, screen: str) -> str:
    height = SCREENS[screen]["height"]
    return page.evaluate(
        """(height) => Array.from(document.querySelectorAll(
                'article li, article p, article td, article dd, article summary'))
            .filter(e => {
                const r = e.getBoundingClientRect(); return r.top < height && r.bottom > 0; })
            .map(e => e.innerText).join('\\n')""",
        height,
    )


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("lang", list(LANGS))
def test_home_first_screen_answers_a_family(
    open_at: Callable[..., Page], base_url: str, lang: str, screen: str
) -> None:
    page = open_at(base_url + LANGS[lang] + "index.html", screen)
    text = first_screen_text(page, screen)
    assert re.search(r"\b\d+\b", text)  # the programme count
    assert text.count("₸") >= 2, text  # the fee range
    assert "2027" in text  # this year's admission dates
    assert on_first_screen(page, 'article a[href$="accreditation/index.html"]', screen)
    assert on_first_screen(page, 'article a[href="applicants/index.html"]', screen)
    assert on_first_screen(page, 'article a[href="applicants/costs.html"]', screen)
    assert not CLAUSE.search(text), CLAUSE.search(text)


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("lang", list(LANGS))
def test_costs_and_catalogue_first_screens(
    open_at: Callable[..., Page], base_url: str, lang: str, screen: str
) -> None:
    costs = open_at(base_url + LANGS[lang] + "applicants/costs.html", screen)
    assert "₸" in first_screen_text(costs, screen)
    catalogue = open_at(base_url + LANGS[lang] + "programmes/index.html", screen)
    assert on_first_screen(catalogue, 'article td a[href^="6"]', screen)


def _codes(page: Page) -> list[str]:
    return page.locator("table.compare-table tbody tr").evaluate_all(
        "rows => rows.map(r => r.getAttribute('data-code'))"
    )


@pytest.mark.parametrize("lang", list(LANGS))
def test_comparison_sorts_without_and_with_javascript(
    open_at: Callable[..., Page], base_url: str, site_root: Path, lang: str
) -> None:
    programmes = {
        p.stem for p in site_root.glob("programmes/*.html") if re.match(r"^\d[A-Z]\d+$", p.stem)
    }
    plain = open_at(base_url + LANGS[lang] + "applicants/compare.html", "desktop", False)
    assert set(_codes(plain)) == programmes
    for key in KEYS:
        link = plain.locator(f'th[data-key="{key}"] a')
        assert link.get_attribute("href") == f"compare-by-{key}.html"
        sorted_page = open_at(
            base_url + LANGS[lang] + f"applicants/compare-by-{key}.html", "desktop", False
        )
        assert set(_codes(sorted_page)) == programmes
        order = _codes(sorted_page)
        sorted_page.context.close()
        # With JavaScript the header leads to the same pre-sorted page (a paged table
        # sorted in place would order one page's rows only).
        live = open_at(base_url + LANGS[lang] + "applicants/compare.html", "desktop")
        live.locator(f'th[data-key="{key}"] a').click()
        live.wait_for_load_state("load")
        assert live.url.endswith(f"compare-by-{key}.html"), key
        assert _codes(live) == order, key
        live.context.close()


@pytest.mark.parametrize("screen", list(SCREENS))
def test_side_by_side_address(open_at: Callable[..., Page], base_url: str, screen: str) -> None:
    page = open_at(base_url + "en/applicants/compare.html?p=6B02101,6B04103", screen)
    view = page.locator("table.side-by-side-table")
    assert view.count() == 1
    headers = view.locator("thead th").all_inner_texts()
    assert headers == ["6B02101", "6B04103"]
    assert "₸" in view.inner_text()
    # Choosing programmes leads to such an address.
    live = open_at(base_url + "en/applicants/compare.html", screen)
    for code in ("6B05112", "6B06114"):
        live.locator(f'tr[data-code="{code}"] input.compare-choose').check()
    live.locator("a.compare-chosen").click()
    live.wait_for_load_state("load")
    assert live.url.endswith("?p=6B05112,6B06114")
    assert live.locator("table.side-by-side-table thead th").all_inner_texts() == [
        "6B05112",
        "6B06114",
    ]
