"""What the detectors read: the visible text of a file, mapped back to the file's offsets.

A projection is the concatenation of parts. A part is either a verbatim slice of the
file, a string whose escapes (JSON ``\\uXXXX``, HTML ``&amp;``) were decoded, or a
separator added by an extractor between elements, which maps to no position in the
file. Offsets inside decoded parts are mapped back lazily, only for findings: a search
index escapes every Cyrillic letter, and mapping all of them up front would cost more
than the scan.
"""

from __future__ import annotations

import html
import json
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from itertools import accumulate


class Kind(Enum):
    VERBATIM = 0
    JSON = 1
    HTML = 2


SEPARATOR = "\n\n"


_JSON_ESCAPE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\."
)
# The same tokenisation as html.unescape, so decoding one entity at a time adds up.
_HTML_CHARREF = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


@dataclass(frozen=True)
class Piece:
    start: int  # offset in the projection
    source_start: int  # offset in the file
    length: int  # length in the projection (decoded)
    kind: Kind = Kind.VERBATIM
    raw: str = ""  # the undecoded text, for escaped pieces


class _EscapeWalker:
    """Maps decoded offsets of one escaped piece to raw offsets, walking forward once.

    Findings are mapped in increasing order, so the walk resumes where the previous
    query stopped: a 1 MB search-index string with many findings is walked once, not
    once per finding.
    """

    def __init__(self, piece: Piece) -> None:
        self.piece = piece
        self._restart()

    def _restart(self) -> None:
        pattern = _JSON_ESCAPE if self.piece.kind is Kind.JSON else _HTML_CHARREF
        self._escapes = pattern.finditer(self.piece.raw)
        self._next: re.Match[str] | None = next(self._escapes, None)
        self.raw_pos = self.dec_pos = 0

    def _width(self, m: re.Match[str]) -> int:
        return 1 if self.piece.kind is Kind.JSON else len(html.unescape(m.group()))

    def raw_offset(self, k: int) -> int:
        if k < self.dec_pos:
            self._restart()
        while self._next is not None:
            m = self._next
            gap = m.start() - self.raw_pos
            if self.dec_pos + gap > k:
                break
            width = self._width(m)
            if self.dec_pos + gap + width > k:
                return m.start()  # the escape itself decodes to position k
            self.dec_pos += gap + width
            self.raw_pos = m.end()
            self._next = next(self._escapes, None)
        return self.raw_pos + (k - self.dec_pos)


HeaderLookup = Callable[[int], str]


@dataclass
class Projection:
    text: str
    source: str
    pieces: list[Piece]
    header_lookup: HeaderLookup | None = None
    _piece_starts: list[int] = field(default_factory=list, repr=False)
    _line_starts: list[int] | None = field(default=None, repr=False)
    _walkers: dict[int, _EscapeWalker] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._piece_starts = [p.start for p in self.pieces]

    @classmethod
    def identity(cls, source: str, header_lookup: HeaderLookup | None = None) -> Projection:
        return cls(source, source, [Piece(0, 0, len(source))], header_lookup)

    def to_source(self, pos: int) -> int | None:
        """File offset of projection offset pos; None inside synthetic text."""
        i = bisect_right(self._piece_starts, pos) - 1
        if i < 0:
            return None
        piece = self.pieces[i]
        if pos - piece.start >= piece.length:
            return None  # synthetic text between pieces
        if piece.kind is Kind.VERBATIM:
            return piece.source_start + pos - piece.start
        walker = self._walkers.get(i)
        if walker is None:
            walker = self._walkers[i] = _EscapeWalker(piece)
        return piece.source_start + walker.raw_offset(pos - piece.start)

    def line_col(self, source_offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a file offset."""
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.source)]
        i = bisect_right(self._line_starts, source_offset) - 1
        return i + 1, source_offset - self._line_starts[i] + 1

    def all_headers(self) -> set[str] | None:
        """Every column header in the file, or None if the extractor cannot tell."""
        lookup = self.header_lookup
        if lookup is None:
            return set()
        owner = getattr(lookup, "__self__", lookup)
        headers = getattr(owner, "all_headers", None)
        return headers() if headers is not None else None

    def header_at(self, pos: int) -> str:
        """The column header of the table cell at pos, if the format knows tables."""
        return self.header_lookup(pos) if self.header_lookup else ""


class LazyProjection(Projection):
    """A projection whose text is known but whose offset map is built on first use.

    Fast extractors (one regex pass over a whole CSV or JSON file) produce the text
    without per-token bookkeeping; the exact map back to the file is made by the
    token-by-token extractor only when a finding has to be placed, which in a clean
    site is never.
    """

    def __init__(
        self,
        text: str,
        source: str,
        build_full: Callable[[], Projection],
        header_lookup: HeaderLookup | None = None,
    ) -> None:
        super().__init__(text, source, [], header_lookup)
        self._build_full = build_full
        self._full: Projection | None = None

    def to_source(self, pos: int) -> int | None:
        if self._full is None:
            self._full = self._build_full()
        return self._full.to_source(pos)


class ProjectionBuilder:
    """Collects the parts of a projection in order.

    Only parts taken from the file are recorded as pieces; synthetic parts (separators)
    just extend the projection, and a position past the end of the piece before it
    maps to nothing. Pieces refer to their part by index and get their projection
    offsets in build(), so adding one costs two list appends: an HTML page adds one per
    text run, and bookkeeping per run would cost more than the scan.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        # (index of the part, offset in the file, kind, raw text of escaped parts)
        self.pieces: list[tuple[int, int, Kind, str]] = []
        self._offsets: list[int] | None = None

    def verbatim(self, source_start: int, text: str) -> None:
        if text:
            self.pieces.append((len(self.parts), source_start, Kind.VERBATIM, ""))
            self.parts.append(text)

    def synthetic(self, text: str) -> None:
        self.parts.append(text)

    def separator(self) -> None:
        """A blank line: words of different elements or fields never join into one name."""
        if self.parts and self.parts[-1] != SEPARATOR:
            self.parts.append(SEPARATOR)

    def html_text(self, source_start: int, raw: str) -> None:
        if "&" not in raw:
            self.verbatim(source_start, raw)
        elif raw:
            self.pieces.append((len(self.parts), source_start, Kind.HTML, raw))
            self.parts.append(html.unescape(raw))

    def json_string(self, source_start: int, raw: str) -> None:
        """raw: the characters between the quotes of a JSON string."""
        if "\\" not in raw:
            self.verbatim(source_start, raw)
            return
        try:
            decoded = json.loads('"' + raw + '"')
        except ValueError:
            self.verbatim(source_start, raw)  # malformed escape: scan what is written
            return
        self.pieces.append((len(self.parts), source_start, Kind.JSON, raw))
        self.parts.append(decoded)

    def offset(self, part_index: int) -> int:
        """Projection offset where a part starts (after all parts are added)."""
        if self._offsets is None:
            self._offsets = [0, *accumulate(map(len, self.parts))]
        return self._offsets[part_index]

    def build(self, header_lookup: HeaderLookup | None = None) -> Projection:
        offset = self.offset
        pieces = [
            Piece(offset(i), source_start, len(self.parts[i]), kind, raw)
            for i, source_start, kind, raw in self.pieces
        ]
        return Projection("".join(self.parts), self.source, pieces, header_lookup)
