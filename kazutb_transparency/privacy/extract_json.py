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


def project_json(text: str) -> Projection:
    """The projection of a JSON file: its tokens, decoded, each followed by a blank line."""
    # A string token gives (raw, ""), a number ("", digits); an empty string gives nothing.
    values = [string or number for string, number in _TOKEN.findall(text)]
    if "\\" in text:
        escaped = [i for i, value in enumerate(values) if "\\" in value]
        for i, decoded in zip(escaped, _decode([values[i] for i in escaped]), strict=True):
            values[i] = decoded
    if SEPARATOR in values:  # a token that is a blank line: the builder adds none after it
        return _slow_projection(text)
    parts = [value for value in values if value]
    projected = SEPARATOR.join(parts) + SEPARATOR if parts else ""
    return LazyProjection(projected, text, lambda: _slow_projection(text))
