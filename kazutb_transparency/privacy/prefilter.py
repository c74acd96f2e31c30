"""Where the detectors need to look: one pass finds every place a detector could start.

Each detector declares its triggers: patterns that every hit of it is anchored on (a
digit run, an @, a flat word, a capitalised word before another), and how far before
and after a trigger it reads (its hit and every word of context it decides by). One
multi-pattern pass (Hyperscan, patterns in prefilter mode so that each matches at least
what the detector's own regex does) finds the triggers of all detectors at once; each
detector then reads only its windows around them, joined into one shorter text.

Why the findings stay the same:
- a window reaches `before` and `after` (plus a margin) around every trigger and is
  widened to whole tokens (words, or a detector's own, such as clusters of digits), so
  none is cut; windows that meet are
  merged, and the text between them holds no trigger, so nothing the detector anchors on;
- the windows are joined in order with a separator that no detector reads across, so a
  detector that carries state along the text (what it has already reported) sees the
  same things in the same order, and a whole-text test (`"dot" in text`) gives the same
  answer when its needles are triggers too;
- the column headers of a table cell are looked up in the whole projection;
- a hit near the edge of a window may have been cut, or made by the cut: then the
  detector reads the whole text after all. So does a detector that declares no triggers
  (a new one is correct from the start, only slower), and one whose windows would cover
  most of the text anyway;
- a detector whose reach is ANYWHERE reads the whole text when one of its triggers is in
  it, and is not run otherwise: its triggers are the needles it tests the text for before
  it reads anything (`if "%" not in text: return`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from kazutb_transparency.privacy.hits import Hit
from kazutb_transparency.privacy.projection import Projection

# Between two windows: blank lines around a character that is neither a word character,
# a space, a digit nor punctuation any detector reads, so no match runs across.
SEPARATOR = "\n\n\x00\n\n"
MARGIN = 32  # characters beyond a detector's reach on either side of a trigger
# A hit closer than this to an edge between windows makes the detector read the whole text.
EDGE = MARGIN
WIDEN = 400  # how far a window edge may move to a token's edge (else: the whole text)
WHOLE_SHARE = 0.6  # windows over this share of the text: the whole text is read instead
ANYWHERE = -1  # a reach: the whole text when a trigger is in it, nothing otherwise


@dataclass(frozen=True)
class Triggers:
    """What a detector is anchored on, and how far around an anchor it reads.

    patterns: regular expressions (Python syntax); each hit of the detector lies within
    `before` characters before the start and `after` characters after the end of a match
    of one of them, and so does every character the detector reads to decide on it.
    A detector that also tests the whole text for a word (`"dot" in text`) lists that
    word as a pattern too. whole_text: when it says so for a projection, the detector
    reads the whole text (what it finds there depends on more than the windows).
    before = after = ANYWHERE: without a trigger the detector finds nothing, with one it
    reads the whole text; only whether a trigger is there is looked for.
    """

    patterns: tuple[str, ...]
    before: int
    after: int
    ignore_case: bool = False
    token: str = r"\S"  # a regex class: the characters the detector reads as one token
    whole_text: Callable[[Projection], bool] | None = None


Find = Callable[[Projection], Iterable[Hit]]


@dataclass(frozen=True)
class Detector:
    """A detector and its triggers; without triggers it reads the whole text."""

    find: Find
    triggers: Triggers | None = None


class WindowProjection(Projection):
    """The windows of a projection joined by SEPARATOR. Offsets map back to the whole
    projection; column headers and all_headers are the whole projection's."""

    def __init__(self, whole: Projection, windows: Sequence[tuple[int, int]]) -> None:
        parts: list[str] = []
        self.starts: list[int] = []  # offset of each window in this text
        self.windows = list(windows)
        pos = 0
        for lo, hi in windows:
            if parts:
                parts.append(SEPARATOR)
                pos += len(SEPARATOR)
            self.starts.append(pos)
            parts.append(whole.text[lo:hi])
            pos += hi - lo
        lookup = whole.header_lookup
        super().__init__(
            "".join(parts),
            whole.source,
            [],
            (lambda p: lookup(self.to_whole(p))) if lookup is not None else None,
        )
        self.whole = whole

    def to_whole(self, pos: int) -> int:
        i = max(0, bisect_right(self.starts, pos) - 1)
        return self.windows[i][0] + pos - self.starts[i]

    def near_edge(self, start: int, end: int) -> bool:
        """Whether [start, end) is within EDGE of an edge between windows (or crosses one)."""
        i = max(0, bisect_right(self.starts, start) - 1)
        lo = self.starts[i]
        hi = lo + self.windows[i][1] - self.windows[i][0]
        inner_lo = self.windows[i][0] > 0
        inner_hi = self.windows[i][1] < len(self.whole.text)
        return (inner_lo and start < lo + EDGE) or end > hi or (inner_hi and end > hi - EDGE)

    def to_source(self, pos: int) -> int | None:
        return self.whole.to_source(self.to_whole(pos))

    def all_headers(self) -> set[str] | None:
        return self.whole.all_headers()

    def line_col(self, source_offset: int) -> tuple[int, int]:
        return self.whole.line_col(source_offset)


