"""The search index: one per language, in small files, so that a query fetches only its part.

Runs on the built HTML once every language is rendered (engine-independent: any generator
that writes the pages can call it). For each language, under its root (`search/`,
`ru/search/`, `en/search/`):

- `manifest.json`: the folding table, the token pattern and the query endings of the
  language (buildsteps/search_text.py), and the list of term files by the first letters
  of their terms;
- `terms/<hash>.json` (one folder for every language, at the site's root: the manifest
  says where): folded word -> [page, weight, block, …] for the words starting
  with those letters, each file at most about SHARD_LIMIT bytes (a crowded prefix is split
  on one more letter); named by its content (NAME_CHARS of its sha256), so that an edit
  renames only the term files whose content it changed;
- `text/<page>-<block>.json`: the page's address, title and one block of its snippet text
  (its text without the site's boilerplate and without what the page repeats, see
  snippet_texts), for the result's snippet (a result fetches the block where the query's
  word first appears).

The search page (docs/kk/assets/kazutb-search.js) fetches the manifest, the term files of
the query's words and one text block per result shown: never the whole index.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from fnmatch import fnmatch
from html import unescape
from html.parser import HTMLParser
from itertools import chain
from pathlib import Path

from kazutb_transparency.buildsteps.search_text import FOLD, MIN_STEM, TOKEN_JS, endings, tokens
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.i18n import DEFAULT_LANGUAGE, LANGUAGES
from kazutb_transparency.core.letters import in_letters

FOLDER = "search"
SCRIPT = "assets/kazutb-search.js"  # the search code, published from docs/kk/assets/
SHARD_LIMIT = 24_000  # bytes of a term file before its prefix is split on one more letter
BLOCK = 1_200  # characters of text per snippet block
MAX_KEY = 6
NAME_CHARS = 16  # hex digits of a term file's sha256 in its name, written as letters
# Pages with nothing to find: the A–Z lists (every title, or every programme again), the
# comparison sorted by each column (the comparison itself is indexed: one result, not one
# per order), the search page itself and the not-found page.
EXCLUDED = ("404.html", "site-index*.html", "search.html", "a-z-*.html", "compare-by-*.html")
# A word in the title outweighs any count in the text, which adds at most MAX_COUNT.
TITLE_WEIGHT, HEADING_WEIGHT, MAX_COUNT = 20, 5, 10
CELL_END = " · "  # keeps table cells apart in snippets
# Where the parsers found the end of a block or of a cell: turned into a space or CELL_END
# in the page's text, and the places where its text is cut into units for the snippets.
BLOCK_MARK, CELL_MARK = "\x00", "\x01"
# A unit of text (a block, a cell, a sentence) found on this many pages of a language is
# the site's boilerplate (a notice, a column's label, a survey's name): its words find each
# of those pages, but no snippet shows it. Measured on the large site: units on 20 pages or
# more are a sixth of the text, units a page repeats (the column values of every row)
# another third.
COMMON_PAGES = 20
# Pages that list other pages' rows (the catalogue and its filtered lists, the comparison,
# the news by year): indexed by their title and headings only, so that a row's words find
# the row's own page (a programme, a news item), not every list that repeats it.
_LISTING = re.compile(r'class="(?:[^"]*\s)?(?:catalogue-filter|compare-table|news-list)[\s"]')
# Not text of the page: code, and the breadcrumb (its trail repeats the section names).
_SKIPPED = frozenset({"script", "style", "svg", "template", "button", "nav"})
# Nor the banners the pages share (a snippet is the article's own text): the heading's
# anchor, the provenance notice and legend, and warning boxes (demonstration data, a
# translation pending).
_BANNER_CLASSES = frozenset(
    {
        "headerlink",
        "sample-notice",
        "prov-notice",
        "prov-legend",
        "prov-legend-title",
        "demo-notice",
    }
)
_WARNING_BOXES = frozenset({"warning", "danger"})
# Substrings of a tag's attributes without which it names none of those classes.
_BANNER_HINTS = ("headerlink", "notice", "prov-legend", "admonition", "&")
_BLOCKS = frozenset({"p", "li", "dt", "dd", "div", "section", "tr", "br", "figcaption",
                     "caption", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
                     "blockquote", "details", "summary", "pre"})  # fmt: skip
_VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "wbr", "col", "source"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CELLS = frozenset({"td", "th"})


@dataclass
class PageText:
    title: str = ""
    headings: list[str] = field(default_factory=list)
    text: str = ""
    # The text in units for the snippets: (what separates it from the unit before, unit).
    units: list[tuple[str, str]] = field(default_factory=list)


class _ArticleText(HTMLParser):
    """The text of a page's <article>: its first <h1> as title, headings, and the rest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # open elements inside the article
        self.skip = 0  # depth at which a skipped element opened (0: none)
        self.heading: list[str] | None = None
        self.in_title = False  # inside the first <h1>
        self.parts: list[str] = []
        self.page = PageText()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0:
            if tag == "article":
                self.depth = 1
            return
        if tag in _VOID:
            if tag == "br":
                self.parts.append(BLOCK_MARK)
            return
        self.depth += 1
        classes = (dict(attrs).get("class") or "").split()
        if not self.skip and (tag in _SKIPPED or _is_banner(classes)):
            self.skip = self.depth
        if tag in _HEADINGS and not self.skip:
            self.heading = []
            # The title is the result's title: the text (and its snippets) starts after it.
            self.in_title = tag == "h1" and not self.page.title
        if tag in _BLOCKS:
            self.parts.append(BLOCK_MARK)

    def handle_endtag(self, tag: str) -> None:
        if self.depth == 0 or tag in _VOID:
            return
        if self.skip == self.depth:
            self.skip = 0
        self.depth -= 1
        if tag in _CELLS and not self.skip:
            self.parts.append(CELL_MARK)
        elif tag in _BLOCKS:
            self.parts.append(BLOCK_MARK)
        if tag in _HEADINGS and self.heading is not None:
            text = " ".join("".join(self.heading).split())
            if tag == "h1" and not self.page.title:
                self.page.title = text
            else:
                self.page.headings.append(text)
            self.heading = None
            self.in_title = False

    def handle_data(self, data: str) -> None:
        if self.depth == 0 or self.skip:
            return
        if not self.in_title:
            self.parts.append(data)
        if self.heading is not None:
            self.heading.append(data)

    def result(self) -> PageText:
        return _finished(self.page, self.parts)


