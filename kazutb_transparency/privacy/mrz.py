"""The machine-readable zone of a passport or an ID card (ICAO 9303), pasted as text:

    P<KAZSEITKALI<<AIGERIM<<<<<<<<<<<<<<<<<<<<<<
    N123456784KAZ9803054F2801012<<<<<<<<<<<<<<02

Two lines of 44 characters (TD3, passports), two of 36 (TD2) or three of 30 (TD1, the
Kazakhstan ID card). The zone holds the holder's name, number and date of birth; it is
found from its fillers ("<<"), and told from other text by the check digit of the
document's number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kazutb_transparency.privacy.hits import Hit
from kazutb_transparency.privacy.projection import Projection

# In a page's source a zone's lines can stand between tags (<pre>P<KAZ…, …<0</pre>) or
# be broken by <br>: a tag begins with a letter or a slash, which no filler "<" is
# followed by in a zone's line end.
_MARKUP = r"(?:[ \t]|<(?:[a-zA-Z][\w-]*|/[a-zA-Z][\w-]*)(?:\s[^<>]*)?/?>)*"
_LINE = re.compile(
    rf"{_MARKUP}([A-Z0-9<]{{30}}|[A-Z0-9<]{{36}}|[A-Z0-9<]{{44}})"
    rf"(?:{_MARKUP}\r?$|(?={_MARKUP}<br\b))",
    re.M,
)
_ZONE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")
_FIRST = re.compile(r"[PIAC][A-Z<][A-Z<]{3}")
_LINES = {44: 2, 36: 2, 30: 3}  # line length: lines in the zone
_WEIGHTS = (7, 3, 1)


def check_digit(field: str) -> int:
    """ICAO 9303 check digit: digits as themselves, A–Z as 10–35, < as 0, weights 7 3 1."""
    total = 0
    for i, c in enumerate(field):
        value = int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0)
        total += value * _WEIGHTS[i % 3]
    return total % 10


def _number(lines: list[str]) -> tuple[str, str] | None:
    """The document number and its check digit, by the zone's format."""
    width = len(lines[0])
    if width == 30:
        return lines[0][5:14], lines[0][14]
    return lines[1][0:9], lines[1][9]


def mrz_hits(proj: Projection) -> Iterator[Hit]:
    text = proj.text
    at = text.find("<<")
    done = -1
    while at != -1:
        if at > done:
            line_start = text.rfind("\n", 0, at) + 1
            found = _zone(text, line_start)
            if found is None:  # the zone after other text or tags on its line
                begin = at
                while begin > line_start and text[begin - 1] in _ZONE_CHARS:
                    begin -= 1
                found = _zone(text, begin) if begin > line_start else None
            if found is not None:
                start, end, number = found
                done = end
                yield Hit(start, end, "id-document", number, number.replace("<", ""))
        at = text.find("<<", max(at + 2, done))


def _zone(text: str, line_start: int) -> tuple[int, int, str] | None:
    first = _LINE.match(text, line_start)
    if first is None or not _FIRST.match(first.group(1)):
        return None
    width = len(first.group(1))
    lines, end, pos = [first.group(1)], first.end(1), _next_line(text, first.end())
    while len(lines) < _LINES[width]:
        nxt = _LINE.match(text, pos)
        if nxt is None or len(nxt.group(1)) != width:
            return None
        lines.append(nxt.group(1))
        end, pos = nxt.end(1), _next_line(text, nxt.end())
    number, check = _number(lines)
    if not check.isdigit() or check_digit(number) != int(check) or not number.strip("<"):
        return None
    return first.start(1), end, number


def _next_line(text: str, pos: int) -> int:
    """Where the line after a zone's line begins (past its line break, if any: a <br>
    is read by the next line's markup)."""
    return pos + 1 if text.startswith("\n", pos) else pos
