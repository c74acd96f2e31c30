"""A kind's template for the office, in Kazakh, Russian or English: the first sheet has the
headings in that language, a choice list on every closed or reference column (the names in
that language: faculties, forms of study, languages, as sheet_names.py reads them) and, on
each heading, what the column holds; the second sheet says how to fill and import it, and
holds the lists. The import reads the first sheet only, the headings and names in any of
the three languages, so a filled template goes back as it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kazutb_transparency.editor.sheet_checks import about
from kazutb_transparency.editor.sheet_kinds import KINDS
from kazutb_transparency.editor.sheet_names import DATA_DIR, choices
from kazutb_transparency.editor.sheet_text import letter, say
from kazutb_transparency.editor.sheet_vocabulary import heading

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

# Excel's limits: a sheet's name, an error message's title.
SHEET_NAME, PROMPT_TITLE = 31, 32
DATA_ROWS = 5000  # the choice lists cover this many rows under the headings
LISTS_COLUMN = 5  # the lists start at column F of the instructions sheet (from 0)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def write_template(
    kind_name: str, out: Path, lang: str = "kk", data_dir: Path | None = None
) -> None:
    """Write the template; the names in its lists are data_dir's (the repository's data/
    when not given)."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    kind = KINDS[kind_name]
    columns = kind.columns()
    lists: dict[str, list[str]] = {}
    for column in columns:
        found = choices(kind, column, data_dir or DATA_DIR)
        if found is not None and found.shown:
            lists[column] = found.names(lang)
    title = say(f"kind.{kind.name}", lang)
    book = Workbook()
    sheet = book.active
    sheet.title = "".join(ch for ch in title if ch not in "[]:*?/\\")[:SHEET_NAME]
    notes = book.create_sheet(say("instructions_sheet", lang)[:SHEET_NAME])
    ranges = _instructions(notes, kind_name, out, lang, lists)
    sheet.append([heading(c, lang) for c in columns])
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[cell.column_letter].width = min(40, max(14, len(cell.value) + 2))
        if column in lists:
            # The list is a range of the instructions sheet, not an inline "a,b,c": names hold
            # commas, and Excel refuses an inline list past 255 characters. A warning, not a
            # stop: a code or another language's name typed instead is read by the import.
            rule = DataValidation(
                type="list", formula1=f"{quote_sheetname(notes.title)}!{ranges[column]}",
                allow_blank=True, showErrorMessage=True, errorStyle="warning",
                errorTitle=cell.value[:PROMPT_TITLE],
                error=_sentence(say("unknown_name.hint", lang, names="; ".join(lists[column]))),
            )  # fmt: skip
            rule.add(f"{cell.column_letter}2:{cell.column_letter}{DATA_ROWS}")
            sheet.add_data_validation(rule)
        note = _sentence(about(column, lang))
        cell.comment = Comment(note, "KazUTB", width=320, height=120)
    sheet.freeze_panes = "A2"
    book.save(out)


def _instructions(
    notes: Worksheet, kind_name: str, out: Path, lang: str, lists: dict[str, list[str]]
) -> dict[str, str]:
    """The second sheet: what the sheet is, how to fill it, each column and its values, and
    to the right each list (its heading, then one name a row); returns each list's range."""
    from openpyxl.styles import Alignment, Font

    kind = KINDS[kind_name]
    notes.append([f"{say(f'kind.{kind.name}', lang)} — {say(f'kind_about.{kind.name}', lang)}"])
    notes["A1"].font = Font(bold=True, size=13)
    notes.append([say("instructions_rows", lang)])
    notes.append([say("instructions_headings", lang)])
    notes.append([say("instructions_names", lang)])
    notes.append([say("instructions_import", lang, file=out.name, kind=kind.name, lang=lang)])
    notes.append([])
    notes.append([say(f"instructions_{k}", lang) for k in ("column", "meaning", "required",
                                                          "options")])  # fmt: skip
    header = notes.max_row
    for cell in notes[header]:
        cell.font = Font(bold=True)
    for column in kind.columns():
        required = say("answer_yes" if kind.required(column) else "answer_no", lang)
        notes.append([heading(column, lang), _sentence(about(column, lang)), required,
                      "; ".join(lists.get(column, []))])  # fmt: skip
    for name, width in zip("ABCD", (34, 70, 14, 34), strict=True):
        notes.column_dimensions[name].width = width
    for row in notes.iter_rows(min_row=header + 1):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ranges: dict[str, str] = {}
    for offset, (column, names) in enumerate(lists.items()):
        at = letter(LISTS_COLUMN + offset)
        notes[f"{at}{header}"] = heading(column, lang)
        notes[f"{at}{header}"].font = Font(bold=True)
        for row, name in enumerate(names, start=header + 1):
            notes[f"{at}{row}"] = name
        notes.column_dimensions[at].width = min(50, max(16, *(len(n) + 2 for n in names)))
        ranges[column] = f"${at}${header + 1}:${at}${header + len(names)}"
    return ranges
