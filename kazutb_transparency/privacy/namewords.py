"""What a word can be in a person's name: a given name, a surname, a patronymic.

Russian words are looked up in the OpenCorpora dictionary through pymorphy3 (its Name,
Surn and Patr tags cover every grammatical case); Kazakh given names and the Latin
transliterations of Kazakh and Russian ones come from the lexicon shipped in
lexicon/ (sources in its README). Given names that are also ordinary words (Бақыт,
Арман, Вера, Роза, May) are "weak": they count only beside a word shaped like a surname.
"""

from __future__ import annotations

import re
from enum import IntEnum
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kazutb_transparency.privacy.lookalikes import unmix
from kazutb_transparency.privacy.translit import name_key

if TYPE_CHECKING:
    import pymorphy3

DATA_DIR = Path(__file__).parent / "lexicon"

# Latin letters of the 2021 Kazakh alphabet (Ä Ğ I Ñ Ö Ş Ū Ü, dotless ı) and of its 2018
# acute-accent draft (Á Ǵ Ń Ó Ú Ý), besides Cyrillic: Aıgerim, Sáýle, Qaırat; and the
# letters of foreign students' names (José, Łukasz Wiśniewski, Hernández).
UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІÄĞÑÖŞŪÜİÁǴŃÓÚÝÉÈÊËÍÌÎÏÒÔÕÙÛÇÃÀÂĄĆĘŁŚŹŻŠŽČŘĚŮŐ"
LO = "a-zа-яёәғқңөұүһіäğıñöşūüáǵńóúýéèêëíìîïòôõùûçãàâąćęłśźżšžčřěůő"
_KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

# Kazakh case and possessive endings after a vowel or a consonant, longest first.
_KK_ENDINGS = tuple(
    sorted(
        frozenset(
            [
                "ның",
                "нің",
                "дың",
                "дің",
                "тың",
                "тің",
                "ға",
                "ге",
                "қа",
                "ке",
                "на",
                "не",
                "а",
                "е",
                "ны",
                "ні",
                "ды",
                "ді",
                "ты",
                "ті",
                "н",
                "да",
                "де",
                "та",
                "те",
                "нда",
                "нде",
                "дан",
                "ден",
                "тан",
                "тен",
                "нан",
                "нен",
                "мен",
                "бен",
                "пен",
                "сы",
                "сі",
                "ы",
                "і",
            ]
        ),
        key=lambda e: (-len(e), e),
    )
)
PATRONYMIC_ENDING = (
    r"(?:[оеё]вич|ьич)(?:а|у|ем|е)?"
    r"|(?:[ое]вн|ичн)(?:а|ы|е|у|ой|ою)"
    r"|(?:ұлы|улы|қызы|кызы)(?:ның|на|нан|нда|н|мен)?"
    r"|ovich|evich|ovna|evna|ichna|uly|uli|ulu|kyzy|qyzy|kyzi|qizi"
)
_PATRONYMIC = re.compile(rf"[{UP}][{LO}]{{2,}}?(?:{PATRONYMIC_ENDING})\Z")
_SURNAME = re.compile(
    r"(?:[оеё]в|ин|ск|цк|енк|ук|юк|ич|ян|ұлы|улы|қызы|кызы|бай|бек|баев|бекова?|ұлова?"
    r"|қали|ғали|кали|гали|жан|хан|тай"  # Kazakh surnames from given names: Сейтқали
    r"|ov|ev|yev|[iy]n|sk|enk|uly|kyzy|qyzy|bay|bai|bek|bayev|baev|yan|kali|gali|zhan"
    r"|son|sen|ton)"  # English: Thompson, Harrison
    r"(?:а|ая|ий|ой|ою|у|ым|ом|е|ы|о|a|aya|iy|o|y|i)?"
    # Kazakh case endings, also after the feminine -а: Дүйсенбаеваны, Исаеваға, Омаровамен
    r"(?:тың|тің|ның|нің|дың|дің|қа|ке|ға|ге|ты|ті|ны|ні|ды|ді|пен|мен|бен|нан|нен|дан|ден"
    r"|тан|тен|та|те|да|де|на|не|н)?\Z",
    re.IGNORECASE,
)


class Given(IntEnum):
    NO = 0
    WEAK = 1  # also an ordinary word
    STRONG = 2


