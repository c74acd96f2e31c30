"""Small PDF, DOCX, XLSX and image files made by the tests themselves."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from PIL import Image
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject


def _pdf_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[str], metadata: dict[str, str] | None = None) -> bytes:
    """A PDF with one page per text (ASCII, Helvetica); an empty text is a page without text."""
    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    for text in pages:
        page = writer.add_blank_page(595, 842)
        if text:
            lines = "".join(f"({_pdf_string(line)}) Tj 0 -16 Td " for line in text.splitlines())
            stream = DecodedStreamObject()
            stream.set_data(f"BT /F1 12 Tf 72 770 Td {lines}ET".encode("latin-1"))
            page[NameObject("/Contents")] = writer._add_object(stream)
            page[NameObject("/Resources")] = DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
            )
    if metadata:
        writer.add_metadata(metadata)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _core(creator: str, last_modified_by: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.'
        'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/'
        f'elements/1.1/"><dc:title>Report</dc:title><dc:creator>{escape(creator)}</dc:creator>'
        f"<cp:lastModifiedBy>{escape(last_modified_by)}</cp:lastModifiedBy></cp:coreProperties>"
    )


def make_docx(paragraphs: list[str], creator: str = "", last_modified_by: str = "") -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr(
            "word/document.xml", f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'
        )
        z.writestr("docProps/core.xml", _core(creator, last_modified_by))
    return out.getvalue()


def make_xlsx(rows: list[list[str]], creator: str = "") -> bytes:
    strings: list[str] = []
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            if value.isdigit():
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                strings.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    shared = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("xl/sharedStrings.xml", f'<sst xmlns="{_S}">{shared}</sst>')
        z.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{_S}"><sheetData>{"".join(xml_rows)}</sheetData></worksheet>',
        )
        z.writestr("docProps/core.xml", _core(creator, ""))
    return out.getvalue()


def make_jpeg(artist: str = "", xp_author: str = "", gps: bool = False) -> bytes:
    image = Image.new("RGB", (8, 8), (200, 30, 30))
    exif = Image.Exif()
    if artist:
        exif[0x013B] = artist
    if xp_author:
        exif[0x9C9D] = xp_author.encode("utf-16-le") + b"\x00\x00"
    if gps:
        exif[0x8825] = {1: "N", 2: (51.0, 10.0, 0.0), 3: "E", 4: (71.0, 26.0, 0.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()
