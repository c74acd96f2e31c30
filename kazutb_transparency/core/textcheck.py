"""Every value in data/ is plain text: no markup, no spreadsheet formula, no script URL,
and no more text than its kind of field can hold.

The checks run where the files are read (datafiles.load_yaml, datafiles.read_csv), so a
refusal names the file, the line and the field, whatever model later reads the value.
Pages escape every value anyway; refusing markup at the source also keeps it out of the
open data, the search index and the feeds, where a reader's software may not escape it.

Formulas: a cell that starts with =, +, - or @ is run as a formula by Excel and LibreOffice
when the open-data CSV is opened (CSV injection). Such values are refused, except numbers
and phone numbers (+7 701 …, -5), which spreadsheets read as numbers.

Markup is found as a browser finds it: a tag opens with < and a Latin letter, whatever
follows (`<svg/onload=…>`, an unclosed `<img src=x onerror=…`), an end tag with </, a
comment or declaration with <!, a processing instruction with <?. "a < b", "x<5",
"<10 people" and «<< >>» are text.

Characters: the values are checked as YAML decoded them (a "\\x1b" is an ESC by then):
no control character but tab and line feed, no line or paragraph separator (U+2028,
U+2029), no bidirectional control (a name shown in another order than it is written), no
zero-width or other invisible character, no non-character or lone surrogate.

Addresses: the host of an http(s) address is typed in Latin letters (an international
domain in its xn-- form), so that "gоszakup.gov.kz" with a Cyrillic о cannot pass for the
procurement portal.

Numbers: within what their kind of field can mean (by the field's name: a count of people,
a sum in tenge, a year, a share), far beyond any real value but well within what the pages
can format and compute — 10^30 tenge would stop the build with a traceback.

Nesting: a text nested deeper than MAX_NESTING lists or quotes (`- - - - …`, `> > > …`)
would exhaust the Markdown parser's recursion; refused here, and in the hand-written pages
by the input boundary.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import suppress
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from kazutb_transparency.core.dates import build_day, date_problem
from kazutb_transparency.core.errors import character_name

# A tag as a browser's tokenizer opens one: "<" and a Latin letter (the name ends at white
# space, "/" or ">", and an unclosed tag swallows the text after it), "</" and anything but
# white space, "<!" (a comment, a declaration, CDATA), "<?"; and a character reference.
# "<" before a space, a digit, another "<" or a letter of another script is text to a
# browser: "a < b", "x<5", "<10 people", "<< quotes >>", "<Болашақ>".
_MARKUP = re.compile(r"<[A-Za-z]|</\S|<!|<\?|&#")
_FORMULA = re.compile(r"[=@\t\r]|[+\-](?![0-9 ()\-.,]*\Z)")
_SCRIPT_URL = re.compile(
    r"\s*(?:javascript|vbscript)\s*:|\s*data\s*:\s*[a-z]+/[a-z0-9.+-]+[;,]", re.IGNORECASE
)

# Longest text per kind of field, by the field's name; prose fields hold paragraphs.
NAME_FIELDS = frozenset({"name", "title", "short", "label", "abbreviation", "code", "id"})
PROSE_FIELDS = frozenset(
    {"description", "text", "notes", "note", "body", "prose", "summary", "content", "goal",
     "purpose", "source", "outcomes", "method", "comment"}
)  # fmt: skip
LIMITS = {"name": 300, "text": 2_000, "prose": 20_000}


def kind_of_field(loc: tuple[str | int, ...]) -> str:
    """name, prose or text: by the nearest named key (kk/ru/en are the language, not the kind)."""
    for part in reversed(loc):
        if isinstance(part, str) and part not in ("kk", "ru", "en"):
            if part in NAME_FIELDS or part.endswith(("_name", "_title")):
                return "name"
            if part in PROSE_FIELDS or part.endswith(("_description", "_notes", "_text")):
                return "prose"
            return "text"
    return "text"


def value_problems(value: str, kind: str) -> Iterator[tuple[str, str]]:
    """(message, what to do) for each rule the value breaks."""
    if len(value) > LIMITS[kind]:
        yield (
            f"too long: {len(value):,} characters, at most {LIMITS[kind]:,} for this kind of field",
            "shorten it; publish long texts as a document and link to it",
        )
    if ("<" in value or "&#" in value) and (m := _MARKUP.search(value)):
        tag = value[m.start() : m.start() + 30]
        yield (
            f"contains markup ({tag!r}): data fields are plain text",
            "remove the tags and write plain text; a link is written as its address; "
            "write 'less than' in words, or leave a space after '<'",
        )
    if value[:1] in "=+-@\t\r" and _FORMULA.match(value):
        yield (
            "starts with " + repr(value[:1]) + ", which a spreadsheet runs as a formula",
            "start the text with a letter or a digit (e.g. drop the sign or reword it)",
        )
    if (value[:1].isspace() or value[:1] in "jJvVdD") and _SCRIPT_URL.match(value):
        yield ("a script address (javascript:, data:) is not allowed", "use an https:// address")
    if (found := unsafe_character(value)) is not None:
        yield character_problem(found.group())
    if "://" in value:
        yield from _host_problems(value)
    if len(value) > MAX_NESTING and (deep := nesting(value)) is not None:
        yield nesting_message(deep[1])


# --- characters ---------------------------------------------------------------------------

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# What no value (and no text file: core/boundary.py) may hold, in the Basic Multilingual
# Plane: C0 controls but tab, line feed and carriage return; DEL and C1 controls; line and
# paragraph separators; lone surrogates; bidirectional controls; zero-width and other
# invisible characters; non-characters. (A class of BMP characters only: one with astral
# members is searched several times slower, and the astral ones are rare in text.)
_UNSAFE_BMP = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff" + _BIDI
    + "\u180e\u200b-\u200d\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb"
    "\ufdd0-\ufdef\ufffe\uffff]"
)  # fmt: skip
# A carriage return is a line end only before a line feed (a Windows line end).
_LONE_CR = re.compile("\r(?!\n)")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# Beyond the BMP: the non-characters of every plane and the invisible tag characters.
_PLANES = range(0x10000, 0x110000, 0x10000)
_UNSAFE_ASTRAL = re.compile(
    "[" + "".join(chr(plane + 0xFFFE) + chr(plane + 0xFFFF) for plane in _PLANES)
    + "\U000e0001\U000e0020-\U000e007f]"
)  # fmt: skip


def unsafe_character(text: str, start: int = 0) -> re.Match[str] | None:
    """The first character from `start` that no text may hold (see _UNSAFE_BMP), or None.
    Tab and line feed are text, and a carriage return before a line feed."""
    found = _UNSAFE_BMP.search(text, start)
    end = found.start() if found is not None else len(text)
    if "\r" in text and (cr := _LONE_CR.search(text, start, end)) is not None:
        found, end = cr, cr.start()
    if _ASTRAL.search(text, start, end) is not None:
        found = _UNSAFE_ASTRAL.search(text, start, end) or found
    return found


_BIDI_CHARACTER = re.compile(f"[{_BIDI}]")
_RETYPE = "delete it: retype the text around it, or save the file again as plain UTF-8"


def character_problem(char: str) -> tuple[str, str]:
    """(message, what to do) for a character unsafe_character finds, named (U+XXXX)."""
    name = character_name(char)
    if char == "\r":
        return (
            f"contains a lone carriage return, {name}, which is not a line end",
            "end the line with an ordinary line break (save the file with LF or CRLF line ends)",
        )
    if char in "\u2028\u2029":
        return (
            f"contains a {name}, an invisible line break that feeds, the CSV and scripts "
            "read differently",
            "replace it by an ordinary line break or a space",
        )
    if _BIDI_CHARACTER.match(char):
        return (
            f"contains a bidirectional control, {name}, which shows the text around it in "
            "another order than it is written",
            _RETYPE,
        )
    code = ord(char)
    if code < 0x20 or 0x7F <= code < 0xA0:
        return (
            f"contains a control character, {name}, invisible and not text",
            _RETYPE + "; in YAML, an escape between double quotes (\\x1b, \\e, \\u0007, "
            "\\N) is the same character",
        )
    if 0xD800 <= code < 0xE000 or (code & 0xFFFE) == 0xFFFE or 0xFDD0 <= code <= 0xFDEF:
        return (f"contains {name}", _RETYPE)
    return (
        f"contains an invisible character, {name}",
        _RETYPE + " (such characters come with text copied from web pages and PDFs)",
    )


# --- addresses ----------------------------------------------------------------------------

# The host of an http(s) address: letters and digits of any script, dots (and the dots
# IDNA reads as dots), hyphens; it ends where an address ends in text (/, ?, #, :, space,
# punctuation). A user name before @ is skipped.
_URL_HOST = re.compile(
    r"\b(?:https?|ftp)://(?:[^\s/?#@]*@)?([\w.\-\uff0e\uff61\u3002\ufe52]+)", re.IGNORECASE
)


def _host_problems(value: str) -> Iterator[tuple[str, str]]:
    for found in _URL_HOST.finditer(value):
        host = found.group(1)
        if host.isascii():
            continue
        char = next(c for c in host if not c.isascii())
        yield (
            f"the address {found.group()!r} has a host with {character_name(char)}, not a "
            "Latin letter: it may look like another site's address",
            "type the address again on a Latin keyboard (a domain in another script is "
            "written in its xn-- form); a path after the host may be in any script",
        )
        return


# --- Markdown nesting -----------------------------------------------------------------------

MAX_NESTING = 50  # lists and quotes inside each other; Python-Markdown fails near 400
_MARKER_RUN = re.compile(r"(?:(?:[-+*]|[0-9]{1,9}[.)])[ \t]+|>[ \t]*)+")
_ONE_MARKER = re.compile(r"[-+*>]|[0-9]{1,9}[.)]")


def nesting(text: str, most: int = MAX_NESTING) -> tuple[int, int] | None:
    """(line, depth) of the first line nested more than `most` lists or quotes deep: a
    line that starts a list item or a quote nests one level per marker at its start (-, +,
    *, 1., 1), >) and per 4 columns of its indentation (as Markdown nests a list item under
    another). Other lines nest nothing: an indented line of text is code, or a paragraph."""
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.lstrip(" \t")
        if stripped[:1] not in _MARKER_STARTS or (run := _MARKER_RUN.match(stripped)) is None:
            continue
        indent = len(line[: len(line) - len(stripped)].expandtabs(4)) // 4
        depth = indent + len(_ONE_MARKER.findall(run.group()))
        if depth > most:
            return number, depth
    return None


_MARKER_STARTS = frozenset("-+*>0123456789")


def nesting_message(depth: int) -> tuple[str, str]:
    """(message, what to do) for a text nested `depth` lists or quotes deep."""
    return (
        f"lists or quotes nested {depth:,} levels deep, more than the {MAX_NESTING} a page "
        "can show (the Markdown parser would fail on it)",
        "a list or quote nests one level per marker at the start of a line (-, *, +, 1., >) "
        "or per 4 spaces of indentation: remove the extra markers or indentation",
    )


# --- numbers ------------------------------------------------------------------------------

YEARS = (1900, 2100)
MAX_PEOPLE = 10_000_000  # a count of people, places, seats: more than any university has
MAX_TENGE = 10**13  # a sum of money: more than the national budget
MAX_SHARE = 100  # a share (0–1) or a rate in per cent (0–100)
MAX_NUMBER = 10**15  # anything else: still exact as a float (2^53 ≈ 9 × 10^15)

COUNT_FIELDS = frozenset(
    {"admitted", "applicants", "answered_in_term", "answered_late", "capacity", "completed",
     "count", "dropped_out", "employed", "enrolled", "entrants", "graduates", "grants",
     "headcount", "invited", "lots", "members", "paid_places", "participants", "pending",
     "places", "received", "respondents", "seats", "staff", "students", "valid",
     "with_degree"}
)  # fmt: skip
MONEY_FIELDS = frozenset({"amount", "budget", "cost", "fee", "fees", "price", "salary", "sum"})
SHARE_FIELDS = frozenset(
    {"ci_high", "ci_low", "percent", "percentage", "rate", "ratio", "satisfaction", "share"}
)


def number_kind(field: str | None) -> tuple[str, int, int]:
    """(what the field counts, lowest, highest) by the field's name."""
    name = field or ""
    if name == "year" or name.endswith("_year"):
        return "a year", *YEARS
    if name in COUNT_FIELDS or name.endswith(("_count", "_places", "_students", "_staff")):
        return "a count of people or places", -MAX_PEOPLE, MAX_PEOPLE
    if (
        name in MONEY_FIELDS
        or name.endswith(("_kzt", "_tenge", "_fee", "_price", "_cost"))
        or (name.startswith(("amount_", "price_", "fee_", "cost_")))
    ):
        return "a sum of money in tenge", -MAX_TENGE, MAX_TENGE
    if name in SHARE_FIELDS or name.endswith(("_share", "_rate", "_ratio", "_percent")):
        return "a share (0–1) or a rate in per cent (0–100)", -MAX_SHARE, MAX_SHARE
    return "a number in these data", -MAX_NUMBER, MAX_NUMBER