def _read(name: str) -> list[str]:
    path = DATA_DIR / name
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(Cyrillic given names, their Latin keys, weak words, weak Latin keys), case-folded."""
    files = ("given_names_kk.txt", "given_names_ru.txt")
    cyrillic = {n.casefold() for f in files for n in _read(f)}
    latin_only = {
        name_key(n) for f in ("given_names_en.txt", "given_names_world.txt") for n in _read(f)
    }
    weak_words = _read("given_names_common_words.txt")
    weak = {w.casefold() for w in weak_words}
    keys = {name_key(n) for n in cyrillic} | latin_only
    weak_keys = {name_key(w) for w in weak_words}
    return frozenset(cyrillic), frozenset(keys), frozenset(weak), frozenset(weak_keys)


@cache
def _morph() -> pymorphy3.MorphAnalyzer:
    # Imported here: only Russian words need the dictionary, and the survey screen's letter
    # runs (ids such as ULIDs) are Latin.
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@cache
def _short_surnames() -> frozenset[str]:
    return frozenset(name_key(n) for n in _read("surnames.txt"))


@cache
def _public_figures() -> frozenset[tuple[str, str]]:
    """(given-name key, surname key) of every public figure, either order."""
    pairs = set()
    holders = [line.split("|")[0] for line in _read("public_office_holders.txt")]
    for line in [*_read("public_figures.txt"), *holders]:
        words = line.split()
        if len(words) == 2:
            a, b = (name_key(w) for w in words)
            pairs |= {(a, b), (b, a)}
    return frozenset(pairs)


def public_figure(value: str) -> bool:
    """Абай Құнанбаевтың, Kanysh Satpayev, Ы. Алтынсарин: a figure things are named after."""
    words = value.replace(".", ". ").split()
    if len(words) == 3:  # Тоқаев Қасым-Жомарт Кемелұлы, Н. Ә. Назарбаев: the patronymic
        # and its initial do not matter
        initials = [w for w in words if w.endswith(".")]
        if len(initials) == 2:
            words = [initials[0], *(w for w in words if not w.endswith("."))]
        else:
            words = [w for w in words if not patronymic_like(w)]
    if len(words) != 2:
        return False
    a, b = (name_key(w.rstrip(".")) for w in words)
    initial = words[0].endswith(".") or words[1].endswith(".")
    if initial:  # Ы. Алтынсарин, Алтынсарин Ы.: the initial against the given name
        short, full = (a, b) if words[0].endswith(".") else (b, a)
        return any(
            first[:1] == short[:1] and full.startswith(second) and len(full) - len(second) <= 4
            for first, second in _public_figures()
        )
    return any(
        a.startswith(first) and b.startswith(second) and len(a) - len(first) <= 4
        for first, second in _public_figures()
        if first[:2] == a[:2]
    )


def is_cyrillic(word: str) -> bool:
    return "а" <= word[-1].lower() <= "я" or word[-1] in "әғқңөұүһіёӘҒҚҢӨҰҮҺІЁ"


def kazakh_stems(low: str) -> list[str]:
    """The word and its stems under each Kazakh case ending it can have."""
    stems = [low]
    for ending in _KK_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stems.append(low[: -len(ending)])
    return stems


# Latin letters to the Cyrillic a Russian text spells a foreign name with; longest first.
_TO_CYRILLIC = (
    ("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"),
    ("ya", "я"), ("yu", "ю"), ("yo", "ё"), ("ye", "е"), ("a", "а"), ("b", "б"), ("c", "к"),
    ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"), ("j", "дж"),
    ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "к"),
    ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "в"), ("x", "кс"),
    ("y", "й"), ("z", "з"),
)  # fmt: skip
_TO_CYRILLIC_RX = re.compile("|".join(latin for latin, _ in _TO_CYRILLIC))
_TO_CYRILLIC_MAP = dict(_TO_CYRILLIC)
_LATIN_NAME = re.compile(r"[a-z]{3,12}")


def _cyrillic_spelling(low: str) -> str:
    """leonardo → леонардо, ernest → эрнест; "" for what is not a Latin word."""
    if _LATIN_NAME.fullmatch(low) is None:
        return ""
    spelt = _TO_CYRILLIC_RX.sub(lambda m: _TO_CYRILLIC_MAP[m.group()], low)
    return "э" + spelt[1:] if spelt.startswith("е") else spelt


@lru_cache(maxsize=16384)
def latin_dictionary_name(word: str) -> bool:
    """A Latin word that no list holds as a given name but the Russian dictionary knows,
    spelt in Cyrillic, as one and mostly as one (Leonardo, Ernest)."""
    spelt = _cyrillic_spelling(word.casefold())
    if not spelt:
        return False
    known = [p for p in _morph().parse(spelt) if p.is_known]
    names = sum(p.score for p in known if "Name" in p.tag)
    return names >= 0.5 and names >= sum(p.score for p in known) / 2


# The least share of the dictionary's readings of a Russian word that makes it a given name:
# real names in their rarer case forms have 12 % or more (Вики, Любовь, Вере), a
# preposition or pronoun that a rare name shares a form with under 1 % (Из, Тому).
_NAME_READING_MIN = 0.02


@lru_cache(maxsize=65536)
def given(word: str) -> Given:
    """Is this capitalised word a given name (in any case form)?"""
    word = unmix(word)  # Дaнияр with a Latin a is Данияр
    if "-" in word.strip("-"):  # Қасым-Жомарт, Kassym-Jomart: as the stronger half
        return max(given(h[:1].upper() + h[1:]) for h in word.split("-") if h)
    low = word.casefold()
    cyrillic, keys, weak, weak_keys = _lexicon()
    if not is_cyrillic(word):
        key = name_key(low)
        if key in weak_keys or low in weak:
            return Given.WEAK
        return Given.STRONG if key in keys else Given.NO
    if low in cyrillic:
        return Given.WEAK if low in weak else Given.STRONG
    if not any(c in _KAZAKH_LETTERS for c in word):
        # Russian case forms (Олегу, Ксении) from the dictionary; a word it knows only as
        # something else (Алматы, Калина, Таланта) is not a name.
        parses = _morph().parse(word)
        known = [p for p in parses if p.is_known]
        names = [p for p in known if "Name" in p.tag]
        if known and not names:
            return Given.NO
        if names and sum(p.score for p in names) < _NAME_READING_MIN:
            return Given.NO  # a word read as a name almost never: Из (из, 0.03 % Иза), Тому
        if names:
            if any(p.normal_form in weak for p in names):
                return Given.WEAK
            return Given.STRONG if sum(p.score for p in names) >= 0.5 else Given.WEAK
    # Kazakh case endings: Айгерімнің, Даулетке; the stem decides, weak words stay weak.
    stems = [stem for stem in kazakh_stems(low)[1:] if stem in cyrillic]
    if not stems:
        return Given.NO
    return Given.WEAK if any(stem in weak for stem in stems) else Given.STRONG


@lru_cache(maxsize=65536)
def surname_like(word: str) -> bool:
    """Shaped like a surname: Омарова, Кенжебаевтың, Лебедеву, Kenzhebayev, Sarsenbay;
    double-barrelled, one of its halves: Ахметова-Ли, Ли-Ахметова."""
    word = unmix(word)
    if "-" in word:
        halves = [h for h in word.split("-") if h]
        return len(halves) == 2 and any(
            len(h) >= 4 and surname_like(h[:1].upper() + h[1:]) for h in halves
        )
    if name_key(word) in _short_surnames():
        return True
    m = _SURNAME.search(word)
    if m is not None and m.start() >= 2:  # a stem before the ending: not "Ұлы" (great)
        return True
    if not is_cyrillic(word) or any(c in _KAZAKH_LETTERS for c in word):
        return False
    return any("Surn" in p.tag for p in _morph().parse(word)[:3])


def patronymic_like(word: str) -> bool:
    return _PATRONYMIC.match(unmix(word)) is not None


@lru_cache(maxsize=65536)
def ordinary_word(word: str) -> bool:
    """A Russian dictionary word that is not a name (Качество, Совет): not a surname."""
    if not is_cyrillic(word) or any(c in _KAZAKH_LETTERS for c in word):
        return False
    parses = _morph().parse(word)
    if not any(p.is_known for p in parses):
        return False
    return not any(tag in p.tag for p in parses for tag in ("Name", "Surn", "Patr"))
