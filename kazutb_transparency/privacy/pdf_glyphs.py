"""PDF text drawn glyph by glyph, read back as words.

Some producers (report generators, browsers printing with letter-spacing, design
tools) draw every glyph with its own positioning operator. pypdf's text extraction then
guesses spaces from the gaps and returns "Ai ger i m Sei t kal i" or "A i g e r i m":
the name is in no word. Here the page is read as positioned runs (pypdf's layout
reader: each run's start and end x with the font's real widths), runs on one line are
sorted by x, and a space is put only where the gap between two runs is wider than a
fraction of the font size — a word space, not letter-spacing.

Used only for pages whose ordinary extraction looks fragmented, so ordinary documents
pay nothing.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

# A word break is a gap wider than this share of the font size (a space in Helvetica is
# 0.28 em; letter-spacing of a printed page rarely reaches 0.2 em).
_WORD_GAP = 0.22
_SHORT = re.compile(r"(?<!\S)\S{1,2}(?!\S)")
_WORDS = re.compile(r"\S+")


def looks_fragmented(text: str) -> bool:
    """Many one- or two-character "words": glyphs drawn one by one."""
    words = len(_WORDS.findall(text))
    return words >= 4 and len(_SHORT.findall(text)) * 2 >= words


def joined_text(page: Any) -> str | None:
    """The page's text with glyph runs joined by their geometry; None if pypdf's layout
    reader cannot read the page (the ordinary extraction is then kept)."""
    try:
        from pypdf._text_extraction import _layout_mode
        from pypdf.generic import ArrayObject, ContentStream, StreamObject

        fonts = page._layout_mode_fonts()
        contents = page.get("/Contents")
        if contents is not None:
            contents = contents.get_object()
        if not isinstance(contents, ArrayObject | StreamObject):
            return None
        ops = iter(ContentStream(contents, page.pdf, "bytes").operations)
        groups = _layout_mode.text_show_operations(ops, fonts, True, None)
        if not groups:
            return None
        lines = _layout_mode.y_coordinate_groups(groups, None)
    except Exception:  # a private API of pypdf: any failure keeps the ordinary text
        return None
    return "\n".join(
        _join(sorted(runs, key=lambda r: r["tx"]))
        for _, runs in sorted(lines.items(), key=lambda item: -item[0])
    )


def _join(runs: list[dict[str, Any]]) -> str:
    """One line: letter-spacing is the smallest gap between glyphs on the line; a word
    space is a gap wider than that by a share of the font size."""
    gaps = [b["tx"] - a["displaced_tx"] for a, b in pairwise(runs)]
    spacing = max(0.0, min(gaps)) if gaps else 0.0
    line = [runs[0]["text"]]
    for gap, run in zip(gaps, runs[1:], strict=True):
        size = run["font_size"] or 10
        if gap - spacing > _WORD_GAP * size and not run["text"].startswith(" "):
            line.append(" ")
        line.append(run["text"])
    return "".join(line)