def number_problem(
    value: int | float | Decimal, field: str | None, written: str | None = None
) -> tuple[str, str] | None:
    """(message, what to do) for a number beyond what its field can mean, or None.
    written: the number as the file writes it (a CSV cell), shown when it is short."""
    if isinstance(value, bool):
        return None
    if (isinstance(value, float) and not math.isfinite(value)) or (
        isinstance(value, Decimal) and not value.is_finite()
    ):
        return (f"not a finite number ({value})", _FINITE_HINT)
    what, low, high = number_kind(field)
    if low <= value <= high:
        return None
    shown = repr(written) if written is not None and len(written) <= 24 else _shown_number(value)
    if what == "a year":
        return (
            f"{shown} is not a year the data can mean ({low}–{high})",
            "write the year with four digits, e.g. 2025",
        )
    return (
        f"{shown} is not a number this field can hold: {what} is at most {high:,}",
        "check the number: a digit typed twice, a missing decimal point, or a value in "
        "another unit (whole tenge, people, a share)",
    )


_FINITE_HINT = "write a number with digits, e.g. 3.5; leave the field out if there is none"
# A text that is wholly a number, as YAML, pydantic and a spreadsheet read one.
_NUMBER_TEXT = re.compile(
    r"\s*[+-]?(?:[0-9][0-9_]*(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\s*\Z"
)


