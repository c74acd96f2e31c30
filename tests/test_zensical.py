"""The site builds with Zensical, Material's successor: the same pages as with MkDocs.

Zensical renders each language of the staged tree in its own process with a configuration
the adapter writes (engines/zensical.py); the per-page work MkDocs' events do is done on
the written pages (buildsteps/pagework.py). The theme's own files differ; every page's
address, article text, language links and internal links must be the MkDocs site's.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from buildtools import site_build
from test_links import broken_links, html_pages

from kazutb_transparency.buildsteps.crumbs import mkdocs_settings
from kazutb_transparency.buildsteps.search_index import page_text
from kazutb_transparency.engines.zensical import language_config

pytestmark = pytest.mark.build

ALTERNATES = re.compile(r'<link rel="alternate"[^>]*hreflang="[^"]*"[^>]*>')
SWITCHER = re.compile(r'<a href="[^"]*" hreflang="[^"]*" class="md-select__link">')


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("zensical") / "site"
    result = site_build(site, engine="zensical")
    assert result.returncode == 0, result.stderr[-3000:]
    return site


def _pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in html_pages(site))


def test_the_same_addresses_and_the_same_article_text(
    built_site: Path, zensical_site: Path
) -> None:
    assert _pages(zensical_site) == _pages(built_site)
    different = []
    for page in _pages(built_site):
        ours = page_text((built_site / page).read_text(encoding="utf-8"))
        theirs = page_text((zensical_site / page).read_text(encoding="utf-8"))
        if (ours.title, ours.headings, ours.text) != (theirs.title, theirs.headings, theirs.text):
            different.append(page)
    assert not different, f"article text differs from the MkDocs site: {different[:10]}"
    assert 'content="zensical-' in (zensical_site / "index.html").read_text(encoding="utf-8")


def _article(html: str) -> str:
    """The page's article as markup, white space aside; Zensical's theme adds a skip anchor."""
    article = html[html.find("<article") : html.rfind("</article>")]
    article = article.replace('<a id="__skip" tabindex="-1"></a>', "")
    return re.sub(r"\s+", " ", article).replace("> <", "><")


def test_the_same_article_markup_on_every_page(built_site: Path, zensical_site: Path) -> None:
    different = [
        page
        for page in _pages(built_site)
        if _article((built_site / page).read_text(encoding="utf-8"))
        != _article((zensical_site / page).read_text(encoding="utf-8"))
    ]
    assert not different, f"article markup differs from the MkDocs site: {different[:10]}"


def test_the_same_language_links_on_every_page(built_site: Path, zensical_site: Path) -> None:
    different = []
    for page in _pages(built_site):
        ours = (built_site / page).read_text(encoding="utf-8")
        theirs = (zensical_site / page).read_text(encoding="utf-8")
        for pattern in (ALTERNATES, SWITCHER):
            if pattern.findall(ours) != pattern.findall(theirs):
                different.append(page)
    assert not different, f"language links differ from the MkDocs site: {different[:10]}"


def test_every_link_resolves_and_nothing_of_the_stage_is_left(zensical_site: Path) -> None:
    broken, left = [], []
    for page in html_pages(zensical_site):
        broken += broken_links(zensical_site, page)
        text = page.read_text(encoding="utf-8")
        if "kazutb-alternate-" in text or "data-kazutb-block" in text:
            left.append(page.relative_to(zensical_site).as_posix())
    assert not broken, "\n".join(broken[:10])
    assert not left, f"placeholders left in: {left[:10]}"


def test_each_language_has_the_site_search_and_not_the_engine_own(zensical_site: Path) -> None:
    for root in (zensical_site, zensical_site / "ru", zensical_site / "en"):
        assert (root / "search" / "manifest.json").is_file()
        assert not (root / "search.json").exists()


def test_the_language_configuration(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[1]
    stage = tmp_path / "stage"
    config = language_config(root, stage, "ru", tmp_path / "out", "https://example.org/")
    assert config.parent == tmp_path  # beside the staged tree: Zensical wants it inside
    text = config.read_text(encoding="utf-8")
    assert "hooks:" not in text and "plugins:" not in text and "!ENV" not in text
    settings = mkdocs_settings(config)
    assert settings["docs_dir"] == "stage/ru"
    assert settings["site_url"] == "https://example.org/ru/"
    assert settings["site_name"] == "КазУТБ"
    assert settings["theme"]["language"] == "ru" and settings["theme"]["variant"] == "classic"
    assert settings["nav"][0] == {"Главная": "index.md"}
    assert [a["lang"] for a in settings["extra"]["alternate"]] == ["kk", "ru", "en"]
