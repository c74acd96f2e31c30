"""Personal data in links and file names: …/profile/010101500995, ?iin=901112400791,
…/staff/aigerim-seitkali, aigerim-seitkali-cv.pdf.

Every part of a URL or a file name is text to scan: path segments and query values are
split on -, _, ., /, = (and the other URL delimiters) into words. A slug has no capitals
and no spaces, so a name there is two neighbouring words of which one is a given name
and the other is shaped like a surname (either order); an IIN or a phone number is a
word of digits that passes the same checks as in prose. The same URL (a menu link on
every page) is judged once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise
from urllib.parse import unquote

from kazutb_transparency.privacy.hits import Hit
from kazutb_transparency.privacy.identifiers import iin_checksum_ok, is_bin_structure
from kazutb_transparency.privacy.names import name_hits
from kazutb_transparency.privacy.namewords import Given, given, public_figure, surname_like
from kazutb_transparency.privacy.phones import phone_e164
from kazutb_transparency.privacy.projection import Projection

# The path and query of a URL: from a / or an = on, at least five URL characters (so the
# engine scans for the two characters, and "</p>" is not a path). The host before the
# first / is not read: names are in paths and queries.
_URLISH = re.compile(r"[/=][\w.~%+/?=&#:@\-]{5,}+")
_WORDS = re.compile(r"[^\W_]+")
_DELIMITERS = re.compile(r"[/?&#;=]+")
# A number is a whole word of the URL (between delimiters, - _ . and the like): digits
# inside a hash or a hex id (c4e906d8430751682ef) are no one's phone.
_DIGITS = re.compile(r"(?<![^\W_])\+?[0-9]{10,12}(?![^\W_])")
# Words of URLs that a given-name-looking word next to them does not make a name.
_NOT_SURNAMES = frozenset(
    """university institute college school academy street avenue department faculty
    centre center programme program prize award foundation fund office service page
    index html pdf docx xlsx png jpg svg csv json en ru kk""".split()  # noqa: SIM905
)


# A Russian name transliterated in a slug in another case than the nominative, both words
# in one case (dinaru-abenovu: «Динару Абенову», slovo-o-sergee-kuznecove): by gender, each
# word's ending, its nominative ending and the cases it can be in. A female given name that
# ends in a consonant (Aigerim) is not declined in Russian.
_GIVEN_FORMS = {
    "f": (
        ("u", "a", "acc"), ("ju", "ja", "acc"), ("y", "a", "gen"), ("i", "a", "gen dat pre"),
        ("e", "a", "dat pre"), ("oj", "a", "ins"), ("oi", "a", "ins"), ("ej", "a", "ins"),
        ("ei", "a", "ins"), ("", "", "gen acc dat ins pre"),
    ),
    "m": (
        ("a", "", "gen acc"), ("ya", "i", "gen acc"), ("ya", "y", "gen acc"), ("u", "", "dat"),
        ("yu", "i", "dat"), ("yu", "y", "dat"), ("om", "", "ins"), ("em", "i", "ins"),
        ("em", "y", "ins"), ("e", "", "pre"), ("e", "i", "pre"), ("e", "y", "pre"),
    ),
}  # fmt: skip
_SURNAME_FORMS = {
    "f": (("u", "a", "acc"), ("oj", "a", "gen dat ins pre"), ("oi", "a", "gen dat ins pre")),
    "m": (("a", "", "gen acc"), ("u", "", "dat"), ("ym", "", "ins"), ("im", "", "ins"),
          ("e", "", "pre")),
}  # fmt: skip
_SURNAME_SUFFIXES = ("ov", "ev", "in", "yn")


def _nominative_pair(given_word: str, surname: str) -> tuple[str, str] | None:
    """The nominative of a given name and a surname written in one oblique case, or None."""
    for gender, forms in _SURNAME_FORMS.items():
        for ending, nominative, cases in forms:
            for suffix in _SURNAME_SUFFIXES:
                if not surname.endswith(suffix + ending) or len(surname) < len(suffix + ending) + 2:
                    continue
                whole = surname[: len(surname) - len(ending)] + nominative
                for g_ending, g_nominative, g_cases in _GIVEN_FORMS[gender]:
                    stem = given_word[: len(given_word) - len(g_ending)]
                    if (
                        given_word.endswith(g_ending)
                        and len(stem) >= 3
                        and not set(cases.split()).isdisjoint(g_cases.split())
                        and given(name := (stem + g_nominative).capitalize()) is Given.STRONG
                    ):
                        return name, whole.capitalize()
    return None


@lru_cache(maxsize=65536)
def _is_name_pair(a: str, b: str) -> bool:
    if a in _NOT_SURNAMES or b in _NOT_SURNAMES or len(a) < 3 or len(b) < 3:
        return False
    ca, cb = a.capitalize(), b.capitalize()
    if (given(ca) is Given.STRONG and surname_like(cb)) or (
        given(cb) is Given.STRONG and surname_like(ca)
    ):
        return not public_figure(f"{ca} {cb}")
    pair = _nominative_pair(a, b) or _nominative_pair(b, a)
    return pair is not None and not public_figure(" ".join(pair))


@lru_cache(maxsize=65536)
def judge(token: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """(start, end, category, value, normalised) found in one URL or file name."""
    found = []
    decoded = unquote(token) if "%" in token else token
    shift = len(token) == len(decoded)  # offsets are exact only when nothing was decoded
    for segment in _split_segments(decoded):
        start, text = segment
        words = [(m.start() + start, m.group()) for m in _WORDS.finditer(text)]
        named = False
        for (s1, w1), (s2, w2) in pairwise(words):
            if not w1.isdigit() and not w2.isdigit() and _is_name_pair(w1.lower(), w2.lower()):
                found.append((s1, s2 + len(w2), "person-name", f"{w1} {w2}", ""))
                named = True
        if not shift and not named and _phrase(text):
            # A value percent-encoded with its spaces and capitals (a search query) is a
            # phrase as typed: read as prose, "Ибраева Дана Маратовна" is a full name.
            for hit in name_hits(Projection.identity(text.replace("+", " "))):
                found.append((start + hit.start, start + hit.end, hit.category, hit.value, ""))
        student = _STUDENT_SEGMENT.search(text)  # …#student-2023004517, ?student_id=…
        if student is not None:
            at = student.start("number") + start
            number = student.group("number")
            found.append((at, at + len(number), "student-id", number, number))
        for m in _DIGITS.finditer(text):
            value = m.group()
            at = m.start() + start
            if len(value) == 12 and iin_checksum_ok(value) and not is_bin_structure(value):
                found.append((at, at + 12, "iin", value, value))
            elif (e164 := phone_e164(value)) is not None:
                found.append((at, at + len(value), "phone", value, e164))
    if not shift:
        return tuple((0, len(token), c, v, n) for _, _, c, v, n in found)
    return tuple(found)


_STUDENT_SEGMENT = re.compile(
    r"(?<![^\W_])(?:student|студент|stud|bilet|билет)(?:[-_.]?(?:id|no|number|nomer|№))?"
    r"[-_.]?(?P<number>[0-9]{6,12})(?![0-9])",
    re.IGNORECASE,
)
_DOWNLOAD = re.compile(r"""\bdownload\s*=\s*(?:"([^"<>]{1,200})"|'([^'<>]{1,200})')""")
_PHRASE_LONGEST = 160  # a query typed by a person, not an encoded document


