"""HTML and SVG → projection: what a reader or a crawler of the page gets to see.

Included: text between tags, comments (they ship in the page source), CDATA, the
attributes that carry human-readable text (alt, title, content, aria-label, …),
mailto:/tel: and messenger (wa.me, t.me) links, and JSON-LD blocks. Excluded: other
scripts and styles, and all other attributes (class names, SVG path data, URLs).
Block elements are separated so that the words of two table cells never read as one
name; inline elements (strong, a, span…) are not, so "<b>Сарсенова</b> А.Б." still
reads as a name. Table cells remember their column header, which gives context to
bare values in data tables.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Iterator

from kazutb_transparency.privacy.extract_json import _TOKEN, _decoded, add_json
from kazutb_transparency.privacy.projection import (
    SEPARATOR,
    HeaderLookup,
    Kind,
    LazyProjection,
    Projection,
    ProjectionBuilder,
)

_MARKUP = re.compile(
    r"<!--(?P<comment>.*?)(?:-->|\Z)"
    r"|<!\[CDATA\[(?P<cdata>.*?)(?:\]\]>|\Z)"
    r"|<(?P<raw>script|style)\b(?P<rawattrs>[^>]*)>(?P<body>.*?)(?:</(?P=raw)\s*>|\Z)"
    r"|<(?P<close>/?)(?P<name>[A-Za-z][\w:.-]*)"
    r"(?P<attrs>[^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*)>"
    r"|<[!?][^>]*>",
    re.DOTALL | re.IGNORECASE,
)
_TEXT_ATTRS = (
    "alt|title|content|aria-label|aria-description|aria-valuetext|placeholder|value|label"
    "|summary|abbr|data-title|data-tooltip"
)
_ATTR = re.compile(
    rf"""\s(?:{_TEXT_ATTRS})\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s>"']+))"""
    r"""|\s(?:href|src)\s*=\s*["']?(?P<link>(?:(?:mailto|tel|sms|callto):"""
    r"""|https?://(?:wa\.me|api\.whatsapp\.com|t\.me)/)[^"'\s>]*)""",
    re.IGNORECASE,
)


def _may_have_text_attribute(attrs: str) -> bool:
    """Substring tests are ~5x cheaper than running _ATTR on every tag's attributes."""
    a = attrs.lower() if not attrs.islower() else attrs
    return (
        "alt" in a
        or "title" in a
        or "content" in a
        or "label" in a
        or "value" in a
        or "placeholder" in a
        or "summary" in a
        or "abbr" in a
        or "tooltip" in a
        or "text" in a
        or "mailto:" in a
        or "tel:" in a
        or "sms:" in a
        or "callto:" in a
        or "wa.me" in a
        or "whatsapp" in a
        or "t.me" in a
    )


_INLINE = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "dfn",
        "em",
        "font",
        "i",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
        "tspan",
    }
)
# <br> breaks a line, it does not end a block: "Мадина<br>Ахметжанова" in a card is read as
# the two lines of one name, as a text file's lines are.
_LINE_BREAK = "br"
_CELLS = frozenset({"td", "th"})
_TABLE_TAGS = _CELLS | {"tr", "table"}


class _Tables:
    """Column headers of table cells, recorded by part index while the page is read."""

    def __init__(self, builder: ProjectionBuilder) -> None:
        self.parts = builder.parts
        self.headers: dict[int, str] = {}
        self.col = -1
        self.th_part: int | None = None
        self.cells: list[tuple[int, str]] = []  # (part index where a cell starts, header)
        self._starts: list[int] = []

    def tag(self, name: str, closing: bool) -> None:
        if closing:
            if name == "th" and self.th_part is not None:
                self.headers[self.col] = " ".join("".join(self.parts[self.th_part :]).split())
                self.th_part = None
            self.cells.append((len(self.parts), ""))  # after a cell: no header
        elif name == "table":
            self.headers = {}
        elif name == "tr":
            self.col = -1
        else:  # td, th
            self.col += 1
            header = self.headers.get(self.col, "") if name == "td" else ""
            self.cells.append((len(self.parts), header))
            self.th_part = len(self.parts) if name == "th" else None

    def lookup_for(self, builder: ProjectionBuilder) -> HeaderLookup | None:
        if not self.cells:
            return None
        starts = [builder.offset(i) for i, _ in self.cells]
        headers = [h for _, h in self.cells]

        def lookup(pos: int) -> str:
            i = bisect_right(starts, pos) - 1
            return headers[i] if i >= 0 else ""

        lookup.all_headers = lambda: set(headers)  # type: ignore[attr-defined]
        return lookup


