"""Personal names in kk, ru and en text: full names with a patronymic, and initials forms.

Recognised shapes (Cyrillic and Latin):
  Surname Given Patronymic     Сарсенова Айгерим Болатовна, Ахметов Нұрлан Серікұлы
  Given Patronymic [Surname]   Aigerim Bolatovna Sarsenova, Nurlan Serikuly Akhmetov
  Surname I.O. / I.O. Surname  Сарсенова А.Б., А. Б. Сарсенова, Sarsenova A.B.
  Surname I. / I. Surname      only when the word looks like a surname (-ов, -ева, -ұлы…)

Ordinary capitalised words never have a patronymic ending or initials beside them, so
titles, unit and programme names pass. Eponyms of institutions ("Қ. Құлажанов атындағы",
"имени К. Кулажанова", "L.N. Gumilyov Eurasian National University") are public names
and are not reported; the university's own eponym is also in the allowlist.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from kazutb_transparency.privacy.detectors import Hit
from kazutb_transparency.privacy.projection import Projection

UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
LO = "a-zа-яёәғқңөұүһі"
_W = rf"[{UP}][{LO}]+(?:-[{UP}]?[{LO}]+)?"
_WC = rf"[{UP}]{{2,}}(?:-[{UP}]{{2,}})?"  # an all-capitals surname
_PATRONYMIC_ENDING = (
    r"(?:[оеё]вич|ьич)(?:а|у|ем|е)?"
    r"|(?:[ое]вн|ичн)(?:а|ы|е|у|ой|ою)"
    r"|(?:ұлы|улы|қызы|кызы)(?:ның|на|нан|нда|н|мен)?"
    r"|ovich|evich|ovna|evna|ichna|uly|uli|kyzy|qyzy|kyzi"
)
_P = rf"[{UP}][{LO}]+?(?:{_PATRONYMIC_ENDING})"
_SEP = r"(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)"  # a name may wrap once, not cross a block
_HS = r"[ \t\u00a0]+"
_I = rf"[{UP}]\."
_II = rf"{_I}(?:[ \u00a0]?{_I})?"
_END = r"(?![\w-])"

_NAME = re.compile(
    rf"(?P<full>(?:{_W}{_SEP}{_P}{_SEP}{_W}|{_W}{_SEP}{_W}{_SEP}{_P}|{_W}{_SEP}{_P}){_END})"
    rf"|(?P<surname_initials>{_W}{_HS}{_II}(?!\w))"
    rf"|(?P<initials_surname>{_II}[ \u00a0]?{_W}{_END})"
    rf"|(?P<caps_initials>{_WC}{_HS}{_I}[ \u00a0]?{_I}(?!\w))"
    rf"|(?P<initials_caps>{_I}[ \u00a0]?{_I}[ \u00a0]?{_WC}{_END})"
)
# Where a name can begin: a capitalised word followed by another, an initial, or an
# all-capitals word followed by an initial. One cheap pass; _NAME confirms.
_ANCHOR = re.compile(
    rf"[{UP}](?:[{LO}]+(?=[ \t\u00a0\n]{{1,4}}[{UP}])|\.|[{UP}]+(?=[ \u00a0]+[{UP}]\.))"
)
_WORDCHAR_OR_DOT = re.compile(r"[\w.]")
_PATRONYMIC = re.compile(rf"{_P}\Z")
_SURNAME = re.compile(
    r"(?:[оеё]в|[иы]н|ск|цк|енк|ук|юк|ич|ян|ұлы|улы|қызы|кызы|бай|бек"
    r"|ov|ev|[iy]n|sk|enk|uly|kyzy|qyzy|bay|bek)"
    r"(?:а|ая|ий|ой|ою|у|ым|ом|е|ы|о|тың|тің|ның|нің|қа|ке|ға|ге|ты|ті|ны|ні|пен|мен"
    r"|нан|нен|тан|тен|та|те|да|де|a|aya|iy|o|y)?\Z",
    re.IGNORECASE,
)
_TITLES = frozenset(
    {
        "профессор",
        "доцент",
        "ректор",
        "проректор",
        "декан",
        "директор",
        "меңгеруші",
        "оқытушы",
        "аға",
        "оқытушысы",
        "студент",
        "магистрант",
        "докторант",
        "профессоры",
        "доценті",
        "ректоры",
        "деканы",
        "директоры",
        "заведующий",
        "преподаватель",
        "старший",
        "академик",
        "доктор",
        "кандидат",
        "professor",
        "dr",
        "mr",
        "mrs",
        "ms",
        "rector",
        "dean",
        "director",
        "lecturer",
        "student",
        "associate",
        "assistant",
        "senior",
        "head",
    }
)
# Dotted abbreviations that look like two initials (Қ.Р. = Қазақстан Республикасы).
_ABBREVIATIONS = frozenset(
    {"U.S.", "U.K.", "E.U.", "P.S.", "A.D.", "B.C.", "N.B.", "U.N.", "Қ.Р.", "К.Р.", "Р.К.", "Р.Ф."}
)
_EPONYM_AFTER = re.compile(r"[ \t\u00a0\n]*(?:атындағы|атында)", re.IGNORECASE)
_EPONYM_BEFORE = re.compile(r"(?:имени|им\.|named after)[ \t\u00a0\n]*\Z", re.IGNORECASE)
_EN_INSTITUTION_AFTER = re.compile(
    r"(?:[ \t\u00a0]+(?:[A-Z][a-z]+|of|and|the)){0,8}?[ \t\u00a0]+"
    r"(?:University|Institute|Academy|College|Universitet)\b"
)


def _surname_like(word: str) -> bool:
    return _SURNAME.search(word) is not None


def _accept(m: re.Match[str]) -> bool:
    """Extra checks of shapes that ordinary text can also take."""
    kind = m.lastgroup
    value = m.group()
    if kind in ("surname_initials", "initials_surname"):
        initials = re.findall(rf"[{UP}]\.", value)
        word = re.sub(rf"[{UP}]\.|\s", "", value)
        if len(initials) == 1:
            return _surname_like(word)
        return "".join(initials) not in _ABBREVIATIONS
    if kind in ("caps_initials", "initials_caps"):
        word = re.sub(rf"[{UP}]\.|\s", "", value)
        return _surname_like(word)
    return True


_WORD_SPACE = re.compile(rf"{_W}{_HS}")


def _prefer_initials_first(text: str, m: re.Match[str], word: str) -> re.Match[str] | None:
    """ "Ректор Л.К. Байболова": the initials belong to the next word, not to "Ректор".

    A word before initials is read as their surname only if it looks like one or no
    capitalised word follows the initials.
    """
    title = word.casefold() in _TITLES
    if not title and _surname_like(word):
        return m
    lead = _WORD_SPACE.match(text, m.start())
    after = _NAME.match(text, lead.end()) if lead else None
    if after is not None and after.lastgroup in ("initials_surname", "initials_caps"):
        return after
    return None if title else m


def _is_eponym(text: str, start: int, end: int) -> bool:
    return (
        _EPONYM_AFTER.match(text, end) is not None
        or _EPONYM_BEFORE.search(text, max(0, start - 20), start) is not None
        or _EN_INSTITUTION_AFTER.match(text, end) is not None
    )


def name_hits(proj: Projection) -> Iterator[Hit]:
    text = proj.text
    covered = 0
    for anchor in _ANCHOR.finditer(text):
        pos = anchor.start()
        if pos < covered or (pos > 0 and _WORDCHAR_OR_DOT.match(text, pos - 1)):
            continue
        m = _NAME.match(text, pos)
        if m is None:
            continue
        first_word = m.group().split()[0]
        if m.lastgroup == "full" and first_word.casefold() in _TITLES:
            continue  # "Доцент Айгерим Болатовна": the name is the next anchor
        if m.lastgroup == "surname_initials":
            m = _prefer_initials_first(text, m, first_word)
            if m is None:
                continue
        if not _accept(m) or _is_eponym(text, m.start(), m.end()):
            covered = m.end()
            continue
        covered = m.end()
        yield Hit(m.start(), m.end(), "person-name", m.group())


# --- comparing a found name with the allowlist -------------------------------------

_VOWEL_END = re.compile(r"[аяеёиоуыэюәіөұүaeiouy]\Z")


def normalize_name(value: str) -> str:
    """Case, ё/е, spacing after initials and line breaks do not matter."""
    value = unicodedata.normalize("NFC", value).casefold().replace("ё", "е")
    value = re.sub(r"\.\s+", ".", " ".join(value.split()))
    return value.strip()


def surname_stem(surname: str) -> str:
    """Байболова → байболов: case endings are added to the stem in both languages."""
    return _VOWEL_END.sub("", surname)


def name_key(value: str) -> tuple[tuple[str, ...], str] | None:
    """(initials, surname) of a name, whichever way it is written; None if not derivable."""
    norm = normalize_name(value)
    initials = tuple(re.findall(r"(\w)\.", norm))
    words = [w for w in re.sub(r"\w\.", " ", norm).split() if w]
    if initials and len(words) == 1:
        return initials, words[0]
    if initials or len(words) != 3:
        return None
    patronymic = [i for i, w in enumerate(words) if _PATRONYMIC.search(w.capitalize())]
    if patronymic == [2]:
        surname, given, patr = words
    elif patronymic == [1]:
        given, patr, surname = words
    else:
        return None
    return (given[0], patr[0]), surname
