"""Turning localized values into safe Markdown/HTML fragments."""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from kazutb_transparency.core.i18n import TRANSLATION_PENDING, Localized
from kazutb_transparency.core.interface import catalog

_KAZAKH = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
_KAZAKH_LETTER = re.compile(f"[{_KAZAKH}]")
# A code or abbreviation written with Kazakh letters (ҚазТБУ-П/Р-ПАК-…, ІНҚ).
_CODE = rf"(?<![\w-])(?=[\w./-]*[{_KAZAKH}])[А-ЯЁа-яё{_KAZAKH}0-9][\w./-]*\w"
# A quotation of source text inside translated prose: on Russian pages one with letters
# only Kazakh uses, on English pages any Cyrillic one. One pass over quotes and codes, so
# that a code inside a quote is not marked twice.
_FOREIGN = {
    "ru": re.compile(rf"«(?P<q>[^«»]*[{_KAZAKH}][^«»]*)»|(?P<code>{_CODE})"),
    "en": re.compile(rf"[«“](?P<q>[^«»“”]*[А-яЁё{_KAZAKH}][^«»“”]*)[»”]|(?P<code>{_CODE})"),
}


# HTML's special characters, and those that start Markdown (and extension) syntax: links
# and footnotes [..](..), attribute lists {: …}, code, emphasis, tables, escapes. Written
# as character references in one pass, a data value can never become a link, an
# attribute or a tag.
_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
    | {c: f"&#{ord(c)};" for c in "|*_[]{}`\\~^!#"}
)


def esc(value: object) -> str:
    """HTML-escape a value; also neutralise characters Markdown would read as markup."""
    return str(value).translate(_ESCAPES)


def _mark(match: re.Match[str]) -> str:
    if match.group("code"):
        return f'<span lang="kk">{match.group("code")}</span>'
    quoted, whole = match.group("q"), match.group(0)
    # Kazakh-only letters say Kazakh; other Cyrillic quotes are read as Russian.
    lang = "kk" if _KAZAKH_LETTER.search(quoted) else "ru"
    return f'{whole[0]}<span lang="{lang}">{quoted}</span>{whole[-1]}'


def mark_kazakh(text: str, lang: str) -> str:
    """Mark Kazakh (or, on English pages, Russian) quotations and codes with their lang.

    Screen readers then switch voice, and the language checks know they are meant.
    """
    return _FOREIGN[lang].sub(_mark, text)


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_CYRILLIC_WORD = re.compile(rf"[А-яЁё{_KAZAKH}]{{2,}}")


def as_written(text: str, lang: str) -> str:
    """An escaped text kept in the language it was written in (a source, a licence name):
    on a Kazakh or Russian page an English text is marked lang="en" (codes inside it stay
    marked as Kazakh), so that a screen reader reads it with the right voice."""
    latin, cyrillic = len(_LATIN_WORD.findall(text)), len(_CYRILLIC_WORD.findall(text))
    if lang != "en" and latin > cyrillic:
        return f'<span lang="en">{_FOREIGN["en"].sub(_mark, text)}</span>'
    return text if lang == "kk" else mark_kazakh(text, lang)


BYTES = catalog("tables")["bytes"]


def tr(text: Localized, lang: str) -> str:
    """The text in `lang`; a missing translation shows the Kazakh text, marked as such."""
    value = getattr(text, lang)
    if value is not None:
        return _written(value, lang)
    pending = TRANSLATION_PENDING[lang]
    return (
        f'<span lang="kk">{esc(text.kk)}</span> '
        f'<small class="translation-pending">({esc(pending)})</small>'
    )


@lru_cache(maxsize=1 << 16)
def _written(value: str, lang: str) -> str:
    """A translation escaped and marked: the same labels (a cycle, a status) recur on every
    programme page, in thousands of table cells."""
    escaped = esc(value)
    return escaped if lang == "kk" else mark_kazakh(escaped, lang)


def bullet_list(items: Iterable[str]) -> str:
    """HTML items as a list, in the bytes Python-Markdown writes for a tight Markdown list:
    a raw block, which the stage lifts out (buildsteps/rawblocks.py) and no engine parses
    again (the open-data catalogue changes with every dataset: its lists were most of the
    Markdown an engine converted after an edit of the data)."""
    return "<ul>\n" + "".join(f"<li>{item}</li>\n" for item in items) + "</ul>"


def href(page: str, target: str, lang: str = "kk") -> str:
    """Relative URL from a generated page to a file at the site root (e.g. open data).

    `page` is the page's path inside its language folder ("processes/index.md"); the
    default language is published at the root, the others under /<lang>/.
    """
    depth = page.count("/") + (0 if lang == "kk" else 1)
    return "../" * depth + target


