"""Personal names in kk, ru and en text, in every written form.

Recognised shapes (Cyrillic and Latin, in any grammatical case):
  Surname Given Patronymic     Сарсенова Айгерим Болатовна, Лебедеву Олегу Викторовичу
  Given Patronymic [Surname]   Aigerim Bolatovna Sarsenova, Олег Викторович
  Patronymic Given             Жомартұлы Даулет
  Given Surname / Surname Given  Жанна Омарова, Омаровой Жанне, Daulet Kenzhebayev
  Surname I.O. / I.O. Surname  Сарсенова А.Б., А. Б. Сарсенова, Sarsenova A.B., K. Omarova
  a Kazakh patronymic alone    Жомартқызына
  any name in a column headed ФИО, Аты-жөні, Full name, Name

Given names come from the lexicon (namewords); a given name that is also an ordinary
word (Бақыт, Вера) counts only beside a word shaped like a surname. Places, institutions
and awards named after people ("улица Сатпаева", "Абай атындағы", "named after",
"… University") are public names and are not reported; the university's own eponym is
also in the allowlist.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from kazutb_transparency.privacy.hits import Hit
from kazutb_transparency.privacy.namewords import (
    LO,
    PATRONYMIC_ENDING,
    UP,
    Given,
    given,
    kazakh_stems,
    latin_dictionary_name,
    ordinary_word,
    patronymic_like,
    public_figure,
    surname_like,
)
from kazutb_transparency.privacy.projection import Projection

# The 2017 Kazakh Latin alphabet writes ә, ғ, ң, ө, ү, и, ш, ч as a letter and an
# apostrophe (Ai'gerim, S'yn'g'ys); an English clitic (Nurlan's, isn't) is not one.
# So does a Russian soft sign transliterated (Gul'nara, Ol'ga, Kuz'mina).
_APOSTROPHE_LETTER = rf"['’](?<=[a-z]['’])(?!(?:s|t|d|m|ll|re|ve)(?![{LO}]))[{LO}]+"
_W = (  # Омарова, Kassym-Jomart, O'Brien, Ai'gerim
    rf"[{UP}](?:['’][{UP}]|['’](?<=[AGNOUISC]['’])(?=[{LO}]{{2}}))?[{LO}]+"
    rf"(?:{_APOSTROPHE_LETTER})*(?:-[{UP}]?[{LO}]+)?"
)
_WC = rf"[{UP}]{{2,}}(?:-[{UP}]{{2,}})?"  # an all-capitals surname
_P = rf"[{UP}][{LO}]+?(?:{PATRONYMIC_ENDING})"
_SEP = r"(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)"  # a name may wrap once, not cross a block
_HS = r"[ \t\u00a0]+"
_I = rf"(?:[{UP}]|Zh|Sh|Ch|Kh|Ts|Ye|Yu|Ya|Yo)\."  # Latin initials of Ж, Ш, Е… are two letters
_II = rf"{_I}(?:[ \u00a0]?{_I})?"
# Two initials whose last dot is missing, or both: "А Б", "А.Б", "А. Б" (forms and tables
# drop them).
_BARE_II = rf"[{UP}](?:\.[ \u00a0]?|[ \u00a0])[{UP}]"
_END = r"(?![\w-])"

_NAME = re.compile(
    rf"(?P<full>(?:{_W}{_SEP}{_P}{_SEP}{_W}|{_W}{_SEP}{_W}{_SEP}{_P}|{_W}{_SEP}{_P}){_END})"
    rf"|(?P<surname_initials>{_W}{_HS}{_II}(?!\w))"
    rf"|(?P<initials_surname>{_II}[ \u00a0]?{_W}{_END})"
    rf"|(?P<caps_initials>{_WC}{_HS}{_I}[ \u00a0]?{_I}(?!\w))"
    rf"|(?P<initials_caps>{_I}[ \u00a0]?{_I}[ \u00a0]?{_WC}{_END})"
    rf"|(?P<surname_bare>{_W}{_HS}{_BARE_II}(?![\w.]))"
    rf"|(?P<bare_surname>{_BARE_II}[ \u00a0]{_W}{_END})"
)
# Two capitalised words: given name and surname in either order, or patronymic + given.
_PAIR = re.compile(rf"(?P<a>{_W}|{_WC}){_SEP}(?P<b>{_W}|{_WC})(?:{_SEP}{_P})?{_END}")
# Where a name can begin: a capitalised word followed by another, an initial, or an
# all-capitals word followed by an initial. One cheap pass; _NAME confirms.
_ANCHOR = re.compile(
    rf"[{UP}](?:['’]?[{LO}]+(?:['’][{LO}]+)*(?:-[{UP}]?[{LO}]+)?(?=[ \t\u00a0\n]{{1,4}}[{UP}])"
    rf"|[a-z]?\.|(?=[ \u00a0][{UP}][ \u00a0][{UP}][{LO}])"
    rf"|[{UP}]+(?=[ \u00a0]+[{UP}][{LO}.]|[ \u00a0]+[{UP}]{{3}}))"
)
# A Kazakh patronymic on its own (Жомартқызына): its endings are literal, so a cheap search.
_KK_PATRONYMIC = re.compile(
    rf"(?<![\w-])[{UP}][{LO}]{{2,}}?(?:ұлы|улы|қызы|кызы)(?:ның|на|нан|нда|н|мен)?{_END}"
    rf"|(?<![\w-])[A-Z][a-z]{{2,}}?(?:uly|kyzy|qyzy){_END}"
)
_WORDCHAR_OR_DOT = re.compile(r"[\w.-]")  # inside a word, or the second half of Қасым-Жомарт
_TITLES = frozenset(
    [
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
        "уважаемый",
        "уважаемая",
        "құрметті",
        "господин",
        "госпожа",
        "студентка",
        "магистрантка",
        "applicant",
        "заявитель",
        "өтініш",
        "беруші",
    ]
)
# Capitalised English words that follow a given name in the names of things.
_NOT_SURNAMES = frozenset(
    """university institute college school academy street avenue road square park
    department faculty centre center council board programme program prize award
    foundation fund group office service day week year hall cup company bank project
    scholarship fellowship lecture lectures memorial museum library river lake bridge
    readings olympiad festival conference medal forum games
    mountain airport station district region city house and of the for at in on ave st
    str rd blvd microdistrict conservatory theatre theater hospital clinic stadium arena
    lyceum gymnasium surname фамилия тегі""".split()  # noqa: SIM905 (a word list reads best as text)
)
_BANKS = ("bank", "банк")
# Dotted abbreviations that look like two initials (Қ.Р. = Қазақстан Республикасы).
_ABBREVIATIONS = frozenset(
    {"U.S.", "U.K.", "E.U.", "P.S.", "A.D.", "B.C.", "N.B.", "U.N.", "Қ.Р.", "К.Р.", "Р.К.", "Р.Ф."}
)
# Things named after people: the name is a public name there, not personal data.
_NAMED_AFTER = re.compile(
    r"[ \t\u00a0\n]*(?:атындағы|атында|көшесі|даңғылы|даңғ\.|бульвары|алаңы|саябағы|ауданы"
    r"|тұйығы|шағын\s+ауданы|мектебі|сыйлығы|стипендиясы|көш\.|оқулары|кубогы|медалі"
    r"|залы|орталығы|қоры)",
    re.IGNORECASE,
)
_PLACE_BEFORE = re.compile(
    r"(?:(?:имени|им\.)(?:[ \t\u00a0]+[а-яё]+\.?)?|named\s+after|улиц[аеыу]|ул\.|проспект[ае]?"
    r"|пр\.|пр-т|пр-кт|переул\w*|пер\."
    r"|бульвар[ае]?|б-р|площад[ьи]|пл\.|сквер[ае]?|парк[ае]?|микрорайон[ае]?|мкр\.?|школ[аеыу]"
    r"|гимнази[яию]|лице[йяю]|премии|премия|стипендии|стипендия|орден[ае]?|медал[ьи]"
    r"|street|st\.|avenue|ave\.|prospekt|köşesi)[ \t\u00a0\n]*\Z",
    re.IGNORECASE,
)
# "Al-Farabi Kazakh National University", not "Emily Clarke of the University of Leeds":
# a person of an institution is followed by "of", a thing named after a person never is.
_EN_INSTITUTION_AFTER = re.compile(
    r"(?:[ \t\u00a0]+(?:[A-Z][a-z]+|and|the)(?:[ \t\u00a0]+(?:[A-Z][a-z]+|of|and|the)){0,7}?)?"
    r"[ \t\u00a0]+"
    r"(?:University|Institute|Academy|College|Universitet|Street|Avenue|Ave|St|Prize|Award"
    r"|Scholarship|School|Foundation|Conservatory|Theatre|Theater|Hospital|Stadium|Lyceum"
    r"|Gymnasium|Museum|Library|Park|Square|Boulevard|Microdistrict|Readings|Lectures|Cup"
    r"|Festival|Olympiad|Hall|Centre|Center|Fund|Medal|Conference)\b"
)
_INITIAL = re.compile(_I)
_INITIALS_OR_SPACE = re.compile(rf"{_I}|\s")
_WORD_SPACE = re.compile(rf"{_W}{_HS}")


def _accept(m: re.Match[str]) -> bool:
    """Extra checks of shapes that ordinary text can also take."""
    kind = m.lastgroup
    value = m.group()
    if kind in ("surname_initials", "initials_surname"):
        initials = _INITIAL.findall(value)
        word = _INITIALS_OR_SPACE.sub("", value)
        if word.casefold() in _NOT_SURNAMES or word.casefold().endswith(_BANKS):
            return False  # Citibank N.A., Chase Bank N.A. (a National Association)
        if len(initials) == 1:
            return surname_like(word) or given(word) is Given.STRONG
        return "".join(initials) not in _ABBREVIATIONS
    if kind in ("caps_initials", "initials_caps"):
        word = _INITIALS_OR_SPACE.sub("", value)
        return surname_like(word.capitalize())
    if kind in ("surname_bare", "bare_surname"):  # "Вариант А Б" is no name: the surname decides
        word = max(value.replace(".", " ").split(), key=len)
        return word.casefold() not in _TITLES and surname_like(word)
    return True


def _prefer_initials_first(text: str, m: re.Match[str], word: str) -> re.Match[str] | None:
    """ "Ректор Л.К. Байболова": the initials belong to the next word, not to "Ректор".

    A word before initials is read as their surname only if it looks like one or no
    capitalised word follows the initials.
    """
    title = word.casefold() in _TITLES
    if not title and surname_like(word):
        return m
    lead = _WORD_SPACE.match(text, m.start())
    after = _NAME.match(text, lead.end()) if lead else None
    if after is not None and after.lastgroup in ("initials_surname", "initials_caps"):
        return after
    return None if title else m


# A surname's own ending (ZHAKSYBEKOV ARMAN: a given name that is also a word counts
# beside it, in capitals too).
_SURNAME_ENDING = re.compile(
    r"(?:ов|ев|ёв|ова|ева|ин|ина|ov|ev|yev|ova|eva|yeva|uly|kyzy|ұлы|қызы)\Z"
)


def _latin(word: str) -> bool:
    """Latin letters, with or without diacritics (Carter, Müller, Wiśniewski)."""
    return all(
        c in "'’-" or ("a" <= c.lower() <= "z") or unicodedata.name(c, "").startswith("LATIN")
        for c in word
    )


def _title(word: str) -> str:
    """ОМАРОВА-ЛИ → Омарова-Ли."""
    return "-".join(h[:1] + h[1:].lower() for h in word.split("-"))


def _pair_is_name(a: str, b: str) -> bool:
    """Two capitalised words that make a name: given + surname either way, or patronymic
    + given. A weak given name (also an ordinary word) needs a surname-shaped partner.
    A surname may be written in capitals (ОМАРОВА Жанна), as forms and lists do."""
    if a.casefold() in _TITLES or b.casefold() in _TITLES:
        return False
    if a.casefold() in _NOT_SURNAMES or b.casefold() in _NOT_SURNAMES:
        return False  # Abay Ave, Kenesary St: a street
    if a.isupper() and b.isupper():  # AIGERIM SEITKALI: a form or a printed page in capitals
        ca, cb = _title(a), _title(b)
        return any(
            (given(first) is Given.STRONG and surname_like(last))
            or (given(first) and _SURNAME_ENDING.search(last.casefold()) is not None)
            for first, last in ((ca, cb), (cb, ca))
        )
    if a.isupper() or b.isupper():
        caps, other = (a, b) if a.isupper() else (b, a)
        return surname_like(_title(caps)) and bool(given(other))
    ga, gb = given(a), given(b)
    if patronymic_like(a) and gb:
        return True
    if ga is Given.STRONG and _latin(b) and b.casefold() not in _NOT_SURNAMES:
        return True  # Emily Carter, Jonas Müller: a Latin surname has no shape to tell it by
    if gb is Given.STRONG and surname_like(a):
        return True
    if ga is Given.STRONG and (surname_like(b) or gb is Given.STRONG):
        return True
    if not ga and not gb and a.isascii() and b.isascii():  # Leonardo Zhakupov
        return (latin_dictionary_name(a) and surname_like(b)) or (
            latin_dictionary_name(b) and surname_like(a)
        )
    return bool((ga and surname_like(b) and not gb) or (gb and surname_like(a) and not ga))


# Typographic quotes only: ASCII quotes also delimit strings in YAML, CSV and code.
_OPEN_QUOTES = "«“„"
_CLOSE_QUOTES = "»”“"


# A holder of a state office named in the office's role ("министрі Саясат Нұрбек", "аким
# города Астаны …", "President Tokayev"): public, not a private person. The head of a
# student council is no state office: "Президент" counts with its capital only.
_IN_ROLE = re.compile(
    r"(?:(?<!\w)(?:вице-|премьер-)?(?:министр\w*|аким\w*|әкім\w*|депутат\w*|сенатор\w*)"
    r"|(?<!\w)Президент\w*|(?<!\w)(?:Vice |Prime )?(?:[Mm]inister|[Aa]kim|President|[Ss]enator)"
    r")(?:[ \u00a0]+[^\s.,;:!?()«»\"]+){0,3}?[ \u00a0]+\Z"
)
_ROLE_REACH = 50  # characters before the name: the office and up to three words after it

# A reference to a published work on the name's line: its author is public by the
# publication. An ISBN, ISSN or DOI, "// journal", "— City: Publisher, 2019" or
# "2019. — 320 с.".
_CITED = re.compile(
    r"ISBN|ISSN|\bDOI\b|doi\.org|\s//\s|\b97[89]-[0-9]{1,5}-[0-9]{1,7}-[0-9]{1,7}-[0-9X]\b"
    r"|(?<![0-9])97[89][0-9]{10}(?![0-9])"
    rf"|—[ \u00a0]*[{UP}][\w .-]{{0,20}}\.?:[ \u00a0]*[^,\n]{{1,60}},[ \u00a0]*(?:19|20)[0-9]{{2}}"
    r"|(?:19|20)[0-9]{2}\.[ \u00a0]*—[ \u00a0]*[0-9]+[ \u00a0]*(?:с|б|бет|p|pp)\."
)
_CITED_BEFORE, _CITED_AFTER = 60, 250  # within the detector's reach (privacy/triggers.py)


def _in_role(text: str, start: int) -> bool:
    return _IN_ROLE.search(text, max(0, start - _ROLE_REACH), start) is not None


def _cited(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    lo = max(line_start, start - _CITED_BEFORE)
    hi = min(len(text) if line_end == -1 else line_end, end + _CITED_AFTER)
    return _CITED.search(text, lo, hi) is not None


def _named_after(text: str, start: int, end: int) -> bool:
    quoted = start > 0 and end < len(text) and text[start - 1] in _OPEN_QUOTES
    if quoted and text[end] in _CLOSE_QUOTES:  # «Ы. Алтынсарин» төсбелгісі: a thing's name
        return True
    return (
        _NAMED_AFTER.match(text, end) is not None
        or _PLACE_BEFORE.search(text, max(0, start - 24), start) is not None
        or _EN_INSTITUTION_AFTER.match(text, end) is not None
    )


def _match_at(text: str, pos: int) -> re.Match[str] | None:
    """The name starting at pos, if any (before the checks for places and eponyms)."""
    m = _NAME.match(text, pos)
    if m is not None:
        first_word = m.group().split()[0]
        if m.lastgroup == "full" and (
            first_word.casefold() in _TITLES or _common_word_before(m.group().split())
        ):
            m = None  # "Доцент Айгерим Болатовна": the name is the next anchor
        elif "\t" in m.group() and "\n" in m.group():
            m = None  # the last cell of a table's row and cells of the next: not one name
        elif m.lastgroup == "surname_initials":
            m = _prefer_initials_first(text, m, first_word)
        if m is not None and _accept(m):
            return m
    pair = _PAIR.match(text, pos)
    if pair is not None and _pair_is_name(pair.group("a"), pair.group("b")):
        return pair
    return None


def _common_word_before(words: list[str]) -> bool:
    """ "Сабақ Абай Құнанбайұлы", "Ұлы Абай Құнанбайұлы": a word of the sentence before a
    given name and patronymic, taken for a surname. It is one if it is shaped like no
    part of a name and the two words after it are a given name and a patronymic."""
    if len(words) != 3 or not patronymic_like(words[2]) or not given(words[1]):
        return False
    first = words[0]
    return not surname_like(first) and not given(first) and not patronymic_like(first)


# Words before a name that say a person is named: titles, and the labels of a name.
_PERSON_WORD = re.compile(
    r"(?<!\w)(?:студент\w*|оқытушы\w*|магистрант\w*|докторант\w*|профессор\w*|доцент\w*"
    r"|преподават\w*|сотрудник\w*|қызметкер\w*|құрметті|уважаем\w+|dear|mr|mrs|ms|dr"
    r"|student|lecturer|professor|applicant|ф\.?\s?и\.?\s?о|аты[\s-]*жөні|full\s+name|name"
    r"|имя|фамилия|тегі|автор\w*|author|жауапты|ответственн\w+|исполнитель|орындаған"
    r"|заявител\w+|өтініш\s+беруші\w*"
    # congratulations and thanks name a person
    r"|құттықтаймыз|құттықтау\w*|алғыс\w*|поздравляем|поздравлени\w+|благодарност\w+"
    r"|congratulations\s+to|thanks\s+to|awarded\s+to)\.?[ \t\u00a0:–—,-]*\Z",
    re.IGNORECASE,
)
_NAME_SHAPED = re.compile(rf"[{UP}][{LO}]{{2,14}}")


def _unlisted_given(text: str, pos: int) -> re.Match[str] | None:
    """A given name no list holds beside a surname, after a word that names a person:
    "студент Ахметов Тұрсынғазы". The surname must be one (its shape or the list of
    surnames), the other word shaped like a name and no dictionary word."""
    pair = _PAIR.match(text, pos)
    if pair is None or "\t" in pair.group():
        return None
    # The person word in the same cell or line: "Студенты<tab>Students<tab>Жылына" is a
    # table's row of labels, not "students Students Zhylyna".
    start = max(0, pos - 30, text.rfind("\t", 0, pos) + 1, text.rfind("\n", 0, pos) + 1)
    if _PERSON_WORD.search(text, start, pos) is None:
        return None
    a, b = pair.group("a"), pair.group("b")
    for surname, other in ((a, b), (b, a)):
        if (
            surname_like(surname)
            and _NAME_SHAPED.fullmatch(other)
            and other.casefold() not in _TITLES
            and other.casefold() not in _NOT_SURNAMES
            and not _dictionary_word(other)
        ):
            return pair
    return None


def _dictionary_word(word: str) -> bool:
    """A dictionary word, also under a Kazakh case ending (Университетке, Астанада)."""
    return ordinary_word(word) or any(
        ordinary_word(stem.capitalize()) for stem in kazakh_stems(word.casefold())[1:]
    )


def name_hits(proj: Projection) -> Iterator[Hit]:
    text = proj.text
    covered = 0
    found: list[Hit] = []
    public: list[tuple[int, int]] = []  # names of things and of public figures
    for anchor in _ANCHOR.finditer(text):
        pos = anchor.start()
        if pos < covered or (pos > 0 and _WORDCHAR_OR_DOT.match(text, pos - 1)):
            continue
        m = _match_at(text, pos)
        if m is None:
            m = _unlisted_given(text, pos)
        if m is None:
            continue
        covered = m.end()
        last = m.group().split()[-1].casefold()
        if (
            _named_after(text, m.start(), m.end())
            or public_figure(m.group())
            or _in_role(text, m.start())
            or _cited(text, m.start(), m.end())
            or (
                last in _NOT_SURNAMES  # Bauyrzhan Momyshuly Avenue
            )
        ):
            public.append((m.start(), m.end()))
        else:
            found.append(Hit(m.start(), m.end(), "person-name", m.group()))
    if (
        "ұлы" in text
        or "қызы" in text
        or "улы" in text
        or "кызы" in text
        or "uly" in text
        or ("yzy" in text)
    ):
        found += _lone_patronymics(text, found, public)
    found += _header_cells(proj, found)
    yield from found


# A surname after a form of address (Mr Ospanov, г-жа Ахметова), or before a Kazakh one
# (Оспанов мырза); a list's "Surname, Given name" (Ахметов, Ерлан).
_SURNAME_WORD = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"
_ADDRESSED = re.compile(
    rf"(?<![\w-])(?:Mr|Mrs|Ms|Miss|Dr|г-н\w*|г-ж[аеиоу]\w*|господин\w*|госпож\w+)\.?[ \u00a0]+"
    rf"(?P<after>{_SURNAME_WORD})(?![\w-])"
    rf"|(?<![\w-])(?P<before>{_SURNAME_WORD})[ \u00a0]+(?:мырза|ханым)\w*(?!\w)"
)
_ADDRESS_WORDS = ("Mr", "Ms", "Dr", "Miss", "г-н", "г-ж", "господ", "госпож", "мырза", "ханым")
# Searched from the comma: the regex engine then skips to the next ", " instead of trying
# a surname at every capital letter.
_LISTED = re.compile(rf",[ \u00a0]+(?P<given>[{UP}][{LO}]+)(?![\w-])")
_SURNAME_BEFORE = re.compile(rf"(?<![\w-])(?P<surname>{_SURNAME_WORD})\Z")
_SURNAME_LONGEST = 40
_WORD_BEFORE = re.compile(rf"[{UP}][{LO}]+\.?[ \u00a0]+\Z")


# A family named by its surname in the plural, in any case: «Ахметовтердің отбасы».
_FAMILY = re.compile(
    rf"(?P<surname>[{UP}][{LO}]+?(?:ов|ев|ин)а?)(?:тар|тер|лар|лер|дар|дер)"
    r"(?:дың|дің|тың|тің|ға|ге|қа|ке|ды|ді|ты|ті|да|де|та|те|дан|ден|тан|тен|мен|бен|пен"
    r"|ы|і)?(?![\w-])"
)


_PLURALS = ("тар", "тер", "лар", "лер", "дар", "дер")


def _families(text: str, taken: list[tuple[int, int]]) -> Iterator[Hit]:
    for m in _FAMILY.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
            continue  # inside a word
        if (
            not any(s < m.end() and m.start() < e for s, e in taken)
            and surname_like(m.group("surname"))
            and not ordinary_word(m.group())  # Принтер, Кинотеатр: no Прин or Кино family
        ):
            yield Hit(m.start(), m.end(), "person-name", m.group())


def listed_names(proj: Projection) -> Iterator[Hit]:
    """Names the pairs of capitalised words do not anchor: a list's "Surname, Given", a
    surname after or before a form of address, a family by its plural surname. A
    detector of its own, so that its commas do not widen the name detector's windows."""
    text = proj.text
    taken: list[tuple[int, int]] = []
    if any(plural in text for plural in _PLURALS):
        yield from _families(text, taken)
    addressed = any(word in text for word in _ADDRESS_WORDS)
    for m in _ADDRESSED.finditer(text) if addressed else ():
        group = "after" if m.group("after") else "before"
        start, end = m.span(group)
        word = m.group(group)
        if any(s < end and start < e for s, e in taken) or word.casefold() in _NOT_SURNAMES:
            continue
        if surname_like(word) and not given(word):
            yield Hit(start, end, "person-name", word)
    for listed in _LISTED.finditer(text):
        before = _SURNAME_BEFORE.search(
            text, max(0, listed.start() - _SURNAME_LONGEST), listed.start()
        )
        if before is None:
            continue
        start, end = before.start(), listed.end()
        if any(s < end and start < e for s, e in taken) or _WORD_BEFORE.search(
            text, max(0, start - _SURNAME_LONGEST), start
        ):
            continue  # "Әлихан Бөкейхан, Ахмет Байтұрсынұлы": names listed given name first
        surname, first = before.group("surname"), listed.group("given")
        first_is = given(first)
        if (
            surname_like(surname)
            and (first_is is Given.STRONG or (first_is and not ordinary_word(surname)))
            and not public_figure(f"{first} {surname}")
        ):
            yield Hit(start, end, "person-name", text[start:end])


