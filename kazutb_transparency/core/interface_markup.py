"""What an interface string may carry: Markdown and a few inline tags, nothing active.

The catalogs (`data/interface/<lang>.yaml`) are edited by translators and go into pages
as Markdown, so unlike data values they may hold markup: a link to another page
(`[methodology](methodology.md)`), bold text (`<strong>`), a passage in another language
(`<span lang="en">`). Nothing else that a browser would act on gets through: no other
element with attributes, no active element (script, image, frame, form, link…), no event
handler, no script address, no image (Markdown `![…]`, which would load from wherever it
points), no attribute list (`{: onclick=…}`), no character reference (`&#…;`) to hide any
of these behind.
"""

from __future__ import annotations

import re

_TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][\w:.-]*)([^<>]*)>")
_ALLOWED_TAGS = frozenset({"strong", "em", "span"})
_SPAN_LANG = re.compile(r'\s+lang="(?:kk|ru|en)"\s*')
# Elements a browser fetches, runs or submits with, or that change what a page is.
_ACTIVE = frozenset(
    """script style iframe frame frameset object embed applet img image svg math link meta
    base form input button textarea select option video audio source track picture a area
    map template noscript marquee dialog portal body html head title xml""".split()  # noqa: SIM905
)
_SCRIPT_URL = re.compile(r"(?:java|vb)\s*script\s*:|data\s*:\s*[a-z]+/", re.IGNORECASE)
_HANDLER = re.compile(r"\bon[a-z]+\s*=", re.IGNORECASE)
_IMAGE = re.compile(r"!\[")
_ATTR_LIST = re.compile(r"\{\s*:|\{[^{}]*=[^{}]*\}")


def markup_problem(text: str) -> str | None:
    """Why an interface string may not be published as it is, or None."""
    if "&#" in text:
        return "a character reference (&#…;) is not allowed: write the character itself"
    if _SCRIPT_URL.search(text):
        return "a script address (javascript:, data:) is not allowed: link to a page or https://"
    if _HANDLER.search(text):
        return "an event handler (onclick=, onerror=…) is not allowed"
    if _IMAGE.search(text):
        return "an image (![…](…)) is not allowed in an interface string"
    if _ATTR_LIST.search(text):
        return "an attribute list ({: …}) is not allowed: write the text and its link only"
    for m in _TAG.finditer(text):
        closing, name, attributes = m.group(1), m.group(2).lower(), m.group(3)
        if name in _ALLOWED_TAGS:
            if (
                closing
                or not attributes.strip()
                or (name == "span" and _SPAN_LANG.fullmatch(attributes))
            ):
                continue
            return f'{m.group()!r}: only <span lang="kk|ru|en"> may have an attribute'
        if name in _ACTIVE or "=" in attributes:
            return (
                f"{m.group()[:40]!r}: only <strong>, <em> and <span lang=…> are allowed "
                "(write a link in Markdown: [text](page.md))"
            )
    return None