def _add_attributes(builder: ProjectionBuilder, attrs: str, base: int) -> None:
    for m in _ATTR.finditer(attrs):
        group = next(g for g in ("dq", "sq", "bare", "link") if m.group(g) is not None)
        builder.separator()
        builder.html_text(base + m.start(group), m.group(group))
        builder.separator()


def _slow_projection(source: str) -> Projection:
    """The tag-by-tag projection, with its exact map back to the file."""
    builder = ProjectionBuilder(source)
    tables = _Tables(builder)
    parts, pieces = builder.parts, builder.pieces
    add_part, add_piece = parts.append, pieces.append
    inline, table_tags = _INLINE, _TABLE_TAGS
    verbatim, escaped = Kind.VERBATIM, Kind.HTML
    pos = 0
    for m in _MARKUP.finditer(source):
        start = m.start()
        if start > pos:  # the text before this markup (inlined: this loop is the hot path)
            run = source[pos:start]
            if run.isspace():
                add_part(" ")
            elif "&" in run:
                add_piece((len(parts), pos, escaped, run))
                add_part(html.unescape(run))
            else:
                add_piece((len(parts), pos, verbatim, ""))
                add_part(run)
        pos = m.end()
        comment, cdata, raw, rawattrs, body, close, name, attrs = m.groups()
        if name is not None:
            name = name.lower()
            if name == _LINE_BREAK:
                add_part("\n")  # a line break within its block (see _LINE_BREAK)
            elif name not in inline:
                if parts and parts[-1] != SEPARATOR:
                    add_part(SEPARATOR)
                if name in table_tags:
                    tables.tag(name, close == "/")
            if attrs and close != "/" and "=" in attrs and _may_have_text_attribute(attrs):
                _add_attributes(builder, attrs, m.start("attrs"))
        elif comment is not None:
            builder.separator()
            builder.html_text(m.start("comment"), comment)
            builder.separator()
        elif cdata is not None:
            builder.separator()
            builder.verbatim(m.start("cdata"), cdata)
            builder.separator()
        elif raw is not None:
            builder.separator()
            if "ld+json" in rawattrs.lower():
                add_json(builder, body, m.start("body"))
    if pos < len(source):
        builder.html_text(pos, source[pos:])
    return builder.build(tables.lookup_for(builder))


# The fast projection: the same text as _slow_projection without a Python step per tag.
# One regex split cuts the page into text runs and clusters of markup (tokens with only
# whitespace between them). A cluster's contribution (separators, table tags, the text
# of comments and text attributes) is worked out once and cached: the theme's header,
# navigation, icons and footer repeat on every page, so nearly every cluster of a site
# is a cache hit. Contributions use marker characters for separators and table tags;
# a run of separator markers collapses into one SEPARATOR, as
# ProjectionBuilder.separator does. Column headers are read from the table markers on
# demand, and the exact map back to the file is the slow projection's, built only to
# place a finding. Pages the markers cannot express (marker characters in the page,
# empty or blank-line parts) take the slow path.
_SEP_MARK = "\x03"
_TD, _TH, _TR, _TABLE, _TH_END, _CELL_END = "\x10", "\x11", "\x12", "\x13", "\x14", "\x15"
_TABLE_MARKS = (_TD, _TH, _TR, _TABLE, _TH_END, _CELL_END)
_MARK_CHARS = (_SEP_MARK, *_TABLE_MARKS)
_MARKS = re.compile("[\x03\x10-\x15]")
_TABLE_RUN = re.compile("[\x03\x10-\x15]*[\x10-\x15][\x03\x10-\x15]*")
_SEP_RUN = re.compile("\x03{2,}")
# A header cell's text: from its mark to the end of the header cell, with no other cell
# opened in between (that would end it), other table marks allowed (they end nothing).
_HEADER_TEXT = re.compile("\x11([^\x10\x11\x14]*)\x14")
_TABLE_MARK_OF = {"td": _TD, "th": _TH, "tr": _TR, "table": _TABLE}


def _token(group: int) -> str:
    """_MARKUP without its named groups (group: the number of the raw-text tag name).

    The same tokens; the bodies of comments, CDATA, scripts and styles are matched as
    "anything up to the first terminator", a loop over a character class instead of a
    lazy dot, which is what _MARKUP's .*? means.
    """
    return (
        r"<!--[^-]*(?:-(?!->)[^-]*)*(?:-->|\Z)"
        r"|<!\[CDATA\[[^\]]*(?:\](?!\]>)[^\]]*)*(?:\]\]>|\Z)"
        rf"|<(script|style)\b[^>]*>[^<]*(?:<(?!/\{group}\s*>)[^<]*)*(?:</\{group}\s*>|\Z)"
        r"|</?[A-Za-z][\w:.-]*+[^>\"']*+(?:(?:\"[^\"]*+\"|'[^']*+')[^>\"']*+)*+>"
        r"|<[!?][^>]*>"
    )