def page_path(page: str, target: str) -> str:
    """Relative path between two files of the same language folder ("a/b.md" → "../c/d.md").

    Both are paths inside the language folder, written without "." or ".." (a generated
    page's own address): the common folders are dropped, one "../" per folder left."""
    folders = page.split("/")[:-1]
    parts = target.split("/")
    common = 0
    while common < len(folders) and common < len(parts) - 1 and folders[common] == parts[common]:
        common += 1
    return "../" * (len(folders) - common) + "/".join(parts[common:])


def page_href(page: str, target: str) -> str:
    """Relative link between two pages of the same language ("a/b.md" → "../c/d.html")."""
    return page_path(page, target).removesuffix(".md") + ".html"


# The status column (register, accreditation, quality indicators, actions): shown first
# when a table is laid out as cards on a phone.
STATUS_HEADERS = frozenset({"Күйі", "Статус", "Status"})
# Below this width a table of three columns or more is a list of cards (site.css).
PHONE = "screen and (max-width: 44.9375em)"


def _plain(fragment: str) -> str:
    """A header as plain text: tags dropped, character references decoded."""
    return re.sub(r"<[^>]+>", "", html.unescape(fragment)).strip()


def _css_string(text: str) -> str:
    """A CSS string holding `text`: every character but letters, digits and spaces escaped,
    so nothing in it can end the string, the rule or the <style> element."""
    return '"' + "".join(c if c.isalnum() or c == " " else f"\\{ord(c):x} " for c in text) + '"'


def _card_labels(headers: list[str]) -> tuple[str, str]:
    """A class for tables with these headers and the phone-only rules that label each cell
    with its header (and put the status first): a few bytes per column, none per cell."""
    labels = [_plain(h) for h in headers]
    name = "cards-" + hashlib.sha1("\x1f".join(labels).encode()).hexdigest()[:8]
    rules = "".join(
        f".{name} td:nth-child({i})::before{{content:{_css_string(label)}}}"
        + (f".{name} td:nth-child({i}){{order:-1}}" if label in STATUS_HEADERS else "")
        for i, label in enumerate(labels, start=1)
    )
    return name, f"<style>@media {PHONE}{{{rules}}}</style>"


def table(headers: list[str], rows: list[list[str]], caption: str) -> str:
    """An accessible HTML table: caption and column headers, readable without JavaScript.

    A table of three columns or more is laid out as cards on a phone (site.css): each row
    a card, each cell labelled with its header, the status first. Cells are separated by
    white space, so that search snippets do not run them together.
    """
    head = " ".join(f'<th scope="col">{h}</th>' for h in headers)
    label = html.escape(_plain(caption), quote=True)
    body = "\n".join(
        "<tr>" + " ".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows
    )
    wrap, style = "table-wrap", ""
    if len(headers) >= 3:
        name, style = _card_labels(headers)
        wrap = f"table-wrap cards {name}"
    return (
        # A wide table scrolls on its own: keyboard users must be able to reach it.
        f'<div class="{wrap}" markdown="0" tabindex="0" role="region" aria-label="{label}">'
        f"{style}<table>\n<caption>{caption}</caption>\n"
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table></div>\n"
    )


DOWNLOAD_TABLE = catalog("tables")["download_table"]


# The datasets the build publishes (a dataset without a row is not published): set while the
# pages are generated, so that no page links to a table that is not there.
_LISTED: frozenset[str] | None = None


@contextmanager
def listed_datasets(names: frozenset[str] | None) -> Iterator[None]:
    global _LISTED
    outer, _LISTED = _LISTED, names
    try:
        yield
    finally:
        _LISTED = outer


def published_datasets(names: Iterable[str]) -> list[str]:
    """Those of `names` that the build publishes (all of them outside a build)."""
    return [name for name in names if _LISTED is None or name in _LISTED]


def dataset_links(page: str, datasets: str | Iterable[str], lang: str) -> str:
    """The "download this table" line linking a page to the open data behind it; none for
    a dataset that is not published."""
    names = published_datasets([datasets] if isinstance(datasets, str) else datasets)
    if not names:
        return ""
    links = " · ".join(
        f'<a href="{href(page, f"opendata/{name}.{fmt}", lang)}">{name}.{fmt}</a>'
        for name in names
        for fmt in ("csv", "json")
    )
    return f'<p class="dataset-links">{DOWNLOAD_TABLE[lang]}: {links}</p>\n'
