"""MkDocs adapter for the search index text: table cells are kept apart.

Material's search plugin keeps the text of a page and drops its tags, so the cells of a
table ran together in result snippets ("АгентствоВидРешение…"), and two cells could read
as one phrase. Here the plugin's HTML parser writes " ·" after each header or data cell
(the white space between cells follows). Only the search index changes, not the pages.
"""

from __future__ import annotations

from material.plugins.search import plugin as search

CELL_END = " ·"
_CELLS = frozenset({"td", "th"})


def _separating_cells(original):
    def handle_endtag(self: search.Parser, tag: str) -> None:
        # Called for every end tag of every page: anything but a cell costs one comparison.
        if tag not in _CELLS or not self.context or self.context[-1] != tag:
            original(self, tag)
            return
        kept = not self.skip.intersection(self.context)
        original(self, tag)
        if kept and self.section is not None:
            text = self.section.text
            if text and not text[-1].isspace() and text[-1] != CELL_END:
                text.append(CELL_END)

    handle_endtag.separates_cells = True
    return handle_endtag


if not getattr(search.Parser.handle_endtag, "separates_cells", False):
    search.Parser.handle_endtag = _separating_cells(search.Parser.handle_endtag)
