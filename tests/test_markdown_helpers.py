"""Helpers every generated page uses: relative links and translated, escaped text."""

from __future__ import annotations

import posixpath
import random

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.markdown import page_href, page_path, tr


def test_page_href_is_the_relative_path_between_two_pages() -> None:
    rng = random.Random(16)
    names = ["a", "b", "quality", "programmes", "index.md", "p01.md", "x.md"]

    def path() -> str:
        folders = [rng.choice(names[:4]) for _ in range(rng.randint(0, 3))]
        return "/".join([*folders, rng.choice(names[4:])])

    for _ in range(5000):
        page, target = path(), path()
        expected = posixpath.relpath(target, posixpath.dirname(page) or ".")
        assert page_path(page, target) == expected, (page, target)
        assert page_href(page, target) == expected.removesuffix(".md") + ".html", (page, target)
    assert page_href("programmes/6B04101.md", "quality/index.md") == "../quality/index.html"
    assert page_href("index.md", "about/structure.md") == "about/structure.html"


def test_tr_escapes_marks_and_shows_a_missing_translation() -> None:
    text = Localized(kk="Қазақ <b>тілі</b>", ru="Курс «Қазақ тілі»", en=None)
    assert tr(text, "kk") == "Қазақ &lt;b&gt;тілі&lt;/b&gt;"
    assert tr(text, "ru") == 'Курс «<span lang="kk">Қазақ тілі</span>»'
    assert tr(text, "ru") == tr(Localized(kk="x", ru="Курс «Қазақ тілі»"), "ru")  # remembered
    missing = tr(text, "en")
    assert missing.startswith('<span lang="kk">Қазақ &lt;b&gt;')
    assert "translation-pending" in missing
