"""Contacts written so that a program would not see them: numbers in words, disguised e-mails.

"сегіз жеті жүз бір ...", "восемь семьсот один ...", "eight seven oh one ..." are phone
numbers (or IINs) read aloud; "aliya [at] mail [dot] kz", "aliya собака mail точка kz",
"aliya (at) mail нүкте kz" are e-mail addresses. A number-word parser for kk, ru and en
turns a run of number words into the digits a person would dial; the digits are then
judged like written ones (a valid phone number, an IIN with its check digit).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kazutb_transparency.privacy.hits import Hit
from kazutb_transparency.privacy.identifiers import iin_checksum_ok, is_bin_structure
from kazutb_transparency.privacy.phones import phone_e164
from kazutb_transparency.privacy.projection import Projection

_UNITS = {
    0: "ноль нуль нөл zero",
    1: "один одна одно бір one",
    2: "два две екі two",
    3: "три үш three",
    4: "четыре төрт four",
    5: "пять бес five",
    6: "шесть алты six",
    7: "семь жеті seven",
    8: "восемь сегіз eight",
    9: "девять тоғыз nine",
    10: "десять он ten",
    11: "одиннадцать eleven",
    12: "двенадцать twelve",
    13: "тринадцать thirteen",
    14: "четырнадцать fourteen",
    15: "пятнадцать fifteen",
    16: "шестнадцать sixteen",
    17: "семнадцать seventeen",
    18: "восемнадцать eighteen",
    19: "девятнадцать nineteen",
    20: "двадцать жиырма twenty",
    30: "тридцать отыз thirty",
    40: "сорок қырық forty",
    50: "пятьдесят елу fifty",
    60: "шестьдесят алпыс sixty",
    70: "семьдесят жетпіс seventy",
    80: "восемьдесят сексен eighty",
    90: "девяносто тоқсан ninety",
    100: "сто",
    200: "двести",
    300: "триста",
    400: "четыреста",
    500: "пятьсот",
    600: "шестьсот",
    700: "семьсот",
    800: "восемьсот",
    900: "девятьсот",
}
_VALUE = {word: value for value, words in _UNITS.items() for word in words.split()}
_HUNDRED = frozenset({"hundred", "жүз"})  # multiplies what comes before: жеті жүз = 700
_REPEAT = {"double": 2, "triple": 3}  # English dictation: double five = 55
_PLUS = frozenset({"плюс", "plus", "қосу"})
_ALL = [*_VALUE, *_HUNDRED, *_REPEAT, *_PLUS]


def _trie(words: list[str]) -> str:
    """An alternation as a prefix tree: the regex engine then tests one character class
    at each position instead of a hundred words (the speed of the whole gate)."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return walk(tree)


_WORD = _trie(_ALL)
# Five or more number words in a row (a phone is at least "8 701 234 56 78"), in the
# lower-cased text.
# (The pattern starts with the prefix tree itself, so the engine looks only at positions
# with a possible first letter; that the run starts a word is checked on each match.)
_RUN = re.compile(rf"(?:{_WORD})(?:[\s,\-–—]+(?:{_WORD})){{4,}}(?!\w)")
_WORDCHAR = re.compile(r"\w")
# The cheap first look: two number words after a space. Starting with a class of
# separators, the engine skips to spaces in C and tries the tree only there.
_PAIR = re.compile(rf"[\s,\-–—](?:{_WORD})[\s,\-–—]+(?:{_WORD})(?!\w)")
_REACH = 40  # a run begins at most this far before the pair found in it
_LONGEST = 600  # and ends at most this far after it (an IIN said in words is ~150)
_SPLIT = re.compile(r"[\s,\-–—]+")


def _place(value: int) -> int:
    """Lowest decimal place a value fills: 700 → 2, 70 → 1, 7 and 17 → 0."""
    if value == 0:
        return 0
    place = 0
    while value % 10 == 0:
        value //= 10
        place += 1
    return place


def _top(value: int) -> int:
    return len(str(value)) - 1


