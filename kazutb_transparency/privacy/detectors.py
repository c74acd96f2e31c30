"""Detectors of numbers, dates and addresses: IIN, phone, card, IBAN, documents, e-mail.

Speed comes from anchoring: one pass finds clusters of digits (with the separators
people put in phone and card numbers), and the exact patterns and check digits run only
inside each cluster's small window. IBANs, passports and e-mails have literal anchors
("KZ", "N", "@") that the regex engine finds without looking at every character.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import kazutb_transparency.privacy.context as context
from kazutb_transparency.privacy.birth import MONTH_NAMES, historic
from kazutb_transparency.privacy.hits import Hit
from kazutb_transparency.privacy.identifiers import (
    compact_identifier,
    iban_ok,
    iin_checksum_ok,
    iin_date_ok,
    is_bin_structure,
    luhn_ok,
)
from kazutb_transparency.privacy.phones import phone_e164 as _phone
from kazutb_transparency.privacy.projection import Projection

# Dashes people put between digits: the hyphen, and the hyphens, figure and en dashes and
# minus sign that word processors put there for it (+7–707–123–45–67).
_DASHES = "\\-\u2010-\u2013\u2212"
_CLUSTER = re.compile(rf"[0-9][0-9 ()./{_DASHES}\u00a0]{{2,}}[0-9]")
_NOT_DIGIT = re.compile(r"[^0-9]+")

# Twelve digits, standing alone or right after their label (ИИН051021510016).
_IIN_LABELS = ("ИИН", "иин", "ЖСН", "жсн", "IIN", "iin")
_IIN = re.compile(
    "(?:(?<!\\w)|"
    + "|".join(f"(?<={label})" for label in _IIN_LABELS)
    + ")"
    + r"(?<![0-9][.,])[0-9]{12}(?!\w)(?![.,][0-9])"
)
# The first digits a payment card of a person begins with (ISO/IEC 7812, the schemes'
# published ranges, 16-digit numbers): Mir 2200–2204, Mastercard 2221–2720 and 51–55,
# JCB 35, Diners 36/38/39, Visa 4, Maestro 50/56–58, UnionPay, Discover and Maestro 6. A
# register's number or a timestamp (1024 0311 0378 8548, 2209 2025 0900 1415) passes
# Luhn one time in ten and begins elsewhere.
_CARD_HEADS = ("4", "5", "6", "35", "36", "38", "39")


def _card_issuer(digits: str) -> bool:
    if digits.startswith(_CARD_HEADS):
        return True
    head = int(digits[:4])
    return 2200 <= head <= 2204 or 2221 <= head <= 2720


_CARD = re.compile(
    r"(?<!\w)(?<![0-9][ \-])[0-9]{4}([ \-]?)[0-9]{4}\1[0-9]{4}\1[0-9]{4}(?!\w)(?![ \-][0-9])"
)
# An IIN written in groups: 8807 1540 1234, 880715-401234, 880-715-401-234.
_IIN_GROUPED = re.compile(
    rf"(?<![\w+])(?<![0-9][.,])[0-9]{{2,8}}(?:[ \u00a0{_DASHES}][0-9]{{2,8}}){{1,5}}(?![\w])"
    rf"(?![.,{_DASHES}][0-9])"
)
# After a phone word, anything shaped like a Kazakhstan number, assigned or not
# (+7 799 …), and city numbers without their code (25-14-78).
_SEP = rf"[ \u00a0{_DASHES}]"  # between the digits of a phone or ID number
_PHONE_SHAPE = re.compile(
    rf"(?<![\w+])(?:(?:\+[ \u00a0]?7|8|7){_SEP}*)?\(?7[0-9]{{2}}[0-9]?\)?"
    rf"(?:{_SEP}*[0-9]){{6,7}}(?![0-9]|{_SEP}[0-9])"
    rf"|(?<![\w+])[0-9]{{2,3}}{_SEP}[0-9]{{2}}{_SEP}[0-9]{{2}}(?![0-9]|{_SEP}[0-9])"
)
_LOCAL_PHONE = re.compile(rf"[0-9]{{2,3}}{_SEP}[0-9]{{2}}{_SEP}[0-9]{{2}}")
_ID9_GROUPED = re.compile(
    rf"(?<![\w.])[0-9]{{3}}{_SEP}[0-9]{{3}}{_SEP}[0-9]{{3}}(?![\w]|{_SEP}[0-9])"
)
_ID9 = re.compile(r"(?<!\w)(?<![0-9][.,])[0-9]{9}(?!\w)(?![.,][0-9])")
# A Kazakhstan number may have dots between its groups too (8.702.555.12.34).
_PHONE_KZ = re.compile(
    rf"(?<![\w+])(?:\+[ \u00a0]?7|8|7)[ \u00a0.{_DASHES}]*\(?[0-9]"
    rf"(?:[ \u00a0.(){_DASHES}]*[0-9]){{9}}(?![0-9]|[ \u00a0.{_DASHES}][0-9])"
)
_PHONE_INTL = re.compile(
    rf"(?<![\w+])\+[ \u00a0]?[1-9](?:[ \u00a0(){_DASHES}]*[0-9]){{6,13}}(?![0-9]|{_SEP}[0-9])"
)
_LETTER = "A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі"
# A student number: digits, after a short letter head (A-12345) or a year's two digits and a
# letter or two (20B030512).
_STUDENT_HEAD = rf"[{_LETTER}]{{1,4}}[-/]?|[0-9]{{2}}[{_LETTER}]{{1,2}}"
_STUDENT = re.compile(rf"(?<![\w/.\-])(?:{_STUDENT_HEAD})?[0-9][0-9\-/]{{3,14}}[0-9](?![\w/\-])")
_YEAR_RANGE = re.compile(r"(?:19|20)[0-9]{2}\s*[-/–]\s*(?:19|20)?[0-9]{2}")
# Clusters of fewer than 10 characters that _possible_kinds gives no kind: runs of at
# most three digits between separators other than - and /, and _YEAR_RANGE.
_NOTHING = re.compile(rf"[0-9]{{1,3}}(?:[ ().\u00a0]+[0-9]{{1,3}})*|{_YEAR_RANGE.pattern}")

_D = r"(?:0?[1-9]|[12][0-9]|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:19|20)[0-9]{2}"
_DATE_NUM = re.compile(
    rf"(?<![0-9.]){_D}[./]{_M}[./]{_Y}(?![0-9])"
    rf"|(?<![0-9.]){_D}-{_M}-{_Y}(?![0-9])"
    rf"|(?<![0-9.]){_Y}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])(?![0-9])"
    rf"|(?<![0-9.]){_Y}[./](?:0[1-9]|1[0-2])[./](?:0[1-9]|[12][0-9]|3[01])(?![0-9])"
)
_MONTH = MONTH_NAMES + r"\w*\.?"
_DATE_TEXT = re.compile(
    rf"(?<![0-9])«?{_D}»?\s+{_MONTH},?\s+{_Y}(?:\s*(?:г\.|года|ж\.|жыл\w*))?"  # «14» наурыз
    rf"|{_MONTH}\s+{_D},?\s+{_Y}"
    rf"|{_Y}\s*(?:ж\.|жылғы|жылы|г\.|года)?\s+{_D}\s+{_MONTH}",
    re.IGNORECASE,
)
_DATE_REACH = 30  # how far a textual date extends around its year
_NONE: frozenset[str] = frozenset()
_BIRTH = frozenset({"birth"})
_YEAR_TOKEN = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_RUN9 = re.compile(r"(?<![0-9])[0-9]{9}(?![0-9])")
_RUN5 = re.compile(r"[0-9]{5}|[0-9]+[-/][0-9]+")
# Years a birth year can have: people on a university site are at least 10 years old.
_BIRTH_YEARS = (1900, date.today().year - 10)
_TOKEN_HEAD = re.compile(rf"(?<![\w/.\-])(?:{_STUDENT_HEAD})\Z")

# Groups of four may be parted by spaces, dashes or dots: KZ86-125K-ZT50-0410-0100.
_IBAN = re.compile(r"KZ[0-9]{2}(?:[ \u00a0.\-]?[0-9A-Z]{4}){4}(?!\w)")
# N12345678; with a space after the N only after a word for the document (one pass for both).
_PASSPORT = re.compile(r"N[ \u00a0]?[0-9]{8}(?!\w)")
_EMAIL_LOCAL = re.compile(r"[\w.+\-']+\Z")
_EMAIL_DOMAIN = re.compile(r"[^\W_](?:[\w\-]*[^\W_])?(?:\.[^\W_](?:[\w\-]*[^\W_])?)*\.[^\W\d_]{2,}")
_WORDCHAR = re.compile(r"\w")
_SPACES = " \u00a0"


def _word_before(text: str, pos: int) -> bool:
    return pos > 0 and _WORDCHAR.match(text, pos - 1) is not None


# Service numbers (8 800 …) belong to organisations, never to a person.


def _digits(value: str) -> str:
    return value if value.isdigit() else _NOT_DIGIT.sub("", value)


def _context_phones(proj: Projection, lo: int, hi: int) -> Iterator[Hit]:
    """Numbers shaped like a Kazakhstan phone right after a phone word."""
    text = proj.text
    for m in _PHONE_SHAPE.finditer(text, lo, hi):
        if not context.has_context(context.PHONE, proj, m.start(), m.end()):
            continue
        digits = _digits(m.group())
        normalized = "+7" + digits[-10:] if len(digits) >= 10 else digits
        yield Hit(m.start(), m.end(), "phone", m.group(), normalized)


def _numbers_in_cluster(proj: Projection, lo: int, hi: int) -> Iterator[Hit]:
    """Phones, IINs, cards in one cluster's window [lo, hi)."""
    text = proj.text
    for rx in (_PHONE_KZ, _PHONE_INTL):
        for m in rx.finditer(text, lo, hi):
            e164 = _phone(m.group())
            if e164:
                yield Hit(m.start(), m.end(), "phone", m.group(), e164)
    for m in _IIN.finditer(text, lo, hi):
        value = m.group()
        # 000000000000 passes the check digit: a placeholder, not a number of anyone's.
        if (
            iin_checksum_ok(value)
            and not is_bin_structure(value)
            and value.strip(value[0])
            # An IIN begins with a birth date (an inventory number 0000… does not), unless
            # it is labelled as one.
            and (iin_date_ok(value) or context.has_context(context.IIN, proj, m.start(), m.end()))
        ):
            yield Hit(m.start(), m.end(), "iin", value, value)
    for m in _IIN_GROUPED.finditer(text, lo, hi):
        value = _digits(m.group())
        if (
            len(value) == 12
            and iin_checksum_ok(value)
            and not is_bin_structure(value)
            and (iin_date_ok(value) or context.has_context(context.IIN, proj, m.start(), m.end()))
        ):
            yield Hit(m.start(), m.end(), "iin", m.group(), value)
    for m in _CARD.finditer(text, lo, hi):
        digits = _digits(m.group())
        if _card_issuer(digits) and luhn_ok(digits):
            yield Hit(m.start(), m.end(), "bank-card", m.group(), digits)


