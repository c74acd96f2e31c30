"""What the detectors read is what a person sees: disguises removed before detecting.

An IIN with a zero-width space or soft hyphens between its digits renders as the plain
number; full-width (９５０…) or Arabic-Indic digits read as the same digits; a name drawn
glyph by glyph with letter-spacing ("A i g e r i m") reads as one word. The normalised
text keeps a map to the projection it came from, so a finding is reported at its place
in the original file.

Speed: a text with none of these characters (almost every file) costs one regex search
and is returned as it is.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

from kazutb_transparency.privacy.projection import Projection

# Characters NFKC would change but that the detectors rely on as written: № is a
# context word ("№ 123456789"), not the letters "No"; the detectors read a no-break
# space as a space already, and it is in every HTML page.
_KEEP = frozenset("№\u00a0")


# Format characters (Cf): soft hyphen, Arabic and Syriac marks, Mongolian vowel separator,
# zero-width space and joiners, bidi marks and isolates, word joiner and invisible
# operators, BOM, interlinear annotation, tag characters.
_CF = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f"
)
# A decimal digit of another script (\d is every Nd character), a format character, or a
# letter followed by combining marks, which NFKC composes (и + ̆ → й).
_FIXED = rf"(?:(?![0-9])\d|[{_CF}]|[^\W\d_](?=[\u0300-\u036f]))[\u0300-\u036f]*"
_FIXED_RX = re.compile(_FIXED)


@lru_cache(maxsize=256)
def _with(changed: str) -> re.Pattern[str]:
    return re.compile(rf"{_FIXED}|[{re.escape(changed)}][\u0300-\u036f]*")


def _special(text: str) -> re.Pattern[str]:
    """What to rewrite in this text: the fixed set, and the characters of the text that
    NFKC changes (full-width forms, ligatures, mathematical letters...). Whether there
    are any is asked of the C implementation; only then are the text's distinct
    characters looked at."""
    if unicodedata.is_normalized("NFKC", text):
        return _FIXED_RX
    changed = "".join(
        sorted(
            c
            for c in set(text)
            if not c.isascii() and c not in _KEEP and unicodedata.normalize("NFKC", c) != c
        )
    )
    return _with(changed) if changed else _FIXED_RX


# Letter-spacing: at least four single letters (or ten single digits) each followed by
# one space; a wider gap between two of them is a word break.
_SPACED = re.compile(r"(?<![^\s(\[«\"'])(?:[^\W_][ \u00a0]{1,3}){3,}[^\W_](?![^\s.,;:)\]»\"'])")
_GAP = re.compile(r"[ \u00a0]+")
_MIN_WORD_GAP = 2


def _rewrite(chunk: str) -> str:
    out = []
    for c in unicodedata.normalize("NFKC", chunk):
        if unicodedata.category(c) == "Cf":
            continue
        if c.isdecimal() and not c.isascii():
            out.append(str(unicodedata.decimal(c)))
        else:
            out.append(c)
    return "".join(out)


def _unspace(run: str) -> str | None:
    """The words of a letter-spaced run, or None if it is not one."""
    gaps = _GAP.findall(run)
    glyphs = _GAP.split(run)
    if all(g.isdigit() for g in glyphs):
        return "".join(glyphs) if 10 <= len(glyphs) <= 16 else None
    if any(g.isdigit() for g in glyphs):
        return None
    wide = any(len(g) >= _MIN_WORD_GAP for g in gaps)
    out = [glyphs[0]]
    for gap, glyph in zip(gaps, glyphs[1:], strict=True):
        if wide:
            out.append(" " if len(gap) >= _MIN_WORD_GAP else "")
        else:  # one gap everywhere: a capital after a small letter starts a word
            out.append(" " if glyph.isupper() and out[-1].islower() else "")
        out.append(glyph)
    return "".join(out)


def _edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) in increasing order, not overlapping."""
    edits: list[tuple[int, int, str]] = []
    if not text.isascii():
        for m in _special(text).finditer(text):
            edits.append((m.start(), m.end(), _rewrite(m.group())))
    if " " in text and _SPACED.search(text) is not None:
        if edits:  # letter-spacing is found in the rewritten text's terms: apply first
            return _spacing_after(text, edits)
        for m in _SPACED.finditer(text):
            joined = _unspace(m.group())
            if joined is not None:
                edits.append((m.start(), m.end(), joined))
    return edits


def _spacing_after(text: str, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Letter-spaced runs that contain rewritten characters (9<ZWSP>5 0 3 …): rewrite,
    then unspace each run as one edit spanning the original characters."""
    rewritten, mapping = _apply(text, edits)
    out: list[tuple[int, int, str]] = []
    spans = []
    for m in _SPACED.finditer(rewritten):
        joined = _unspace(m.group())
        if joined is not None:
            spans.append((mapping(m.start()), mapping(m.end() - 1) + 1, joined))
    i = 0
    for start, end, joined in spans:
        while i < len(edits) and edits[i][1] <= start:
            out.append(edits[i])
            i += 1
        while i < len(edits) and edits[i][0] < end:
            i += 1  # inside the unspaced run: its rewrite is part of `joined`
        out.append((start, end, joined))
    out += edits[i:]
    return out


def _apply(text: str, edits: list[tuple[int, int, str]]):
    """The edited text and a function from its offsets to the original's."""
    parts = []
    new_starts: list[int] = []
    old_starts: list[int] = []
    exact: list[bool] = []
    pos = new = 0
    for start, end, replacement in edits:
        if start > pos:
            new_starts.append(new)
            old_starts.append(pos)
            exact.append(True)
            parts.append(text[pos:start])
            new += start - pos
        new_starts.append(new)
        old_starts.append(start)
        exact.append(False)
        parts.append(replacement)
        new += len(replacement)
        pos = end
    if pos < len(text):
        new_starts.append(new)
        old_starts.append(pos)
        exact.append(True)
        parts.append(text[pos:])

    def to_old(k: int) -> int:
        i = bisect_right(new_starts, k) - 1
        if i < 0:
            return 0
        return old_starts[i] + (k - new_starts[i] if exact[i] else 0)

    return "".join(parts), to_old


class NormalizedProjection(Projection):
    """The normalised text of another projection; offsets map back through it."""

    def __init__(self, inner: Projection, text: str, to_inner) -> None:
        lookup = inner.header_lookup
        super().__init__(
            text,
            inner.source,
            [],
            (lambda pos: lookup(to_inner(pos))) if lookup is not None else None,
        )
        self.inner = inner
        self._to_inner = to_inner

    def to_source(self, pos: int) -> int | None:
        return self.inner.to_source(self._to_inner(pos))

    def line_col(self, source_offset: int) -> tuple[int, int]:
        return self.inner.line_col(source_offset)

    def all_headers(self) -> set[str] | None:
        return self.inner.all_headers()


def normalize(proj: Projection) -> Projection:
    """proj itself when nothing is disguised, else its normalised view."""
    edits = _edits(proj.text)
    if not edits:
        return proj
    text, to_inner = _apply(proj.text, edits)
    return NormalizedProjection(proj, text, to_inner)


def normalize_text(text: str) -> str:
    """The normalised form of a string (for values that are not scanned as files)."""
    edits = _edits(text)
    return _apply(text, edits)[0] if edits else text
