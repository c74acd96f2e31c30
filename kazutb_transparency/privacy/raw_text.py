"""What a page ships but does not show: the strings and comments of its <script> and <style>
elements.

The page's projection leaves these elements out (a reader never sees them), yet anyone who
opens the page's source does: a phone number in a style sheet's comment, an e-mail address
in a script's string, a name in a JSON-LD block or in CSS `content`. The text a person wrote
there is in string literals and comments; the code around them (names, numbers a script
counts with) is not read, so a counter is no phone number. Each string and comment is read
by every detector as a text of its own, and a hit is reported at its place in the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kazutb_transparency.privacy.derived import EVERYTHING, detect
from kazutb_transparency.privacy.hits import Hit

# An element's content ends at the first closing tag of its name, as an HTML parser ends it.
_RAW_ELEMENT = re.compile(
    r"<(?P<tag>script|style)\b[^>]*>(?P<content>.*?)</(?P=tag)\s*>", re.IGNORECASE | re.DOTALL
)
# String literals and comments of JavaScript, JSON and CSS, left to right: a quote inside a
# comment or a comment mark inside a string belongs to the piece that starts first.
_PIECE = re.compile(
    r"\"(?P<dq>(?:[^\"\\\n]|\\.)*)\"|'(?P<sq>(?:[^'\\\n]|\\.)*)'|`(?P<bq>(?:[^`\\]|\\.)*)`"
    r"|/\*(?P<block>.*?)\*/|//(?P<line>[^\n]*)|<!--(?P<html>.*?)-->",
    re.DOTALL,
)
_WORTH_READING = re.compile(r"[0-9@]|[^\W\d_]{2}")  # a digit, an @ or a word


def raw_text_hits(source: str) -> Iterator[Hit]:
    """Findings in the strings and comments of <script> and <style> elements (source
    offsets)."""
    for element in _RAW_ELEMENT.finditer(source):
        start, end = element.span("content")
        for piece in _PIECE.finditer(source, start, end):
            group = piece.lastgroup
            text = piece.group(group) if group else ""
            if len(text) < 3 or _WORTH_READING.search(text) is None:
                continue
            at = piece.start(group)
            for hit in detect(text, EVERYTHING):
                yield Hit(at + hit.start, at + hit.end, hit.category, hit.value, hit.normalized)
