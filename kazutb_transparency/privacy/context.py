"""Words that turn an ordinary number or date into personal data, in kk, ru and en.

A date is only a birth date next to a word for birth; a 9-digit number only an ID-card
number next to a word for the card. "Next to" means within a short window before (or
just after, as Kazakh puts "туған" after the date) with no other number in between, or
in the column header of the table cell the value stands in.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kazutb_transparency.privacy.projection import Projection

BIRTH = re.compile(
    r"туған|туыл|рожд|родил|birth|\bborn\b|\bd\.?o\.?b\b|\bг\.\s?р\.|\bт\.\s?к\.\s?\Z|\bд\.\s?р\."
    r"|дүниеге\s+кел|появил\w*\s+на\s+свет"
    # ж.т. (жылы туған, born in), not ж.т.б. (және тағы басқалар, and so on)
    r"|(?<!\w)ж\.\s?т\.(?!\s?б)",
    re.IGNORECASE,
)
ID_DOCUMENT = re.compile(
    r"куәлі|төлқұжат|паспорт|удостоверени|уд\.\s?личн|\bж/к\b|\bу/л\b"
    # abbreviated: ж.к. (жеке куәлік), уд. л., удост., уд-ние (удостоверение)
    r"|(?<!\w)ж\.\s?к\.|(?<!\w)уд\.\s?л\.|(?<!\w)удост\.|(?<!\w)уд-ни[еяю]"
    r"|identity[\s_-]*(?:card|document)|\bid[\s_-]*card|passport|\bid[\s_-]*(?:no\b|number)",
    re.IGNORECASE,
)
STUDENT = re.compile(
    r"сынақ\s+кітапша|зач[её]тн\w*\s+книж|зач[её]тк\w*|студенттік\s+(?:билет|id|нөмір)"
    r"|студенческ\w*\s+(?:билет|id|номер)|(?:id|номер)\s+студента|студбилет"
    r"|студ\.\s*билет\w*|студ\.\s*бил\.|stud\.?\s*(?:id|card|no\b)"
    # Kazakh in the Latin alphabets of 2017 (with apostrophes), 2018 and 2021: studenttik
    # bilet, stu'denttik bi'let, stýdenttik bılet nómiri; synaq kitapshasy (record book).
    r"|st(?:u'|y'|[uúýy])denttik\s+(?:b(?:i'|[iı])let|id|n(?:o'|[oó])m(?:i'|[iı])r)"
    r"|s(?:y'|y|ı)naq\s+kitapsh"
    r"|student[\s_-]*(?:id|number|card|no\b|record)|record[\s_-]*book|matriculation",
    re.IGNORECASE,
)
PHONE = re.compile(
    r"тел\b|тел\.|телефон|моб\b|моб\.|мобильн|сот\.|сотов|ұялы|phone|\btel\b|\btel\.|mobile"
    r"|\bcell\b|call\s+me|whats\s?app|ватсап|вотсап|telegram|телеграм|viber|вайбер|байланыс",
    re.IGNORECASE,
)
IIN = re.compile(
    r"\bИИН\b|\bЖСН\b|\bIIN\b|\bИНН\b|жеке\s+сәйкестендіру|индивидуальн\w+\s+идентиф"
    r"|individual\s+identification",
    re.IGNORECASE,
)
# Cheap pre-check: lower-case stems of the words above, looked up in a small window
# around each number with one literal alternation (a case-insensitive regex with \s and
# \w in it costs some twenty times more per character). A stem may hit more than its word ("паспорт"
# in "процесс паспорты"); the regexes above then decide.
_STEMS = {  # keys: the detector's names for the kinds of context
    "birth": (
        "туған",
        "туыл",
        "рожд",
        "родил",
        "birth",
        "born",
        "dob",
        "d.o.b",
        "г.р.",
        "г. р.",
        "т.к.",
        "т. к.",
        "д.р.",
        "д. р.",
        "дүниеге",
        "на свет",
        "ж.т.",
        "ж. т.",
    ),
    "id-document": (
        "куәлі",
        "ж/к",
        "у/л",
        "төлқұжат",
        "паспорт",
        "удостовер",
        "уд.",
        "уд-ни",
        "удост",
        "ж.к",
        "ж. к",
        "identity",
        "id",
        "passport",
    ),
    "phone": (
        "тел",
        "моб",
        "сот",
        "ұялы",
        "phone",
        "tel",
        "mobile",
        "cell",
        "call",
        "whats",
        "ватсап",
        "вотсап",
        "telegram",
        "телеграм",
        "viber",
        "вайбер",
        "байланыс",
    ),
    "iin": ("иин", "жсн", "iin", "инн", "сәйкестендір", "идентиф", "identification"),
    "student": (
        "студент",
        "кітапша",
        "зачетн",
        "зачётн",
        "зачетк",
        "зачётк",
        "билет",
        "student",
        "denttik",  # Kazakh in the Latin alphabets: studenttik, stu'denttik, stýdenttik
        "bılet",
        "bilet",
        "bi'let",
        "kitapsh",  # synaq kitapshasy, the record book
        "record",
        "matricul",
    ),
}
_ANY_STEM = re.compile("|".join(re.escape(s) for stems in _STEMS.values() for s in stems))
_KIND_OF_STEM = {stem: kind for kind, stems in _STEMS.items() for stem in stems}

BEFORE = 60
AFTER = 30
_DIGIT = re.compile(r"[0-9]")


def _kinds(window: str) -> frozenset[str]:
    low = window.lower()
    if _ANY_STEM.search(low) is None:  # most windows: no context word at all
        return _NO_KINDS
    return frozenset(_KIND_OF_STEM[m.group()] for m in _ANY_STEM.finditer(low))


_NO_KINDS: frozenset[str] = frozenset()


_header_kinds = lru_cache(maxsize=4096)(_kinds)  # headers repeat on every row


def kinds_near(text: str, start: int, end: int) -> frozenset[str]:
    """Kinds of context stems in the window around [start, end)."""
    return _kinds(text[max(0, start - BEFORE) : end + AFTER])


def kinds_in_header(proj: Projection, pos: int) -> frozenset[str]:
    """Kinds of context words in the column header of the table cell at pos."""
    header = proj.header_at(pos)
    return _header_kinds(header) if header else frozenset()


_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")


def _nothing_between(text: str, start: int, end: int) -> bool:
    """No other number and no sentence break between a context word and the value."""
    return not _DIGIT.search(text, start, end) and not _SENTENCE_BREAK.search(text, start, end)


def has_context(words: re.Pattern[str], proj: Projection, start: int, end: int) -> bool:
    """A context word right before or after the value, or in its column header."""
    text = proj.text
    before = list(words.finditer(text, max(0, start - BEFORE), start))
    if before and _nothing_between(text, before[-1].end(), start):
        return True
    # After the value only within its line: "1998 ж. туған", not the next line's label.
    line_end = text.find("\n", end, end + AFTER)
    after = words.search(text, end, line_end if line_end != -1 else min(len(text), end + AFTER))
    if after is not None and _nothing_between(text, end, after.start()):
        return True
    header = proj.header_at(start)
    return bool(header) and words.search(header) is not None