def _plausible_birth_year(text: str) -> bool:
    """A year in the text that somebody on the site can have been born in."""
    return any(
        _BIRTH_YEARS[0] <= int(year.group()) <= _BIRTH_YEARS[1]
        for year in _YEAR_TOKEN.finditer(text)
    )


def _dates(text: str, lo: int, hi: int, s: int, e: int) -> Iterator[tuple[int, int, str]]:
    """Full dates (with a year) overlapping the cluster [s, e)."""
    for rx in (_DATE_NUM, _DATE_TEXT):
        for m in rx.finditer(text, lo, hi):
            if m.start() < e and m.end() > s:
                yield m.start(), m.end(), m.group()


def _fixed_kinds(value: str, nd: int) -> frozenset[str]:
    """The kinds of _possible_kinds that depend on the cluster's value alone (all but
    student, which also needs the text before the cluster)."""
    if nd == 4 and value.isdigit():  # the commonest cluster: a year
        return _BIRTH if _BIRTH_YEARS[0] <= int(value) <= _BIRTH_YEARS[1] else _NONE
    if _YEAR_RANGE.fullmatch(value):
        return _NONE  # 2024-2025: an academic year
    kinds = set()
    if 6 <= nd <= 11 and (nd >= 10 or _LOCAL_PHONE.fullmatch(value)):
        kinds.add("phone")
    if _plausible_birth_year(value):  # every full date has a year
        kinds.add("birth")
    if nd >= 9 and (_RUN9.search(value) or _ID9_GROUPED.search(value)):
        kinds.add("id-document")
    if nd == 11 and value.isdigit() and _iin_without_zero(value):
        kinds.add("iin")
    return frozenset(kinds)


