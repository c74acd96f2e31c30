"""Issue 33: a survey chart's title is never cut at the chart's edge, on a phone (390 px) or
a desktop (1280 and 1920 px), in any language: every line of the title drawn by the browser
lies within the chart's own box."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser.sitepages import LANGS, page_url_path

pytestmark = pytest.mark.browser

WIDTHS = (390, 1280, 1920)

# Each title line of each chart in the article, with the chart's box (the SVG as drawn).
MEASURE = """() => {
  const found = [];
  for (const svg of document.querySelectorAll('article svg')) {
    const box = svg.getBoundingClientRect();
    for (const line of svg.querySelectorAll('.role-title-text text, .role-title text')) {
      const r = line.getBoundingClientRect();
      found.push({text: line.textContent, left: r.left, right: r.right,
                  top: r.top, bottom: r.bottom, boxLeft: box.left, boxRight: box.right,
                  boxTop: box.top, boxBottom: box.bottom});
    }
  }
  return found;
}"""


def surveys_with_charts(site: Path) -> list[str]:
    """Each survey's own page (its trend and distribution charts), not a faculty's."""
    return [
        page.relative_to(site).as_posix()
        for page in sorted(site.glob("quality/*.html"))
        if "survey-chart-figure" in page.read_text(encoding="utf-8")
    ]


def outside(line: dict) -> bool:
    return (
        line["left"] < line["boxLeft"] - 0.5
        or line["right"] > line["boxRight"] + 0.5
        or line["top"] < line["boxTop"] - 0.5
        or line["bottom"] > line["boxBottom"] + 0.5
    )


@pytest.mark.parametrize("width", WIDTHS)
def test_every_chart_title_lies_within_its_chart(
    browser: Browser, base_url: str, site_root: Path, width: int
) -> None:
    surveys = surveys_with_charts(site_root)
    if not surveys:
        pytest.skip("this build has no survey page with a chart")
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    cut: list[str] = []
    titles = 0
    try:
        for lang, survey in ((lang, survey) for lang in LANGS for survey in surveys):
            page.goto(base_url + page_url_path(lang, survey), wait_until="load")
            lines = page.evaluate(MEASURE)
            titles += len(lines)
            cut += [
                f"{survey} {lang} {width}px: '{line['text']}' spans {line['left']:.1f}–"
                f"{line['right']:.1f}, chart {line['boxLeft']:.1f}–{line['boxRight']:.1f}"
                for line in lines
                if outside(line)
            ]
    finally:
        context.close()
    assert titles >= 3, "no chart title found: the test would pass on nothing"
    assert not cut, "\n".join(cut)
