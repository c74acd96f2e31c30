"""What the search index read of each built page, kept between builds by the page's bytes.

Reading the text out of a page's HTML (search_index.page_text) was a third of the index's
time, about four CPU seconds of a large build's three languages, for pages most of which
are the same bytes as in the build before. Each language keeps one file in .cache/,
`search-text-<lang>.json`: the sha256 of a page's bytes → its title, headings, text and
units. Its keys are valid under one fingerprint, the reading code (search_index.py and
this module) and the Python version (its HTML parser and entities); another fingerprint,
or a file that cannot be read as this one writes it, is an empty cache: the file is only
a saving, so the pages are read again and the file written anew, never a reason to stop.

The one clean-up: each build that read a page anew, or no longer has one, writes the file
again with the pages of this build only; so it holds one build's pages at most.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from kazutb_transparency.buildsteps.search_index import (
    BLOCK_MARK,
    CELL_END,
    PageText,
    page_text,
    write_language_search_index,
)
from kazutb_transparency.core.keptvalue import write_aside

FORMAT = "kazutb-search-text/2"
# The code that reads a page's text and the code that keeps it.
READERS = (Path(__file__).with_name("search_index.py"), Path(__file__))


def cache_file(cache_dir: Path, lang: str) -> Path:
    return cache_dir / f"search-text-{lang}.json"


def fingerprint() -> str:
    """The sha256 of what decides a page's text besides its bytes."""
    digest = hashlib.sha256(f"{FORMAT}\0{sys.version}\0".encode())
    for reader in READERS:
        digest.update(reader.read_bytes())
    return digest.hexdigest()


class PageTexts:
    """The page texts of one language: those the last build kept, and those of this one."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.fingerprint = fingerprint()
        self.known: dict[str, list[Any]] = _load(file, self.fingerprint)
        self.used: dict[str, list[Any]] = {}

    def read(self, path: Path) -> PageText:
        """The text of the page at `path`, as search_index.read_page reads it."""
        data = path.read_bytes()
        key = hashlib.sha256(data).hexdigest()
        kept = self.used.get(key) or self.known.get(key)
        if kept is None:
            kept = _entry(page_text(data.decode("utf-8")))
        self.used[key] = kept
        return _page(kept)

    def save(self) -> None:
        """Keep this build's pages, if they are not what the file holds already."""
        if self.used.keys() == self.known.keys():
            return
        body = {"format": FORMAT, "fingerprint": self.fingerprint, "pages": self.used}
        data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        write_aside(self.file, data)


def _load(file: Path, expected: str) -> dict[str, list[Any]]:
    """The pages the file keeps under this fingerprint; none if it is missing or foreign."""
    try:
        body = json.loads(file.read_bytes())
    except (OSError, ValueError):
        return {}
    if (
        not isinstance(body, dict)
        or body.get("format") != FORMAT
        or body.get("fingerprint") != expected
        or not isinstance(body.get("pages"), dict)
    ):
        return {}
    return {key: kept for key, kept in body["pages"].items() if _well_formed(kept)}


# A page's units are kept as two texts: what comes before each (SEPARATORS, by a letter)
# and the units joined by a mark that no unit holds (search_index cuts the text into units
# at it), so that the file is read without a step in Python for each of a million units.
SEPARATORS = {" ": "s", CELL_END: "c"}
_SEPARATOR_OF = {letter: separator for separator, letter in SEPARATORS.items()}
_JOIN = BLOCK_MARK


def _entry(page: PageText) -> list[Any]:
    """A page's text as the file keeps it: [title, [heading…], text, separators, units]."""
    separators = "".join(SEPARATORS[separator] for separator, _ in page.units)
    units = _JOIN.join(unit for _, unit in page.units)
    return [page.title, page.headings, page.text, separators, units]


def _page(kept: list[Any]) -> PageText:
    title, headings, text, separators, units = kept
    split = units.split(_JOIN) if separators else []
    pairs = zip(map(_SEPARATOR_OF.__getitem__, separators), split, strict=True)
    return PageText(title, list(headings), text, list(pairs))


def _well_formed(kept: Any) -> bool:
    """An entry as `_entry` writes it (else the page is read from its HTML)."""
    if not (isinstance(kept, list) and len(kept) == 5):
        return False
    if not all(isinstance(value, str) for value in kept[2:]):
        return False
    title, headings, _, separators, units = kept
    return (
        isinstance(title, str)
        and isinstance(headings, list)
        and all(isinstance(heading, str) for heading in headings)
        and separators.strip("".join(_SEPARATOR_OF)) == ""
        and (units.count(_JOIN) + 1 if separators else 0) == len(separators)
    )


def write_remembered_index(build_dir: Path, lang: str, cache_dir: Path) -> None:
    """search_index.write_language_search_index, each page's text remembered in cache_dir."""
    texts = PageTexts(cache_file(cache_dir, lang))
    write_language_search_index(build_dir, lang, texts.read)
    texts.save()