def _iin_without_zero(value: str) -> bool:
    """Eleven digits that are an IIN once its leading zero is put back: a spreadsheet
    keeps an IIN typed as a number without it (everyone born in 2000–2009)."""
    full = "0" + value
    return iin_checksum_ok(full) and iin_date_ok(full) and not is_bin_structure(full)


def _student_shape(value: str, nd: int) -> bool:
    """Shaped like a student number (five digits in a row, or digits around - or /)."""
    return nd >= 5 and not _YEAR_RANGE.fullmatch(value) and _RUN5.search(value) is not None


def _student_context(text: str, s: int) -> bool:
    """A student number starts a word, or follows a short letter head (A-12345)."""
    if s == 0:
        return True
    before = text[s - 1]
    if not (before.isalnum() or before == "_"):  # what \w matches: no word before
        return True
    return _TOKEN_HEAD.search(text, max(0, s - 6), s) is not None


def _possible_kinds(text: str, s: int, value: str, nd: int) -> frozenset[str]:
    """Context categories a cluster could belong to by its shape alone.

    Most clusters (years of the site's own era, document codes, decimals, the digits of
    a programme code) can belong to none, and then no context window is looked at.
    """
    kinds = _fixed_kinds(value, nd)
    if _student_shape(value, nd) and _student_context(text, s):
        return kinds | _STUDENT_KIND
    return kinds


