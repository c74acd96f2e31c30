"""The prose of the methodology page: one Markdown document per language that translators
edit, `data/interface/methodology/<lang>.md`, with its numbers filled in from the data.

Placeholders: {min_n} (the smallest group published), {ci_min} (the fewest respondents
with an interval), {dist_min} (the fewest valid answers with a distribution), {fewer} (what
a suppressed cell says). Kazakh writes the ablative after a number as {min_n:ablative}
(«5-тен»); the three documents name the same placeholders and have the same headings
(tests/surveys/test_methodology_documents.py).
"""

from __future__ import annotations

import re
import string
from functools import cache
from pathlib import Path

from kazutb_transparency.core.datafiles import display_path, read_text
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.interface import INTERFACE_DIR, catalog
from kazutb_transparency.core.locale_format import NumberText
from kazutb_transparency.surveys.distribution import STEPS
from kazutb_transparency.surveys.pages.labels import fewer_than

METHODOLOGY_DIR = INTERFACE_DIR / "methodology"
PLACEHOLDERS = frozenset({"min_n", "ci_min", "dist_min", "fewer"})
_HEADING = re.compile(r"^#{2,6} ", re.MULTILINE)

TITLE = catalog("surveys_methodology")["title"]


def placeholders(text: str) -> set[str]:
    """The names of the {placeholders} of a document."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def headings(text: str) -> list[str]:
    """The heading levels of a document, in order (the same in every language)."""
    return [line.split(" ", 1)[0] for line in text.splitlines() if _HEADING.match(line)]


@cache
def methodology_source(lang: str, folder: Path = METHODOLOGY_DIR) -> str:
    """The document of one language, checked: only known placeholders."""
    path = folder / f"{lang}.md"
    text = read_text(path)
    try:
        unknown = placeholders(text) - PLACEHOLDERS
    except ValueError as exc:  # an unclosed brace
        raise DataError([Problem(display_path(path), f"a brace is not closed: {exc}")]) from exc
    if unknown:
        raise DataError(
            [
                Problem(
                    display_path(path),
                    f"unknown placeholder {{{', '.join(sorted(unknown))}}}",
                    hint=f"use only {', '.join('{' + p + '}' for p in sorted(PLACEHOLDERS))}; "
                    "write a literal brace as {{ or }}",
                )
            ]
        )
    return text


def methodology_markdown(lang: str, min_n: int, ci_min: int) -> str:
    dist_min = min_n * 1000 // STEPS[-1]  # the fewest valid answers with a distribution
    return (
        methodology_source(lang)
        .format(
            min_n=NumberText(min_n, lang),
            ci_min=NumberText(ci_min, lang),
            dist_min=NumberText(dist_min, lang),
            fewer=fewer_than(min_n, lang),
        )
        .strip()
    )
