"""Language integrity (issue 8): ru/en pages show no Kazakh-only text, en pages little Cyrillic.

Checked in each page's <article>, minus <code>, elements marked lang="kk" and elements of
the class `translation-pending` (Kazakh text shown on purpose until a translation exists).
Parses the built HTML with the standard library; no browser.

Kazakh source text quoted on ru/en pages (discrepancy notes, document codes) must be
marked lang="kk" or be in <code>; the renderers do that, and these tests hold them to it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.browser.sitepages import (
    CYRILLIC,
    KAZAKH_LETTERS,
    LETTER,
    parse_article,
    representative_pages,
)

MAX_CYRILLIC_SHARE_EN = 0.02


@pytest.fixture(scope="module")
def site(request: pytest.FixtureRequest) -> Path:
    """The built site: $KAZUTB_BUILT_SITE when set (an existing build), else `built_site`."""
    existing = os.environ.get("KAZUTB_BUILT_SITE")
    return Path(existing) if existing else request.getfixturevalue("built_site")


def pages_to_check(site: Path, lang: str) -> list[Path]:
    """The representative set plus every process page of one language."""
    root = site / lang
    pages = {root / page for page in representative_pages(site)}
    pages |= set(root.glob("processes/p[0-9]*.html"))
    return sorted(page for page in pages if page.is_file())


def split_text(page: Path) -> tuple[bool, str]:
    """(has an <article>, text to check) of one page."""
    parser = parse_article(page.read_text(encoding="utf-8"))
    return parser.found_article, " ".join(parser.sections.values())


def kazakh_letters(text: str) -> str:
    return "".join(sorted(set(KAZAKH_LETTERS.findall(text))))


def context_of(text: str, limit: int = 3) -> list[str]:
    """A few snippets around Kazakh-specific letters, for the failure message."""
    snippets = []
    for match in list(KAZAKH_LETTERS.finditer(text))[:limit]:
        start = max(0, match.start() - 40)
        snippets.append(" ".join(text[start : match.end() + 40].split()))
    return snippets


def kazakh_problems(site: Path, lang: str) -> list[str]:
    problems = []
    for page in pages_to_check(site, lang):
        has_article, text = split_text(page)
        relative = page.relative_to(site).as_posix()
        if not has_article:
            problems.append(f"/{relative}: no <article>")
        elif letters := kazakh_letters(text):
            problems.append(f"/{relative}: Kazakh letters {letters}: {context_of(text)}")
    return problems


def cyrillic_share(text: str) -> float:
    letters = LETTER.findall(text)
    return len(CYRILLIC.findall(text)) / len(letters) if letters else 0.0


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_no_kazakh_only_text_on_ru_and_en_pages(site: Path, lang: str) -> None:
    assert pages_to_check(site, lang), f"no {lang} pages in {site}"
    problems = kazakh_problems(site, lang)
    assert not problems, "Kazakh-only text outside code/lang=kk/translation-pending:\n" + (
        "\n".join(problems)
    )


def test_english_pages_are_mostly_latin(site: Path) -> None:
    problems = []
    for page in pages_to_check(site, "en"):
        _, text = split_text(page)
        if (share := cyrillic_share(text)) >= MAX_CYRILLIC_SHARE_EN:
            sample = " ".join(w for w in text.split() if CYRILLIC.search(w))[:200]
            problems.append(f"/{page.relative_to(site).as_posix()}: {share:.1%} Cyrillic: {sample}")
    assert not problems, "English pages with Cyrillic text outside <code>:\n" + "\n".join(problems)
