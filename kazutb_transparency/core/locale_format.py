"""Dates, numbers, file sizes and counted nouns as each language writes them (CLDR via Babel).

Running text only: open data keeps ISO dates and plain integers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal

# British English: "29 February 2028", "3.0 kB".
LOCALES = {"kk": "kk", "ru": "ru", "en": "en_GB"}
NBSP = "\u00a0"

KK_YEAR = "жылғы"  # «2028 жылғы 29 ақпан»: the year as an attribute of the day

# "attributive": the locative with -ғы/-гі, a date before a noun («…қарашадағы күйі»).
DateCase = Literal["nominative", "dative", "locative", "genitive", "ablative", "attributive"]
CASES: tuple[str, ...] = (
    "nominative",
    "dative",
    "locative",
    "genitive",
    "ablative",
    "attributive",
)

_KK_BACK_VOWELS = set("аоұыАОҰЫяЯ")
_KK_FRONT_VOWELS = set("әөүіеэиӘӨҮІЕЭИ")
_KK_VOICELESS = set("кқпстфхцчшщ")
_KK_NASALS = set("мнң")
# (front vowel, voiceless last sound) → the dative ending.
_KK_DATIVE = {(False, False): "ға", (False, True): "қа", (True, False): "ге", (True, True): "ке"}
# Kazakh case endings by the last sound of the word: (back, front) vowel pairs.
# Locative (қашан? қайда?): -да/-де, -та/-те after a voiceless sound.
# Genitive: -ның/-нің after a vowel or м, н, ң; -тың/-тің after a voiceless sound; -дың/-дің.
# Ablative: -нан/-нен after м, н, ң; -тан/-тен after a voiceless sound; -дан/-ден.
_KK_ENDINGS = {
    "locative": {"vowel": ("да", "де"), "nasal": ("да", "де"), "voiceless": ("та", "те"),
                 "voiced": ("да", "де")},
    "genitive": {"vowel": ("ның", "нің"), "nasal": ("ның", "нің"), "voiceless": ("тың", "тің"),
                 "voiced": ("дың", "дің")},
    "ablative": {"vowel": ("дан", "ден"), "nasal": ("нан", "нен"), "voiceless": ("тан", "тен"),
                 "voiced": ("дан", "ден")},
}  # fmt: skip


def _locale(lang: str) -> Locale:
    return Locale.parse(LOCALES[lang])


def kazakh_dative(word: str) -> str:
    """A Kazakh word with the dative ending its last vowel and sound call for:
    ақпан → ақпанға, қыркүйек → қыркүйекке, шілде → шілдеге."""
    last_vowel = next((c for c in reversed(word) if c in _KK_BACK_VOWELS | _KK_FRONT_VOWELS), "а")
    front = last_vowel in _KK_FRONT_VOWELS
    voiceless = word[-1].lower() in _KK_VOICELESS
    return word + _KK_DATIVE[(front, voiceless)]


def kazakh_case(word: str, case: str) -> str:
    """A Kazakh word in a case: қараша → қарашада (locative), қарашаның (genitive),
    қарашадан (ablative), қарашаға (dative); ақпан → ақпанда, ақпанның, ақпаннан."""
    if case == "nominative":
        return word
    if case == "dative":
        return kazakh_dative(word)
    if case == "attributive":  # қарашада → қарашадағы, қыркүйекте → қыркүйектегі
        located = kazakh_case(word, "locative")
        return located + ("гі" if located[-1] == "е" else "ғы")
    last_vowel = next((c for c in reversed(word) if c in _KK_BACK_VOWELS | _KK_FRONT_VOWELS), "а")
    front = int(last_vowel in _KK_FRONT_VOWELS)
    last = word[-1].lower()
    if last in _KK_BACK_VOWELS | _KK_FRONT_VOWELS:
        sound = "vowel"
    elif last in _KK_NASALS:
        sound = "nasal"
    elif last in _KK_VOICELESS:
        sound = "voiceless"
    else:
        sound = "voiced"
    return word + _KK_ENDINGS[case][sound][front]


@lru_cache(maxsize=4096)  # the same dates recur in every table of a page, and every page
def format_date(day: date, lang: str, case: DateCase = "nominative") -> str:
    """A date in running text: kk «2028 жылғы 29 ақпан» in the case the sentence needs
    («…ақпанға дейін», «…ақпанда жарияланды», «…ақпаннан бастап»), ru «29 февраля 2028 г.»,
    en «29 February 2028»; non-breaking spaces inside. Russian and English need no case
    here: the Russian date is already in the genitive, as every sentence writes it."""
    if case not in CASES:
        raise ValueError(f"unknown case {case!r} of a date (known: {', '.join(CASES)})")
    if lang == "kk":
        return f"{_kk_year(day)} {_kk_day_month(day, case)}"
    return _babel_text(day, "long", lang)


def _kk_year(day: date) -> str:
    return f"{day.year}{NBSP}{KK_YEAR}"


def _kk_day_month(day: date, case: str = "nominative") -> str:
    month = kazakh_case(_locale("kk").months["format"]["wide"][day.month], case)
    return f"{day.day}{NBSP}{month}"


def _babel_text(day: date, pattern: str, lang: str) -> str:
    text = _babel_date(day, pattern, locale=LOCALES[lang])
    return text.replace(" ", NBSP).replace("\u202f", NBSP)


# The en dash between two days of one month is closed up («4–5»); between fuller dates it
# is spaced, the space before it unbreakable so that no line starts with the dash.
RANGE_CLOSED = "–"
RANGE_SPACED = f"{NBSP}– "


def date_range_parts(
    start: date, end: date, lang: str, case: DateCase = "nominative"
) -> tuple[str, str, str]:
    """(start text, dash, end text) of a range of days, the year and month written once
    when both ends share them: kk «2025 жылғы 4–5 желтоқсан», ru «4–5 декабря 2025 г.»,
    en "4–5 December 2025"; «2025 жылғы 30 қараша – 5 желтоқсан», «30 ноября – 5 декабря
    2025 г.», "30 November – 5 December 2025"; two years: both dates in full. The Kazakh
    case the sentence needs goes on the last word («…желтоқсанда өтеді»)."""
    if case not in CASES:
        raise ValueError(f"unknown case {case!r} of a date (known: {', '.join(CASES)})")
    if end < start:
        raise ValueError(f"a range of days cannot end ({end}) before it starts ({start})")
    if start.year != end.year:
        return format_date(start, lang), RANGE_SPACED, format_date(end, lang, case)
    same_month = start.month == end.month
    dash = RANGE_CLOSED if same_month else RANGE_SPACED
    if lang == "kk":  # the year first: «2025 жылғы 4–5 желтоқсан»
        first = f"{_kk_year(start)} {start.day if same_month else _kk_day_month(start)}"
        return first, dash, _kk_day_month(end, case)
    first = str(start.day) if same_month else _babel_text(start, "d MMMM", lang)
    return first, dash, format_date(end, lang)


def format_date_range(start: date, end: date, lang: str, case: DateCase = "nominative") -> str:
    """A range of days in running text (see `date_range_parts`); one day is one date."""
    if start == end:
        return format_date(start, lang, case)
    return "".join(date_range_parts(start, end, lang, case))


def date_range_html(start: date, end: date, lang: str, case: DateCase = "nominative") -> str:
    """`format_date_range` with each end in a <time> element that machines read: the
    element holds the part of the text that names its day («<time datetime="2025-12-04">
    2025 жылғы 4</time>–<time datetime="2025-12-05">5 желтоқсан</time>»)."""
    if start == end:
        return f'<time datetime="{start.isoformat()}">{format_date(start, lang, case)}</time>'
    first, dash, last = date_range_parts(start, end, lang, case)
    return (
        f'<time datetime="{start.isoformat()}">{first}</time>{dash}'
        f'<time datetime="{end.isoformat()}">{last}</time>'
    )


@dataclass(frozen=True)
class DateText:
    """A date for a whole-sentence template of the catalogs: the template names the case
    it needs after a colon, «{date:locative} жарияланды», «до {date}», and the date is
    written in that case (`html`: inside a <time> element that machines read)."""

    day: date
    lang: str
    html: bool = False

    def __format__(self, spec: str) -> str:
        text = format_date(self.day, self.lang, spec or "nominative")  # type: ignore[arg-type]
        if self.html:
            return f'<time datetime="{self.day.isoformat()}">{text}</time>'
        return text


# Kazakh ablative ending after a number written in digits ("10-нан", "5-тен", "20-дан"):
# it follows the last word of the number read aloud.
_KK_NUMBER_UNITS = {
    1: "ден",
    2: "ден",
    3: "тен",
    4: "тен",
    5: "тен",
    6: "дан",
    7: "ден",
    8: "ден",
    9: "дан",
}
_KK_NUMBER_TENS = {
    1: "нан",
    2: "дан",
    3: "дан",
    4: "тан",
    5: "ден",
    6: "тан",
    7: "тен",
    8: "нен",
    9: "нан",
}


def kazakh_number_ablative(number: int) -> str:
    """The ablative ending after a number in digits: 5 → «тен» (5-тен), 10 → «нан»."""
    if number % 10:
        return _KK_NUMBER_UNITS[number % 10]
    if number % 100:
        return _KK_NUMBER_TENS[(number // 10) % 10]
    return "ден"  # жүз, мың


@dataclass(frozen=True)
class NumberText:
    """A whole number for a template: «{n:ablative} аз» writes «5-тен аз» in Kazakh (the
    ending follows the number read aloud); Russian and English write the number alone."""

    value: int
    lang: str

    def __format__(self, spec: str) -> str:
        if spec not in ("", "ablative"):
            raise ValueError(f"unknown form {spec!r} of a number")
        if spec == "ablative" and self.lang == "kk":
            return f"{self.value}-{kazakh_number_ablative(self.value)}"
        return str(self.value)


def year_range(value: object) -> str:
    """An academic year as running text writes a range, with an en dash: 2026-2027 →
    «2026–2027» (the open data keep the hyphen of the identifier)."""
    text = str(value)
    if len(text) == 9 and text[4] == "-" and text[:4].isdigit() and text[5:].isdigit():
        return f"{text[:4]}–{text[5:]}"
    return text


def fill(template: str, **values: object) -> str:
    """A catalog template with its named placeholders filled («{date:locative}» for a date
    in the locative): one whole sentence per language, never fragments glued together."""
    return template.format(**values)


# Babel parses the locale and the pattern on every call; a site formats the same counts
# and shares many thousands of times (typed: 1 and 1.0 are kept apart).
@lru_cache(maxsize=1 << 16, typed=True)
def format_number(value: float, lang: str, decimals: int | None = None) -> str:
    """A number with the language's grouping and decimal mark: 500 000 / 500,000; 3,5 / 3.5."""
    if decimals is None:
        decimals = 0 if value == int(value) else 1
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, pattern, locale=LOCALES[lang]).replace("\u202f", NBSP)


