"""Words written with letters of the other alphabet that look the same: "Aхметов" with a
Latin A, "Дaнияр" with a Latin a, "Аigerim" with a Cyrillic А. A reader sees the name;
the name lists hold it in one alphabet. unmix() writes such a word in the alphabet of
its letters that have no look-alike, so the lists find it.
"""

from __future__ import annotations

from functools import lru_cache

# Latin letters that a Cyrillic word can hold unseen, and the Cyrillic letter each stands
# for; a Latin i stands for the Kazakh і (no Russian letter looks like it).
_LATIN_TO_CYRILLIC = dict(zip("aeopcxyiAEKMHOPCTBXIY", "аеорсхуіАЕКМНОРСТВХІУ", strict=True))
_CYRILLIC_TO_LATIN = dict(zip("аеорсхуіАЕКМНОРСТВХІ", "aeopcxyiAEKMHOPCTBXI", strict=True))


def _is_cyrillic(c: str) -> bool:
    return "\u0400" <= c <= "\u04ff"


@lru_cache(maxsize=65536)
def _unmixed(word: str) -> str:
    cyrillic = [c for c in word if _is_cyrillic(c)]
    latin = [c for c in word if c.isascii() and c.isalpha()]
    if not cyrillic or not latin:
        return word
    if all(c in _LATIN_TO_CYRILLIC for c in latin) and any(
        c not in _CYRILLIC_TO_LATIN for c in cyrillic
    ):
        return "".join(_LATIN_TO_CYRILLIC.get(c, c) for c in word)
    if all(c in _CYRILLIC_TO_LATIN for c in cyrillic) and any(
        c not in _LATIN_TO_CYRILLIC for c in latin
    ):
        return "".join(_CYRILLIC_TO_LATIN.get(c, c) for c in word)
    return word


def unmix(word: str) -> str:
    """The word in one alphabet when it mixes look-alike letters of two; else as it is."""
    if word.isascii():  # most words: nothing to do, and no cache entry
        return word
    return _unmixed(word)