class _Edges:
    """Where a token (a run of the characters a detector reads as one word or number)
    that covers a position begins and ends, looked for at most WIDEN characters away."""

    def __init__(self, token: str) -> None:
        self._outside = re.compile(f"[^{token}]")

    def start(self, text: str, pos: int) -> int:
        """The start of the token that holds the character before pos; -1: too far."""
        floor = max(0, pos - WIDEN)
        # Searched in the reversed slice: the regex engine then finds the nearest first.
        found = self._outside.search(text[floor:pos][::-1])
        if found is None:
            return floor if floor == 0 else -1
        return pos - found.start()

    def end(self, text: str, pos: int) -> int:
        """The end of the token that holds the character at pos; -1: too far."""
        ceiling = min(len(text), pos + WIDEN)
        found = self._outside.search(text, pos, ceiling)
        if found is None:
            return ceiling if ceiling == len(text) else -1
        return found.start()


_EDGES: dict[str, _Edges] = {}


def windows(
    text: str, spans: Iterable[tuple[int, int]], triggers: Triggers
) -> list[tuple[int, int]] | None:
    """Merged windows around trigger spans (sorted by start); None: read the whole text.

    A trigger is first widened to the whole token it is part of (a cluster of digits,
    a word), then by the detector's reach and the margin, then to whole tokens again."""
    edges = _EDGES.get(triggers.token) or _EDGES.setdefault(triggers.token, _Edges(triggers.token))
    before = triggers.before + MARGIN
    after = triggers.after + MARGIN
    merged: list[list[int]] = []
    n = len(text)
    hi = -1
    for start, end in spans:
        if start < hi - after:  # inside the window already, with its reach
            if end + after > hi:
                end = edges.end(text, end)
                if end < 0:
                    return None
                hi = merged[-1][1] = max(hi, min(n, end + after))
            continue
        start, end = edges.start(text, start), edges.end(text, end)
        if start < 0 or end < 0:
            return None
        lo = max(0, start - before)
        if merged and lo <= hi + len(SEPARATOR):
            hi = merged[-1][1] = max(hi, min(n, end + after))
            continue
        hi = min(n, end + after)
        merged.append([lo, hi])
    out: list[tuple[int, int]] = []
    for lo, hi in merged:
        lo, hi = edges.start(text, lo), edges.end(text, hi)
        if lo < 0 or hi < 0:
            return None
        if out and lo <= out[-1][1] + len(SEPARATOR):
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def _shifted(hits: Iterable[Hit], view: WindowProjection) -> list[Hit] | None:
    """Hits of the joined windows in the whole projection's offsets; None if one is near
    an edge between windows (it may have been cut there)."""
    out = []
    for hit in hits:
        if view.near_edge(hit.start, hit.end):
            return None
        shift = view.to_whole(hit.start) - hit.start
        out.append(Hit(hit.start + shift, hit.end + shift, hit.category, hit.value, hit.normalized))
    return out


