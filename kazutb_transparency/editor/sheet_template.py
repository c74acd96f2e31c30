"""A kind's template for the office, in Kazakh, Russian or English: the first sheet has the
headings in that language, a choice list on every closed column and, on each heading, what
the column holds; the second sheet says how to fill and import it. The import reads the
headings in any of the three languages, so a filled template goes back as it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kazutb_transparency.editor.sheet_checks import about
from kazutb_transparency.editor.sheet_kinds import KINDS
from kazutb_transparency.editor.sheet_text import say
from kazutb_transparency.editor.sheet_vocabulary import heading

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

# Excel's limits: a sheet's name, an error message's title.
SHEET_NAME, PROMPT_TITLE = 31, 32
DATA_ROWS = 5000  # the choice lists cover this many rows under the headings


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def write_template(kind_name: str, out: Path, lang: str = "kk") -> None:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    kind = KINDS[kind_name]
    title = say(f"kind.{kind.name}", lang)
    book = Workbook()
    sheet = book.active
    sheet.title = "".join(ch for ch in title if ch not in "[]:*?/\\")[:SHEET_NAME]
    columns = kind.columns()
    sheet.append([heading(c, lang) for c in columns])
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[cell.column_letter].width = min(40, max(14, len(cell.value) + 2))
        options = kind.options(column)
        note = _sentence(about(column, lang))
        if options:
            rule = DataValidation(
                type="list", formula1='"' + ",".join(options) + '"', allow_blank=True,
                showErrorMessage=True, errorTitle=cell.value[:PROMPT_TITLE],
                error=_sentence(say("not_one_of.hint", lang, options=", ".join(options))),
            )  # fmt: skip
            rule.add(f"{cell.column_letter}2:{cell.column_letter}{DATA_ROWS}")
            sheet.add_data_validation(rule)
        cell.comment = Comment(note, "KazUTB", width=320, height=120)
    sheet.freeze_panes = "A2"
    _instructions(book.create_sheet(say("instructions_sheet", lang)[:SHEET_NAME]), kind_name,
                  out, lang)  # fmt: skip
    book.save(out)


def _instructions(notes: Worksheet, kind_name: str, out: Path, lang: str) -> None:
    """The second sheet: what the sheet is, how to fill it, each column and its values."""
    from openpyxl.styles import Alignment, Font

    kind = KINDS[kind_name]
    notes.append([f"{say(f'kind.{kind.name}', lang)} — {say(f'kind_about.{kind.name}', lang)}"])
    notes["A1"].font = Font(bold=True, size=13)
    notes.append([say("instructions_rows", lang)])
    notes.append([say("instructions_headings", lang)])
    notes.append([say("instructions_import", lang, file=out.name, kind=kind.name, lang=lang)])
    notes.append([])
    notes.append([say(f"instructions_{k}", lang) for k in ("column", "meaning", "required",
                                                          "options")])  # fmt: skip
    for cell in notes[notes.max_row]:
        cell.font = Font(bold=True)
    for column in kind.columns():
        required = say("answer_yes" if kind.required(column) else "answer_no", lang)
        notes.append([heading(column, lang), _sentence(about(column, lang)), required,
                      ", ".join(kind.options(column) or [])])  # fmt: skip
    for letter, width in zip("ABCD", (34, 70, 14, 34), strict=True):
        notes.column_dimensions[letter].width = width
    for row in notes.iter_rows(min_row=7):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