def spoken_digits(words: list[str]) -> tuple[bool, str]:
    """(a plus was said, the digits) of a run of number words.

    Groups combine as people say them: "семьсот один" is 701, "жиырма бес" 25, "seven
    hundred one" 701; a word that does not fit in the group before it starts a new
    group ("сорок пять сорок пять" is 4545). Zero is always a digit of its own.
    """
    plus = False
    out: list[str] = []
    group: int | None = None
    last: int | None = None  # the value added last to the group
    repeat = 1

    def flush() -> None:
        nonlocal group
        if group is not None:
            out.append(str(group))
            group = None

    for raw in words:
        word = raw.casefold()
        if word in _PLUS:
            plus = plus or (not out and group is None)
            continue
        if word in _REPEAT:
            repeat = _REPEAT[word]
            continue
        if word in _HUNDRED:
            if group is not None and last is not None and last < 10 and group - last >= 10:
                # "seven hundred five | five hundred": the unit before starts a new group
                group -= last
                flush()
                group = last * 100
            else:
                group = (group or 1) * 100
            last = None
            continue
        value = _VALUE[word]
        if repeat > 1:
            flush()
            out.append(str(value) * repeat)
            repeat = 1
            continue
        if value == 0:
            flush()
            out.append("0")
            continue
        if group is not None and _top(value) < _place(group):
            group += value
        else:
            flush()
            group = value
        last = value
    flush()
    return plus, "".join(out)


def _phone(plus: bool, digits: str) -> str | None:
    if plus:
        return phone_e164("+" + digits)
    if len(digits) in (10, 11):
        return phone_e164(digits)
    return None


def _runs(text: str) -> Iterator[re.Match[str]]:
    """Runs of number words that start a word ("сто" inside "место" is not one)."""
    pos = 0
    first = _RUN.match(text)  # a run at the very start has no separator before it
    if first is not None:
        yield first
        pos = first.end()
    while (pair := _PAIR.search(text, pos)) is not None:
        m = _RUN.search(text, max(pos, pair.start() - _REACH), pair.end() + _LONGEST)
        if m is None or m.start() > pair.end():  # no run at this pair: look on after it
            pos = pair.end()
            continue
        if m.start() and _WORDCHAR.match(text, m.start() - 1):
            pos = m.start() + 1
            continue
        yield m
        pos = m.end()


_NUMBER_WORDS = frozenset(_ALL)
_THREE_IN_A_ROW = b"\x01\x01\x01"


_SPACE_OR_LINE_END = re.compile("[ \n]")
_PIECE_CHARS = 1 << 18


def _may_hold_run(lowered: str) -> bool:
    """False when the text cannot hold a run: a run of five number words has three in
    its middle, each a whole token between separators ([\\s,-–—], as in _RUN), one after
    the other. The tokens are split and looked up in C (str.split is \\s exactly), about
    a tenth of the cost of the regex search, which most texts then need not run."""
    # A piece at a time (no token spans two pieces): the tokens of a 40 MB projection
    # at once were 400 MB of small strings.
    flags = bytearray()
    for piece in _pieces(lowered):
        tokens = piece.replace(",", " ").replace("-", " ").replace("–", " ").replace("—", " ")
        flags += bytes(map(_NUMBER_WORDS.__contains__, tokens.split()))
    return _THREE_IN_A_ROW in flags


def _pieces(text: str) -> Iterator[str]:
    """The text in pieces of about _PIECE_CHARS, each cut just before a space or line end."""
    start = 0
    while start < len(text):
        cut = _SPACE_OR_LINE_END.search(text, start + _PIECE_CHARS)
        end = cut.start() if cut else len(text)
        yield text[start:end]
        start = end


def _lower(text: str) -> str:
    """text.lower(), a piece at a time: Python lowers through a buffer of four bytes a
    character, 230 MB more for a 40 MB projection. Whitespace is neither cased nor
    case-ignorable, so a cut before it changes no letter (the final sigma included)."""
    return "".join(piece.lower() for piece in _pieces(text))


def spelled_number_hits(proj: Projection) -> Iterator[Hit]:
    text = proj.text
    lowered = _lower(text)
    if len(lowered) != len(text):  # a letter whose lower case is longer (İ): keep offsets
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if not _may_hold_run(lowered):
        return
    for m in _runs(lowered):
        plus, digits = spoken_digits(_SPLIT.split(m.group()))
        said = text[m.start() : m.end()]
        if len(digits) == 12 and iin_checksum_ok(digits) and not is_bin_structure(digits):
            yield Hit(m.start(), m.end(), "iin", said, digits)
        elif (e164 := _phone(plus, digits)) is not None:
            yield Hit(m.start(), m.end(), "phone", said, e164)


# --- e-mails with the @ and the dots written out ------------------------------------

