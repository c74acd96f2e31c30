"""Excel workbooks (XLSX): cells as a person sees them, and every other place of text.

Sheets are found as Excel finds them (workbook.xml and its relationships) and named by
their names; each sheet's cells become one tab-separated part (its first row is the
header: a column headed ФИО gives context). Beside the cells: sheet names, defined names,
cell comments (legacy and threaded, with their authors), print headers and footers,
drop-down lists, hyperlinks, text boxes and the document properties.
"""

from __future__ import annotations

import re
import zipfile

from kazutb_transparency.privacy.docparts import Part, text_parts
from kazutb_transparency.privacy.office_package import (
    attribute,
    link_parts,
    local,
    open_package,
    properties,
    read_xml,
    relationships,
)
from kazutb_transparency.privacy.xlsx_cells import (
    date_styles,
    is_birth_header,
    serial_date,
    shown_number,
)
from kazutb_transparency.privacy.xlsx_sheet_parts import sheet_extras

_CELL_REF = re.compile(r"([A-Z]+)([0-9]+)")
_WORKBOOK = "xl/workbook.xml"
_SHEET_FILE = re.compile(r"xl/(?:worksheets|chartsheets|dialogsheets)/[^/]+\.xml")


def xlsx_parts(data: bytes) -> list[Part]:
    archive = open_package(data)
    shared = _shared_strings(archive)
    dated = date_styles(read_xml(archive, "xl/styles.xml"), local)
    workbook = read_xml(archive, _WORKBOOK)
    parts: list[Part] = []
    for title, member in _sheets(archive, workbook):
        root = read_xml(archive, member)
        if root is None:
            continue
        parts.append(Part(f"sheet {title}", _cells_text(root, shared, dated), fmt="csv"))
        parts += sheet_extras(archive, member, root, title)
    if workbook is not None:
        parts += _workbook_names(workbook)
    parts += _persons(archive)
    parts += _drawing_texts(archive)
    parts += link_parts(archive, _WORKBOOK, "external link")
    return list(dict.fromkeys(parts + properties(archive)))


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    root = read_xml(archive, "xl/sharedStrings.xml")
    if root is None:
        return []
    return ["".join(t.text or "" for t in item.iter() if local(t.tag) == "t") for item in root]


def _sheets(archive: zipfile.ZipFile, workbook) -> list[tuple[str, str]]:
    """(name, member) of every sheet: those the workbook lists, by their names, then any
    other sheet file in the package, by its file name."""
    targets = {rid: target for rid, _, target, _ in relationships(archive, _WORKBOOK)}
    listed: list[tuple[str, str]] = []
    if workbook is not None:
        for element in workbook.iter():
            if local(element.tag) == "sheet":
                member = targets.get(attribute(element, "id"), "")
                listed.append((element.get("name", ""), member))
    members = {member for _, member in listed}
    others = sorted(n for n in archive.namelist() if _SHEET_FILE.fullmatch(n) and n not in members)
    found = [(name or member, member) for name, member in listed if member]
    return found + [(n.rsplit("/", 1)[-1].removesuffix(".xml"), n) for n in others]


def _workbook_names(workbook) -> list[Part]:
    """Sheet names (a sheet per student is named after the student) and defined names
    with what they refer to (a name may hold a constant: ="+7 701 …")."""
    parts = []
    for element in workbook.iter():
        tag = local(element.tag)
        if tag == "sheet":
            parts += text_parts("sheet name", [element.get("name", "")])
        elif tag == "definedName":
            name = element.get("name", "")
            parts += text_parts(f"defined name {name}", [name, element.text or ""])
    return parts


def _persons(archive: zipfile.ZipFile) -> list[Part]:
    """xl/persons/person.xml: the authors of threaded comments, with their accounts."""
    parts = []
    for member in archive.namelist():
        if not re.fullmatch(r"xl/persons/[^/]+\.xml", member):
            continue
        for element in read_xml(archive, member).iter():
            if local(element.tag) == "person":
                parts += text_parts("comment author", [element.get("displayName", "")], True)
                parts += text_parts("comment author account", [element.get("userId", "")])
    return parts


def _drawing_texts(archive: zipfile.ZipFile) -> list[Part]:
    """Text boxes and shapes drawn over the sheets, and the titles and labels of charts
    (a:t runs, a paragraph per line; a chart's cached category and series names)."""
    parts = []
    for member in sorted(archive.namelist()):
        chart = re.fullmatch(r"xl/charts/chart[^/]*\.xml", member) is not None
        if not chart and not re.fullmatch(r"xl/drawings/[^/]+\.xml", member):
            continue
        lines = []
        for element in read_xml(archive, member).iter():
            if local(element.tag) == "p":
                lines.append("".join(t.text or "" for t in element.iter() if local(t.tag) == "t"))
            elif chart and local(element.tag) == "v" and element.text:  # c:strCache values
                lines.append(element.text)
        where = "chart" if chart else "text box"
        parts += text_parts(f"{where} in {member.rsplit('/', 1)[-1]}", ["\n".join(lines)])
        parts += link_parts(archive, member, "link target in a drawing")
    return parts


def _cells_text(root, shared: list[str], dated: frozenset[int]) -> str:
    rows: list[list[str]] = []
    headers: dict[int, str] = {}  # the first row's text, by column
    for row in root.iter():
        if local(row.tag) != "row":
            continue
        cells: dict[int, str] = {}
        for cell in row:
            if local(cell.tag) != "c":
                continue
            ref = _CELL_REF.match(cell.get("r", ""))
            column = _column(ref.group(1)) if ref else len(cells)
            kind = cell.get("t", "")
            value = ""
            for child in cell.iter():
                tag = local(child.tag)
                if tag == "v" and child.text is not None:
                    value = child.text
                elif tag == "t" and kind == "inlineStr":
                    value += child.text or ""
            if kind == "s" and value.isdigit() and int(value) < len(shared):
                value = shared[int(value)]
            elif kind in ("", "n") and value:
                value = _typed(value, cell.get("s", "0"), dated, headers.get(column, ""))
            cells[column] = value.replace("\t", " ").replace("\n", " ")
        if cells:
            rows.append([cells.get(i, "") for i in range(max(cells) + 1)])
            if len(rows) == 1:
                headers = dict(cells)
    return "\n".join("\t".join(row) for row in rows)


def _column(letters: str) -> int:
    n = 0
    for c in letters:
        n = n * 26 + ord(c) - 64
    return n - 1


def _typed(value: str, style: str, dated: frozenset[int], header: str) -> str:
    """A number cell as shown: a date if its format shows one or its column is headed as
    a birth date (a serial number there is a date whatever the format), else its digits."""
    if (style.isdigit() and int(style) in dated) or is_birth_header(header):
        shown = serial_date(value)
        if shown is not None:
            return shown
    return shown_number(value)
