"""What the import says, in the office's language: every text is in the interface catalogs
(`spreadsheet_import:` of data/interface/<lang>.yaml), and every problem names the place
as the office's spreadsheet program shows it: the file, the sheet, the row number (title
rows above the table counted), the column letter and the heading the office wrote.

A problem's message is the catalog's `<key>`, and what to do is its `<key>.hint`, both
filled with the same values.
"""

from __future__ import annotations

from dataclasses import dataclass

from kazutb_transparency.core.errors import Problem
from kazutb_transparency.core.interface import catalog

T: dict[str, dict[str, str]] = catalog("spreadsheet_import")
LONGEST_VALUE = 40  # a wrong value is quoted in the message, cut to this length


def say(key: str, lang: str, /, **values: object) -> str:
    return T[key][lang].format(**values)


def letter(index: int) -> str:
    """The column letter of a 0-based index: 0 → A, 26 → AA."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def shown(value: object) -> str:
    """A cell's value as the message quotes it: short, on one line."""
    text = " ".join(str(value).split())
    return text[: LONGEST_VALUE - 1] + "…" if len(text) > LONGEST_VALUE else text


@dataclass(frozen=True)
class Place:
    """Where a problem is: as much of file, sheet, row and column as is known."""

    file: str
    sheet: str | None = None
    row: int | None = None  # as the sheet numbers it, from 1
    column: str | None = None  # its letter
    header: str | None = None  # the heading as the office wrote it

    def text(self, lang: str) -> str:
        if self.sheet is None:
            return self.file
        if self.row is None:
            return say("where_sheet", lang, file=self.file, sheet=self.sheet)
        if self.column is None:
            return say("where_row", lang, file=self.file, sheet=self.sheet, row=self.row)
        key = "where_cell" if self.header else "where_cell_unnamed"
        return say(
            key, lang, file=self.file, sheet=self.sheet, row=self.row, column=self.column,
            header=self.header or "",
        )  # fmt: skip


def problem(place: Place, lang: str, key: str, /, **values: object) -> Problem:
    hint = T.get(f"{key}.hint")
    return Problem(
        place.text(lang),
        say(key, lang, **values),
        hint=hint[lang].format(**values) if hint else None,
    )


class SheetError(Exception):
    """The sheet cannot be imported: every problem found, nothing written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