_CLUSTER = re.compile(rf"((?:{_token(2)})(?:\s*(?:{_token(3)}))*)", re.DOTALL | re.IGNORECASE)
_CLUSTER_WIDTH = _CLUSTER.groups + 1
_TOKENS = re.compile(rf"((?:{_token(2)}))", re.DOTALL | re.IGNORECASE)
_TOKEN_CACHE_LIMIT = 100_000
_token_cache: dict[str, str] = {}
_CACHE_LIMIT = 20_000_000  # characters of cached clusters
_cache: dict[str, str] = {}
_cached_chars = 0


class _Fallback(Exception):
    """A page the marker text cannot express exactly; it takes the slow path."""


def _part(text: str) -> str:
    """One part of the projection, checked for what the markers cannot express."""
    if text == SEPARATOR or _MARKS.search(text):
        raise _Fallback
    return text


def _html_part(raw: str) -> str:
    if "&" not in raw:
        return _part(raw) if raw else ""
    decoded = html.unescape(raw)
    if not decoded:  # "&#1;": an empty part, which ends a run of separators
        raise _Fallback
    return _part(decoded)


def _token_marks(m: re.Match[str]) -> str:
    """What one _MARKUP token adds, as _slow_projection adds it."""
    comment, cdata, raw, rawattrs, body, close, name, attrs = m.groups()
    out: list[str] = []
    if name is not None:
        lname = name.lower()
        if lname == _LINE_BREAK:
            out.append("\n")  # text, not a marker: as the slow path's part
        elif lname not in _INLINE:
            if lname not in _TABLE_TAGS:
                out.append(_SEP_MARK)
            elif close:
                out.append(_TH_END if lname == "th" else _CELL_END)
            else:
                out.append(_TABLE_MARK_OF[lname])
        if attrs and close != "/" and "=" in attrs and _may_have_text_attribute(attrs):
            for a in _ATTR.finditer(attrs):
                value = next(v for v in a.group("dq", "sq", "bare", "link") if v is not None)
                out += (_SEP_MARK, _html_part(value), _SEP_MARK)
    elif comment is not None:
        out += (_SEP_MARK, _html_part(comment), _SEP_MARK)
    elif cdata is not None:
        out += (_SEP_MARK, _part(cdata) if cdata else "", _SEP_MARK)
    elif raw is not None:
        out.append(_SEP_MARK)
        if "ld+json" in rawattrs.lower():  # each token followed by a separator
            values = [string or number for string, number in _TOKEN.findall(body)]
            if "\\" in body:
                _decoded(values)
            if SEPARATOR in values or _MARKS.search("".join(values)):
                raise _Fallback
            out += (_SEP_MARK.join(values), _SEP_MARK)  # an empty token: a separator only
    return "".join(out)


def _new_token_marks(token: str) -> str:
    m = _MARKUP.match(token)
    if m is None or m.end() != len(token):
        raise _Fallback  # not a token _MARKUP sees: let it decide
    marks = _token_marks(m)
    if len(_token_cache) > _TOKEN_CACHE_LIMIT:
        _token_cache.clear()
    _token_cache[token] = marks
    return marks


