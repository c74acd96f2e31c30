"""One concept, one word across the built site (issue 21): no page uses a word the
glossary says to avoid, in the site's own text. Quoted source wording, code, parts marked
with another language and the Kazakh of approved documents (process cards, the
regulation's requirements) are reproduced as approved and not checked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kazutb_transparency.core.glossary import load_glossary
from tests.test_latin_runs import BREAK, PageText, pages_of

REPO = Path(__file__).resolve().parents[1]
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
# Kazakh pages that reproduce approved documents word for word: the process cards only
# (generated pages such as the register are the site's own text).
APPROVED_KK = re.compile(r"^processes/(?:p\d\d|source-notes-\w+|discrepancies)\.html$")


def avoided(lang: str) -> dict[str, str]:
    """{avoided word: the glossary's word} for one language."""
    found = {}
    for kk, term in load_glossary(REPO / "data").terms.values():
        for word in term.avoid.get(lang, []):
            found[word] = kk if lang == "kk" else getattr(term, lang)
    return found


def avoided_on_page(html: str, lang: str, words: dict[str, str]) -> list[str]:
    parser = PageText(lang)
    parser.feed(html)
    parser.close()
    text = _QUOTED.sub(" ", parser.text.replace(BREAK, "\n"))
    return [
        f"«{m.group(0)}» (use «{use}»)"
        for word, use in words.items()
        for m in re.finditer(rf"(?<!\w){re.escape(word)}", text, re.IGNORECASE)
    ]


def test_the_check_sees_an_avoided_word_only_in_the_sites_own_text() -> None:
    words = {"аккредитация": "аккредиттеу"}
    html = (
        "<body><p>Аккредитация мерзімі</p><p>«Аккредитацияны растау»</p>"
        '<p lang="ru">аккредитация</p><p><code>аккредитация</code></p></body>'
    )
    assert avoided_on_page(html, "kk", words) == ["«Аккредитация» (use «аккредиттеу»)"]


def test_the_glossary_names_the_avoided_words_of_the_issue() -> None:
    assert "аккредитация" in avoided("kk") and "үдеріс" in avoided("kk")
    assert "unverified" in avoided("en") and "валидн" in avoided("ru")


@pytest.mark.build
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_page_uses_the_glossarys_words(built_site: Path, lang: str) -> None:
    words = avoided(lang)
    if lang == "en":
        pages = sorted((built_site / "en").rglob("*.html"))
    else:
        pages = pages_of(built_site, lang)
    problems = []
    for page in pages:
        path = page.relative_to(built_site if lang == "kk" else built_site / lang).as_posix()
        if lang == "kk" and APPROVED_KK.search(path):
            continue
        found = avoided_on_page(page.read_text(encoding="utf-8"), lang, words)
        problems += [f"{lang}/{path}: {hit}" for hit in found]
    assert not problems, "\n".join(problems[:40])