def _finished(page: PageText, parts: list[str]) -> PageText:
    """The page with its text (the parts read, spaces made one) and its units."""
    raw = "".join(parts)
    page.text = _tidy(raw.replace(BLOCK_MARK, " ").replace(CELL_MARK, CELL_END))
    page.units = _units(raw)
    return page


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    # A cell mark after an empty cell or at a row's end reads as noise: keep one.
    while "· ·" in text:
        text = text.replace("· ·", "·")
    return text.strip(" ·")


_MARKS = re.compile(f"([{BLOCK_MARK}{CELL_MARK}]+)")
# A sentence ends after a word of two letters or digits at least: not after an initial
# («Л.К. Тажибаева» stays one unit) nor an abbreviation of one letter («2026 г.»).
_SENTENCE_END = re.compile(r"(?<=\w\w[.!?])\s+")


def _units(raw: str) -> list[tuple[str, str]]:
    """The blocks, cells and sentences of a page's raw text, each with what separates it
    from the one before (CELL_END after a cell, else a space)."""
    pieces = _MARKS.split(raw)
    units: list[tuple[str, str]] = []
    for index in range(0, len(pieces), 2):
        piece = " ".join(pieces[index].split())
        if not piece:
            continue
        after_cell = index > 0 and CELL_MARK in pieces[index - 1]
        for number, sentence in enumerate(_SENTENCE_END.split(piece)):
            units.append((CELL_END if after_cell and number == 0 else " ", sentence))
    return units


