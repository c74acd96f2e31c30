"""Which pages of a built site the gates check, and how to read a page's main content.

Used by the browser tests and by the HTML-only tests in tests/ (language, links).
Kept free of pytest and Playwright so that any test module can import it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path

LANGS: dict[str, str] = {"kk": "", "ru": "ru/", "en": "en/"}
"""Language code -> URL prefix of that language in the built site."""

CORE_PAGES: tuple[str, ...] = (
    "index.html",
    "processes/index.html",
    "processes/p01.html",
    "processes/architecture.html",
    "opendata/index.html",
)
"""Pages every build has (paths relative to a language's root)."""

VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)


def _first(paths: Iterable[Path], site: Path) -> str | None:
    for path in sorted(paths):
        return path.relative_to(site).as_posix()
    return None


def optional_pages(site: Path) -> dict[str, str | None]:
    """Representative pages that later issues add; None when the build has none yet."""
    programmes = (p for p in site.glob("programmes/*.html") if p.name != "index.html")
    surveys = (p for p in site.glob("quality/*.html") if "<svg" in p.read_text(encoding="utf-8"))
    register = site / "register" / "index.html"
    return {
        "programme page": _first(programmes, site),
        "survey page with a chart": _first(surveys, site),
        "compliance register": "register/index.html" if register.is_file() else None,
    }


def article_has_chart(page: Path) -> bool:
    """Whether the page's <article> holds an inline <svg> (the theme's icons are outside)."""
    html = page.read_text(encoding="utf-8")
    start = html.find("<article")
    return start >= 0 and "<svg" in html[start : html.find("</article>", start)]


def representative_pages(site: Path) -> list[str]:
    """Language-relative paths of the representative set present in this build."""
    extra = [path for path in optional_pages(site).values() if path]
    return [*CORE_PAGES, *extra]


def missing_optional_pages(site: Path) -> list[str]:
    """Names of optional representative pages absent from this build (for skip messages)."""
    return [name for name, path in optional_pages(site).items() if path is None]


def page_url_path(lang: str, page: str) -> str:
    """`ru`, `processes/p01.html` -> `ru/processes/p01.html` (relative to the site root)."""
    return LANGS[lang] + page


class ArticleText(HTMLParser):
    """Collects the text of the page's <article>, minus code, Kazakh-marked and pending parts.

    Skipped: <code>/<pre>/<script>/<style>/<svg> content, any element marked as Kazakh or
    Russian text (lang="kk", lang="ru": quoted source text and official names, on purpose)
    and any element with the class `translation-pending` (Kazakh text shown on purpose).
    """

    SKIP_TAGS = frozenset({"code", "pre", "script", "style", "svg", "kbd", "samp"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[tuple[str, str]] = []  # (id of the enclosing <h2>, text)
        self.section = ""
        self.found_article = False
        self._stack: list[tuple[str, bool, bool]] = []  # (tag, is_article, skips)

    @property
    def text(self) -> str:
        return " ".join(text for _, text in self.parts)

    @property
    def sections(self) -> dict[str, str]:
        """Text per section: the id of the <h2> above it ("" before the first <h2>)."""
        found: dict[str, list[str]] = {}
        for section, text in self.parts:
            found.setdefault(section, []).append(text)
        return {section: " ".join(texts) for section, texts in found.items()}

    def _inside_article(self) -> bool:
        return any(is_article for _, is_article, _ in self._stack)

    def _skipping(self) -> bool:
        return any(skips for _, _, skips in self._stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID_TAGS:
            return
        values = dict(attrs)
        if tag == "h2" and self._inside_article():
            self.section = values.get("id") or ""
        is_article = tag == "article"
        self.found_article = self.found_article or is_article
        classes = (values.get("class") or "").split()
        skips = (
            tag in self.SKIP_TAGS
            or (values.get("lang") or "").lower()[:2] in ("kk", "ru")
            or "translation-pending" in classes
        )
        self._stack.append((tag, is_article, skips))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS:
            return
        # Pop up to the matching start tag (tolerates implicitly closed <p>, <li>, ...).
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index][0] == tag:
                del self._stack[index:]
                return

    def handle_data(self, data: str) -> None:
        if self._inside_article() and not self._skipping():
            self.parts.append((self.section, data))


def parse_article(html: str) -> ArticleText:
    parser = ArticleText()
    parser.feed(html)
    parser.close()
    return parser


def article_text(html: str) -> tuple[bool, str]:
    """(has an <article>, its checked text) of one HTML page."""
    parser = parse_article(html)
    return parser.found_article, parser.text


KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
LETTER = re.compile(r"[^\W\d_]")


ISSUE19_PAGES: tuple[str, ...] = (
    "index.html",
    "about/index.html",
    "about/documents.html",
    "programmes/index.html",
    "programmes/a-z-bachelor.html",
    "accreditation/index.html",
    "register/index.html",
    "quality/index.html",
    "quality/actions.html",
    "opendata/index.html",
    "opendata/survey-indicators.html",
    "processes/source-notes-core.html",
)
"""The pages a visitor tried in issue 19 (with a dataset's field table and the source
report's longest table, now pages of their own), plus one programme and one survey page."""


def issue19_pages(site: Path) -> list[str]:
    """Language-relative paths of issue 19's representative pages present in this build."""
    pages = [page for page in ISSUE19_PAGES if (site / page).is_file()]
    programme = optional_pages(site)["programme page"]
    surveys = sorted(
        path.relative_to(site).as_posix()
        for path in site.glob("quality/*.html")
        if not re.search(r"-f\d+\.html$", path.name) and article_has_chart(path)
    )
    return pages + [page for page in (programme, *surveys[:1]) if page]
