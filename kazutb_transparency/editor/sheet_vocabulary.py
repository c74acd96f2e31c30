"""Headings and values as offices write them, in Kazakh, Russian or English.

A column is recognised by the heading the template writes in any of the three languages
(`column.<name>` of the catalog), by the other spellings the catalog lists for it
(`aliases.<name>`, separated by `|`), or by its field name (`fee`, `academic_year`).
Headings are compared without case, extra spaces, full stops, `ё` or a trailing colon, and,
failing that, without a unit at the end ("Төлем (₸)", "Fee [KZT]", "Стоимость, тг"). A closed
or reference column's value written by name is read as its code in sheet_names.py.
"""

from __future__ import annotations

import re
from functools import cache

from kazutb_transparency.applicants.models import GROUP_ID
from kazutb_transparency.core.i18n import LANGUAGES
from kazutb_transparency.disclosures.common import PROGRAMME_CODE
from kazutb_transparency.editor.sheet_kinds import Kind
from kazutb_transparency.editor.sheet_text import T

# A unit at the end of a heading: "Төлем (₸)", "Fee [KZT]", "Стоимость, тг".
_UNIT = re.compile(r"\s*(?:[(\[][^()\[\]]*[)\]]|,[^,]{1,15})$")
# Programme and group codes typed with Cyrillic letters that look like the Latin ones.
# (By code point: the letters are not text of the interface, tests/test_kazakh_in_python.py.)
_LOOKALIKES = {0x0412: "B", 0x041C: "M", 0x0414: "D", 0x0432: "B", 0x043C: "M", 0x0434: "D"}
CODES = {"programme": re.compile(PROGRAMME_CODE), "group": re.compile(GROUP_ID)}
# An academic year as offices write it: 2026-2027, 2026–2027, 2026/2027, 2026 - 2027.
_ACADEMIC_YEAR = re.compile(r"(\d{4})\s*[-‐–—/]\s*(\d{4})")


def normal(text: object) -> str:
    """A heading or a value as it is compared."""
    # Full stops go: offices shorten words ("Ед. изм.", "Мин. балл") as they please.
    folded = str(text).replace("_", " ").replace(".", " ").casefold().replace("ё", "е")
    folded = re.sub(r"\s*([)\]])", r"\1", re.sub(r"([(\[])\s*", r"\1", " ".join(folded.split())))
    return folded.rstrip(" :*")  # the asterisk of a required column


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


@cache
def _names(kind: Kind) -> tuple[dict[str, str], dict[str, str]]:
    """({heading: column}, {heading without its bracketed unit: column}) of a kind; a
    shortened heading two columns share (source (kk), source (ru)) is left out."""
    exact: dict[str, str] = {}
    for column in kind.columns():
        spellings = [column]
        for lang in LANGUAGES:
            spellings.append(T[f"column.{column}"][lang])
            spellings += _split(T[f"aliases.{column}"][lang])
        for spelling in spellings:
            exact.setdefault(normal(spelling), column)
    short: dict[str, str | None] = {}
    for spelling, column in exact.items():
        shortened = _UNIT.sub("", spelling)
        if shortened != spelling:
            short[shortened] = column if short.get(shortened, column) == column else None
    return exact, {k: v for k, v in short.items() if v is not None}


def column_of(kind: Kind, heading: object) -> str | None:
    """The column a heading names, or None."""
    if heading is None or not str(heading).strip():
        return None
    exact, short = _names(kind)
    text = normal(heading)
    bare = normal(_UNIT.sub("", text))
    return exact.get(text) or exact.get(bare) or short.get(text) or short.get(bare)


@cache
def ignored_headings() -> frozenset[str]:
    """Headings of columns an office keeps beside the data (row numbers, notes)."""
    return frozenset(
        normal(part) for lang in LANGUAGES for part in _split(T["ignored_headers"][lang])
    )


def kind_named(file_name: str, kinds: list[str]) -> str | None:
    """The kind a file's name says, in English (fees-2027.xlsx) or in the kind's title in
    any language ("Оқу ақысы 2027.xlsx", "Стоимость обучения.csv")."""
    name = normal(file_name)
    for kind in kinds:
        titles = [kind] + [T[f"kind.{kind}"][lang] for lang in LANGUAGES]
        if any(normal(title) in name for title in titles):
            return kind
    return None


def heading(column: str, lang: str) -> str:
    """The heading the template writes for a column."""
    return T[f"column.{column}"][lang]


def value_of(column: str, value: object) -> object:
    """A cell's value as the data keeps it: a programme or group code's Cyrillic look-alike
    letters read as the Latin ones, an academic year with a dash or a slash read as
    2026-2027."""
    if not isinstance(value, str) or not value.strip():
        return value
    if column == "academic_year":
        years = _ACADEMIC_YEAR.fullmatch(value.strip())
        return f"{years[1]}-{years[2]}" if years else value
    pattern = CODES.get(column)
    if pattern is not None:
        code = value.strip().upper().translate(_LOOKALIKES)
        return code if pattern.match(code) else value
    return value
