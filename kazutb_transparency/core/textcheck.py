"""Every value in data/ is plain text: no markup, no spreadsheet formula, no script URL,
and no more text than its kind of field can hold.

The checks run where the files are read (datafiles.load_yaml, datafiles.read_csv), so a
refusal names the file, the line and the field, whatever model later reads the value.
Pages escape every value anyway; refusing markup at the source also keeps it out of the
open data, the search index and the feeds, where a reader's software may not escape it.

Formulas: a cell that starts with =, +, - or @ is run as a formula by Excel and LibreOffice
when the open-data CSV is opened (CSV injection). Such values are refused, except numbers
and phone numbers (+7 701 …, -5), which spreadsheets read as numbers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import suppress
from datetime import date, datetime
from typing import Any

from kazutb_transparency.core.dates import build_day, date_problem

# A tag, a comment, a processing instruction or a CDATA section; "a < b" is not markup.
_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z][\w:-]*(?:\s[^<>]*)?/?\s*>|<![A-Za-z\[-]|<\?|&#")
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
        tag = m.group()[:30]
        yield (
            f"contains markup ({tag!r}): data fields are plain text",
            "remove the tags and write plain text; a link is written as its address",
        )
    if value[:1] in "=+-@\t\r" and _FORMULA.match(value):
        yield (
            "starts with " + repr(value[:1]) + ", which a spreadsheet runs as a formula",
            "start the text with a letter or a digit (e.g. drop the sign or reword it)",
        )
    if (value[:1].isspace() or value[:1] in "jJvVdD") and _SCRIPT_URL.match(value):
        yield ("a script address (javascript:, data:) is not allowed", "use an https:// address")


def tree_problems(
    data: Any, loc: tuple[str | int, ...] = (), today: date | None = None
) -> Iterator[tuple[tuple, str, str]]:
    """(location, message, hint) for every value in a loaded YAML document: text as above,
    numbers finite, dates in the plausible window (core/dates.py). Iterative: a document
    nested deeper than Python's recursion limit is refused by the loader before this."""
    day = today or build_day()
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, loc)]
    while stack:
        value, where = stack.pop()
        if isinstance(value, str):
            kind = kind_of_field(where)
            for message, hint in value_problems(value, kind):
                yield where, message, hint
            if len(value) == 10 and _ISO_DATE.match(value):
                # A quoted date is still a date: the same window applies.
                with suppress(ValueError):
                    yield from _date_problems(date.fromisoformat(value), where, day)
        elif isinstance(value, dict):
            stack.extend((item, (*where, key)) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            items = list(enumerate(value))
            stack.extend((item, (*where, index)) for index, item in reversed(items))
        elif isinstance(value, float) and not math.isfinite(value):
            yield (
                where,
                f"not a finite number ({value})",
                "write a number with digits, e.g. 3.5; leave the field out if there is none",
            )
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