def _cluster_marks(cluster: str) -> str:
    """What a cluster adds: its tokens, and a space for the whitespace between them."""
    global _cached_chars
    items = _TOKENS.split(cluster)  # gap, token, raw-text tag name, gap, token, …
    get = _token_cache.get
    items[1::3] = [
        marks if (marks := get(t)) is not None else _new_token_marks(t) for t in items[1::3]
    ]
    items[2::3] = [""] * (len(items) // 3)
    if items[0] or items[-1]:
        raise _Fallback  # a cluster starts and ends with a token
    items[3:-1:3] = [" " if gap else "" for gap in items[3:-1:3]]  # the gaps are blank
    marks = "".join(items)
    if _cached_chars > _CACHE_LIMIT:
        _cache.clear()
        _cached_chars = 0
    _cache[cluster] = marks
    _cached_chars += len(cluster)
    return marks


def _run_part(run: str) -> str:
    """A text run between clusters that is blank or has entities."""
    return " " if run.isspace() else _html_part(run)


def _last_part(run: str) -> str:
    """The text after the last markup, taken as written: no separator follows it, so
    it may be anything (the page has no marker characters, entities give none)."""
    return html.unescape(run) if "&" in run else run


def _marked(source: str) -> str:
    """The projection with separators and table tags still as marker characters."""
    items = _CLUSTER.split(source)
    width = _CLUSTER_WIDTH
    clusters = items[1::width]
    if not clusters:
        return _last_part(source)
    get = _cache.get
    items[1::width] = [
        marks if (marks := get(c)) is not None else _cluster_marks(c) for c in clusters
    ]
    for i in range(2, width):  # the raw-text tag names: not wanted
        items[i::width] = [""] * len(clusters)
    last = items[-1]
    items[0:-1:width] = [
        _run_part(run) if "&" in run or run.isspace() else run for run in items[0:-1:width]
    ]
    items[-1] = _last_part(last)
    return "".join(items)


class _FastTables:
    """Column headers from the table markers of the marked text.

    Read on demand and only as far as a lookup needs: a page's only question is often
    about a date above its tables.
    """

    def __init__(self, marked: str, text: str) -> None:
        self.text = text
        self.marked = marked
        self.runs: Iterator[re.Match[str]] | None = None
        self.shift = 0
        self.last = 0  # end of the last run read
        self.read_to = -1  # offset in the text of the last run read
        # The cells as _Tables records them: where they start in the text, their header.
        self.starts: list[int] = []
        self.cell_headers: list[str] = []
        self.headers: dict[int, str] = {}  # of the current table, by column
        self.col = -1
        self.th_start: int | None = None

    def _read_run(self, run: re.Match[str]) -> None:
        s, e = run.span()
        self.shift += self.marked.count(_SEP_MARK, self.last, s)
        self.last = e
        at = s + self.shift
        width = len(SEPARATOR) if at else 0  # nothing before: no separator
        self.shift += width - (e - s)
        at += width
        self.read_to = at
        for mark in run.group():
            if mark == _SEP_MARK:
                continue
            if mark in (_TH_END, _CELL_END):
                if mark == _TH_END and self.th_start is not None:
                    self.headers[self.col] = " ".join(self.text[self.th_start : at].split())
                    self.th_start = None
                self.starts.append(at)
                self.cell_headers.append("")
            elif mark == _TABLE:
                self.headers = {}
            elif mark == _TR:
                self.col = -1
            else:
                self.col += 1
                self.starts.append(at)
                self.cell_headers.append(self.headers.get(self.col, "") if mark == _TD else "")
                self.th_start = at if mark == _TH else None

    def _start(self) -> Iterator[re.Match[str]]:
        # With every run of separator marks cut to one mark, a run without table marks
        # is one character that stands for the two of SEPARATOR, and shift (text offset
        # minus marked offset) needs updating only at the runs with table marks.
        self.marked = marked = _SEP_RUN.sub(_SEP_MARK, self.marked)
        if marked.startswith(_SEP_MARK) and not _TABLE_RUN.match(marked):
            self.shift = -len(SEPARATOR)  # a first run gives no separator
        return _TABLE_RUN.finditer(marked)

    def all_headers(self) -> set[str]:
        """The text of every header cell of the page: every column header a cell can have
        (and a header with no cell under it). Read from the markers in one pass: asked of
        every page with a table, it is most of the scan when the tables are read cell by
        cell, and a page whose headers say nothing of names needs no lookup at all."""
        return {" ".join(_MARKS.sub(" ", h).split()) for h in _HEADER_TEXT.findall(self.marked)}

    def lookup(self, pos: int) -> str:
        if self.runs is None:
            self.runs = self._start()
        while self.read_to <= pos:  # runs are read in order, their offsets never fall
            run = next(self.runs, None)
            if run is None:
                self.read_to = 1 << 62
                break
            self._read_run(run)
        i = bisect_right(self.starts, pos) - 1
        return self.cell_headers[i] if i >= 0 else ""


def project_html(source: str) -> Projection:
    """The projection of an HTML or SVG page: _slow_projection's text, made faster."""
    if any(mark in source for mark in _MARK_CHARS):
        return _slow_projection(source)
    try:
        marked = _marked(source)
    except _Fallback:
        return _slow_projection(source)
    tables = any(mark in marked for mark in _TABLE_MARKS)
    flat = marked
    if tables:
        for mark in _TABLE_MARKS:
            flat = flat.replace(mark, _SEP_MARK)
    parts = [part for part in flat.split(_SEP_MARK) if part]
    text = SEPARATOR.join(parts)
    if parts and flat.endswith(_SEP_MARK):
        text += SEPARATOR
    lookup = _FastTables(marked, text).lookup if tables else None
    return LazyProjection(text, source, lambda: _slow_projection(source), lookup)
