"""A hand-written page missing in a language is shown in Kazakh, visibly marked, never a dead
menu entry; the strict build refuses it."""

from __future__ import annotations

from pathlib import Path

import markdown

from kazutb_transparency.buildsteps.translations import PENDING, fallback_pages, untranslated

REPO = Path(__file__).resolve().parents[1]


def write(docs: Path, lang: str, name: str, text: str) -> None:
    (docs / lang / name).parent.mkdir(parents=True, exist_ok=True)
    (docs / lang / name).write_text(text, encoding="utf-8")


def test_the_project_pages_are_written_in_every_language() -> None:
    assert untranslated(REPO / "docs") == []


def test_a_missing_page_stands_in_kazakh_with_a_note(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write(docs, "kk", "guide/help.md", "# Анықтама\n\nМәтін [сілтеме](../index.md).\n")
    write(docs, "ru", "guide/help.md", "# Справка\n")
    pages, problems = fallback_pages(docs)
    assert list(pages) == ["en/guide/help.md"]
    [problem] = problems
    assert problem.file.endswith("docs/en/guide/help.md")
    assert "missing translation" in problem.message and "docs/kk/guide/help.md" in problem.message
    html = markdown.markdown(pages["en/guide/help.md"], extensions=["admonition", "md_in_html"])
    assert html.startswith('<h1><span lang="kk">Анықтама</span></h1>')
    assert PENDING["en"] in html
    assert '<div lang="kk">' in html and '<a href="../index.md">сілтеме</a>' in html


def test_a_page_written_only_in_russian_is_missing_in_kazakh_and_english(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write(docs, "ru", "only.md", "# Только\n")
    (docs / "kk").mkdir()
    assert untranslated(docs) == [("en", Path("only.md")), ("kk", Path("only.md"))]
    pages, _ = fallback_pages(docs)
    assert '<div lang="ru"' in pages["kk/only.md"]
