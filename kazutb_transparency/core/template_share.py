"""How much of the Kazakh text of a built site is assembled from catalog fragments (issue 62).

A Kazakh sentence glued together from pieces shorter than a sentence («Күйі: », «{n} / {total}»,
«бойынша») reads as a translation; one written whole reads as the original. This module
finds, in the article text of every built Kazakh page, the literal parts of the interface
catalog's templates (`data/interface/kk.yaml`) and counts their Cyrillic letters:

- *fragment*: from a template that is not a whole sentence (it does not end with «.», «!»,
  «?» or «…»), split again into *label* (the piece is the whole block: a heading, a table
  header, a button) and *assembled* (the piece is part of a longer block: a sentence built
  from pieces);
- *sentence*: from a template that is a whole sentence;
- *other*: everything else, that is data and hand-written pages.

The attribution is textual, so it is an estimate: a piece also written by hand is counted
as a template's, and a piece shared by a fragment and a sentence template counts as a
sentence (the fragment share is then a lower bound). Pieces of fewer than three letters
are not looked for: they would be found inside every word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kazutb_transparency.core.datafiles import parse_yaml, read_text
from kazutb_transparency.core.style import page_blocks, site_pages

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_PLACEHOLDER = re.compile(r"\{\w*(?::\w+)?\}")
_TAG = re.compile(r"<[^>]+>")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"\*\*|__|`")
# A sentence ends with a full stop, «!», «?» or «…», perhaps before a closing quote or bracket.
_SENTENCE_END = re.compile(r"[.!?…][»”\")\]]*$")
MIN_LETTERS = 3

FRAGMENT, SENTENCE = "fragment", "sentence"


def _plain(template: str) -> str:
    """The template as it shows on a page: markup gone, spaces normalised."""
    text = _MD_MARKS.sub("", _MD_LINK.sub(r"\1", _TAG.sub(" ", template)))
    return " ".join(text.replace("\u00a0", " ").split())


def template_kind(template: str) -> str:
    """FRAGMENT or SENTENCE: a template is a whole sentence when it ends as one."""
    return SENTENCE if _SENTENCE_END.search(_plain(template)) else FRAGMENT


def catalog_pieces(templates: Iterable[str]) -> dict[str, str]:
    """Each literal piece of the templates (the text between placeholders) → its kind."""
    pieces: dict[str, str] = {}
    for template in templates:
        kind = template_kind(template)
        for piece in _PLACEHOLDER.split(_plain(template)):
            piece = piece.strip(" :;,—–-·/()")
            if len(_CYRILLIC.findall(piece)) < MIN_LETTERS:
                continue
            # Shared by both kinds: counted as a sentence's (the share stays a lower bound).
            pieces[piece] = SENTENCE if pieces.get(piece) == SENTENCE else kind
    return pieces


def catalog_templates(catalog_file: Path) -> list[str]:
    """Every string of a catalog file (`data/interface/kk.yaml`), all namespaces."""
    data, _ = parse_yaml(read_text(catalog_file), str(catalog_file), check_values=False)
    return [
        value
        for entries in (data or {}).values()
        if isinstance(entries, dict)
        for value in entries.values()
        if isinstance(value, str)
    ]


@dataclass
class Share:
    """Cyrillic letters of the Kazakh article text, by where they come from."""

    label: int = 0
    assembled: int = 0
    sentence: int = 0
    other: int = 0
    pages: int = 0
    # The assembled pieces found most often (piece → letters), to know what to rewrite.
    by_piece: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.label + self.assembled + self.sentence + self.other

    def percent(self, part: int) -> float:
        return 100.0 * part / self.total if self.total else 0.0


class _Matcher:
    """Finds the catalog's pieces in a block, the longest first, whole words only."""

    def __init__(self, pieces: dict[str, str]) -> None:
        self.pieces = pieces
        ordered = sorted(pieces, key=len, reverse=True)
        alternatives = "|".join(re.escape(p) for p in ordered)
        self.pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if ordered else None

    def count(self, block: str, share: Share) -> None:
        letters = len(_CYRILLIC.findall(block))
        found = 0
        if self.pattern is not None:
            for m in self.pattern.finditer(block):
                piece = m.group(0)
                n = len(_CYRILLIC.findall(piece))
                found += n
                if self.pieces[piece] == SENTENCE:
                    share.sentence += n
                elif piece == block.strip(" :;,—–-·/()"):
                    share.label += n
                else:
                    share.assembled += n
                    share.by_piece[piece] = share.by_piece.get(piece, 0) + n
        share.other += letters - found


def measure_site(site: Path, catalog_file: Path) -> Share:
    """The share of the Kazakh pages of a built site that comes from catalog templates."""
    matcher = _Matcher(catalog_pieces(catalog_templates(catalog_file)))
    share = Share()
    for lang, _, page in site_pages(site):
        if lang != "kk":
            continue
        share.pages += 1
        for block in page_blocks(page.read_text(encoding="utf-8"), "kk"):
            matcher.count(block, share)
    return share


def report(share: Share, top: int = 0) -> str:
    """The figures as a few lines of text."""
    lines = [
        f"Kazakh pages: {share.pages}; Cyrillic letters of article text: {share.total}",
        f"  fragments assembled into longer text: {share.assembled} "
        f"({share.percent(share.assembled):.1f} %)",
        f"  fragments standing alone (labels, headings): {share.label} "
        f"({share.percent(share.label):.1f} %)",
        f"  whole-sentence templates: {share.sentence} ({share.percent(share.sentence):.1f} %)",
        f"  data and hand-written text: {share.other} ({share.percent(share.other):.1f} %)",
        f"  all fragments: {share.percent(share.assembled + share.label):.1f} %; "
        f"all templates: {share.percent(share.total - share.other):.1f} %",
    ]
    ranked = sorted(share.by_piece.items(), key=lambda item: -item[1])[:top]
    lines += [f"    {letters:>8}  {piece}" for piece, letters in ranked]
    return "\n".join(lines)