# --- finding the triggers --------------------------------------------------------------


class _PythonEngine:
    """Each pattern with Python's re: the same matches as the detectors' own regexes."""

    name = "re"

    def __init__(self, detectors: Sequence[Detector]) -> None:
        self._patterns = [
            [
                re.compile(p, re.IGNORECASE if d.triggers.ignore_case else 0)
                for p in d.triggers.patterns
            ]
            if d.triggers is not None
            else []
            for d in detectors
        ]

    def spans(self, text: str) -> list[list[tuple[int, int]]]:
        out = []
        for patterns in self._patterns:
            found = [m.span() for rx in patterns for m in rx.finditer(text)]
            found.sort()
            out.append(found)
        return out


class _HyperscanEngine:
    """All patterns of all detectors in one Hyperscan database, scanned once over the
    text's UTF-8 bytes. Prefilter mode: a pattern with look-arounds matches a superset of
    what Python's regex does, which is what a trigger needs."""

    name = "hyperscan"

    def __init__(self, detectors: Sequence[Detector], hyperscan) -> None:
        expressions: list[bytes] = []
        flags: list[int] = []
        self._ids: list[int] = []  # the detector of each pattern
        self._starts: list[bool] = []  # whether its matches report where they start
        for index, d in enumerate(detectors):
            if d.triggers is None:
                continue
            caseless = hyperscan.HS_FLAG_CASELESS if d.triggers.ignore_case else 0
            anywhere = d.triggers.before == ANYWHERE
            for pattern in d.triggers.patterns:
                expression = _hyperscan_syntax(pattern).encode("utf-8")
                flag = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_UCP | caseless
                if anywhere:  # whether it is there is all that counts: one match will do
                    expressions.append(expression)
                    flags.append(flag | hyperscan.HS_FLAG_SINGLEMATCH)
                    self._ids.append(index)
                    self._starts.append(False)
                    continue
                # Where a match starts costs Hyperscan states; a pattern too large for
                # that reports its end only, and its detector's `before` counts its length.
                starts = _compiles(hyperscan, expression, flag | hyperscan.HS_FLAG_SOM_LEFTMOST)
                expressions.append(expression)
                flags.append(flag | (hyperscan.HS_FLAG_SOM_LEFTMOST if starts else 0))
                self._ids.append(index)
                self._starts.append(starts)
        self._count = len(detectors)
        self._db = hyperscan.Database() if expressions else None
        if self._db is not None:
            self._db.compile(
                expressions=expressions,
                ids=list(range(len(expressions))),
                elements=len(expressions),
                flags=flags,
            )

    def spans(self, text: str) -> list[list[tuple[int, int]]]:
        if self._db is None:
            return [[] for _ in range(self._count)]
        data = text.encode("utf-8", "surrogatepass")
        found: list[tuple[int, int, int]] = []
        add = found.append

        def on_match(pattern: int, start: int, end: int, _flags: int, _ctx: object) -> None:
            add((start, end, pattern))

        self._db.scan(data, match_event_handler=on_match)
        out: list[list[tuple[int, int]]] = [[] for _ in range(self._count)]
        if not found:
            return out
        to_char = _char_offsets(data, text, found)
        ids, starts = self._ids, self._starts
        for start, end, pattern in found:
            char_end = to_char(end)
            char_start = to_char(start) if starts[pattern] else char_end
            out[ids[pattern]].append((char_start, char_end))
        for spans in out:
            spans.sort()
        return out


def _compiles(hyperscan, expression: bytes, flag: int) -> bool:
    try:
        hyperscan.Database().compile(expressions=[expression], ids=[0], elements=1, flags=[flag])
    except hyperscan.error:
        return False
    return True


