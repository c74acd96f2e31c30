"""Issue 19: the programme catalogue is filtered by level without JavaScript (a list per
level) and by typing with it; letters typed without their diacritics find the same rows."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page

pytestmark = pytest.mark.browser

ROWS = "article table tbody tr"
KAZAKH = re.compile("[әғқңөұүһі]")
FOLD = str.maketrans("әғқңөұүһі", "агкноуухи")  # as typed without the diacritics


def visible_rows(page: Page) -> list[str]:
    return page.locator(ROWS).evaluate_all(
        "rows => rows.filter(r => !r.hidden).map(r => r.querySelector('code').textContent)"
    )


def test_typing_filters_the_list(open_page: Callable[..., Page], base_url: str) -> None:
    page = open_page()
    page.goto(base_url + "programmes/a-z-bachelor.html")
    every = visible_rows(page)
    assert len(every) > 3
    names = page.locator(ROWS).evaluate_all("rows => rows.map(r => r.cells[0].textContent)")
    word = next(w for name in names for w in name.split() if KAZAKH.search(w) and len(w) > 4)
    box = page.get_by_label("Атауы, коды немесе факультеті бойынша сүзу")
    box.fill(word)
    matching = visible_rows(page)
    assert 0 < len(matching) < len(every)
    folded = word.lower().translate(FOLD)
    assert folded != word.lower()
    box.fill(folded)
    assert visible_rows(page) == matching, f"{folded!r} and {word!r} differ"
    assert page.get_by_role("status").inner_text().endswith(str(len(matching)))
    box.fill("")
    assert visible_rows(page) == every


def test_without_javascript_levels_are_pages(open_page: Callable[..., Page], base_url: str) -> None:
    page = open_page(javascript=False)
    page.goto(base_url + "ru/programmes/index.html")
    # A level with no programme is not offered as a link (the sample has none at Master's).
    assert page.locator("p.catalogue-a-z a", has_text="Магистратура").count() == 0
    page.locator("p.catalogue-a-z a", has_text="Бакалавриат").click()
    assert page.url.endswith("ru/programmes/a-z-bachelor.html"), page.url
    page.wait_for_load_state("load")  # the URL changes before the page has loaded
    assert page.locator(".catalogue-filter input").count() == 0
    assert page.locator("article p a", has_text="Магистратура").count() == 0
    # The filters by language and form of study are static pages too.
    page.goto(base_url + "ru/programmes/index.html")
    page.locator("details.catalogue-filters summary").click()
    page.locator("details.catalogue-filters a", has_text="английский").first.click()
    assert page.url.endswith("ru/programmes/language-en.html"), page.url
    page.wait_for_load_state("load")
    assert visible_rows(page)
    # A language every programme is taught in has no list of its own: its link leads to the
    # level's A–Z list, which holds the same programmes.
    page.goto(base_url + "ru/programmes/index.html")
    page.locator("details.catalogue-filters summary").click()
    page.locator("details.catalogue-filters a", has_text="русский").first.click()
    assert page.url.endswith("ru/programmes/a-z-bachelor.html"), page.url