def _phrase(text: str) -> bool:
    """Words with spaces, a capital among them, and no markup: text a person typed."""
    return (
        len(text) <= _PHRASE_LONGEST
        and (" " in text or "+" in text)
        and "<" not in text
        and not text.islower()
    )


def _split_segments(url: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for m in _DELIMITERS.finditer(url):
        if m.start() > pos:
            yield pos, url[pos : m.start()]
        pos = m.end()
    if pos < len(url):
        yield pos, url[pos:]


_TEN_DIGITS = re.compile(r"[0-9]{10}")


def _worth_judging(token: str) -> bool:
    """Cheap: a name in a slug needs a word break (- _ . %), a number ten digits."""
    return (
        "-" in token
        or "_" in token
        or "%" in token
        or "." in token
        or _TEN_DIGITS.search(token) is not None
    )


def url_hits(proj: Projection) -> Iterator[Hit]:
    """Findings in the links and paths of a file's source, at their place in the file.

    Reads the source, not the projection: an HTML page's links are not visible text.
    Hits are in source offsets; the caller places them with an identity projection.
    """
    source = proj.source
    if "/" not in source and "=" not in source:
        return
    # A page links to the same places as every other page (the menu): the distinct
    # tokens are collected in C and judged from the cache; only a token with a finding
    # is looked for again, to place it.
    for token in set(_URLISH.findall(source)):
        if "base64," in token or not _worth_judging(token):
            continue
        found = judge(token)
        if not found:
            continue
        for m in re.finditer(re.escape(token), source):
            if (
                _URLISH.match(source, m.start()) is None
                or m.end() != _URLISH.match(source, m.start()).end()
            ):
                continue  # a part of a longer token: that one is judged on its own
            for start, end, category, value, normalized in found:
                yield Hit(m.start() + start, m.start() + end, category, value, normalized)


def download_name_hits(source: str) -> Iterator[Hit]:
    """The file name a link's download attribute gives the saved file (source offsets)."""
    if "download=" not in source and "download =" not in source:
        return
    for m in _DOWNLOAD.finditer(source):
        group = 1 if m.group(1) is not None else 2
        for start, end, category, value, normalized in judge(m.group(group)):
            at = m.start(group)
            yield Hit(at + start, at + end, category, value, normalized)


def file_name_hits(name: str) -> Iterator[Hit]:
    """A published file's own name: aigerim-seitkali-cv.pdf."""
    for start, end, category, value, normalized in judge(name):
        yield Hit(start, end, category, value, normalized)
