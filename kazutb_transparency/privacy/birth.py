"""Birth dates written with the month in words, in more forms than the number detectors
read: "born on the 5th of March, 1998", "March 5th, 1998", "родился 5-го марта 1998 года",
"1998 жылы 5-наурызда дүниеге келген"; and the birth dates that are no one's personal
data: those of public and historic figures ("Бауыржан Момышұлы 1910 жылы 24 желтоқсанда
туған", "(1910–1982)").

The search starts from the words for birth (found as literals), so text without them
costs a few searches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from itertools import pairwise

from kazutb_transparency.privacy.context import BIRTH
from kazutb_transparency.privacy.date_words import render
from kazutb_transparency.privacy.hits import Hit
from kazutb_transparency.privacy.namewords import LO, UP, public_figure
from kazutb_transparency.privacy.projection import Projection

# The month names every date detector reads, in English, Russian and Kazakh; each detector
# says what may follow a name (its case endings, an abbreviation's dot).
MONTH_NAMES = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
    r"|январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]"
    r"|октябр[ья]|ноябр[ья]|декабр[ья]"
    r"|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)"
)
_MONTH = MONTH_NAMES + r"[а-яәіөүұқғңһa-z]*\.?"
_ORDINAL = (
    r"(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth|thirtieth"
)
_DAY = rf"(?:(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th|-?го|-?ші|-?шы|-?сі|-?ы|-?і)?|{_ORDINAL})"
_YEAR = r"(?:19|20)[0-9]{2}"
_DATE = re.compile(
    rf"(?<![0-9])(?:the\s+)?{_DAY}[\s-]+(?:of\s+)?{_MONTH}[,\s]+{_YEAR}(?![0-9])"
    rf"(?:\s*(?:г\.|года|ж\.|жыл\w*))?"
    rf"|{_MONTH}\s+(?:the\s+)?{_DAY},?\s+{_YEAR}(?![0-9])"
    rf"|(?<![0-9]){_YEAR}\s*(?:ж\.|жылғы|жылы|жылдың|г\.|года)?\s*{_DAY}[\s-]*{_MONTH}"
    # "1998 жылы наурыздың 5-інде"
    rf"|(?<![0-9]){_YEAR}\s*(?:ж\.|жылғы|жылы|жылдың)\s*{_MONTH}\s+{_DAY}(?![0-9])",
    re.IGNORECASE,
)
_MONTH_IN = re.compile(_MONTH, re.IGNORECASE)
_YEAR_IN = re.compile(rf"(?<![0-9]){_YEAR}(?![0-9])")
_NEEDLES = ("туған", "туыл", "рожд", "родил", "born", "birth", "Birth", "Born", "дүниеге", "Туған")
_REACH = 90  # how far from its word for birth a date may stand
_SPELLED_REACH = 200  # the same for a date in words ("тысяча девятьсот …" is long)
_BIRTH_YEARS = (1900, date.today().year - 10)

# A life's span or its end: the person is a historic figure.
_DEATH = re.compile(
    r"қайтыс|дүниеден\s+өт|died|death|умер|скончал|\(\s*(?:1[0-9]|20)[0-9]{2}\s*[–—-]\s*"
    r"(?:1[0-9]|20)[0-9]{2}\s*\)",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(rf"[{UP}][{LO}]+(?:-[{UP}]?[{LO}]+)?")
_HISTORY_REACH = 150


def historic(text: str, start: int, end: int) -> bool:
    """A birth date of a public or historic figure: the figure named beside it, or the
    date of death or the life's span given with it (in the same paragraph)."""
    lo = max(0, start - _HISTORY_REACH)
    hi = min(len(text), end + _HISTORY_REACH)
    before, after = text.rfind("\n\n", lo, start), text.find("\n\n", end, hi)
    lo, hi = (before + 2 if before != -1 else lo), (after if after != -1 else hi)
    if _DEATH.search(text, lo, hi):
        return True
    words = [m.group() for m in _CAPITALISED.finditer(text, lo, hi)]
    return any(public_figure(f"{a} {b}") for a, b in pairwise(words))


def _plausible(found: str) -> bool:
    return any(
        _BIRTH_YEARS[0] <= int(year.group()) <= _BIRTH_YEARS[1] for year in _YEAR_IN.finditer(found)
    )


def birth_word_hits(proj: Projection) -> Iterator[Hit]:
    text = proj.text
    seen: set[int] = set()
    for needle in _NEEDLES:
        at = text.find(needle)
        while at != -1:
            if BIRTH.match(text, at) or BIRTH.search(text, max(0, at - 2), at + 12):
                lo, hi = max(0, at - _REACH), min(len(text), at + _REACH)
                for m in _DATE.finditer(text, lo, hi):
                    if m.start() in seen or not _plausible(m.group()):
                        continue
                    seen.add(m.start())
                    if not historic(text, m.start(), m.end()):
                        yield Hit(m.start(), m.end(), "birth-date", m.group())
                yield from _spelled_dates(text, at, seen)
            at = text.find(needle, at + 1)


def _spelled_dates(text: str, at: int, seen: set[int]) -> Iterator[Hit]:
    """Birth dates with their numbers in words near the word for birth at `at`:
    "родилась пятого марта тысяча девятьсот девяносто восьмого года"."""
    lo, hi = max(0, at - _SPELLED_REACH), min(len(text), at + _SPELLED_REACH)
    if _MONTH_IN.search(text, lo, hi) is None:
        return
    rendered = render(text, lo, hi)
    if rendered is None:
        return
    for m in _DATE.finditer(rendered.text):
        if not rendered.has_words(m.start(), m.end()) or not _plausible(m.group()):
            continue  # a date in digits is read above
        start, end = rendered.origin(m.start()), rendered.origin_end(m.end())
        if start in seen:
            continue
        seen.add(start)
        if not historic(text, start, end):
            yield Hit(start, end, "birth-date", text[start:end])
