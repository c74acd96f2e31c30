"""Issue 19: every page readable on a phone (390 px) and a desktop (1280 px), in Chromium.

Each representative page is loaded once per width and language; the tests then read what
was measured: header cells in sight (or the table laid out as labelled cards), no failed
request.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser.sitepages import LANGS, issue19_pages, page_url_path

pytestmark = pytest.mark.browser

WIDTHS = (390, 1280)

# Header cells wholly or partly out of sight: beyond the viewport, or beyond the visible
# part of a scrolling ancestor. A visually hidden header row (a table laid out as cards)
# is fine when every data cell carries its header as a label and lies within the screen.
MEASURE = """() => {
  document.querySelectorAll('article details').forEach(d => { d.open = true; });
  const width = document.documentElement.clientWidth;
  const problems = [];
  const visibleRange = el => {
    let left = 0, right = width;
    for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
      if (getComputedStyle(box).overflowX !== 'visible') {
        const r = box.getBoundingClientRect();
        left = Math.max(left, r.left); right = Math.min(right, r.right);
      }
    }
    return [left, right];
  };
  for (const table of document.querySelectorAll('article table')) {
    const caption = (table.caption ? table.caption.textContent : '').trim().slice(0, 50);
    const head = table.tHead;
    const cards = head && head.getBoundingClientRect().width <= 1;
    if (cards) {
      for (const cell of table.querySelectorAll('tbody td')) {
        const r = cell.getBoundingClientRect();
        const label = getComputedStyle(cell, '::before').content;
        if (r.left < -0.5 || r.right > width + 0.5)
          problems.push(`${caption}: card cell off screen: ${cell.textContent.slice(0, 30)}`);
        if (!label || label === 'none' || label === '""' || label === 'normal')
          problems.push(`${caption}: card cell without its header label`);
      }
      continue;
    }
    for (const th of table.querySelectorAll('th')) {
      const r = th.getBoundingClientRect();
      const [left, right] = visibleRange(th);
      if (r.width < 2 || r.left < left - 0.5 || r.right > right + 0.5)
        problems.push(`${caption}: header "${th.textContent.trim().slice(0, 30)}" out of sight`);
    }
  }
  return problems;
}"""


# English on a Kazakh or Russian page: a run of Latin words joined by an English function
# word, or one of the theme's English interface words. Checked in text and in the
# attributes a screen reader speaks, outside elements marked lang="en" and code.
ENGLISH = "|".join(
    [
        r"\b[A-Za-z][a-z]+(?:[ -]+[A-Za-z][a-z]*)*\s+"
        r"(?:the|and|of|to|by|for|with|from|on|in|is|at|or|an?)\s+[A-Za-z][a-z]+",
        r"\b(?:Switch|Permanent|Search|Share|Clear|Skip|Download|Licen[cs]e|bytes|Copy)\b",
    ]
)
UNMARKED_ENGLISH = """pattern => {
  const english = new RegExp(pattern);
  const found = [];
  const language = el => { const marked = el.closest('[lang]'); return marked ? marked.lang : ''; };
  const local = el => /^(kk|ru)/i.test(language(el)) && !el.closest('code, pre, kbd, samp, svg');
  for (const el of document.querySelectorAll('*')) {
    if (!local(el) || ['SCRIPT', 'STYLE'].includes(el.tagName)) continue;
    for (const name of ['title', 'aria-label', 'alt', 'placeholder']) {
      const value = el.getAttribute(name);
      if (value && english.test(value)) found.push(`${el.tagName} ${name}="${value}"`);
    }
    for (const node of el.childNodes)
      if (node.nodeType === 3 && english.test(node.textContent))
        found.push(node.textContent.trim().slice(0, 80));
  }
  return found;
}"""


# The size of every text of the survey charts as rendered (font size × the SVG's scale).
CHART_TEXT = """() => {
  const sizes = [];
  for (const svg of document.querySelectorAll('article svg.survey-chart')) {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    for (const text of svg.querySelectorAll('text'))
      if (text.textContent.trim())
        sizes.push([text.textContent.trim(), parseFloat(getComputedStyle(text).fontSize) * scale]);
  }
  return sizes;
}"""


# Every axe-core violation, of any impact, with the target-size rule (WCAG 2.2: targets of
# at least 24 × 24 px) switched on.
AXE_ALL = """async () => {
  const result = await axe.run(document, {
    resultTypes: ["violations"], rules: {"target-size": {enabled: true}}});
  return result.violations.flatMap(v => v.nodes.slice(0, 3).map(
    n => `[${v.impact}] ${v.id}: ${n.target.join(' ')} ${n.html.slice(0, 120)}`));
}"""


@dataclass
class Visit:
    tables: list[str] = field(default_factory=list)  # header cells out of sight
    failed: list[str] = field(default_factory=list)  # local requests answered 4xx/5xx
    english: list[str] = field(default_factory=list)  # unmarked English on kk/ru pages
    chart_text: list[tuple[str, float]] = field(default_factory=list)  # (text, px)
    axe: list[str] = field(default_factory=list)  # violations, kk and ru at 1280 px


def page_paths(site: Path) -> list[str]:
    pages = issue19_pages(site)
    return [
        page_url_path(lang, page)
        for lang in LANGS
        for page in pages
        if (site / page_url_path(lang, page)).is_file()
    ]


@pytest.fixture(scope="module")
def visits(
    browser: Browser, base_url: str, site_root: Path, axe_source: str
) -> dict[tuple[int, str], Visit]:
    results: dict[tuple[int, str], Visit] = {}
    failed: list[str] = []  # of the page being loaded
    for width in WIDTHS:
        context = browser.new_context(
            viewport={"width": width, "height": 900},
            locale="kk-KZ",
            bypass_csp=True,  # axe
        )
        page = context.new_page()
        page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
        page.on("requestfailed", lambda r: failed.append(f"{r.url} ({r.failure})"))
        try:
            for path in page_paths(site_root):
                failed.clear()
                page.goto(base_url + path, wait_until="networkidle")
                visit = results[width, path] = Visit(page.evaluate(MEASURE), list(failed))
                visit.chart_text = page.evaluate(CHART_TEXT)
                if width == WIDTHS[-1] and not path.startswith("en/"):
                    visit.english = page.evaluate(UNMARKED_ENGLISH, ENGLISH)
                    page.reload(wait_until="networkidle")  # details closed again, as served
                    page.add_script_tag(content=axe_source)
                    visit.axe = page.evaluate(AXE_ALL)
        finally:
            context.close()
    return results


def listing(found: dict[tuple[int, str], list[str]]) -> str:
    return "\n".join(
        f"{width} px /{path}: {problem}"
        for (width, path), problems in found.items()
        for problem in problems
    )


def test_every_table_shows_all_its_columns(visits: dict[tuple[int, str], Visit]) -> None:
    found = {key: visit.tables for key, visit in visits.items() if visit.tables}
    assert not found, "tables with columns out of sight:\n" + listing(found)


def test_no_request_fails(visits: dict[tuple[int, str], Visit]) -> None:
    found = {key: visit.failed for key, visit in visits.items() if visit.failed}
    assert not found, "failed requests:\n" + listing(found)


def test_no_unmarked_english_on_kazakh_and_russian_pages(
    visits: dict[tuple[int, str], Visit],
) -> None:
    found = {key: sorted(set(visit.english)) for key, visit in visits.items() if visit.english}
    assert not found, "English not marked lang=en:\n" + listing(found)


def test_axe_finds_no_violation_of_any_impact(visits: dict[tuple[int, str], Visit]) -> None:
    found = {key: visit.axe for key, visit in visits.items() if visit.axe}
    assert not found, "axe-core violations (kk and ru, 1280 px):\n" + listing(found)


def test_chart_text_is_readable_on_a_phone(visits: dict[tuple[int, str], Visit]) -> None:
    charts = {path for (width, path), visit in visits.items() if visit.chart_text}
    assert charts, "no survey chart among the pages"
    small = {
        key: [f"{text!r} {size:.1f} px" for text, size in visit.chart_text if size < 11.95]
        for key, visit in visits.items()
        if key[0] == 390
    }
    small = {key: found for key, found in small.items() if found}
    assert not small, "chart text under 12 px on a 390 px screen:\n" + listing(small)


def test_status_comes_first_in_a_card(browser: Browser, base_url: str) -> None:
    """On a phone the status cell of a register row is the first thing its card shows."""
    context = browser.new_context(viewport={"width": 390, "height": 900})
    page = context.new_page()
    try:
        page.goto(base_url + "ru/register/index.html")
        cells = page.locator("article tbody tr").first.locator("td")
        shown = cells.evaluate_all(
            """cells => cells.map(c => [c.getBoundingClientRect().top,
                                        getComputedStyle(c, '::before').content])
                          .sort((a, b) => a[0] - b[0]).map(c => c[1])"""
        )
        assert shown[0] == '"Статус"', f"the card shows first: {shown}"
    finally:
        context.close()


def test_breadcrumb_and_current_section_on_every_page_below_home(site_root: Path) -> None:
    problems = []
    for path in page_paths(site_root):
        if path.removeprefix("ru/").removeprefix("en/") == "index.html":
            continue
        html = (site_root / path).read_text(encoding="utf-8")
        crumb = html.find('<nav class="kz-breadcrumb"')
        if crumb < 0 or 'aria-current="page"' not in html[crumb : html.find("</nav>", crumb)]:
            problems.append(f"/{path}: no breadcrumb")
        if "md-nav__item--active" not in html:
            problems.append(f"/{path}: no section marked current in the navigation")
    assert not problems, "\n".join(problems)
