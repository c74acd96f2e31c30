"""Numbers of a date written in words, written again in digits, so that the date
detectors read them: "пятого марта тысяча девятьсот девяносто восьмого года" →
"5 марта 1998 года", "мың тоғыз жүз тоқсан сегізінші жылғы бесінші наурызда" →
"1998 жылғы 5 наурызда", "the fifth of March, nineteen ninety-eight" → "the 5 of March,
1998".

Cardinals and ordinals of Kazakh, Russian and English are read (an ordinal ends a
number: "fifth nineteen" is two), with the English way of saying a year in two halves
("nineteen ninety-eight", "nineteen oh five").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from kazutb_transparency.privacy.spelled import _VALUE as CARDINALS


class Word(NamedTuple):
    value: int
    multiplier: bool  # hundred, thousand: multiplies what comes before
    ordinal: bool  # ends the number


def _russian_ordinals() -> dict[str, Word]:
    stems = {
        "перв": 1, "втор": 2, "четверт": 4, "четвёрт": 4, "пят": 5, "шест": 6, "седьм": 7,
        "восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12,
        "тринадцат": 13, "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16,
        "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19, "двадцат": 20, "тридцат": 30,
        "сороков": 40, "пятидесят": 50, "шестидесят": 60, "семидесят": 70,
        "восьмидесят": 80, "девяност": 90, "сот": 100, "двухсот": 200, "трёхсот": 300,
        "трехсот": 300, "четырёхсот": 400, "четырехсот": 400, "пятисот": 500,
        "шестисот": 600, "семисот": 700, "восьмисот": 800, "девятисот": 900,
        "тысячн": 1000, "двухтысячн": 2000,
    }  # fmt: skip
    endings = ("ого", "ому", "ое", "ой", "ый", "ий", "ая", "ом", "ым", "ую")
    words = {
        stem + end: Word(value, False, True) for stem, value in stems.items() for end in endings
    }
    for end in ("ий", "ьего", "ьему", "ье", "ья", "ьей", "ьим", "ьем", "ью"):
        words["трет" + end] = Word(3, False, True)
    return words


_KAZAKH = {
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
    "тоғыз": 9, "он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "қырқ": 40, "елу": 50,
    "алпыс": 60, "жетпіс": 70, "сексен": 80, "тоқсан": 90, "жүз": 100, "мың": 1000,
}  # fmt: skip
# After a Kazakh number: an ordinal's suffix (бесінші, алтыншы, жиырмасыншы), then a
# possessive and a locative (бесінде, бесіншісі): "наурыздың бесінде", "бесінші наурызда".
_KAZAKH_SUFFIX = re.compile(
    r"(?P<ord>ыншы|інші|ншы|нші|сыншы|сінші)?(?P<case>(?:сы|сі|ы|і)(?:нда|нде)?)?"
)
_ENGLISH_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "тысяча": 1000, "тысячи": 1000, "тысяч": 1000}


def _vocabulary() -> dict[str, Word]:
    words = {w: Word(v, False, False) for w, v in CARDINALS.items()}
    words.pop("он")  # Russian "he": read only in Kazakh forms (see _kazakh)
    words.update({w: Word(v, True, False) for w, v in _MULTIPLIERS.items()})
    words.update({w: Word(v, False, True) for w, v in _ENGLISH_ORDINALS.items()})
    words.update(_russian_ordinals())
    words["двух"] = Word(2, False, False)  # "двух тысяч третьего"
    return words


_WORDS = _vocabulary()
_ZERO = frozenset({"oh", "o"})  # zero inside an English year, never alone
_WORD = re.compile(r"[^\W\d_]+")
_JOIN = re.compile(r"(?:[ \t\u00a0]*-[ \t\u00a0]*|[ \t\u00a0\n]+(?:and[ \t\u00a0\n]+)?)")


def _kazakh(word: str, next_word: str | None) -> Word | None:
    for stem, value in _KAZAKH.items():
        if not word.startswith(stem):
            continue
        m = _KAZAKH_SUFFIX.fullmatch(word, len(stem))
        if m is None:
            continue
        # Russian "он" ("he"), Kazakh "оны" ("him"): ten only before a Kazakh number
        if (
            stem == "он"
            and not m.group("ord")
            and (m.group("case") or next_word is None or _kazakh(next_word, None) is None)
        ):
            return None
        ordinal = bool(m.group("ord") or m.group("case"))
        return Word(value, value in (100, 1000) and not ordinal, ordinal)
    return None


def number_word(word: str, next_word: str | None = None) -> Word | None:
    """The number a lower-cased word says, if any."""
    return _WORDS.get(word) or _kazakh(word, next_word)


def _occupied(current: int, value: int) -> bool:
    """Whether `value` falls on a place `current` has filled: "nineteen" then "ninety"."""
    if value < 10:
        return current % 10 != 0
    if value < 100:
        return current % 100 != 0
    return current % 1000 != 0


class _Number:
    """A number being read word by word."""

    def __init__(self, start: int) -> None:
        self.start, self.end = start, start
        self.total = self.current = 0
        self.high: int | None = None  # the first half of a year said in two

    def add(self, word: Word) -> bool:
        """Adds the word; False if it cannot be part of this number."""
        if word.multiplier:
            if self.high is not None:
                return False
            if word.value == 1000:
                self.total += (self.current or 1) * 1000
                self.current = 0
            else:
                self.current = (self.current or 1) * word.value
            return True
        if self.end > self.start and _occupied(self.current, word.value):
            if self.high is None and self.total == 0 and 10 <= self.current <= 99:
                self.high, self.current = self.current, word.value
                return True
            return False
        self.current += word.value
        return True

    @property
    def value(self) -> int:
        if self.high is not None:
            return self.high * 100 + self.current
        return self.total + self.current


class Piece(NamedTuple):
    start: int  # in the rendered text
    end: int
    origin: int  # in the source text
    origin_end: int
    replaced: bool  # a number in words, written in digits


@dataclass
class Rendered:
    """A text with its numbers in words written in digits, and the way back."""

    text: str = ""
    pieces: list[Piece] = field(default_factory=list)

    def _piece(self, pos: int) -> Piece:
        i = bisect_right([p.start for p in self.pieces], pos) - 1
        return self.pieces[max(0, i)]

    def origin(self, pos: int) -> int:
        """The source offset of a rendered offset (a number's digits: its first word)."""
        piece = self._piece(pos)
        return piece.origin if piece.replaced else piece.origin + pos - piece.start

    def origin_end(self, end: int) -> int:
        """The source offset of a rendered span's end (a number's digits: its last word)."""
        piece = self._piece(end - 1)
        return piece.origin_end if piece.replaced else piece.origin + end - piece.start

    def has_words(self, start: int, end: int) -> bool:
        """Whether [start, end) of the rendered text holds a number that was in words."""
        return any(p.replaced and p.start < end and start < p.end for p in self.pieces)


def _numbers(text: str, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """(start, end, value) of the numbers said in words in text[lo:hi]."""
    found: list[tuple[int, int, int]] = []
    words = list(_WORD.finditer(text, lo, hi))
    number: _Number | None = None

    def close() -> None:
        nonlocal number
        if number is not None and number.end > number.start:
            found.append((number.start, number.end, number.value))
        number = None

    for i, m in enumerate(words):
        lower = m.group().lower()
        following = words[i + 1].group().lower() if i + 1 < len(words) else None
        word = number_word(lower, following)
        if lower in _ZERO and number is not None:  # "nineteen oh five"
            word = Word(0, False, False)
        if word is None:
            if lower != "and" or number is None:
                close()
            continue
        joined = number is not None and _JOIN.fullmatch(text, number.end, m.start()) is not None
        if not joined:
            close()
        if number is None:
            number = _Number(m.start())
        if not number.add(word):
            close()
            number = _Number(m.start())
            number.add(word)
        number.end = m.end()
        if word.ordinal:
            close()
    close()
    return found


def render(text: str, lo: int, hi: int) -> Rendered | None:
    """text[lo:hi] with its numbers in words in digits; None if it has none."""
    numbers = _numbers(text, lo, hi)
    if not numbers:
        return None
    rendered = Rendered()
    parts: list[str] = []
    length, pos = 0, lo
    for start, end, value in [*numbers, (hi, hi, -1)]:
        if start > pos:
            rendered.pieces.append(Piece(length, length + start - pos, pos, start, False))
            parts.append(text[pos:start])
            length += start - pos
        if value < 0:
            break
        digits = str(value)
        rendered.pieces.append(Piece(length, length + len(digits), start, end, True))
        parts.append(digits)
        length += len(digits)
        pos = end
    rendered.text = "".join(parts)
    return rendered
