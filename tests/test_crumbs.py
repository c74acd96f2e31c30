"""The breadcrumb each staged page carries in its front matter (buildsteps/crumbs.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kazutb_transparency.buildsteps.crumbs import add_crumbs, crumb, with_crumb

CONFIG = """\
site_name: x
docs_dir: !ENV [KAZUTB_STAGE_DIR, docs]
markdown_extensions:
  - toc:
      slugify: !!python/object/apply:pymdownx.slugs.slugify
        kwds:
          case: lower
plugins:
  - i18n:
      languages:
        - locale: kk
          default: true
        - locale: ru
          nav_translations:
            Басты бет: Главная
            Процестер: Процессы
            Құжаттар: Документы
nav:
  - Басты бет: index.md
  - Процестер:
      - processes/index.md
      - processes/map.md
  - Құжаттар: docs/index.md
  - about/more.md
  - Бөлім:
      - about/intro.md
      - about/index.md
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "mkdocs.yml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def test_a_detail_page_leads_to_its_folder_section_in_its_language(config: Path) -> None:
    # processes/p01.md is not in the navigation: its folder's index page is its section.
    assert crumb("ru", "processes/p01.md", {}, config) == {
        "home_href": "../index.html",
        "home_title": "Главная",
        "section_href": "index.html",
        "section_title": "Процессы",
    }
    assert crumb("kk", "processes/sub/x.md", {}, config) is None  # no index of its folder


def test_an_index_page_has_the_home_crumb_only(config: Path) -> None:
    assert crumb("kk", "processes/index.md", {}, config) == {
        "home_href": "../index.html",
        "home_title": "Басты бет",
    }


def test_the_section_label_is_the_entry_title_or_the_page_title(config: Path) -> None:
    # docs/index.md has an entry of its own: its title, translated.
    assert crumb("ru", "docs/a.md", {}, config)["section_title"] == "Документы"
    # about/index.md is not the first of its section and has no title: its page's title.
    texts = {"about/index.md": "---\nhide:\n  - toc\n---\n\n# Біз туралы\n\nМәтін\n"}
    assert crumb("kk", "about/x.md", texts, config)["section_title"] == "Біз туралы"
    texts = {"about/index.md": "---\ntitle: Тақырып\n---\n# Басқа\n"}
    assert crumb("kk", "about/x.md", texts, config)["section_title"] == "Тақырып"


def test_the_home_page_and_top_pages_have_none(config: Path) -> None:
    assert crumb("kk", "index.md", {}, config) is None
    assert crumb("kk", "about-site.md", {}, config) is None


def test_the_trail_joins_the_front_matter_the_page_has(config: Path) -> None:
    trail = {"home_href": "../index.html", "home_title": "Басты бет"}
    assert with_crumb("# T\n", None) == "# T\n"
    assert with_crumb("# T\n", trail).startswith('---\ncrumb: {"home_href": "../index.html", ')
    merged = with_crumb("---\nhide:\n  - toc\n---\n# T\n", trail)
    assert merged.endswith("hide:\n  - toc\n---\n# T\n") and merged.count("---\n") == 2
    assert with_crumb("\ufeff---\nhide: [toc]\n...\n# T\n", trail).endswith(
        "hide: [toc]\n---\n# T\n"
    )
    pages = add_crumbs({"kk/processes/p.md": "# P\n", "kk/x.css": "a{}"}, config)
    assert pages["kk/x.css"] == "a{}"
    assert pages["kk/processes/p.md"].startswith("---\ncrumb: ")
