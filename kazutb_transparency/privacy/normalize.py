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
# operators, BOM, interlinear annotation, Egyptian, shorthand and musical format
# controls, tag characters.
_CF = (
    (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD),
    (0x070F, 0x070F), (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E),
    (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F),
    (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD),
    (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)  # fmt: skip


def _specials() -> frozenset[str]:
    """Format characters and the decimal digits of every script but ASCII (planes 0 and 1
    hold them all): ٠١٢, ０１２, ०१२, 𝟎𝟏𝟐 ..."""
    cf = {chr(c) for a, b in _CF for c in range(a, b + 1)}
    digits = set(re.findall(r"\d", "".join(map(chr, range(0x80, 0x20000)))))
    return frozenset(cf | digits)


_SPECIAL = _specials()
_MARKS = frozenset(map(chr, range(0x0300, 0x0370)))


def _nfkc_bmp() -> frozenset[str]:
    """Characters of the Basic Multilingual Plane that NFKC turns into letters, digits or
    spaces: full-width forms, ligatures (ﬁ), superscripts, circled and Roman numerals; and
    into the @ and the dot of an e-mail address (＠, ﹫, ．, ﹒). Other NFKC changes of
    punctuation only (… → ...) change nothing the detectors read."""
    out = set()
    for code in range(0xA0, 0x10000):
        c = chr(code)
        if 0xD800 <= code <= 0xDFFF or c in _KEEP:
            continue
        folded = unicodedata.normalize("NFKC", c)
        if folded != c and (
            any(ch.isalnum() or ch.isspace() for ch in folded) or folded in ("@", ".")
        ):
            out.add(c)
    return frozenset(out)


_NFKC = _nfkc_bmp()
# The one look at a clean text: a regex class of the BMP characters to rewrite (a bitmap
# lookup per character), combining marks, and any character beyond the BMP (rare in
# text; each is judged by itself when there).
_ANY = re.compile(
    "["
    + "".join(re.escape(c) for c in sorted(c for c in _SPECIAL | _NFKC if ord(c) < 0x10000))
    + "\u0300-\u036f\U00010000-\U0010ffff]"
)


@lru_cache(maxsize=512)
def _pattern(chars: frozenset[str], marks: bool) -> re.Pattern[str]:
    """A regex of just the special characters this text holds."""
    body = f"[{''.join(re.escape(c) for c in sorted(chars))}][\u0300-\u036f]*" if chars else ""
    composed = r"[^\W\d_][\u0300-\u036f]+" if marks else ""
    return re.compile("|".join(p for p in (body, composed) if p))


def _changes(c: str) -> bool:
    if c in _SPECIAL or c in _NFKC:
        return True
    if ord(c) < 0x10000:
        return False
    return c.isdecimal() or unicodedata.normalize("NFKC", c) != c


def _special(found: set[str]) -> re.Pattern[str] | None:
    """What to rewrite in a text holding the characters `found` (of _ANY): format
    characters, digits of other scripts, the characters NFKC turns into other letters or
    digits (full-width forms, ligatures, mathematical letters...) and letters with
    combining marks; None for most texts."""
    if not found:
        return None
    marks = not _MARKS.isdisjoint(found)
    chars = frozenset(c for c in found if _changes(c))
    if not chars and not marks:
        return None
    return _pattern(chars, marks)


# Letter-spacing: at least four single letters (or ten single digits) each followed by
# one space; a wider gap between two of them is a word break.
_SPACED = re.compile(r"(?<![^\s(\[«\"'])(?:[^\W_][ \u00a0]{1,3}){3,}[^\W_](?![^\s.,;:)\]»\"'])")
_GAP = re.compile(r"[ \u00a0]+")
# Cheap first: one glyph between spaces, three times (the pattern starts with a class the regex
# engine scans for).
_LONE = re.compile(r"[ \u00a0][^\W_][ \u00a0]{1,3}[^\W_][ \u00a0]{1,3}[^\W_][ \u00a0]")
_MIN_WORD_GAP = 2
# Both first looks in one pass over the text: one class of the characters of _ANY and the
# two spaces (so the engine skips to them in C, as for _ANY alone); a space counts only if
# a _LONE run starts at it. Every match is one character, so no character of _ANY is passed
# over. One search instead of two: the whole gate reads every text through it.
_SPACES = " \u00a0"
_SPACE = r"[ \u00a0]"  # as _LONE writes it
_AFTER_SPACE = _LONE.pattern.removeprefix(_SPACE)  # what follows a lone glyph's space
_FIRST_LOOK = re.compile(
    f"[{_ANY.pattern[1:-1]}{_SPACES}](?:(?<={_SPACE})(?={_AFTER_SPACE})|(?<!{_SPACE}))"
)


def _first_look(text: str) -> tuple[set[str], bool]:
    """(the characters of _ANY in the text, whether it has a run like _LONE)."""
    found: set[str] = set()
    lone = False
    for m in _FIRST_LOOK.finditer(text):
        if m.group() in _SPACES:
            lone = True
        else:
            found.add(m.group())
    return found, lone


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


# A line break written as HTML in a text that is not read as HTML: a CSV cell or a JSON
# value a content system exported with its markup, Markdown with inline HTML. It shows as
# a line break ("Daniyar<br/>Saparin" in a card); HTML pages' own <br> are read by their
# projection (privacy/extract_html.py).
# ASCII white space only: a space NFKC rewrites (a thin space) is an edit of its own, and
# edits must not overlap.
_BR = re.compile(r"<br[ \t\r\n]*/?>", re.IGNORECASE)


def _edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) in increasing order, not overlapping."""
    edits: list[tuple[int, int, str]] = []
    found, lone = _first_look(text)
    if (special := _special(found)) is not None:
        for m in special.finditer(text):
            edits.append((m.start(), m.end(), _rewrite(m.group())))
    if "<" in text and (breaks := [(m.start(), m.end(), "\n") for m in _BR.finditer(text)]):
        edits = sorted(edits + breaks)
    if lone and _SPACED.search(text) is not None:
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