def number_text_problem(text: str, field: str | None) -> tuple[str, str] | None:
    """number_problem for a text that is wholly a number (a CSV cell, a quoted number that
    a model reads as one), or None for any other text."""
    if not text or text[:1] not in _NUMBER_STARTS or not _NUMBER_TEXT.match(text):
        return None
    written = text.strip()
    try:
        number = Decimal(written)
    except (InvalidOperation, ValueError):
        return None
    return number_problem(number, field, written)


_NUMBER_STARTS = frozenset("0123456789+-. \t")


def _shown_number(value: int | float | Decimal) -> str:
    """The number, short: 1e+30, or "1000…000 (31 digits)" (never all of its digits)."""
    if (isinstance(value, int) and abs(value) >= 10**15) or (
        isinstance(value, Decimal) and value.adjusted() >= 300
    ):
        digits = Decimal(value).adjusted() + 1
        if isinstance(value, int) and digits < 4000:  # int() converts up to 4,300 digits
            text = str(abs(value))
            return f"{'-' if value < 0 else ''}{text[:4]}…{text[-3:]} ({digits:,} digits)"
        return f"a{' negative' if value < 0 else ''} number of {digits:,} digits"
    return str(value) if isinstance(value, int) else f"{float(value):.6g}"


def field_of(loc: tuple[str | int, ...]) -> str | None:
    """The name of the field a value stands in: the nearest named key (not kk/ru/en)."""
    for part in reversed(loc):
        if isinstance(part, str) and part not in ("kk", "ru", "en"):
            return part
    return None