_BYTE = {"kk": "Б", "ru": "Б", "en": "B"}
_KILOBYTE = {"kk": "КБ", "ru": "КБ", "en": "kB"}
_MEGABYTE = {"kk": "МБ", "ru": "МБ", "en": "MB"}


def file_size(count: int, lang: str) -> str:
    """A file size: «512 Б», «3,0 КБ», «1,2 МБ» (kk, ru); "512 B", "3.0 kB" (en).
    Kilobytes of 1000 bytes, as the SI symbol says."""
    if count < 1000:
        return f"{format_number(count, lang)}{NBSP}{_BYTE[lang]}"
    if count < 1_000_000:
        return f"{format_number(count / 1000, lang, 1)}{NBSP}{_KILOBYTE[lang]}"
    return f"{format_number(count / 1_000_000, lang, 1)}{NBSP}{_MEGABYTE[lang]}"


def plural_category(count: float, lang: str) -> str:
    """The CLDR plural category of `count` in `lang` ("one", "few", "many", "other")."""
    return _locale(lang).plural_form(count)


def pick_plural(count: float, forms: Mapping[str, str], lang: str) -> str:
    """The noun form `count` takes: `forms` maps CLDR categories to forms; "other" is the
    fallback (Kazakh needs only it: a noun after a numeral stays singular)."""
    category = plural_category(count, lang)
    return forms.get(category) or forms["other"]


def format_count(count: int, forms: Mapping[str, Mapping[str, str]], lang: str) -> str:
    """A count with its noun: «22 жол», «1 строка / 22 строки / 5 строк», "1 row / 22 rows".
    `forms` is {lang: {category: noun}}."""
    return f"{format_number(count, lang)}{NBSP}{pick_plural(count, forms[lang], lang)}"
