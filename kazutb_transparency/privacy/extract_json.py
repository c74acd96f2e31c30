"""JSON (and JSON-LD) → projection: every string and number, keys included.

Keys stay in the projection because they are context ("birth_date", "passport"), and
every token is its own line so values of different fields never run together. The
tokenizer does not validate the document: a scan must not depend on the file being
well-formed.
"""

from __future__ import annotations

import re

from kazutb_transparency.privacy.projection import ProjectionBuilder

_TOKEN = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"|(-?[0-9][0-9.eE+\-]*)', re.DOTALL)


def add_json(builder: ProjectionBuilder, text: str, base: int = 0) -> None:
    """Append the tokens of a JSON text that starts at file offset base."""
    for m in _TOKEN.finditer(text):
        if m.group(1) is not None:
            builder.json_string(base + m.start(1), m.group(1))
        else:
            builder.verbatim(base + m.start(2), m.group(2))
        builder.separator()
