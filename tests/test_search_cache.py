"""Each page's search text remembered between builds by its bytes (buildsteps/search_cache.py):
the index is the same file for file, an edited page is read again, a foreign file is none."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from test_search_index import SITE, page, site

from kazutb_transparency.buildsteps import search_cache
from kazutb_transparency.buildsteps.search_cache import (
    PageTexts,
    cache_file,
    write_remembered_index,
)
from kazutb_transparency.buildsteps.search_index import (
    page_text,
    term_folder,
    write_language_search_index,
)

LANGUAGES = ("kk", "ru", "en")


def files_of(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def indexed(tmp_path: Path, name: str, pages: dict[str, str], cache: Path | None) -> Path:
    """A small built site with each language's index written, remembering in `cache`."""
    root = site(tmp_path / name, pages)
    for lang in LANGUAGES:
        if cache is None:
            write_language_search_index(root, lang)
        else:
            write_remembered_index(root, lang, cache)
    return root


def test_the_index_is_the_same_with_the_cache_empty_or_full(tmp_path: Path) -> None:
    plain = files_of(indexed(tmp_path, "plain", SITE, None))
    cache = tmp_path / "cache"
    first = files_of(indexed(tmp_path, "first", SITE, cache))
    assert cache_file(cache, "kk").is_file()
    second = files_of(indexed(tmp_path, "second", SITE, cache))
    assert plain == first == second
    assert len(plain) > len(SITE) + 1  # the indexes were written


def test_a_remembered_page_reads_as_it_was_read(tmp_path: Path) -> None:
    root = site(tmp_path, SITE)
    file = cache_file(tmp_path / "cache", "ru")
    texts = PageTexts(file)
    texts.read(root / "ru/quality.html")
    texts.save()
    again = PageTexts(file)
    assert again.known  # read from the file, not from the page
    assert again.read(root / "ru/quality.html") == page_text(SITE["ru/quality.html"])


def test_an_edited_page_is_read_anew(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    indexed(tmp_path, "before", SITE, cache)
    edited = {**SITE, "en/index.html": page("Home", "<p>Accreditation renewed.</p>", "en")}
    after = indexed(tmp_path, "after", edited, cache)
    assert files_of(after) == files_of(indexed(tmp_path, "plain", edited, None))
    pages = json.loads(cache_file(cache, "en").read_bytes())["pages"]
    assert any("Accreditation renewed." in kept[2] for kept in pages.values())
    assert not any("Corrective" in kept[2] for kept in pages.values())  # the old one is gone


def test_the_file_keeps_only_the_pages_of_the_last_build(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    indexed(tmp_path, "before", SITE, cache)
    fewer = {path: html for path, html in SITE.items() if path != "quality.html"}
    indexed(tmp_path, "after", fewer, cache)
    pages = json.loads(cache_file(cache, "kk").read_bytes())["pages"]
    assert len(pages) == 1  # index.html; the lists, search and site index are not read
    assert not any("Сапа" in kept[0] for kept in pages.values())


def test_a_broken_or_foreign_file_is_an_empty_cache(tmp_path: Path, monkeypatch) -> None:
    cache = tmp_path / "cache"
    plain = files_of(indexed(tmp_path, "plain", SITE, None))
    cache.mkdir()
    cache_file(cache, "kk").write_text("{not json", encoding="utf-8")
    foreign = {"format": search_cache.FORMAT, "fingerprint": "another", "pages": {}}
    cache_file(cache, "ru").write_text(json.dumps(foreign), encoding="utf-8")
    assert files_of(indexed(tmp_path, "broken", SITE, cache)) == plain
    assert PageTexts(cache_file(cache, "kk")).known  # written anew, readable
    # A well-formed file under another fingerprint (other reading code) is not used.
    monkeypatch.setattr(search_cache, "fingerprint", lambda: "other code")
    assert PageTexts(cache_file(cache, "kk")).known == {}


def test_an_entry_of_another_shape_is_read_from_the_page(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    root = indexed(tmp_path, "first", SITE, cache)
    file = cache_file(cache, "en")
    body = json.loads(file.read_bytes())
    body["pages"] = {key: ["title", "not a list", 3, []] for key in body["pages"]}
    file.write_text(json.dumps(body), encoding="utf-8")
    assert PageTexts(file).known == {}
    shutil.rmtree(term_folder(root))
    assert files_of(indexed(tmp_path, "again", SITE, cache)) == files_of(
        indexed(tmp_path, "plain", SITE, None)
    )
