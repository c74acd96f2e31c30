"""The survey methodology is a Markdown document per language that translators edit
(issue 35): the three documents name the same placeholders and have the same headings, and
the page fills in the numbers from the data."""

from __future__ import annotations

from pathlib import Path

import pytest

from kazutb_transparency.core.errors import DataError
from kazutb_transparency.surveys.pages.methodology_text import (
    METHODOLOGY_DIR,
    PLACEHOLDERS,
    headings,
    methodology_markdown,
    methodology_source,
    placeholders,
)

LANGS = ("kk", "ru", "en")


def test_the_three_documents_have_the_same_placeholders_and_headings() -> None:
    texts = {lang: (METHODOLOGY_DIR / f"{lang}.md").read_text(encoding="utf-8") for lang in LANGS}
    assert {lang: placeholders(t) for lang, t in texts.items()} == {
        lang: set(PLACEHOLDERS) for lang in LANGS
    }
    structure = {lang: headings(t) for lang, t in texts.items()}
    assert structure["kk"] and structure["kk"] == structure["ru"] == structure["en"]
    numbered = {lang: sum(line[:4].strip(" ").rstrip(".").isdigit() for line in t.splitlines())
                for lang, t in texts.items()}  # fmt: skip
    assert numbered["kk"] == numbered["ru"] == numbered["en"], "the numbered steps differ"


@pytest.mark.parametrize("lang", LANGS)
def test_the_numbers_come_from_the_data(lang: str) -> None:
    text = methodology_markdown(lang, min_n=7, ci_min=30)
    assert "{" not in text.replace("{{", "") and "7" in text
    if lang == "kk":
        assert "7-ден аз" in text  # the ablative after the number, as Kazakh reads it


def _write(folder: Path, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "kk.md").write_text(text, encoding="utf-8")


def test_an_unknown_placeholder_is_refused_with_the_file_and_what_to_write(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "interface" / "methodology"
    _write(folder, "## Тақырып\n\n{min_group} адамнан аз\n")
    with pytest.raises(DataError) as caught:
        methodology_source("kk", folder)
    problem = caught.value.problems[0]
    assert problem.file.endswith("kk.md") and "min_group" in problem.message
    assert "{min_n}" in (problem.hint or "")


def test_an_unclosed_brace_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "interface" / "methodology"
    _write(folder, "## Тақырып\n\n{min_n адамнан аз\n")
    with pytest.raises(DataError, match="brace"):
        methodology_source("kk", folder)
