"""A number with its noun in the form the number needs, the forms read from the interface
catalogs: «82 негізгі көрсеткіш» (a Kazakh noun after a numeral stays singular),
«1 ключевой показатель / 82 ключевых показателя / 85 ключевых показателей», "1 key
indicator / 82 key indicators". A namespace `counted_<noun>` holds the CLDR categories
one, few, many and other in every language; pages never write "indicator(s)".
"""

from __future__ import annotations

from functools import cache

from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.locale_format import format_count, pick_plural

CATEGORIES = ("one", "few", "many", "other")


@cache
def noun_forms(noun: str) -> dict[str, dict[str, str]]:
    """{lang: {category: form}} of the namespace `counted_<noun>`."""
    words = catalog(f"counted_{noun}")
    return {
        lang: {category: words[category][lang] for category in CATEGORIES if category in words}
        for lang in ("kk", "ru", "en")
    }


def counted(count: int, noun: str, lang: str) -> str:
    """`count` and the noun of the namespace `counted_<noun>` in the form `count` takes."""
    return format_count(count, noun_forms(noun), lang)


def noun_form(count: float, noun: str, lang: str) -> str:
    """The noun of `counted_<noun>` alone, in the form `count` takes («лет», "years")."""
    return pick_plural(count, noun_forms(noun)[lang], lang)
