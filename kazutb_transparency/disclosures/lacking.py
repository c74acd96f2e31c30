"""A list of languages said as one phrase in each language: the languages a document
still lacks (§11.6), and the languages of study a fee is charged for.

Kazakh joins the language adjectives and puts the noun once, in the number the list
needs: «орыс және ағылшын тілдеріндегі нұсқасы жоқ»; Russian likewise: «нет версии на
русском и английском языках»; English names the languages: "no version in Russian and
English". A list of bare language names after a colon is not a sentence in any of them,
nor are language codes in brackets ("(kk, ru)"): «қазақ және орыс тілдерінде», «на
казахском и русском», "in Kazakh and Russian".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.languages import LANGUAGES

WORDS = catalog("disclosures_lacking")

Where = Literal["register", "page"]


def _joined(names: list[str], conjunction: str) -> str:
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def lacking_phrase(codes: Sequence[str], lang: str, where: Where) -> str:
    """«орыс және ағылшын тілдеріндегі нұсқасы жоқ» (register) or «Орыс және ағылшын
    тілдерінде әлі жарияланбаған» (documents page), in `lang`."""
    names = [WORDS[code][lang] for code in codes]
    number = "one" if len(names) == 1 else "many"
    text = WORDS[f"{where}_{number}"][lang].format(languages=_joined(names, WORDS["and"][lang]))
    return text[:1].upper() + text[1:] if where == "page" else text


def in_languages(codes: Sequence[str], lang: str) -> str:
    """The languages of study, in the site's order of languages, as a phrase of `lang`:
    «қазақ және орыс тілдерінде», «на казахском и русском», "in Kazakh and Russian"."""
    names = [WORDS[code][lang] for code in LANGUAGES if code in codes]
    number = "one" if len(names) == 1 else "many"
    return WORDS[f"in_{number}"][lang].format(languages=_joined(names, WORDS["and"][lang]))