def _lone_patronymics(text: str, found: list[Hit], public: list[tuple[int, int]]) -> Iterator[Hit]:
    taken = [(h.start, h.end) for h in found] + public
    for m in _KK_PATRONYMIC.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if not _named_after(text, m.start(), m.end()):
            yield Hit(m.start(), m.end(), "person-name", m.group())


# Column headers that say the cells hold people's names.
_PERSON_HEADERS = re.compile(
    r"(?:ф\.?\s?и\.?\s?о\.?|аты[\s-]*жөні|аты-жоні|толық\s+аты|full\s*name|name|имя|аты|тегі"
    r"|фамилия|surname|last\s*name|first\s*name|given\s*name|отчество|әкесінің\s+аты"
    r"|patronymic|student|студент|оқушы|автор|author|исполнитель|орындаған|жауапты|ответственный"
    r"|contact\s+person|контактное\s+лицо|байланыс\s+тұлғасы)\s*[:*]?",
    re.IGNORECASE,
)
_HEADER_HINT = re.compile(
    r"(?<!\w)(?:ф\.?\s?и\.?\s?о|аты|name|имя|тегі|фамилия|отчество|студент|student|author"
    r"|автор|жауапты|ответственный|орындаған|surname|patronymic|оқушы|тұлғасы|лицо)(?!\w)",
    re.IGNORECASE,
)
# A cell under such a header that reads as a name: 1–4 name words or initials filling it.
_CELL_NAME = re.compile(
    rf"(?:(?<=[\t\n|\"])|\A)[ \u00a0]*"
    rf"(?P<name>(?:{_W}|{_WC}|{_I})(?:[ \u00a0]?(?:{_W}|{_WC}|{_I})){{0,3}})"
    rf"(?=[ \u00a0]*(?:[\t\r\n|\"]|\Z))"
)


