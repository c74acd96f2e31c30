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

from kazutb_transparency.privacy.derived import EVERYTHING, Derived, detect
from kazutb_transparency.privacy.hits import Hit
from kazutb_transparency.privacy.prefilter import SEPARATOR

# An element's content ends at the first closing tag of its name, as an HTML parser ends it.
# Letter by letter rather than IGNORECASE: the engine then jumps from "<" to "<".
_OPENING = re.compile(r"<([sS][cC][rR][iI][pP][tT]|[sS][tT][yY][lL][eE])\b[^>]*>")
_CLOSING = {
    "script": re.compile(r"</script\s*>", re.IGNORECASE),
    "style": re.compile(r"</style\s*>", re.IGNORECASE),
}


def _contents(source: str) -> Iterator[tuple[int, int]]:
    """Where the content of each <script> and <style> element begins and ends."""
    for opening in _OPENING.finditer(source):
        closing = _CLOSING[opening.group(1).lower()].search(source, opening.end())
        end = closing.start() if closing is not None else len(source)
        if end > opening.end():
            yield opening.end(), end


# String literals and comments of JavaScript, JSON and CSS, left to right: a quote inside a
# comment or a comment mark inside a string belongs to the piece that starts first.
_PIECE = re.compile(
    r"\"(?P<dq>(?:[^\"\\\n]|\\.)*)\"|'(?P<sq>(?:[^'\\\n]|\\.)*)'|`(?P<bq>(?:[^`\\]|\\.)*)`"
    r"|/\*(?P<block>.*?)\*/|//(?P<line>[^\n]*)|<!--(?P<html>.*?)-->",
    re.DOTALL,
)
# A digit, an @ or two capital letters: every number and address has a digit, every
# e-mail address an @, every name two capitals (a script's keys and paths and a style
# sheet's one-word labels, "navigation.prune", "Семестр", have none of these).
_CAPITAL = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_WORTH_READING = re.compile(rf"[0-9@]|[{_CAPITAL}].*[{_CAPITAL}]", re.DOTALL)
# Between two strings: the separator the prefilter joins its windows with, which no
# detector reads across, so every string of a page is read in one pass.
_GLUE = SEPARATOR


# The findings of an element's content, by the content: the same style sheet and script
# recur on every page built from one template (bounded: a cache, not a record of the site).
_KNOWN: dict[str, tuple[Hit, ...]] = {}
_KNOWN_MAX = 4096


def raw_text_hits(source: str) -> Iterator[Hit]:
    """Findings in the strings and comments of <script> and <style> elements (source
    offsets)."""
    for start, end in _contents(source):
        content = source[start:end]
        found = _KNOWN.get(content)
        if found is None:
            if len(_KNOWN) >= _KNOWN_MAX:
                _KNOWN.clear()
            found = _KNOWN[content] = tuple(_content_hits(content))
        for hit in found:
            yield Hit(start + hit.start, start + hit.end, hit.category, hit.value, hit.normalized)


def _content_hits(content: str) -> Iterator[Hit]:
    """Findings in one element's strings and comments (offsets in the content)."""
    joined = Derived()
    for piece in _PIECE.finditer(content):
        group = piece.lastgroup
        text = piece.group(group) if group else ""
        if len(text) < 3 or _WORTH_READING.search(text) is None:
            continue
        if joined.length:
            joined.add(_GLUE)
        joined.add(text, piece.start(group))
    if not joined.length:
        return
    for hit in detect(joined.text, EVERYTHING):
        start = joined.origin(hit.start)
        yield Hit(start, start + hit.end - hit.start, hit.category, hit.value, hit.normalized)
