"""JSON (and JSON-LD) → projection: every string and number, keys included.

Keys stay in the projection because they are context ("birth_date", "passport"), and
every token is its own line so values of different fields never run together. The
tokenizer does not validate the document: a scan must not depend on the file being
well-formed.

A whole JSON file is projected in one regex pass (project_json): the projection is the
tokens joined by blank lines, and the token-by-token map back to the file is built only
if a finding needs it. add_json is the token-by-token form, for JSON inside HTML and
for that map; both give the same text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from kazutb_transparency.privacy.projection import (
    SEPARATOR,
    LazyProjection,
    Projection,
    ProjectionBuilder,
)

_TOKEN = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"|(-?[0-9][0-9.eE+\-]*)', re.DOTALL)


def add_json(builder: ProjectionBuilder, text: str, base: int = 0) -> None:
    """Append the tokens of a JSON text that starts at file offset base."""
    for m in _TOKEN.finditer(text):
        if m.group(1) is not None:
            builder.json_string(base + m.start(1), m.group(1))
        else:
            builder.verbatim(base + m.start(2), m.group(2))
        builder.separator()


def _slow_projection(text: str) -> Projection:
    builder = ProjectionBuilder(text)
    add_json(builder, text)
    return builder.build()


def _decode_one(raw: str) -> str:
    """As ProjectionBuilder.json_string: a malformed escape is scanned as written."""
    try:
        return json.loads('"' + raw + '"')
    except ValueError:
        return raw


def _decode(raws: list[str]) -> list[str]:
    """The decoded strings, in one json.loads call when all of them are well-formed."""
    try:
        decoded = json.loads("[" + ",".join('"' + raw + '"' for raw in raws) + "]")
    except ValueError:
        return [_decode_one(raw) for raw in raws]
    return decoded if len(decoded) == len(raws) else [_decode_one(raw) for raw in raws]


# A quote left where a string was, or a number as _TOKEN finds it.
_QUOTE_OR_NUMBER = re.compile(r'"|(?:-[0-9]|[0-9])[0-9.eE+\-]*')
_NUMBER = re.compile(r"(?:-[0-9]|[0-9])[0-9.eE+\-]*")  # as in _TOKEN, faster to look for
# Below this size the numbers are found in one C call and a list of every token; above it,
# one at a time, so that a 50 MB dataset does not hold a million more strings at once.
_TOKENS_AT_ONCE_MAX = 1_000_000


def _decoded(values: list[str]) -> list[str]:
    """Raw string tokens decoded in place (the others are their own value)."""
    escaped = [i for i, value in enumerate(values) if "\\" in value]
    for i, decoded in zip(escaped, _decode([values[i] for i in escaped]), strict=True):
        values[i] = decoded
    return values


def _between_strings(skeleton: str, strings: int) -> list[str]:
    """What the projection has between two strings, found in the text outside them (each
    string left as one quote: no number has a quote in it): after[i] is the separator of
    string i - 1, then the numbers before string i, each with its own separator."""
    if len(skeleton) < _TOKENS_AT_ONCE_MAX:
        # The numbers and quotes in order, each followed by its separator, split at the quotes.
        tokens = _QUOTE_OR_NUMBER.findall(skeleton)
        return (SEPARATOR.join(tokens) + SEPARATOR).split('"') if tokens else [""]
    after = [SEPARATOR] * (strings + 1)
    after[0] = ""
    string = last = 0
    count = skeleton.count
    for m in _NUMBER.finditer(skeleton):
        start = m.start()
        string += count('"', last, start)
        last = start
        after[string] += m.group() + SEPARATOR
    return after


def _split_text_at_once(text: str) -> str | None:
    """The projected text when every quote of the text delimits a string (no \\"),
    found by splitting on quotes in C instead of matching tokens one by one; None if
    a token is a blank line (the builder adds no separator after it)."""
    pieces = text.split('"')
    strings = pieces[1::2]
    if "\\" in text:
        _decoded(strings)
    if SEPARATOR in strings:
        return None
    after = _between_strings('"'.join(pieces[0::2]), len(strings))
    if "" in strings:  # an empty string is no part: no separator after it
        i = strings.index("")
        while True:
            after[i + 1] = after[i + 1][len(SEPARATOR) :]
            try:
                i = strings.index("", i + 1)
            except ValueError:
                break
    joined = [""] * (len(after) + len(strings))
    joined[0::2] = after
    joined[1::2] = strings
    return "".join(joined)


# A longer text is projected a piece at a time: its projection in one go held ten times
# the file's size in small strings at once (790 MB for a 51 MB dataset, 705 MB for the
# same records written on one line).
_PIECE_CHARS = 1 << 18


_CUT = re.compile("[\n,]")  # a token ends before either, when outside every string


def _pieces(text: str) -> Iterator[str]:
    """The text cut after line ends or commas outside every string (an even number of
    quotes before them), about _PIECE_CHARS long: no token spans two pieces, whether the
    file has a record a line or is all one line."""
    start = 0
    while start < len(text):
        cut = _CUT.search(text, start + _PIECE_CHARS)
        quotes = text.count('"', start, cut.start()) if cut else 0
        while cut and quotes % 2:  # inside a string
            after = _CUT.search(text, cut.end())
            quotes += text.count('"', cut.start(), after.start()) if after else 0
            cut = after
        if cut is None:
            yield text[start:]
            return
        yield text[start : cut.end()]
        start = cut.end()


def _split_text(text: str) -> str | None:
    """As _split_text_at_once, a piece at a time: each token is in one piece, so the
    projections of the pieces, joined, are the projection of the text."""
    if len(text) <= _PIECE_CHARS:
        return _split_text_at_once(text)
    projected = []
    for piece in _pieces(text):
        part = _split_text_at_once(piece)
        if part is None:
            return None
        projected.append(part)
    return "".join(projected)


def project_json(text: str) -> Projection:
    """The projection of a JSON file: its tokens, decoded, each followed by a blank line."""
    if '\\"' not in text and text.count('"') % 2 == 0:
        projected = _split_text(text)
        if projected is None:
            return _slow_projection(text)
        return LazyProjection(projected, text, lambda: _slow_projection(text))
    # A string token gives (raw, ""), a number ("", digits); an empty string gives nothing.
    values = [string or number for string, number in _TOKEN.findall(text)]
    if "\\" in text:
        _decoded(values)
    if SEPARATOR in values:  # a token that is a blank line: the builder adds none after it
        return _slow_projection(text)
    parts = [value for value in values if value]
    projected = SEPARATOR.join(parts) + SEPARATOR if parts else ""
    return LazyProjection(projected, text, lambda: _slow_projection(text))