def _char_offsets(data: bytes, text: str, found: list[tuple[int, int, int]]):
    """A function from the byte offsets of the matches to character offsets."""
    if len(data) == len(text):
        return lambda b: b
    offsets = sorted({b for s, e, _ in found for b in (s, e)})
    table = {}
    chars = prev = 0
    for b in offsets:
        chars += len(data[prev:b].decode("utf-8", "surrogatepass"))
        table[b] = chars
        prev = b
    return table.__getitem__


def without_lookarounds(pattern: str) -> str:
    """A regex without its look-arounds ((?<!…), (?<=…), (?!…), (?=…)): it matches
    wherever the original does, and more; Hyperscan reads it where it cannot read those."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        if pattern.startswith(("(?<!", "(?<=", "(?!", "(?="), i):
            i = _group_end(pattern, i)
            continue
        step = _atom_end(pattern, i)
        out.append(pattern[i:step])
        i = step
    return "".join(out)


def _atom_end(pattern: str, i: int) -> int:
    """Where the escape or character class at i ends (else the character at i)."""
    if pattern[i] == "\\":
        return i + 2
    if pattern[i] != "[":
        return i + 1
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1  # a ] first in a class is a character of it
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_end(pattern: str, i: int) -> int:
    """Where the group opening at i closes."""
    depth = 0
    while i < len(pattern):
        if pattern[i] in "\\[":
            i = _atom_end(pattern, i)
            continue
        if pattern[i] == "(":
            depth += 1
        elif pattern[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError(f"unbalanced group in {pattern!r}")


_PY_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))")


def _hyperscan_syntax(pattern: str) -> str:
    """Python's regex syntax as Hyperscan (PCRE) reads it: \\Z is \\z there, and a
    character given by its code (\\u00a0) is written \\x{00a0}."""
    pattern = _PY_ESCAPE.sub(lambda m: f"{m.group(1)}\\x{{{m.group(2) or m.group(3)}}}", pattern)
    return pattern.replace(r"\Z", r"\z")


def make_engine(detectors: Sequence[Detector], engine: str = "auto"):
    """Hyperscan; or Python's re when asked for ("re": the same windows, for tests). Without
    Hyperscan, "auto" gives None: every detector reads the whole text, which gives the
    same findings and is faster than finding triggers with re (on the large site's text
    re took 47 times as long as Hyperscan, more than the detectors it would save)."""
    if engine == "re":
        return _PythonEngine(detectors)
    try:
        import hyperscan
    except ImportError:
        if engine == "hyperscan":
            raise
        return None
    return _HyperscanEngine(detectors, hyperscan)


@dataclass
class Prefilter:
    """Runs detectors on the windows around their triggers."""

    detectors: Sequence[Detector]
    engine: str = "auto"
    _engine: object = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self._engine = make_engine(self.detectors, self.engine)

    @property
    def engine_name(self) -> str:
        return "none" if self._engine is None else self._engine.name  # type: ignore[attr-defined]

    def hits(self, proj: Projection) -> Iterator[Hit]:
        if self._engine is None:
            for detector in self.detectors:
                yield from detector.find(proj)
            return
        text = proj.text
        all_spans = self._engine.spans(text)  # type: ignore[attr-defined]
        for detector, spans in zip(self.detectors, all_spans, strict=True):
            yield from self._run(detector, proj, spans)

    def _run(self, detector: Detector, proj: Projection, spans: list[tuple[int, int]]):
        triggers = detector.triggers
        if triggers is None or (triggers.whole_text is not None and triggers.whole_text(proj)):
            return detector.find(proj)
        if not spans:
            return ()
        if triggers.before == ANYWHERE:
            return detector.find(proj)
        text = proj.text
        found = windows(text, spans, triggers)
        if found is None:
            return detector.find(proj)
        if sum(hi - lo for lo, hi in found) > WHOLE_SHARE * len(text):
            return detector.find(proj)
        view = WindowProjection(proj, found)
        hits = _shifted(detector.find(view), view)
        return detector.find(proj) if hits is None else hits