def cell_problems(value: str, column: str) -> list[tuple[str, str]]:
    """(message, what to do) for a CSV cell: the rules of every value, and a cell that is a
    number within what its column can mean (a name or a prose column holds text)."""
    kind = kind_of_field((column,))
    found = list(value_problems(value, kind))
    if kind == "text" and (number := number_text_problem(value, column)) is not None:
        found.append(number)
    return found


def tree_problems(
    data: Any,
    loc: tuple[str | int, ...] = (),
    today: date | None = None,
    characters_only: bool = False,
) -> Iterator[tuple[tuple, str, str]]:
    """(location, message, hint) for every value in a loaded YAML document: text as above,
    numbers finite and within what their field can mean (number_kind), dates in the
    plausible window (core/dates.py). Iterative: a document nested deeper than Python's
    recursion limit is refused by the loader before this.

    characters_only: the interface catalogs, whose texts may carry markup (a lang span):
    only the characters are checked (controls, bidirectional and invisible ones)."""
    day = today or build_day()
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, loc)]
    while stack:
        value, where = stack.pop()
        if isinstance(value, str):
            if characters_only:
                if (found := unsafe_character(value)) is not None:
                    yield (where, *character_problem(found.group()))
                continue
            kind = kind_of_field(where)
            for message, hint in value_problems(value, kind):
                yield where, message, hint
            if len(value) == 10 and _ISO_DATE.match(value):
                # A quoted date is still a date: the same window applies.
                with suppress(ValueError):
                    yield from _date_problems(date.fromisoformat(value), where, day)
            elif kind == "text" and value[:1] in _NUMBER_STARTS:
                # A quoted number is still a number to a model (pydantic reads "12" as 12).
                field = field_of(where)
                numeric = number_kind(field)[2] != MAX_NUMBER  # a field named for a number
                if numeric and (number := number_text_problem(value, field)) is not None:
                    yield (where, *number)
        elif isinstance(value, dict):
            for key in value:
                if isinstance(key, str):
                    if (found := unsafe_character(key)) is not None:
                        yield ((*where, key), *character_problem(found.group()))
                elif (
                    isinstance(key, int | float)
                    and not characters_only
                    and ((number := number_problem(key, field_of(where))) is not None)
                ):
                    yield ((*where, key), *number)
            stack.extend((item, (*where, key)) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            items = list(enumerate(value))
            stack.extend((item, (*where, index)) for index, item in reversed(items))
        elif characters_only or isinstance(value, bool):
            continue
        elif isinstance(value, int | float | Decimal):
            if (number := number_problem(value, field_of(where))) is not None:
                yield (where, *number)
        elif isinstance(value, date):
            yield from _date_problems(value, where, day)


_ISO_DATE = re.compile(r"[12][0-9]{3}-[01][0-9]-[0-3][0-9]\Z")


def _date_problems(
    value: date, where: tuple[str | int, ...], today: date
) -> Iterator[tuple[tuple, str, str]]:
    field = next((part for part in reversed(where) if isinstance(part, str)), None)
    found = date_problem(value if not isinstance(value, datetime) else value.date(), field, today)
    if found is not None:
        yield (where, *found)
