"""Hand-written pages through an allowlist: what Markdown writes, and nothing that runs,
frames or loads from another host.

Editors write pages in Markdown, which lets raw HTML through. A pasted embed code would
break two promises of the site (no scripts from content, no third-party requests), so:

- `page_problems` reads a page's source and names, by line, every raw element, attribute
  or address the allowlist refuses: the build warns, and the publishing build refuses;
- `sanitise_html` cleans the page's rendered HTML with nh3 (the Ammonia sanitiser) under
  the same allowlist, so even a preview never serves what the allowlist refuses;
- `nesting_problem` refuses a page whose lists or quotes nest deeper than a Markdown parser
  can follow (10,000 "- " or ">" markers exhaust its recursion): the input boundary
  (core/boundary.py) asks it for every hand-written page, in every build, so the page is
  refused with its line before any parser reads it.

The generated pages are not passed through here: every value in them is escaped where it
is written (core/markdown.py), and they carry the site's own charts and table styles.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import nh3

from kazutb_transparency.core.errors import Problem
from kazutb_transparency.core.textcheck import nesting, nesting_message

# What Python-Markdown and its extensions in mkdocs.yml write (tables, footnotes, toc
# permalinks, admonitions, details, definition lists, code), and plain inline markup.
ALLOWED_TAGS = frozenset(
    {"a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup",
     "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1",
     "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p",
     "pre", "q", "s", "samp", "section", "small", "span", "strong", "sub", "summary", "sup",
     "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr"}
)  # fmt: skip
GLOBAL_ATTRIBUTES = frozenset({"id", "class", "lang", "dir", "title", "role", "aria-label",
                               "aria-hidden", "aria-describedby", "aria-labelledby"})  # fmt: skip
TAG_ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href", "hreflang", "rel", "download"}),
    "img": frozenset({"src", "alt", "width", "height", "loading", "decoding"}),
    "td": frozenset({"colspan", "rowspan", "align"}),
    "th": frozenset({"colspan", "rowspan", "scope", "align", "abbr"}),
    "col": frozenset({"span"}),
    "colgroup": frozenset({"span"}),
    "ol": frozenset({"start", "reversed", "type"}),
    "li": frozenset({"value"}),
    "time": frozenset({"datetime"}),
    "q": frozenset({"cite"}),
    "blockquote": frozenset({"cite"}),
    "div": frozenset({"markdown"}),  # md_in_html's marker, consumed before rendering
    "section": frozenset({"markdown"}),
    "span": frozenset({"markdown"}),
    "figure": frozenset({"markdown"}),
    "details": frozenset({"open", "markdown"}),
}
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Attributes that load something when the page is shown: only from the site itself.
RESOURCE_ATTRIBUTES = frozenset({"src", "srcset", "poster", "data", "background"})
# Dropped with everything inside them, not only the tags.
DROPPED_WITH_CONTENT = frozenset({"script", "style", "iframe", "object", "embed", "noscript",
                                  "template", "svg", "math", "frame", "frameset"})  # fmt: skip

_SCHEME = re.compile(r"\s*([a-zA-Z][a-zA-Z0-9+.-]*)\s*:")


def url_problem(url: str, loads: bool) -> str | None:
    """Why an address may not stand in a page, or None. `loads`: the browser fetches it
    when the page is shown (an image), rather than when a reader follows it (a link)."""
    cleaned = "".join(ch for ch in url if ch >= " ").strip()
    scheme = _SCHEME.match(cleaned)
    if scheme is not None and scheme.group(1).lower() not in URL_SCHEMES:
        return f"an address with '{scheme.group(1).lower()}:' (only http, https, mailto, tel)"
    if loads and (scheme is not None or cleaned.startswith(("//", "\\\\", "/\\"))):
        return "an image or file loaded from another host (keep it in the site's own folder)"
    return None


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    checked = attribute in RESOURCE_ATTRIBUTES or (tag == "a" and attribute == "href")
    if checked and url_problem(value, loads=attribute != "href") is not None:
        return None
    return value


def sanitise_html(html: str) -> str:
    """The rendered HTML of a hand-written page under the allowlist."""
    attributes = {tag: set(names) for tag, names in TAG_ATTRIBUTES.items()}
    attributes["*"] = set(GLOBAL_ATTRIBUTES)
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes=attributes,
        attribute_filter=_attribute_filter,
        url_schemes=set(URL_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )


# Code is text, not HTML: fenced blocks and inline code spans are blanked before reading.
# Indented lines are read as they are (inside a list they are not code): markup shown as
# code goes in a fenced block.
_FENCE = re.compile(r"^([ \t]*)(`{3,}|~{3,})[^\n]*\n.*?^\1?[ \t]*\2[ \t]*$", re.M | re.S)
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_MD_LINK = re.compile(r"(!?)\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]*)")
_MD_REFERENCE = re.compile(r"^[ ]{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group())


def nesting_problem(markdown: str, file: str) -> Problem | None:
    """The first line of a page nested more than textcheck.MAX_NESTING lists or quotes deep
    (code blocks aside), or None."""
    deep = nesting(_FENCE.sub(_blank, markdown))
    if deep is None:
        return None
    line, depth = deep
    message, hint = nesting_message(depth)
    return Problem(file, message, line=line, hint=hint)


def page_problems(markdown: str, file: str) -> list[Problem]:
    """Every raw element, attribute or address of a Markdown page the allowlist refuses."""
    text = _FENCE.sub(_blank, markdown)
    text = _CODE_SPAN.sub(_blank, text)
    reader = _RawHtml()
    reader.feed(text)
    reader.close()
    found = list(reader.found)
    for match in _MD_LINK.finditer(text):
        reason = url_problem(match.group(2), loads=match.group(1) == "!")
        if reason is not None:
            found.append((text.count("\n", 0, match.start()) + 1, reason))
    for match in _MD_REFERENCE.finditer(text):
        reason = url_problem(match.group(1), loads=False)
        if reason is not None:
            found.append((text.count("\n", 0, match.start()) + 1, reason))
    return [
        Problem(
            file,
            f"raw HTML not allowed in a page: {what}",
            line=line,
            hint="remove it; embeds, scripts, frames and styles cannot be published "
            "(the site loads nothing from other hosts); link to the material instead, or "
            "show markup as code in a ``` block",
        )
        for line, what in sorted(found)
    ]


class _RawHtml(HTMLParser):
    """Collects (line, what) for each refused tag, attribute or address."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        if tag not in ALLOWED_TAGS:
            self.found.append((line, f"the element <{tag}>"))
            return
        allowed = GLOBAL_ATTRIBUTES | TAG_ATTRIBUTES.get(tag, frozenset())
        for name, value in attrs:
            if name not in allowed:
                self.found.append((line, f"the attribute {name}= on <{tag}>"))
            elif name in RESOURCE_ATTRIBUTES or name == "href":
                reason = url_problem(value or "", loads=name != "href")
                if reason is not None:
                    self.found.append((line, f"{reason} in <{tag} {name}=>"))

    handle_startendtag = handle_starttag

    def handle_comment(self, data: str) -> None:
        if "[if" in data.lower():  # conditional comments: markup for old browsers only
            self.found.append((self.getpos()[0], "a conditional comment"))
