"""Pages written without their indentation: about a tenth of every page's weight.

The theme's templates indent every line; a browser ignores whitespace at the start of a
line everywhere except in preformatted text, so it is removed outside <pre> and
<textarea>, and runs of blank lines become one line break. What a page shows, and the text
a screen reader reads, are unchanged.
"""

from __future__ import annotations

import re

_KEPT = re.compile(r"(<(pre|textarea)\b.*?</\2\s*>)", re.IGNORECASE | re.DOTALL)
# A line break with the indentation and blank lines after it: one pass over the page.
_BREAK_AND_INDENT = re.compile(r"\n(?:[ \t]*\n)*[ \t]*")


def compact_html(html: str) -> str:
    parts = _KEPT.split(html)
    out = []
    # split() with two groups yields: text, whole kept element, its tag name, text, ...
    for index in range(0, len(parts), 3):
        out.append(_BREAK_AND_INDENT.sub("\n", parts[index]))
        if index + 1 < len(parts):
            out.append(parts[index + 1])
    return "".join(out)