def person_columns(headers: Iterable[str]) -> bool:
    """Whether a table has a column whose header says that its cells are people's names."""
    return any(_PERSON_HEADERS.fullmatch(" ".join(h.split())) for h in headers)


def _header_cells(proj: Projection, found: list[Hit]) -> Iterator[Hit]:
    """Names in table cells whose column header says they are names (ФИО, Full name)."""
    if proj.header_lookup is None:
        return
    text = proj.text
    headers = proj.all_headers()
    if headers is not None:
        if not person_columns(headers):
            return
    elif _HEADER_HINT.search(text) is None:  # the header row is part of the text
        return
    taken = [(h.start, h.end) for h in found]
    columns: dict[str, list[tuple[int, int, str]]] = {}
    signal: set[str] = set()
    for m in _CELL_NAME.finditer(text):
        start, end = m.span("name")
        if any(s <= start < e for s, e in taken):
            continue
        header = " ".join(proj.header_at(start).split())
        if not header or not _PERSON_HEADERS.fullmatch(header):
            continue
        words = m.group("name").split()
        columns.setdefault(header, []).append((start, end, m.group("name")))
        if any(given(w) or surname_like(w) or patronymic_like(w) or w.endswith(".") for w in words):
            signal.add(header)
    # A column is read as names when one of its cells is clearly a name: "Marco Bianchi"
    # beside "Grace Thompson"; a column of "Бөлім", "Бұйрық" under Аты-жөні is not.
    for header, cells in columns.items():
        if header in signal:  # a catalogue's author beside the book's ISBN is public
            cited = [c for c in cells if not _cited(text, c[0], c[1])]
            yield from (Hit(s, e, "person-name", value) for s, e, value in cited)


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
    if len(words) > 1 and sum(len(w) > 1 for w in words) == 1:
        # initials without their dots: "байболова л к", "л.к байболова"
        tokens = re.findall(r"[\w'’-]+", norm)
        initials = tuple(t for t in tokens if len(t) == 1)
        words = [t for t in tokens if len(t) > 1]
    if initials and len(words) == 1:
        return initials, words[0]
    if initials or len(words) != 3:
        return None
    patronymic = [i for i, w in enumerate(words) if patronymic_like(w.capitalize())]
    if patronymic == [2]:
        surname, first, patr = words
    elif patronymic == [1]:
        first, patr, surname = words
    else:
        return None
    return (first[0], patr[0]), surname
