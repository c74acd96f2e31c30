"""Text format → projection. Plain text is scanned as written; markup is reduced to
what a reader sees (see extract_html, extract_json)."""

from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path

from kazutb_transparency.privacy.extract_html import project_html
from kazutb_transparency.privacy.extract_json import project_json
from kazutb_transparency.privacy.filetypes import TEXT
from kazutb_transparency.privacy.projection import Piece, Projection


def format_of(path: Path) -> str | None:
    """The scanner's name for a text file's format, or None for other files."""
    return TEXT.get(path.suffix.lower())


def project(text: str, fmt: str = "text") -> Projection:
    if fmt == "markdown":
        return Projection.identity(text, _MarkdownTables(text).lookup if "|" in text else None)
    if fmt == "csv":
        return project_csv(text)
    if fmt == "json":
        return project_json(text)
    if fmt == "html":
        return project_html(text)
    return Projection.identity(text)


_TABLE_LINE = re.compile(r"\n[ \t]*\|[^\n]*")  # starts with a literal: a fast scan
_FIRST_TABLE_LINE = re.compile(r"[ \t]*\|[^\n]*")


class _MarkdownTables:
    """Column headers of pipe-table cells: table lines found in one pass, headers on demand."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.firsts: list[int] = []  # index of the first line of each line's table
        first = _FIRST_TABLE_LINE.match(text)
        spans = [first.span()] if first else []
        spans += [(m.start() + 1, m.end()) for m in _TABLE_LINE.finditer(text)]
        for start, end in spans:
            same_table = bool(self.ends) and start == self.ends[-1] + 1
            self.firsts.append(self.firsts[-1] if same_table else len(self.starts))
            self.starts.append(start)
            self.ends.append(end)
        self._cells: dict[int, list[str]] = {}

    def all_headers(self) -> set[str]:
        found: set[str] = set()
        for first in set(self.firsts):
            header = self.text[self.starts[first] : self.ends[first]]
            found |= {c.strip() for c in header.strip().strip("|").split("|")}
        return found

    def lookup(self, pos: int) -> str:
        i = bisect_right(self.starts, pos) - 1
        if i < 0 or pos > self.ends[i] or self.firsts[i] == i:
            return ""  # not in a table, or in its header row
        first = self.firsts[i]
        cells = self._cells.get(first)
        if cells is None:
            header = self.text[self.starts[first] : self.ends[first]]
            cells = self._cells[first] = [c.strip() for c in header.strip().strip("|").split("|")]
        column = self.text.count("|", self.starts[i], pos) - 1
        return cells[column] if 0 <= column < len(cells) else ""


_CSV_CELL = {d: re.compile(rf'"(?:[^"]|"")*"?|[^{re.escape(d)}\r\n]*') for d in (",", ";", "\t")}


def _delimiter(text: str) -> str:
    first = text[: text.find("\n")] if "\n" in text else text
    return max((",", ";", "\t"), key=first.count)


def project_csv(text: str) -> Projection:
    """Same-length rewrite: delimiters become tabs and the quotes of quoted cells spaces.

    Offsets stay those of the file, the cells of a row read as one line (a surname,
    name and patronymic in three columns are still a name), but numbers in adjacent
    cells never join: no detector accepts a tab inside a number.

    One pass per quoted cell, plain text between them rewritten by str.replace; column
    headers are found on demand from a skeleton of the file in which quoted cells are
    blanked out, so only real delimiters and row breaks remain. A quote right after a
    closing quote's cell ("ab"x) is malformed CSV; such files take the cell-by-cell
    path, which defines the behaviour.
    """
    delimiter = _delimiter(text)
    if '"' not in text:
        projected = text.replace(delimiter, "\t")
        return Projection(
            projected, text, [Piece(0, 0, len(text))], _CsvHeaders(text, text, delimiter).lookup
        )
    quoted = _CSV_QUOTED[delimiter]
    projected: list[str] = []
    skeleton: list[str] = []
    pos = 0
    n = len(text)
    while True:
        m = quoted.search(text, pos)
        if m is None:
            break
        start, end = m.span()
        if end < n and text[end] not in _CSV_BREAK[delimiter]:
            return _project_csv_cells(text)  # text after a closing quote
        projected.append(text[pos:start].replace(delimiter, "\t"))
        skeleton.append(text[pos:start])
        value = m.group()
        closed = len(value) > 1 and value.endswith('"')
        inner = value[1:-1] if closed else value[1:]
        if "\n" in inner or "\r" in inner:  # a cell's line breaks: it is one value
            inner = inner.replace("\r", " ").replace("\n", " ")
        projected.append(" " + inner + (" " if closed else ""))
        skeleton.append(" " * len(value))
        pos = end
    projected.append(text[pos:].replace(delimiter, "\t"))
    skeleton.append(text[pos:])
    skeleton_text = "".join(skeleton)
    lookup = _CsvHeaders(text, skeleton_text, delimiter).lookup
    return Projection("".join(projected), text, [Piece(0, 0, len(text))], lookup)


# A quoted cell: a quote at the start of the file or right after a delimiter or line
# break. Outside quoted cells every delimiter and line break separates cells.
_CSV_QUOTED = {
    d: re.compile(rf'(?:\A|(?<=[{re.escape(d)}\r\n]))"(?:[^"]|"")*"?') for d in (",", ";", "\t")
}
_CSV_BREAK = {d: d + "\r\n" for d in (",", ";", "\t")}
_CSV_ROW_BREAK = re.compile(r"\r\n|\r|\n")


class _CsvHeaders:
    """Column header of the cell at an offset.

    skeleton: the file with quoted cells blanked out, so that every delimiter and line
    break left in it separates cells.
    """

    def __init__(self, text: str, skeleton: str, delimiter: str) -> None:
        self.delimiter = delimiter
        self.header_row: list[str] = []
        self.skeleton = skeleton
        first_break = _CSV_ROW_BREAK.search(skeleton)
        if first_break is None:
            self.body_start = 1 << 62  # one row: no cell has a header
            return
        self.body_start = first_break.end()
        starts = [0] + [
            m.end() for m in re.finditer(re.escape(delimiter), skeleton[: first_break.start()])
        ]
        ends = [s - 1 for s in starts[1:]] + [first_break.start()]
        for s, e in zip(starts, ends, strict=True):
            value = text[s:e]
            if value.startswith('"'):
                closed = len(value) > 1 and value.endswith('"')
                value = (value[1:-1] if closed else value[1:]).replace('""', '"')
            self.header_row.append(" ".join(value.split()))
        if "\r" in skeleton:  # one character marks a row break: \r\n → " \n", \r → \n
            skeleton = skeleton.replace("\r\n", " \n").replace("\r", "\n")
        self.skeleton = skeleton

    def all_headers(self) -> set[str]:
        return set(self.header_row)

    def lookup(self, at: int) -> str:
        if at < self.body_start:
            return ""  # the header row
        row_start = self.skeleton.rfind("\n", 0, at) + 1
        column = self.skeleton.count(self.delimiter, row_start, at)
        return self.header_row[column] if column < len(self.header_row) else ""


def _project_csv_cells(text: str) -> Projection:
    """Same-length rewrite: delimiters become tabs and quotes spaces.

    Offsets stay those of the file, the cells of a row read as one line (a surname,
    name and patronymic in three columns are still a name), but numbers in adjacent
    cells never join: no detector accepts a tab inside a number.
    """
    delimiter = _delimiter(text)
    cell = _CSV_CELL[delimiter]
    parts: list[str] = []
    starts: list[int] = []
    headers: list[str] = []
    header_row: list[str] = []
    row = column = 0
    pos, n = 0, len(text)
    while pos <= n:
        m = cell.match(text, pos)
        value = m.group()
        if value.startswith('"'):
            inner = value[1:-1] if len(value) > 1 and value.endswith('"') else value[1:]
            shown = inner.replace("\r", " ").replace("\n", " ")  # a cell is one value
            parts.append(" " + shown + (" " if len(value) > 1 and value.endswith('"') else ""))
            value = inner.replace('""', '"')
        else:
            parts.append(value)
        if row == 0:
            header_row.append(" ".join(value.split()))
        starts.append(pos)
        headers.append(header_row[column] if row > 0 and column < len(header_row) else "")
        pos = m.end()
        if pos >= n:
            break
        if text[pos] == delimiter:
            parts.append("\t")
            pos += 1
            column += 1
        elif text[pos] not in "\r\n":  # text after a closing quote: keep it, same cell
            parts.append(text[pos])
            pos += 1
        else:
            newline = "\r\n" if text.startswith("\r\n", pos) else text[pos]
            parts.append(newline)
            pos += len(newline)
            row += 1
            column = 0
    projected = "".join(parts)

    def lookup(at: int) -> str:
        i = bisect_right(starts, at) - 1
        return headers[i] if i >= 0 else ""

    lookup.all_headers = lambda: set(header_row)  # type: ignore[attr-defined]
    return Projection(projected, text, [Piece(0, 0, len(text))], lookup)