def _of_no_kind(text: str, s: int, value: str) -> bool:
    """A cheap test for the commonest clusters, which can be nothing, of fewer than 10
    characters (so no phone, IIN or card number): years of no one's birth and counts,
    programme codes (6B02101: the digits follow a letter), academic years and months
    (2024-06), decimals and other runs of at most three digits. A birth year needs
    four digits in a row, an ID-card number nine, a student number five or a dash or
    slash; _possible_kinds finds no kind for any of these."""
    if not value.isdigit():
        if _NOTHING.fullmatch(value) is None:
            return False
        return len(value) not in (8, 9) or _LOCAL_PHONE.fullmatch(value) is None
    n = len(value)
    if n == 4:
        return not _BIRTH_YEARS[0] <= int(value) <= _BIRTH_YEARS[1]
    return (
        4 < n < 9 and _word_before(text, s) and _TOKEN_HEAD.search(text, max(0, s - 6), s) is None
    )


_STUDENT_KIND = frozenset({"student"})
# What a cluster's value alone says, by value: the same dates, counts and codes recur on
# every row and every page, so each distinct value is judged once (bounded: a cache, not
# a record of the text).
_SHAPES: dict[str, tuple[bool, int, frozenset[str], bool]] = {}
_SHAPES_MAX = 200_000


def _shape(value: str) -> tuple[bool, int, frozenset[str], bool]:
    """(skip, digits, value-only kinds, student-shaped) of a cluster's value.

    skip is _of_no_kind's answer where it depends on the value alone; where it also
    depends on the text (4 < digits < 9, digits only) it is False, and those clusters
    have no value-only kind, so _student_context alone decides, as in _of_no_kind."""
    n = len(value)
    if n < 10:
        if not value.isdigit():
            if _NOTHING.fullmatch(value) is not None and (
                n not in (8, 9) or _LOCAL_PHONE.fullmatch(value) is None
            ):
                return True, 0, _NONE, False
        elif n == 4 and not _BIRTH_YEARS[0] <= int(value) <= _BIRTH_YEARS[1]:
            return True, 0, _NONE, False
    nd = len(_digits(value))
    return False, nd, _fixed_kinds(value, nd), _student_shape(value, nd)


# A decimal fraction (0.5610000000000001, a float written in full): its digits are no number
# of anyone's.
_FRACTION = re.compile(r"[0-9]{1,3}\.[0-9]{10,}")
_HEX_RUN = re.compile(r"[0-9A-Fa-f-]*")
_HEX_ID = re.compile(
    r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|[0-9A-Fa-f]{16,}"
)
_HEX_LETTER = re.compile(r"[A-Fa-f]")


def _in_hex_token(text: str, s: int, e: int) -> bool:
    """Digits inside a UUID or a hash (…-8711-83510359972f): no one's number."""
    start = s
    while start > 0 and text[start - 1] in "0123456789abcdefABCDEF-":
        start -= 1
    end = _HEX_RUN.match(text, e).end()
    token = text[start:end].strip("-")
    return (
        (start < s or end > e)
        and _HEX_LETTER.search(token) is not None
        and any(m.start() <= s - start < m.end() for m in _HEX_ID.finditer(token))
    )


