"""What the search page does with a query, in Python, over a built index: the term files it
fetches, the pages it finds, and the bytes it downloads (docs/kk/assets/kazutb-search.js
does the same in the browser, with the rules the manifest gives it)."""

from __future__ import annotations

import json
from pathlib import Path

from kazutb_transparency.buildsteps.search_index import SCRIPT
from kazutb_transparency.buildsteps.search_text import stem, tokens

SHOWN = 10  # results the page shows at first, one text block each


def manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def term_files(folder: Path, stem_: str) -> list[Path]:
    said = manifest(folder)
    keys, terms = said["terms"], folder / said["term_folder"]
    return [
        terms / f"{number}.json"
        for key, number in keys.items()
        if key.startswith(stem_) or stem_.startswith(key)
    ]


def query_words(query: str, lang: str) -> dict[str, str]:
    return {word: stem(word, lang) for word in tokens(query) if len(word) >= 2}


def matches(folder: Path, word: str, stem_: str) -> dict[int, tuple[int, int]]:
    pages: dict[int, tuple[int, int]] = {}
    for path in term_files(folder, stem_):
        for term, flat in json.loads(path.read_text(encoding="utf-8")).items():
            if not term.startswith(stem_):
                continue
            exact = 2 if term == word else 1
            for i in range(0, len(flat), 3):
                score = flat[i + 1] * exact
                if flat[i] not in pages or pages[flat[i]][0] < score:
                    pages[flat[i]] = (score, flat[i + 2])
    return pages


def search(folder: Path, query: str, lang: str) -> list[tuple[int, int]]:
    """(page, block) of every result, best first: every word on the page (AND)."""
    per_word = [matches(folder, w, s) for w, s in query_words(query, lang).items()]
    if not per_word:
        return []
    rarest = min(per_word, key=len)
    found = [p for p in rarest if all(p in pages for pages in per_word)]
    scored = sorted(found, key=lambda p: (-sum(pages[p][0] for pages in per_word), p))
    return [(page, rarest[page][1]) for page in scored]


def urls(folder: Path, query: str, lang: str) -> list[str]:
    return [
        json.loads((folder / "text" / f"{page}-{block}.json").read_text("utf-8"))["u"]
        for page, block in search(folder, query, lang)
    ]


def query_bytes(site: Path, folder: Path, query: str, lang: str) -> int:
    """Bytes the first query downloads: the search code, the manifest, the term files of
    its words and the text blocks of the results shown."""
    files = {site / SCRIPT, folder / "manifest.json"}
    for stem_ in query_words(query, lang).values():
        files.update(term_files(folder, stem_))
    for page, block in search(folder, query, lang)[:SHOWN]:
        files.add(folder / "text" / f"{page}-{block}.json")
    return sum(path.stat().st_size for path in files)
