"""Alphabetical order as each language's readers expect it, without ICU.

Python sorts by code point, which puts the Kazakh letters (ә, ғ, қ, …) after я and Latin
before Cyrillic. Lists people search by eye (the programme catalogue A–Z) are sorted by the
alphabet of the page's language instead: Kazakh Cyrillic (А Ә Б В Г Ғ … Һ … І …), Russian
(ё as its own letter after е), then Latin; digits first; case, quotes and punctuation ignored.
"""

from __future__ import annotations

import re
import unicodedata

_KAZAKH = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_LATIN = "abcdefghijklmnopqrstuvwxyz"
_DIGITS = "0123456789"


def _ranks(*alphabets: str) -> dict[str, int]:
    ranks: dict[str, int] = {}
    for alphabet in alphabets:
        for letter in alphabet:
            ranks.setdefault(letter, len(ranks))
    return ranks


# The page's own alphabet first; letters of the others after it.
_ORDER = {
    "kk": _ranks(_DIGITS, _KAZAKH, _RUSSIAN, _LATIN),
    "ru": _ranks(_DIGITS, _RUSSIAN, _KAZAKH, _LATIN),
    "en": _ranks(_DIGITS, _LATIN, _RUSSIAN, _KAZAKH),
}
_IGNORED = re.compile(r"[\W_]+")


def _base(letter: str) -> str:
    """é → e; Cyrillic letters with their own place (ё, й, ә, ғ…) are kept as they are."""
    if letter in _ORDER["kk"] or letter in _ORDER["en"]:
        return letter
    return unicodedata.normalize("NFD", letter)[0]


def sort_key(text: str, lang: str) -> tuple[tuple[int, ...], str]:
    """A key that sorts `text` in the alphabet of `lang`; ties broken by the text itself."""
    ranks = _ORDER[lang]
    unknown = len(ranks)
    letters = _IGNORED.sub("", text.casefold())
    return tuple(ranks.get(_base(c), unknown + ord(c)) for c in letters), text


def initial(text: str) -> str:
    """The letter a text is listed under ("«Қаржы»" → "Қ"); "#" when it starts with none."""
    first = _IGNORED.sub("", text)[:1]
    if not first or first.isdigit():
        return "#"
    return _base(first.casefold()).upper()