def cluster_hits(proj: Projection) -> Iterator[Hit]:
    """Everything anchored on a run of digits."""
    text = proj.text
    n = len(text)
    shapes = _SHAPES
    if len(shapes) > _SHAPES_MAX:
        shapes.clear()
    for cluster in _CLUSTER.finditer(text):
        value = cluster.group()
        shape = shapes.get(value)
        if shape is None:
            shape = shapes[value] = _shape(value)
        skip, nd, possible, student = shape
        if skip:
            continue
        s, e = cluster.span()
        if nd >= 10 and not _in_hex_token(text, s, e) and not _FRACTION.fullmatch(value):
            yield from _numbers_in_cluster(proj, max(0, s - 3), min(n, e + 3))
        if nd < 4:
            continue
        if student and _student_context(text, s):
            possible = possible | _STUDENT_KIND
        if not possible:
            continue
        kinds = (context.kinds_near(text, s, e) | context.kinds_in_header(proj, s)) & possible
        if not kinds:
            continue
        lo, hi = max(0, s - 3), min(n, e + 3)
        if "birth" in kinds:
            reach_lo, reach_hi = max(0, s - _DATE_REACH), min(n, e + _DATE_REACH)
            for ds, de, found in _dates(text, reach_lo, reach_hi, s, e):
                if (
                    _plausible_birth_year(found)
                    and context.has_context(context.BIRTH, proj, ds, de)
                    and not historic(text, ds, de)  # a public figure's, not personal data
                ):
                    yield Hit(ds, de, "birth-date", found)
        if "phone" in kinds:
            yield from _context_phones(proj, lo, hi)
        if "iin" in kinds and context.has_context(context.IIN, proj, s, e):
            yield Hit(s, e, "iin", value, "0" + value)
        if "id-document" in kinds:
            for rx in (_ID9, _ID9_GROUPED):
                for m in rx.finditer(text, lo, hi):
                    if context.has_context(context.ID_DOCUMENT, proj, m.start(), m.end()):
                        yield Hit(m.start(), m.end(), "id-document", m.group(), _digits(m.group()))
        if "student" in kinds:
            for m in _STUDENT.finditer(text, max(0, s - 6), hi):
                found = m.group()
                if (
                    len(_digits(found)) >= 5
                    and not _YEAR_RANGE.fullmatch(found)
                    and not _DATE_NUM.fullmatch(found)
                    and context.has_context(context.STUDENT, proj, m.start(), m.end())
                ):
                    yield Hit(m.start(), m.end(), "student-id", found, found.upper())


def iban_hits(proj: Projection) -> Iterator[Hit]:
    text = proj.text
    if "KZ" not in text:
        return
    for m in _IBAN.finditer(text):
        if not _word_before(text, m.start()) and iban_ok(m.group()):
            yield Hit(m.start(), m.end(), "iban", m.group(), compact_identifier(m.group()))


def passport_hits(proj: Projection) -> Iterator[Hit]:
    text = proj.text
    if "N" not in text:
        return
    for m in _PASSPORT.finditer(text):
        if _word_before(text, m.start()):
            continue
        value = m.group()
        if len(value) == 9:
            yield Hit(m.start(), m.end(), "id-document", value, value)
        elif context.has_context(context.ID_DOCUMENT, proj, m.start(), m.end()):
            yield Hit(m.start(), m.end(), "id-document", value, "N" + value[2:])


def _spaces_around(text: str, at: int) -> tuple[int, int]:
    """Where the parts of an e-mail address end before its @ and begin after it: up to
    two spaces on either side are read through (timur.bek @ mail.ru)."""
    left, right = at, at + 1
    while left > max(0, at - 2) and text[left - 1] in _SPACES:
        left -= 1
    while right < min(len(text), at + 3) and text[right] in _SPACES:
        right += 1
    return left, right


# Top-level domains of mailboxes people write out with spaces around the @ ("timur.bek @
# mail.ru"): the country codes and the generic ones. "Instagram-дағы @aruzhan.bakyt" is an
# account after a word, not an address.
_GENERIC_TLDS = frozenset({"com", "org", "net", "edu", "gov", "info", "biz", "pro", "app", "dev"})


def _mail_domain(domain: str) -> bool:
    tld = domain.rstrip(".").rsplit(".", 1)[-1].casefold()
    return (len(tld) == 2 and tld.isascii() and tld.isalpha()) or tld in _GENERIC_TLDS


def email_hits(proj: Projection) -> Iterator[Hit]:
    text = proj.text
    at = text.find("@")
    while at != -1:
        left, right = at, at + 1
        if (at and text[at - 1] in _SPACES) or text[at + 1 : at + 2] in (" ", "\u00a0"):
            left, right = _spaces_around(text, at)
        local = _EMAIL_LOCAL.search(text, max(0, left - 64), left)
        domain = _EMAIL_DOMAIN.match(text, right)
        if local and domain:
            start = local.start()
            while start < at and text[start] in ".'-":  # trailing punctuation of the prose
                start += 1
            # Read through spaces only for a local part of three characters or more: "x @ y.kz"
            # is notation, "timur.bek @ mail.ru" an address.
            spaced = left != at or right != at + 1
            if start < left and (
                not spaced or (left - start >= 3 and _mail_domain(domain.group()))
            ):
                value = text[start : domain.end()]
                compact = "".join(value.split())
                yield Hit(start, domain.end(), "email", compact, compact.casefold())
        at = text.find("@", at + 1)