_AT_WORD = (
    r"(?:\[\s*(?:at|собака|эт|әт)\s*\]|\(\s*(?:at|собака|эт|әт)\s*\)|\{\s*at\s*\}|<\s*at\s*>)"
)
_AT = re.compile(
    rf"{_AT_WORD}|\s(?:at|AT|собака|собачка)\s|@",
)
_DOT = (
    r"(?:\s*(?:\[\s*(?:dot|точка|нүкте|нукте)\s*\]|\(\s*(?:dot|точка|нүкте|нукте)\s*\)"
    r"|\{\s*dot\s*\}|<\s*dot\s*>)\s*|\s(?:dot|DOT|точка|нүкте|нукте)\s|\.)"
)
_LOCAL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}\s*\Z")
_DOMAIN = re.compile(
    rf"\s*[A-Za-z0-9][A-Za-z0-9\-]*(?:{_DOT}[A-Za-z0-9][A-Za-z0-9\-]*)*{_DOT}[A-Za-z]{{2,}}(?![\w])"
)
_PLAIN_DOT = re.compile(r"\.")


_DOT_NEEDLES = ("dot", "DOT", "точк", "нүкте", "нукте")
# With plain dots only a bracketed @ makes an address: "aliya [at] mail.kz".
_BRACKETED_AT = (
    "[at", "(at", "{at", "<at", "[ at", "( at", "[эт", "(эт", "[әт", "(әт", "[собак", "(собак",
)  # fmt: skip
# "aigerim.seitkali at mail.ru": a bare "at" before a plain domain is an address when what
# stands before it is shaped like a mailbox (letters joined by a dot or an underscore), not
# a word of prose ("look at mail.kz").
_MAILBOX = re.compile(r"[A-Za-z0-9]+(?:[._][A-Za-z0-9]+)+")
_BARE_AT = " at "  # one more pass over every text: the capitals' " AT " is left out
_PLAIN_DOMAIN = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9][A-Za-z0-9\-]*)*\.[A-Za-z]{2,}(?!\w)"
)


def obfuscated_email_hits(proj: Projection) -> Iterator[Hit]:
    """Only disguised addresses: a plain name@host.kz is email_hits' to report."""
    text = proj.text
    # Substring tests first (C speed): a disguised address has a written-out dot, or a
    # bracketed @ before plain dots.
    yield from _mailbox_at_domain(text)
    if not any(needle in text for needle in _DOT_NEEDLES) and not any(
        needle in text for needle in _BRACKETED_AT
    ):
        return
    for at in _AT.finditer(text):
        token = at.group()
        local = _LOCAL.search(text, max(0, at.start() - 64), at.start())
        domain = _DOMAIN.match(text, at.end())
        if local is None or domain is None:
            continue
        dots = domain.group().strip()
        disguised = token != "@" or re.search(r"[^\w.\-]", dots) is not None
        if not disguised:
            continue
        if (
            token.strip() in ("at", "AT", "собака", "собачка")
            and _PLAIN_DOT.search(dots)
            and not re.search(r"\s", dots)
        ):
            # "look at mail.kz": a bare "at" before a plain domain is prose, not an address
            continue
        value = text[local.start() : domain.end()]
        compact = re.sub(r"\s+", "", local.group()) + "@" + _compact_domain(dots)
        yield Hit(local.start(), domain.end(), "email", value, compact.casefold())


def _mailbox_at_domain(text: str) -> Iterator[Hit]:
    """aigerim.seitkali at mail.ru: a mailbox's name, the word "at", a plain domain."""
    at = text.find(_BARE_AT)
    while at != -1:
        # The word before " at " first, by plain string operations: most are prose.
        before = text[max(0, at - 64) : at]
        word = before.split()[-1] if before and not before[-1].isspace() else ""
        if ("." in word or "_" in word) and len(word) >= 5 and _MAILBOX.fullmatch(word):
            domain = _PLAIN_DOMAIN.match(text, at + len(_BARE_AT))
            if domain is not None:
                start = at - len(word)
                value = text[start : domain.end()]
                compact = f"{word}@{domain.group()}"
                yield Hit(start, domain.end(), "email", value, compact.casefold())
        at = text.find(_BARE_AT, at + 1)


_DOT_RX = re.compile(_DOT)


def _compact_domain(domain: str) -> str:
    return _DOT_RX.sub(".", domain).strip()
