"""Turning localized values into safe Markdown/HTML fragments."""

from __future__ import annotations

import html
import re

from kazutb_transparency.i18n import TRANSLATION_PENDING, Localized

# A «quotation» of source text inside translated prose: on Russian pages one with letters
# only Kazakh uses, on English pages any Cyrillic one.
_QUOTE = {
    "ru": re.compile(r"«([^«»]*[әғқңөұүһіӘҒҚҢӨҰҮҺІ][^«»]*)»"),
    "en": re.compile(r"«([^«»]*[А-яЁёӘҒҚҢӨҰҮҺІәғқңөұүһі][^«»]*)»"),
}
# Codes and abbreviations written with Kazakh letters (ҚазТБУ-П/Р-ПАК-…, ІНҚ).
_KAZAKH_CODE = re.compile(
    r"(?<![\w-])(?=[\w./-]*[әғқңөұүһіӘҒҚҢӨҰҮҺІ])[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі0-9][\w./-]*[\w]"
)


def esc(value: object) -> str:
    """HTML-escape a value; also neutralise characters Markdown would read as markup."""
    text = html.escape(str(value), quote=True)
    return text.replace("|", "&#124;").replace("*", "&#42;").replace("_", "&#95;")


def mark_kazakh(text: str, lang: str) -> str:
    """Mark Kazakh quotations and codes inside escaped ru/en text with lang="kk".

    Screen readers then switch voice, and the language checks know they are meant.
    """
    text = _QUOTE[lang].sub(lambda m: f'«<span lang="kk">{m.group(1)}</span>»', text)
    return _KAZAKH_CODE.sub(lambda m: f'<span lang="kk">{m.group(0)}</span>', text)


def tr(text: Localized, lang: str) -> str:
    """The text in `lang`; a missing translation shows the Kazakh text, marked as such."""
    if text.has(lang):
        value = esc(text.get(lang))
        return value if lang == "kk" else mark_kazakh(value, lang)
    pending = TRANSLATION_PENDING[lang]
    return (
        f'<span lang="kk">{esc(text.kk)}</span> '
        f'<small class="translation-pending">({esc(pending)})</small>'
    )


def pick(labels: dict[str, str], lang: str) -> str:
    """A fixed interface label (from code, always complete) in `lang`."""
    return labels[lang]


def href(page: str, target: str, lang: str = "kk") -> str:
    """Relative URL from a generated page to a file at the site root (e.g. open data).

    `page` is the page's path inside its language folder ("processes/index.md"); the
    default language is published at the root, the others under /<lang>/.
    """
    depth = page.count("/") + (0 if lang == "kk" else 1)
    return "../" * depth + target


def table(headers: list[str], rows: list[list[str]], caption: str) -> str:
    """An accessible HTML table: caption and column headers, readable without JavaScript."""
    head = "".join(f'<th scope="col">{h}</th>' for h in headers)
    body = "\n".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        f'<div class="table-wrap" markdown="0"><table>\n<caption>{caption}</caption>\n'
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table></div>\n"
    )
