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

import re
from collections.abc import Iterator
from typing import Any

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
MAX_FILE_BYTES = {".yaml": 2_000_000, ".yml": 2_000_000, ".csv": 200_000_000}


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


def tree_problems(data: Any, loc: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple, str, str]]:
    """(location, message, hint) for every string in a loaded YAML document."""
    if isinstance(data, str):
        for message, hint in value_problems(data, kind_of_field(loc)):
            yield loc, message, hint
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from tree_problems(value, (*loc, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from tree_problems(value, (*loc, index))
