"""Files made the way different producers make them, for the realistic corpus.

PDF: a word processor (one Tj a line), a browser printing in capitals (TJ arrays with
kerning), a report generator drawing glyph by glyph with letter-spacing (a Tm and a Tj
per glyph, widths of the core Helvetica font), Cyrillic through a /Differences encoding
with uniXXXX glyph names. DOCX with core properties; XLSX with typed cells (numbers in
E notation with a number format, date serials with a date style); PNG with XMP in an
iTXt chunk; JPEG with XMP in APP1; SVG; ZIP.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

from PIL import Image
from pypdf import PdfWriter
from pypdf._codecs.core_font_metrics import CORE_FONT_METRICS
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)

_HELVETICA = CORE_FONT_METRICS["Helvetica"].character_widths


def _encoder(texts: list[str]) -> tuple[dict[str, bytes], list[str]]:
    """Byte codes for every character: Latin-1 as itself, others from 128 via /Differences."""
    codes: dict[str, bytes] = {}
    extra: list[str] = []
    for text in texts:
        for ch in text:
            if ch in codes:
                continue
            if ord(ch) < 128:
                codes[ch] = bytes([ord(ch)])
            else:
                codes[ch] = bytes([128 + len(extra)])
                extra.append(f"uni{ord(ch):04X}")
    return codes, extra


def _pdf_bytes(codes: dict[str, bytes], text: str) -> str:
    raw = b"".join(codes[ch] for ch in text)
    return "".join(
        "\\" + chr(b) if chr(b) in "\\()" else chr(b) if 32 <= b < 127 else f"\\{b:03o}"
        for b in raw
    )


def _pdf(streams: list[str], texts: list[str], metadata: dict[str, str] | None = None,
         xmp: str = "") -> bytes:  # fmt: skip
    writer = PdfWriter()
    _, extra = _encoder(texts)
    font_dict = {
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
    }
    if extra:
        font_dict[NameObject("/Encoding")] = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Encoding"),
                NameObject("/Differences"): ArrayObject(
                    [NumberObject(128), *(NameObject("/" + g) for g in extra)]
                ),
            }
        )
    font = writer._add_object(DictionaryObject(font_dict))
    for content in streams:
        page = writer.add_blank_page(595, 842)
        stream = DecodedStreamObject()
        stream.set_data(content.encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
    if metadata:
        writer.add_metadata(metadata)
    if xmp:
        meta = DecodedStreamObject()
        meta.set_data(xmp.encode("utf-8"))
        meta[NameObject("/Type")] = NameObject("/Metadata")
        meta[NameObject("/Subtype")] = NameObject("/XML")
        writer._root_object[NameObject("/Metadata")] = writer._add_object(meta)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_word_processor(lines: list[str], metadata: dict[str, str] | None = None) -> bytes:
    """One Tj per line, as office suites write simple text."""
    codes, _ = _encoder(lines)
    body = "".join(f"({_pdf_bytes(codes, line)}) Tj 0 -16 Td " for line in lines)
    return _pdf([f"BT /F1 11 Tf 72 770 Td {body}ET"], lines, metadata)


def pdf_browser_caps(lines: list[str]) -> bytes:
    """A browser printing a page styled text-transform: uppercase: capitals, each word its
    own string in a TJ array with a kerning adjustment, as Skia writes it."""
    upper = [line.upper() for line in lines]
    codes, _ = _encoder(upper)
    body = []
    for line in upper:
        words = " ".join(f"({_pdf_bytes(codes, w + ' ')}) -12" for w in line.split())
        body.append(f"[{words}] TJ 0 -14 Td")
    return _pdf([f"BT /F1 10 Tf 60 780 Td {' '.join(body)} ET"], upper)


def pdf_glyphs(lines: list[str], spacing: float = 1.2, size: float = 11) -> bytes:
    """A report generator: every glyph placed by its own text matrix, with letter-spacing
    `spacing` (points); spaces are not drawn, only advanced over."""
    codes, _ = _encoder(lines)
    ops = [f"BT /F1 {size:g} Tf"]
    y = 770.0
    for line in lines:
        x = 72.0
        for ch in line:
            if ch != " ":
                ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm ({_pdf_bytes(codes, ch)}) Tj")
            width = _HELVETICA.get(ch, _HELVETICA["default"]) if ord(ch) < 128 else 556
            x += width * size / 1000 + spacing
        y -= size * 1.6
    ops.append("ET")
    return _pdf(["\n".join(ops)], lines)


def pdf_with_xmp(lines: list[str], creator: str) -> bytes:
    return _pdf(
        [f"BT /F1 11 Tf 72 770 Td ({_pdf_bytes(_encoder(lines)[0], lines[0])}) Tj ET"],
        lines,
        xmp=xmp_packet(creator),
    )


def xmp_packet(creator: str, description: str = "") -> str:
    desc = f"<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>{escape(description)}" \
        "</rdf:li></rdf:Alt></dc:description>" if description else ""  # fmt: skip
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:creator><rdf:Seq><rdf:li>{escape(creator)}</rdf:li></rdf:Seq></dc:creator>{desc}"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_with_xmp(creator: str, compressed: bool = False) -> bytes:
    """A PNG whose XMP packet is in an iTXt chunk (keyword XML:com.adobe.xmp), as image
    editors save it; compressed or not."""
    out = io.BytesIO()
    Image.new("RGB", (4, 4), (10, 120, 200)).save(out, "PNG")
    png = out.getvalue()
    text = xmp_packet(creator).encode("utf-8")
    flag = b"\x01\x00" if compressed else b"\x00\x00"
    body = (
        b"XML:com.adobe.xmp\x00"
        + flag
        + b"\x00\x00"
        + (zlib.compress(text) if compressed else text)
    )
    end = png.rindex(b"IEND") - 4
    return png[:end] + _chunk(b"iTXt", body) + png[end:]


def jpeg_with_xmp(creator: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 120, 10)).save(out, "JPEG")
    jpeg = out.getvalue()
    payload = b"http://ns.adobe.com/xap/1.0/\x00" + xmp_packet(creator).encode("utf-8")
    app1 = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return jpeg[:2] + app1 + jpeg[2:]


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)


def _core(creator: str, last_modified_by: str) -> str:
    return (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(last_modified_by)}</cp:lastModifiedBy></cp:coreProperties>"
    )


def docx(paragraphs: list[str], creator: str = "", last_modified_by: str = "") -> bytes:
    """Word: each paragraph split into runs (spell-check and formatting split them)."""
    body = []
    for p in paragraphs:
        words = p.split(" ")
        half = max(1, len(words) // 2)
        runs = [" ".join(words[:half]) + " ", " ".join(words[half:])]
        body.append(
            "<w:p>"
            + "".join(f'<w:r><w:t xml:space="preserve">{escape(r)}</w:t></w:r>' for r in runs)
            + "</w:p>"
        )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{_W}"><w:body>{"".join(body)}</w:body></w:document>',
        )
        z.writestr("docProps/core.xml", _core(creator, last_modified_by))
    return out.getvalue()


# Styles: 0 general, 1 number format "0" (numFmtId 1), 2 a date (numFmtId 14),
# 3 a custom date format dd.mm.yyyy (numFmtId 164).
_STYLES = (
    f'<styleSheet xmlns="{_S}"><numFmts count="1"><numFmt numFmtId="164" '
    'formatCode="dd\\.mm\\.yyyy"/></numFmts><cellXfs count="4"><xf numFmtId="0"/>'
    '<xf numFmtId="1" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/>'
    '<xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>'
)


def xlsx(rows: list[list[object]], creator: str = "") -> bytes:
    """Typed cells: str → shared string; int/float → number cell written the way Excel
    writes it (E notation for 12+ digits, style 1 = format "0"); ("date", serial, style)
    → a number cell with a date style; ("num", raw) → a number cell exactly as given."""
    strings: list[str] = []
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            if isinstance(value, tuple) and value[0] == "date":
                cells.append(f'<c r="{ref}" s="{value[2]}"><v>{value[1]}</v></c>')
            elif isinstance(value, tuple) and value[0] == "num":
                cells.append(f'<c r="{ref}" s="1"><v>{value[1]}</v></c>')
            elif isinstance(value, int | float):
                written = f"{value:.11E}" if abs(value) >= 1e11 else repr(value)
                cells.append(f'<c r="{ref}" s="1"><v>{written}</v></c>')
            else:
                strings.append(str(value))
                cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    shared = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("xl/sharedStrings.xml", f'<sst xmlns="{_S}">{shared}</sst>')
        z.writestr("xl/styles.xml", _STYLES)
        z.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{_S}"><sheetData>{"".join(xml_rows)}</sheetData></worksheet>',
        )
        z.writestr("docProps/core.xml", _core(creator, ""))
    return out.getvalue()


def zip_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def svg(texts: list[str], links: list[str] = ()) -> bytes:  # type: ignore[assignment]
    body = "".join(
        f'<text x="10" y="{20 + 20 * i}">{escape(t)}</text>' for i, t in enumerate(texts)
    )
    anchors = "".join(f'<a href="{escape(u)}"><rect width="5" height="5"/></a>' for u in links)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">{body}{anchors}</svg>'
    ).encode()


def html(paragraphs: list[str], links: list[str] = ()) -> bytes:  # type: ignore[assignment]
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    anchors = "".join(f'<li><a href="{escape(u)}">Link</a></li>' for u in links)
    return (
        '<!doctype html><html lang="kk"><head><meta charset="utf-8"><title>Бет</title></head>'
        f"<body><main>{body}<ul>{anchors}</ul></main></body></html>"
    ).encode()
