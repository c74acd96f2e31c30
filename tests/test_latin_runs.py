"""No English left on Kazakh and Russian pages (issue 21): a run of three or more Latin-script
words on a kk or ru page must sit in an element marked with its language (lang="en"), or be
code (<code>, <kbd>, <samp>), never plain text a screen reader reads with the wrong voice.

Checks the whole <body> of every kk and ru page of the built site (header, navigation and
footer included: theme strings count too). Addresses (URLs, e-mails, file names) are not
words. Proper names that are Latin in every language (social networks) may stand in a list.
"""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

SKIP_TAGS = frozenset({"code", "pre", "script", "style", "svg", "kbd", "samp", "template"})
VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "em", "i", "small", "span", "strong", "sub", "sup", "time", "mark", "q"}
)
BREAK = "\x00"
ADDRESS = re.compile(
    r"(?:https?://|mailto:|www\.)\S+|\S+@\S+|\S+\.(?:html|md|csv|json|yaml|zip|xml|pdf)\b"
    r"|\b[\w-]+\.(?:kz|org|com|edu)\b"
)
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
PUNCTUATION = ".,;:!?()[]«»\"'“”‘’…/–—-*"
# Names written in Latin letters in every language (a list of them is not English text).
PROPER_NAMES = frozenset({"Instagram", "TikTok", "Facebook", "YouTube", "Telegram", "WhatsApp"})
MIN_RUN = 3


class PageText(HTMLParser):
    """The visible text of <body> in the page's language: marked and code elements left out,
    a break at every block element and at every left-out element."""

    def __init__(self, lang: str) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = lang
        self.chunks: list[str] = []
        self._stack: list[tuple[str, bool]] = []
        self._in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self._in_body = True
        if tag not in INLINE_TAGS:
            self.chunks.append(BREAK)
        if tag in VOID_TAGS:
            return
        marked = (dict(attrs).get("lang") or self.lang).lower()[:2]
        self._stack.append((tag, tag in SKIP_TAGS or marked != self.lang))

    def handle_endtag(self, tag: str) -> None:
        if tag not in INLINE_TAGS:
            self.chunks.append(BREAK)
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index][0] == tag:
                skipped = self._stack[index][1]
                del self._stack[index:]
                if skipped:
                    self.chunks.append(BREAK)
                return

    def handle_data(self, data: str) -> None:
        if self._in_body and not any(skip for _, skip in self._stack):
            self.chunks.append(data)

    @property
    def text(self) -> str:
        return "".join(self.chunks)


def latin_runs(html: str, lang: str) -> list[str]:
    """Runs of MIN_RUN or more Latin-script words outside marked or code elements."""
    parser = PageText(lang)
    parser.feed(html)
    parser.close()
    runs = []
    for block in ADDRESS.sub(BREAK, parser.text).split(BREAK):
        run: list[str] = []
        for token in [*block.split(), ""]:
            word = token.strip(PUNCTUATION)
            if LATIN_WORD.fullmatch(word) and word not in PROPER_NAMES:
                run.append(token)
                continue
            if len(run) >= MIN_RUN:
                runs.append(" ".join(run))
            run = []
    return runs


def test_latin_runs_are_found_only_outside_marked_elements() -> None:
    html = (
        "<body><p>Дереккөз: Sample data from a survey.</p>"
        '<p>Дереккөз: <span lang="en">Sample data from a survey</span>.</p>'
        "<p><code>survey wave unit</code>; https://example.org/a/b/c; Instagram, TikTok, "
        "Facebook</p><p>one two</p><p>three</p></body>"
    )
    assert latin_runs(html, "kk") == ["Sample data from a survey."]
    assert latin_runs('<body><p lang="en">Sample data here</p></body>', "ru") == []


@pytest.fixture(scope="module")
def site(request: pytest.FixtureRequest) -> Path:
    existing = os.environ.get("KAZUTB_BUILT_SITE")
    return Path(existing) if existing else request.getfixturevalue("built_site")


def pages_of(site: Path, lang: str) -> list[Path]:
    if lang == "ru":
        return sorted((site / "ru").rglob("*.html"))
    return sorted(
        page for page in site.rglob("*.html") if page.relative_to(site).parts[0] not in ("ru", "en")
    )


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_no_english_runs_on_kazakh_and_russian_pages(site: Path, lang: str) -> None:
    pages = pages_of(site, lang)
    assert len(pages) > 20, f"too few {lang} pages in {site}"
    problems = [
        f"/{page.relative_to(site).as_posix()}: {run[:120]!r}"
        for page in pages
        for run in latin_runs(page.read_text(encoding="utf-8"), lang)
    ]
    assert not problems, (
        f"{len(problems)} Latin-script run(s) on {lang} pages: translate them, or mark them "
        'lang="en" (core.markdown.as_written) or as code:\n' + "\n".join(problems[:60])
    )
