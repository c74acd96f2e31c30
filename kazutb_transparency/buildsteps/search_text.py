"""The words of a search: folding, tokens and query stems, the same in Python and in the page.

The browser's search code (docs/kk/assets/kazutb-search.js) knows no language: it reads
the folding table, the token pattern and each language's endings from the index's
manifest, written from here, so the index and the query are folded by the same rules.

- Folding: lower case, ё→е, and each Kazakh letter to the letter typed without its special
  form (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ→у, ү→у, һ→х, і→и), so «казак» finds «қазақ».
- Tokens: runs of letters and digits («6B04105», «9001»); everything else separates.
- Query stems: one common ending is cut from a query word (ru «программы» → «программ»,
  kk «сапасы» → «сапа», en «programmes» → «programm») and the stem matches every indexed
  word it begins: the forms of a word are found without a stemmer in the page.
"""

from __future__ import annotations

import re

FOLD: dict[str, str] = {
    "ё": "е",
    "ә": "а",
    "ғ": "г",
    "қ": "к",
    "ң": "н",
    "ө": "о",
    "ұ": "у",
    "ү": "у",
    "һ": "х",
    "і": "и",
}
# One letter for one, and no letter folded is one folded to: replacing each in turn folds
# as str.translate(str.maketrans(FOLD)) does, a tenth of the time (translate looks every
# character of a Cyrillic text up in a dict; a page's text is folded three times).
_FOLD_PAIRS = tuple(FOLD.items())
assert all(len(a) == len(b) == 1 and b not in FOLD for a, b in _FOLD_PAIRS)
# Letters and digits of any script; the page uses /[\p{L}\p{N}]+/gu, the same set.
TOKEN = re.compile(r"[^\W_]+")
TOKEN_JS = r"[\p{L}\p{N}]+"
MIN_STEM = 4  # an ending is cut only if this many letters remain

# Endings of the folded forms, longest first (the page cuts the first that fits).
_ENDINGS: dict[str, tuple[str, ...]] = {
    "ru": (
        "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "иям", "иях",
        "ия", "ие", "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ых", "их", "ым", "им",
        "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ей", "ью", "ию", "а", "я", "о",
        "е", "ы", "и", "у", "ю", "ь", "й",
    ),
    "kk": (
        "лардын", "лердин", "дардын", "дердин", "тардын", "тердин", "ларына", "лерине",
        "лары", "лери", "дары", "дери", "тары", "тери", "ларга", "лерге", "ларда", "лерде",
        "лар", "лер", "дар", "дер", "тар", "тер", "нын", "нин", "дын", "дин", "тын", "тин",
        "ннан", "ннен", "дан", "ден", "тан", "тен", "нан", "нен", "нда", "нде", "мен",
        "бен", "пен", "сы", "си", "га", "ге", "ка", "ке", "да", "де", "та", "те", "ны",
        "ни", "ды", "ди", "ты", "ти",
    ),
    "en": ("ies", "es", "s", "ing", "ed"),
}  # fmt: skip


def endings(lang: str) -> tuple[str, ...]:
    """The endings cut from a query word of `lang`, longest first."""
    return tuple(sorted(_ENDINGS.get(lang, ()), key=len, reverse=True))


def fold(text: str) -> str:
    text = text.lower()
    for letter, folded in _FOLD_PAIRS:
        if letter in text:
            text = text.replace(letter, folded)
    return text


def tokens(text: str) -> list[str]:
    """The folded words of a text, in order."""
    return TOKEN.findall(fold(text))


def stem(word: str, lang: str) -> str:
    """A folded query word without its first fitting ending (the page does the same)."""
    for ending in endings(lang):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word
