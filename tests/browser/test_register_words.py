"""Issue 33: on a wide screen (1280 and 1920 px) no word of the compliance register is broken
in the middle, in any language: each word of its cells is drawn on one line (a code or an
address may still break; a word joined by a hyphen may break at the hyphen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser.sitepages import LANGS, page_url_path

pytestmark = pytest.mark.browser

REGISTER = "register/index.html"

# Every word of the tables' cells whose text is drawn on more than one line.
BROKEN_WORDS = r"""() => {
  const broken = [];
  let words = 0;
  const exempt = el => el.closest('code, kbd, samp, pre, a[href^="http"], .sha256');
  for (const cell of document.querySelectorAll('article td, article th')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (exempt(node.parentElement)) continue;
      for (const match of node.textContent.matchAll(/[^\s\-‐–—\/]{2,}/gu)) {
        words += 1;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(
          [...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
  }
  return {words, broken};
}"""


@pytest.mark.parametrize("width", [1280, 1920])
def test_no_word_of_the_register_breaks_in_the_middle(
    browser: Browser, base_url: str, site_root: Path, width: int
) -> None:
    if not (site_root / REGISTER).is_file():
        pytest.skip("this build has no compliance register")
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    found: dict[str, list[str]] = {}
    try:
        for lang in LANGS:
            page.goto(base_url + page_url_path(lang, REGISTER), wait_until="load")
            measured = page.evaluate(BROKEN_WORDS)
            assert measured["words"] > 200, f"{lang}: the register's cells were not read"
            if measured["broken"]:
                found[lang] = measured["broken"]
    finally:
        context.close()
    assert not found, "\n".join(
        f"{lang} at {width} px: {len(words)} words broken: {', '.join(words[:10])}"
        for lang, words in found.items()
    )
