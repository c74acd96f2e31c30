"""Gates of issue 8 on the representative pages, in all three languages, in Chromium.

- accessibility: axe-core (from node_modules, injected inline) reports no serious or
  critical violation;
- no JavaScript: the article and its tables, charts and process architecture are there;
- offline: a page loads nothing from any host but the local server.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Request

from tests.browser.sitepages import (
    LANGS,
    article_has_chart,
    missing_optional_pages,
    page_url_path,
    representative_pages,
)

pytestmark = pytest.mark.browser

HREFS = "links => links.map(a => a.getAttribute('href'))"
BAD_IMPACTS = ("serious", "critical")
AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map(n => ({target: n.target, html: n.html.slice(0, 200),
                              summary: n.failureSummary}))
  }));
}"""


def all_pages(site: Path) -> list[str]:
    """Every representative page in every language, as paths relative to the site root."""
    pages = representative_pages(site)
    return [
        page_url_path(lang, page)
        for lang in LANGS
        for page in pages
        if (site / page_url_path(lang, page)).is_file() or lang == "kk"
    ]


@pytest.fixture(scope="module")
def pages(site_root: Path) -> list[str]:
    missing = missing_optional_pages(site_root)
    if missing:
        print(f"\nnot in this build yet, so not checked: {', '.join(missing)}")
    return all_pages(site_root)


@dataclass
class Visit:
    """What loading one page with JavaScript on showed."""

    violations: list[dict] = field(default_factory=list)  # serious/critical axe violations
    foreign: list[str] = field(default_factory=list)  # requests to other hosts
    failed: list[str] = field(default_factory=list)  # local requests answered 4xx/5xx


@pytest.fixture(scope="module")
def visits(browser: Browser, base_url: str, axe_source: str, pages: list[str]) -> dict[str, Visit]:
    """Loads every representative page once (JavaScript on): network log and axe-core."""
    local = urlsplit(base_url).netloc
    # axe-core is injected as an inline script, which the pages' policy forbids.
    context = browser.new_context(locale="kk-KZ", bypass_csp=True)
    page = context.new_page()
    results: dict[str, Visit] = {}
    current = Visit()

    def on_request(request: Request) -> None:
        url = urlsplit(request.url)
        if url.scheme not in ("data", "blob", "about") and url.netloc != local:
            current.foreign.append(request.url)

    page.on("request", on_request)
    page.on("response", lambda r: current.failed.append(r.url) if r.status >= 400 else None)
    try:
        for path in pages:
            current = results[path] = Visit()
            page.goto(base_url + path, wait_until="networkidle")
            page.add_script_tag(content=axe_source)
            current.violations = [v for v in page.evaluate(AXE_RUN) if v["impact"] in BAD_IMPACTS]
    finally:
        context.close()
    return results


def report(results: dict[str, list[dict]]) -> str:
    return "\n".join(f"/{path}:\n{describe(found)}" for path, found in results.items() if found)


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"  [{violation['impact']}] {violation['id']}: {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"      at {' '.join(map(str, node['target']))}: {node['html']}")
        if len(violation["nodes"]) > 5:
            lines.append(f"      … and {len(violation['nodes']) - 5} more elements")
    return "\n".join(lines)


def test_axe_finds_no_serious_violation(visits: dict[str, Visit]) -> None:
    found = {path: visit.violations for path, visit in visits.items()}
    assert not any(found.values()), f"axe-core: serious or critical violations\n{report(found)}"


def check_without_javascript(page: Page, path: str) -> list[str]:
    """Problems of one page rendered with JavaScript off."""
    problems: list[str] = []
    article = page.locator("article")
    if article.count() != 1 or not article.inner_text().strip():
        return [f"/{path}: no readable <article>"]
    # Collapsed <details> (e.g. field lists) open natively, without JavaScript.
    closed = article.locator("details:not([open]) > summary")
    for _ in range(100):
        if closed.count() == 0:
            break
        closed.first.click()
    for index, table in enumerate(article.locator("table").all()):
        if table.locator("caption").count() == 0 or table.locator("th").count() == 0:
            problems.append(f"/{path}: table {index + 1} lacks a caption or header cells")
        if table.locator("tbody tr, tr:has(td)").count() == 0:
            problems.append(f"/{path}: table {index + 1} has no rows")
        elif not table.is_visible():
            problems.append(f"/{path}: table {index + 1} is not visible")
    if path.endswith("processes/architecture.html"):
        links = article.locator("a[href]").evaluate_all(
            "els => els.map(a => a.getAttribute('href'))"
        )
        processes = {href for href in links if re.fullmatch(r"p\d\d\.html", href or "")}
        if len(processes) != 22:
            problems.append(f"/{path}: {len(processes)} process links, expected 22")
    charts = article.locator("svg:not(.md-icon svg):not(a.headerlink svg), img")
    for index, chart in enumerate(charts.all()):
        box = chart.bounding_box()
        if box is None or box["width"] < 10 or box["height"] < 10:
            problems.append(f"/{path}: chart/image {index + 1} is not displayed")
    return problems


