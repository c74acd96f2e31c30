"""Hand-written pages exist in every language: a page written in Kazakh only is still shown
in Russian and English, in Kazakh, under a visible "not yet translated" note (marked
lang="kk", so screen readers read it with the right voice); the strict build refuses it.

Without this, the Russian and English sites would have a menu entry leading nowhere.
"""

from __future__ import annotations

from pathlib import Path

from kazutb_transparency.core.datafiles import display_path, read_text
from kazutb_transparency.core.errors import Problem
from kazutb_transparency.core.i18n import LANGUAGES
from kazutb_transparency.core.interface import catalog

PENDING = catalog("translation_notice")["pending"]


def untranslated(docs_dir: Path) -> list[tuple[str, Path]]:
    """(language, page inside its language folder) for each hand-written page missing there."""
    written = {
        lang: {p.relative_to(docs_dir / lang) for p in (docs_dir / lang).rglob("*.md")}
        for lang in LANGUAGES
    }
    every = set().union(*written.values())
    return sorted((lang, page) for lang in LANGUAGES for page in every - written[lang])


def fallback_pages(docs_dir: Path) -> tuple[dict[str, str], list[Problem]]:
    """Stand-in pages {"ru/about-site.md": Markdown} and one problem per missing page."""
    pages, problems = {}, []
    for lang, page in untranslated(docs_dir):
        source_lang = _source_language(docs_dir, page)
        source = docs_dir / source_lang / page
        problems.append(
            Problem(
                display_path(docs_dir / lang / page),
                f"missing translation of {display_path(source)}",
                hint=f"write the page in {lang} at this path; until then the {source_lang} text "
                "is shown with a 'not yet translated' note",
            )
        )
        title, _, body = read_text(source).partition("\n")
        if not title.startswith("# "):
            title, body = "", f"{title}\n{body}"
        heading = f'# <span lang="{source_lang}">{title[2:].strip()}</span>\n\n' if title else ""
        pages[f"{lang}/{page.as_posix()}"] = (
            f'{heading}!!! warning "{PENDING[lang]}"\n\n'
            f'<div lang="{source_lang}" markdown="1">\n{body}\n</div>\n'
        )
    return pages, problems


def _source_language(docs_dir: Path, page: Path) -> str:
    """Kazakh if the page is written in Kazakh, else the first language it is written in."""
    return next(lang for lang in LANGUAGES if (docs_dir / lang / page).is_file())
