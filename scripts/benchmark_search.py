"""Search, measured in a browser: bytes a query fetches, and the pages it finds.

    .venv/bin/python scripts/benchmark_search.py [SITE] [--out results.json]

Serves SITE (default site/) with http.server on 127.0.0.1 and drives Debian's headless
Chromium (`make browser-deps`). For each language it opens the home page, lets it load,
then runs one query in a fresh browser profile and adds up the bodies of every response
the search needed (index, search code, its workers and language files): the bytes a
visitor downloads to see the first results. Then it runs a fixed list of queries per
language and records the result pages, so that two builds (Material's lunr search and
the chunked index of buildsteps/search_index.py) can be compared query by query.

Both search interfaces are understood: Material's search dialog (`input.md-search__input`)
and the site's own search page (`search.html?q=…`, results in `ol.kz-search-results`).
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, urlsplit

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM_ARGS  # noqa: E402

PREFIX = {"kk": "", "ru": "ru/", "en": "en/"}
QUERIES: dict[str, tuple[str, ...]] = {
    "kk": (
        "сапа", "тәуекел", "тауекел", "қабылдау", "кабылдау", "аккредиттеу", "бағдарлама",
        "багдарлама", "ғылым", "гылым", "өнер", "онер", "қазақ", "казак", "сауалнама",
        "жатақхана", "оқу ақысы", "түзету әрекеттері", "6B04105", "ISO 9001",
    ),
    "ru": (
        "приём", "прием", "программы", "программа", "аккредитация", "качество", "риск",
        "опрос", "опросы", "лицензия", "общежитие", "стоимость обучения",
        "корректирующие действия", "процесс", "закупки", "коррупция", "выпускники",
        "трудоустройство", "6B04105", "ISO 9001",
    ),
    "en": (
        "risk", "quality", "programme", "programmes", "accreditation", "admission", "survey",
        "licence", "dormitory", "tuition", "corrective actions", "procurement",
        "anti-corruption", "scholarship", "graduates", "employment", "process", "open data",
        "6B04105", "ISO 9001",
    ),
}  # fmt: skip
# A response counts as search when its path names the search (index, code, workers) or
# lunr's language files; pages themselves (.html) never do.
SEARCH_PARTS = ("search", "lunr")


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(site: Path) -> tuple[ThreadingHTTPServer, str]:
    handler = functools.partial(QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def is_search_file(url: str) -> bool:
    path = urlsplit(url).path
    return not path.endswith(".html") and any(part in path for part in SEARCH_PARTS)


def material_search(page: Page, base: str, lang: str, query: str) -> list[str]:
    page.goto(base + PREFIX[lang] + "index.html", wait_until="networkidle")
    box = page.locator("input.md-search__input")
    box.click()
    meta = page.locator(".md-search-result__meta")
    before = meta.inner_text()
    box.press_sequentially(query, delay=10)
    box.press("End")
    page.wait_for_function(
        "([el, text]) => el.textContent.trim() !== text.trim()",
        arg=[meta.element_handle(), before],
        timeout=30_000,
    )
    page.wait_for_timeout(300)  # the list is written just after the count line
    links = page.locator(".md-search-result__item > a.md-search-result__link")
    return links.evaluate_all("links => links.map(a => a.href)")


def own_search(page: Page, base: str, lang: str, query: str) -> list[str]:
    page.goto(base + PREFIX[lang] + "search.html?q=" + quote(query))
    page.wait_for_selector("[data-kz-search-state=done]", timeout=30_000)
    links = page.locator("ol.kz-search-results > li a.kz-search-result")
    return links.evaluate_all("links => links.map(a => a.href)")


def run_query(page: Page, base: str, lang: str, query: str, own: bool) -> list[str]:
    hrefs = (own_search if own else material_search)(page, base, lang, query)
    # One entry per page, in order: Material lists a page's sections under it.
    seen: dict[str, None] = {}
    for href in hrefs:
        seen.setdefault(urlsplit(href).path, None)
    return list(seen)


def measure(site: Path) -> dict:
    server, base = serve(site)
    own = (site / "search.html").is_file()
    result: dict = {"engine": "chunked index" if own else "material lunr", "languages": {}}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
            )
            for lang, queries in QUERIES.items():
                context = browser.new_context()  # a fresh cache: the first query pays all
                page = context.new_page()
                sizes: dict[str, int] = {}

                def record(response, sizes=sizes) -> None:
                    if is_search_file(response.url) and response.ok:
                        sizes[urlsplit(response.url).path] = len(response.body())

                page.on("response", record)
                run_query(page, base, lang, queries[0], own)
                first = dict(sizes)
                results = {q: run_query(page, base, lang, q, own) for q in queries}
                context.close()
                result["languages"][lang] = {
                    "first_query": queries[0],
                    "first_query_bytes": sum(first.values()),
                    "first_query_files": first,
                    "results": results,
                }
            browser.close()
    finally:
        server.shutdown()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", nargs="?", default=str(ROOT / "site"))
    parser.add_argument("--out", help="write the full results (every query's pages) here")
    args = parser.parse_args()
    result = measure(Path(args.site).resolve())
    print(f"engine: {result['engine']}")
    for lang, figures in result["languages"].items():
        found = {q: len(p) for q, p in figures["results"].items()}
        print(
            f"{lang}: first query {figures['first_query']!r} fetched "
            f"{figures['first_query_bytes'] / 1024:.1f} KB of search files; pages found: {found}"
        )
    if args.out:
        Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main()