def test_content_is_there_without_javascript(
    open_page: Callable[..., Page], base_url: str, pages: list[str], site_root: Path
) -> None:
    page = open_page(javascript=False)
    problems: list[str] = []
    for path in pages:
        page.goto(base_url + path)
        problems += check_without_javascript(page, path)
        chart_expected = "/quality/" in f"/{path}" and article_has_chart(site_root / path)
        if chart_expected and page.locator("article svg").count() == 0:
            problems.append(f"/{path}: the survey chart is missing without JavaScript")
    assert not problems, "without JavaScript:\n" + "\n".join(problems)


def test_pages_request_nothing_but_the_local_server(visits: dict[str, Visit]) -> None:
    found = (f"/{path}: {url}" for path, visit in visits.items() for url in visit.foreign)
    foreign = list(dict.fromkeys(found))
    assert not foreign, "requests to other hosts:\n" + "\n".join(foreign)


def test_pages_request_no_missing_local_file(visits: dict[str, Visit]) -> None:
    # Including sitemap.xml: Material's switcher used to look for one beside every
    # alternate-language link (/about/sitemap.xml …); the build switches that lookup off.
    failed = sorted({url for visit in visits.values() for url in visit.failed})
    assert not failed, "requests for missing files:\n" + "\n".join(failed)


def test_no_source_maps_are_published(site_root: Path) -> None:
    maps = sorted(str(path.relative_to(site_root)) for path in site_root.rglob("*.map"))
    assert not maps, f"source maps in the site: {maps}"
    for path in (site_root / "assets").rglob("*.js"):
        assert b"sourceMappingURL" not in path.read_bytes(), path.name


FOCUSED_IN_ARTICLE = "() => !!document.activeElement && !!document.activeElement.closest('article')"
FOCUS_STYLE = """() => {
  const style = getComputedStyle(document.activeElement);
  return {outline: style.outlineStyle, width: style.outlineWidth, shadow: style.boxShadow};
}"""


@pytest.mark.parametrize("path", ["processes/index.html", "en/processes/p01.html"])
def test_keyboard_focus_is_visible(
    open_page: Callable[..., Page], base_url: str, path: str
) -> None:
    """Tabbing reaches the content's links, and the focused link shows an outline."""
    page = open_page()
    page.goto(base_url + path)
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED_IN_ARTICLE):
            break
    else:
        pytest.fail(f"/{path}: 80 Tab presses never reached a link in the article")
    style = page.evaluate(FOCUS_STYLE)
    visible = (style["outline"] != "none" and style["width"] != "0px") or style["shadow"] != "none"
    assert visible, f"/{path}: the focused link has no visible focus indicator: {style}"


REPORT_VIOLATIONS = """document.addEventListener("securitypolicyviolation", event =>
  console.error("CSP violation: " + event.violatedDirective + " " + event.blockedURI))"""
THEME_RAN = """() => typeof __md_scope !== "undefined"
  && document.body.hasAttribute("data-md-color-scheme")"""


@pytest.mark.parametrize("served", ["http", "file"])
def test_every_page_works_under_its_content_security_policy(
    browser: Browser, base_url: str, site_root: Path, pages: list[str], served: str
) -> None:
    """The policy is enforced (no bypass): the theme's scripts run, and the browser reports
    no violation, from a web server and from the file system alike."""
    prefix = base_url if served == "http" else site_root.as_uri() + "/"
    context = browser.new_context(locale="kk-KZ")
    context.add_init_script(REPORT_VIOLATIONS)
    page = context.new_page()
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "CSP violation" in m.text else None)
    not_run = []
    try:
        for path in pages:
            page.goto(prefix + path, wait_until="load")
            if not page.evaluate(THEME_RAN):
                not_run.append(path)
        page.goto(prefix + "404.html", wait_until="load")
    finally:
        context.close()
    assert not violations, "\n".join(violations[:20])
    assert not not_run, f"the theme's scripts did not run on: {not_run}"


def test_a_script_in_the_content_does_not_run(browser: Browser, base_url: str) -> None:
    """A page whose article holds a script (as if one had slipped past the sanitiser): the
    policy keeps it from running."""
    context = browser.new_context(locale="kk-KZ")
    page = context.new_page()
    try:
        page.goto(base_url + "index.html", wait_until="load")
        policy = page.get_attribute('meta[http-equiv="Content-Security-Policy"]', "content")
        assert (
            policy
            and "script-src 'self'" in policy
            and "unsafe-inline" not in policy.split("script-src", 1)[1].split(";", 1)[0]
        )
        page.set_content(
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
            "<article><script>window.ran = true</script></article>"
        )
        assert page.evaluate("window.ran === undefined")
    finally:
        context.close()
