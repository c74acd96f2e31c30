"""A spelling key that is the same for a name in Cyrillic and in any Latin transliteration.

Kazakh and Russian names reach Latin text through passports (Zhanna, Yerlan, Aigerim),
the 2021 Kazakh Latin alphabet (Janna, Erlan, Aıgerim, Qaırat), and ad-hoc spellings
(Aygerim, Kairat, Natalya/Natalia). Rather than generating every variant, both sides are
reduced to a coarse key: letters that transliterations disagree on are merged (ж/zh/j,
қ/k/q, ы/y/i, я/ya/ia, ш/sh/ş …) and doubled letters collapse. The key is lossy on
purpose; it is only compared with the keys of known given names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kazutb_transparency.privacy.lookalikes import unmix

_CYRILLIC = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
    "ё": "o", "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l",
    "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "h", "һ": "h", "ц": "c",
    "ч": "c", "ш": "s", "щ": "s", "ъ": "", "ы": "i", "і": "i", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
}  # fmt: skip
# Longest first: "shch" before "sh", "dzh" before "zh".
_LATIN = (
    ("shch", "s"), ("sch", "s"), ("dzh", "j"), ("sh", "s"), ("zh", "j"), ("ch", "c"),
    ("kh", "h"), ("gh", "g"), ("ts", "c"), ("tc", "c"), ("yu", "iu"), ("ya", "ia"),
    ("yo", "o"), ("ye", "e"), ("q", "k"), ("x", "ks"), ("w", "u"), ("y", "i"),
)  # fmt: skip
_LATIN_RX = re.compile("|".join(a for a, _ in _LATIN))
_LATIN_MAP = dict(_LATIN)
_DOUBLE = re.compile(r"(.)\1+")


def _fold(word: str) -> str:
    """Lower case without diacritics: ä→a, ğ→g, ş→s, ı→i, ū→u."""
    # ý is the 2021 Kazakh Latin у (Áýezov, Áýezov's Әуезов), not a long i
    word = word.casefold().replace("ı", "i").replace("ý", "u")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def name_key(word: str) -> str:
    """The spelling key of one word, whichever alphabet it is written in."""
    return _key(unmix(word).casefold().replace("-", "").replace("'", "").replace("’", ""))


@lru_cache(maxsize=65536)
def _key(low: str) -> str:
    # Cached: the name checks ask for the key of the same word several times, and the
    # survey screen asks for tens of thousands of letter runs of ids.
    if low.isascii():
        # No Cyrillic letter and nothing to fold (ASCII has no diacritics): only the Latin
        # spellings merge. The same key as below, without a pass per character.
        key = _LATIN_RX.sub(_latin, low)
    elif any(c in _CYRILLIC for c in low):
        key = "".join(_CYRILLIC.get(c, c) for c in low)
    else:
        folded = _fold(low)
        # ş and ç fold to s and c, which is what the key uses for ш and ч anyway.
        key = _LATIN_RX.sub(_latin, folded)
    return _DOUBLE.sub(r"\1", key)


def _latin(match: re.Match[str]) -> str:
    return _LATIN_MAP[match.group()]