def snippet_texts(pages: list[PageText]) -> list[str]:
    """The text kept for each page's snippets: its units without those on COMMON_PAGES
    pages or more, and without those whose every word an earlier unit kept already has.
    So every word of a page's text is in its snippet text but the boilerplate's; the
    index still finds the page by every word of its text (_postings reads it all).
    Where units were left out, the next one kept follows CELL_END: two words that the page
    keeps apart are never written side by side (an initial and a capitalised word would
    read as a person's name to the personal-data gate)."""
    on_pages = Counter(unit for page in pages for unit in {unit for _, unit in page.units})
    snippets = []
    for page in pages:
        seen: set[str] = set()
        kept = []
        left_out = False
        for separator, unit in page.units:
            if on_pages[unit] >= COMMON_PAGES:  # its words are not read
                left_out = True
                continue
            words = set(tokens(unit))
            if words <= seen:
                left_out = True
                continue
            seen |= words
            kept.append((CELL_END if left_out else separator) + unit)
            left_out = False
        snippets.append(_tidy("".join(kept)))
    return snippets


# The theme writes the page's content in this element, once; the parser reads from it on
# (nothing before it counts), not the header, sidebars and scripts before it.
_CONTENT = '<article class="md-content__inner'


def page_text(html: str) -> PageText:
    start = html.find(_CONTENT)
    html = html[start:] if start != -1 and html.count(_CONTENT) == 1 else html
    page = _read_in_one_pass(html)
    if page is None:
        parser = _ArticleText()
        parser.feed(html)
        parser.close()
        page = parser.result()
    if _LISTING.search(html):
        page.text, page.units = "", []
    return page


# The markup the engines write, in one regular expression: a comment, a tag (its attributes
# may quote ">"), or text. Anything else ("<!DOCTYPE", "<?", a "<" that starts no tag) sends
# the page to the standard library's parser, which reads any HTML.
# (Written as runs between quoted values, not one character at a time: the same matches,
# found in half the time.)
_ATTRIBUTES = r"""([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)"""
_PIECES = re.compile(rf"<!--.*?-->|<(/?)([a-zA-Z][^\s/>]*){_ATTRIBUTES}>|([^<]+)|(<)", re.DOTALL)
# The content of <script> and <style> is text up to their end tag, never markup; no handler
# reads it (both are skipped), so it is cut out before the page is taken apart.
_RAW_TEXT = re.compile(rf"(<(script|style)\b{_ATTRIBUTES}>).*?(?=</\2)", re.DOTALL | re.IGNORECASE)
# What html.lower().count("<script") + …count("<style") counts (no letter outside ASCII
# lower-cases to one of theirs), without lower-casing the page: a fifth of the reading.
_RAW_TEXT_START = re.compile(r"<[sS](?:[cC][rR][iI][pP][tT]|[tT][yY][lL][eE])")


