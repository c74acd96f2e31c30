"""The live preview's banner says the build's problems in the page's language, with the
wordings the desk shows at its fields (editor/labels.yaml `problems`)."""

from __future__ import annotations

from pathlib import Path

from kazutb_transparency.buildsteps.preview import banner, banner_on_served
from kazutb_transparency.core.errors import BUILD, Problem

MISSING = Problem(
    "data/disclosures/documents.yaml",
    "required field is missing",
    record="annual-report-2026",
    field="title.kk",
    line=1386,
    hint="add it",
)


def test_a_kazakh_page_says_the_problem_in_kazakh() -> None:
    said = banner([MISSING], "kk")
    assert "data/disclosures/documents.yaml:1386" in said
    assert "annual-report-2026 жазбасы" in said
    assert "міндетті өріс толтырылмаған — толтырыңыз" in said
    assert "required" not in said and "record" not in said and "field" not in said


def test_a_russian_page_in_russian_an_english_page_as_the_build_says_it() -> None:
    assert "обязательное поле" in banner([MISSING], "ru").lower()
    assert "required field is missing — add it" in banner([MISSING], "en")


def test_a_problem_of_the_build_itself_is_shown_as_the_build_wrote_it() -> None:
    engine = Problem(BUILD, "the engine stopped: exit status 1")
    assert "the engine stopped" in banner([engine], "kk")


def test_more_problems_than_the_banner_lists_are_counted_in_the_pages_language() -> None:
    said = banner([MISSING] * 53, "kk")
    assert said.count("annual-report-2026") == 50
    assert "тағы 3 мәселе" in said


def test_a_served_page_gets_the_banner_in_its_own_language(tmp_path: Path) -> None:
    for folder in ("", "ru/", "en/"):
        page = tmp_path / folder / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text("<html><article class='md'>text</article></html>", encoding="utf-8")
    banner_on_served(tmp_path, [MISSING])
    assert "толтырыңыз" in (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "обязательное" in (tmp_path / "ru" / "index.html").read_text(encoding="utf-8").lower()
    assert "required field is missing" in (tmp_path / "en" / "index.html").read_text("utf-8")


def test_with_no_page_yet_each_language_gets_a_page_listing_the_problems(tmp_path: Path) -> None:
    """The preview started on data the build refuses: no good page yet, so the home page
    of each language and the page for any other address list the problems."""
    banner_on_served(tmp_path, [MISSING])
    home = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert '<html lang="kk">' in home and "толтырыңыз" in home and "<script" not in home
    assert "обязательное" in (tmp_path / "ru" / "index.html").read_text(encoding="utf-8").lower()
    assert "required field is missing" in (tmp_path / "en" / "index.html").read_text("utf-8")
    assert (tmp_path / "404.html").read_text(encoding="utf-8") == home