def _read_in_one_pass(html: str) -> PageText | None:
    """What _ArticleText reads from `html`, found by one regular expression and the same
    rules, written out in one loop (its handlers cost a call per tag: a large site's pages
    have half a million); None if the page holds markup the expression does not take apart
    as html.parser would."""
    raw = [m.group(3) for m in _RAW_TEXT.finditer(html)]
    if any(attributes.rstrip().endswith("/") for attributes in raw):
        return None  # a self-closed <script/>: no text follows it as its content
    html = _RAW_TEXT.sub(r"\1", html) if raw else html
    if len(_RAW_TEXT_START.findall(html)) != len(raw):
        return None  # one without its end tag: its content runs to the end of the page
    page = PageText()
    parts: list[str] = []
    append = parts.append
    heading: list[str] | None = None
    in_title = False  # inside the first <h1>: the title, not the text
    depth = 0  # open elements inside the article
    skip = 0  # depth at which a skipped element opened (0: none)
    for closing, name, attributes, text, stray in _PIECES.findall(html):
        if text:  # as _ArticleText.handle_data
            if depth and not skip:
                text = unescape(text) if "&" in text else text
                if not in_title:
                    append(text)
                if heading is not None:
                    heading.append(text)
            continue
        if not name:
            if stray:
                return None
            continue  # a comment
        tag = name.lower()
        if not closing:  # as _ArticleText.handle_starttag
            if depth == 0:
                if tag != "article":
                    continue
                depth = 1
            elif tag in _VOID:
                if tag == "br":
                    append(BLOCK_MARK)
                continue  # a void element has no end
            else:
                depth += 1
                if not skip and (tag in _SKIPPED or _banner(name, attributes)):
                    skip = depth
                if tag in _HEADINGS and not skip:
                    heading = []
                    in_title = tag == "h1" and not page.title
                if tag in _BLOCKS:
                    append(BLOCK_MARK)
            if not _self_closed(name, attributes):
                continue
        elif attributes.strip():
            return None
        # The end of an element (or a self-closed one), as _ArticleText.handle_endtag.
        if depth == 0 or tag in _VOID:
            continue
        if skip == depth:
            skip = 0
        depth -= 1
        if tag in _CELLS and not skip:
            append(CELL_MARK)
        elif tag in _BLOCKS:
            append(BLOCK_MARK)
        if tag in _HEADINGS and heading is not None:
            said = " ".join("".join(heading).split())
            if tag == "h1" and not page.title:
                page.title = said
            else:
                page.headings.append(said)
            heading = None
            in_title = False
    return _finished(page, parts)


class _OneTag(HTMLParser):
    """html.parser's own reading of one start tag: its attributes, and whether it closes
    itself. Asked only for the few tags whose reading a pattern cannot settle."""

    def __init__(self, name: str, attributes: str) -> None:
        super().__init__(convert_charrefs=True)
        self.attrs: list[tuple[str, str | None]] = []
        self.closed = False
        self.feed(f"<{name}{attributes}>")
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attrs = attrs

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attrs, self.closed = attrs, True


# Attributes as the engines write them: each a plain name, "=", a double-quoted value
# without entities. html.parser reads these as written, so they need not be handed to it.
_PLAIN_ATTRIBUTES = re.compile(r'(?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*="[^"&]*")*\s*')
_PLAIN_ATTRIBUTE = re.compile(r'\s+([^\s=]+)="([^"]*)"')


def _is_banner(classes: list[str]) -> bool:
    """Whether an element with these classes is an anchor or a banner, not the article's
    own text."""
    names = set(classes)
    return bool(names & _BANNER_CLASSES) or ("admonition" in names and bool(names & _WARNING_BOXES))


def _banner(name: str, attributes: str) -> bool:
    """Whether the tag's class, as html.parser reads it (the last class attribute, entities
    decoded), names an anchor or a banner; a tag that cannot name one is not read."""
    if not any(hint in attributes for hint in _BANNER_HINTS):
        return False
    if _PLAIN_ATTRIBUTES.fullmatch(attributes):
        attrs = [(key.lower(), value) for key, value in _PLAIN_ATTRIBUTE.findall(attributes)]
    else:
        attrs = _OneTag(name, attributes).attrs
    return _is_banner((dict(attrs).get("class") or "").split())


def _self_closed(name: str, attributes: str) -> bool:
    """Whether html.parser reads the tag as closing itself: `<div/>` does, `<a href=/x/>`
    does not (its value is "/x/")."""
    if not attributes.endswith("/"):
        return False
    # A slash alone, after a space or after plain attributes: settled without asking.
    return (
        attributes == "/"
        or attributes[-2].isspace()
        or _PLAIN_ATTRIBUTES.fullmatch(attributes, 0, len(attributes) - 1) is not None
        or _OneTag(name, attributes).closed
    )


def language_pages(build_dir: Path, lang: str, languages: Iterable[str]) -> tuple[Path, list[str]]:
    """The root of `lang` in the built site and its pages to index (paths from that root)."""
    others = tuple(f"{other}/" for other in languages if other != DEFAULT_LANGUAGE)
    root = build_dir if lang == DEFAULT_LANGUAGE else build_dir / lang
    pages = []
    for path in sorted(root.rglob("*.html")):
        relative = path.relative_to(root).as_posix()
        if lang == DEFAULT_LANGUAGE and relative.startswith(others):
            continue
        if any(fnmatch(path.name, pattern) for pattern in EXCLUDED):
            continue
        pages.append(relative)
    return root, pages


# Initials ("Л.К.", "L. K."): a block never ends on them, so that a name published in full
# ("Аты-жөні Л.К. Байболова") is never cut into a label and initials that read as another name.
_INITIALS_BEFORE = re.compile(r"(?:^|\s)(?:\w\.\s?){1,3}$")


def blocks_of(text: str) -> list[str]:
    """The text cut into blocks of about BLOCK characters, at spaces (never after initials)."""
    blocks, start = [], 0
    while start < len(text):
        end = min(len(text), start + BLOCK)
        if end < len(text):
            space = text.rfind(" ", start + BLOCK // 2, end)
            while space > 0 and _INITIALS_BEFORE.search(text, start, space):
                space = text.rfind(" ", start + BLOCK // 2, space)
            end = space if space > 0 else end
        blocks.append(text[start:end].strip())
        start = end
    return blocks or [""]


def _postings(
    pages: list[tuple[str, PageText]], snippets: list[str] | None = None
) -> dict[str, list[int]]:
    """folded word -> [page, weight, block, …], pages in order. The weight: TITLE_WEIGHT
    per word of the title, HEADING_WEIGHT per heading, plus its count in the text (at most
    MAX_COUNT); the block: where the page's snippet text (its text if none given) first has
    it (0 if it has it not).

    Words are counted a page at a time by Counter and dict (in C); only each page's distinct
    words cost a step in Python, not each of its words (a large site's pages have half a
    million). The words come in the order the page first has them (title, headings, text),
    and the term files list them in that order."""
    found: dict[str, list[int]] = {}
    for number, (_, page) in enumerate(pages):
        title = Counter(tokens(page.title))
        headings = Counter(word for heading in page.headings for word in tokens(heading))
        blocks = [tokens(text) for text in blocks_of(page.text)]
        in_text = Counter(chain.from_iterable(blocks))
        if snippets is not None:
            blocks = [tokens(text) for text in blocks_of(snippets[number])]
        first: dict[str, int] = {}
        for block in range(len(blocks) - 1, -1, -1):  # the earliest block written last
            first.update(dict.fromkeys(blocks[block], block))
        for word in dict.fromkeys(chain(title, headings, in_text)):
            weight = (
                title.get(word, 0) * TITLE_WEIGHT
                + headings.get(word, 0) * HEADING_WEIGHT
                + min(in_text.get(word, 0), MAX_COUNT)
            )
            posting = found.get(word)
            if posting is None:
                found[word] = posting = []
            posting += (number, weight, first.get(word, 0))
    return found


def _size(words: dict[str, list[int]]) -> int:
    return len(json.dumps(words, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def shards(postings: dict[str, list[int]], length: int = 2) -> dict[str, dict[str, list[int]]]:
    """Term files by prefix: words grouped on their first `length` letters, a group over
    SHARD_LIMIT split again on one more letter (a word shorter than that stays)."""
    groups: dict[str, dict[str, list[int]]] = defaultdict(dict)
    for word, flat in postings.items():
        groups[word[:length]][word] = flat
    out: dict[str, dict[str, list[int]]] = {}
    for key, words in groups.items():
        if length < MAX_KEY and len(words) > 1 and _size(words) > SHARD_LIMIT:
            kept = {w: f for w, f in words.items() if len(w) <= length}
            if kept:
                out[key] = kept
            out.update(shards({w: f for w, f in words.items() if len(w) > length}, length + 1))
        else:
            out[key] = words
    return out


def _dump(path: Path, value: object) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")), "utf-8")


def _dump_named(folder: Path, value: object) -> str:
    """Write `value` as `folder`/<hash of its bytes>.json; returns the name without .json.

    The languages' indexes are written by processes of their own into one folder, and two
    may write the same file at once: each writes a temporary file and renames it, so that
    a reader (or the other writer) never finds a file half written."""
    data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    name = in_letters(hashlib.sha256(data).hexdigest()[:NAME_CHARS])
    path = folder / f"{name}.json"
    if not path.is_file():
        handle, temporary = tempfile.mkstemp(prefix=f".{name}-", suffix=".tmp", dir=folder)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    return name


def term_folder(build_dir: Path) -> Path:
    """The term files of every language, in one folder at the site's root: a term file
    that two languages share (codes, numbers, names in Latin letters) is published once."""
    return build_dir / FOLDER / "terms"


def read_page(path: Path) -> PageText:
    """What the index reads of a built page."""
    return page_text(path.read_text(encoding="utf-8"))


def write_language_index(
    root: Path,
    lang: str,
    pages: list[str],
    terms: Path | None = None,
    read: Callable[[Path], PageText] = read_page,
) -> dict[str, int]:
    """Write `root`/search/ for one language, its term files in `terms` (the site's shared
    folder; `root`/search/terms if none); returns its figures (pages, term files). `read`:
    what the index reads of a page (read_page, or the same remembered, search_cache.py)."""
    texts = [(url, read(root / url)) for url in pages]
    folder = root / FOLDER
    terms = terms or folder / "terms"
    for old in (folder / "text", folder / "terms"):
        if old.exists() and old != terms:  # the shared folder holds other languages' files
            shutil.rmtree(old)
    (folder / "text").mkdir(parents=True)
    terms.mkdir(parents=True, exist_ok=True)
    snippets = snippet_texts([page for _, page in texts])
    for number, ((url, page), snippet) in enumerate(zip(texts, snippets, strict=True)):
        for block, text in enumerate(blocks_of(snippet)):
            _dump(folder / "text" / f"{number}-{block}.json",
                  {"u": url, "t": page.title or url, "x": text})  # fmt: skip
    term_files = shards(_postings(texts, snippets))
    keys = {key: _dump_named(terms, term_files[key]) for key in sorted(term_files)}
    _dump(
        folder / "manifest.json",
        {
            "version": 1,
            "lang": lang,
            "pages": len(texts),
            "fold": FOLD,
            "token": TOKEN_JS,
            "endings": list(endings(lang)),
            "min_stem": MIN_STEM,
            # Where the term files are, from this folder (the search page adds the name).
            "term_folder": Path(os.path.relpath(terms, folder)).as_posix() + "/",
            "terms": keys,
        },
    )
    return {"pages": len(texts), "term_files": len(keys)}


def write_language_search_index(
    build_dir: Path, lang: str, read: Callable[[Path], PageText] = read_page
) -> None:
    """The index of one language, once its pages are in `build_dir` (buildsteps/render.py;
    the build folder is new, so the shared term folder holds no file of an earlier build)."""
    root, pages = language_pages(build_dir, lang, LANGUAGES)
    if root.is_dir():
        write_language_index(root, lang, pages, term_folder(build_dir), read)


def check_search_code(build_dir: Path) -> None:
    """Refuses a build whose search code is missing: the index alone would give a search
    page that never answers."""
    if not (build_dir / SCRIPT).is_file():
        raise DataError(
            [
                Problem(
                    SCRIPT,
                    "the search code is missing from the built site, so search would not work",
                    hint="restore docs/kk/assets/kazutb-search.js (git checkout) and build again",
                )
            ]
        )


def write_search_indexes(build_dir: Path, languages: Iterable[str]) -> None:
    """One index per language under its root in `build_dir` (the default language's at
    the site's root)."""
    check_search_code(build_dir)
    languages = list(languages)
    terms = term_folder(build_dir)
    if terms.exists():  # an earlier index's files: those still used are written again
        shutil.rmtree(terms)
    for lang in languages:
        root, pages = language_pages(build_dir, lang, languages)
        if root.is_dir():
            write_language_index(root, lang, pages, terms)
