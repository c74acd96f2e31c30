"""Deterministic writers for the corpus file formats (stdlib + openpyxl + pillow)."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from xml.sax.saxutils import escape

FIXED_ZIP_TIME = (2025, 9, 1, 10, 0, 0)


def _zip(members: list[tuple[str, bytes]], stored_first: bool = False) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.external_attr = 0o644 << 16
            zi.compress_type = (
                zipfile.ZIP_STORED if (stored_first and i == 0) else zipfile.ZIP_DEFLATED
            )
            z.writestr(zi, data)
    return buf.getvalue()


def zip_bytes(members: list[tuple[str, bytes]]) -> bytes:
    return _zip(members)


# ---------------------------------------------------------------- text formats
def csv_windows(rows: list[list[str]]) -> bytes:
    """1C/Platonus style: UTF-8 BOM, ';', CRLF, every field quoted."""
    s = io.StringIO()
    w = csv.writer(s, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerows(rows)
    return ("\ufeff" + s.getvalue()).encode("utf-8")


def csv_plain(rows: list[list[str]]) -> bytes:
    s = io.StringIO()
    csv.writer(s, lineterminator="\n").writerows(rows)
    return s.getvalue().encode("utf-8")


def tsv(rows: list[list[str]]) -> bytes:
    return ("\r\n".join("\t".join(r) for r in rows) + "\r\n").encode("utf-8")


def text(s: str) -> bytes:
    return s.encode("utf-8")


# ---------------------------------------------------------------- DOCX
_DOCX_CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""
_DOCX_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""


def _docx_par(p: str, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>'


def docx(
    paragraphs: list[str], table: list[list[str]] | None = None, after: list[str] | None = None
) -> bytes:
    body = [_docx_par(p, bold=(i == 0)) for i, p in enumerate(paragraphs)]
    if table:
        rows = []
        for r in table:
            cells = "".join(
                f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{_docx_par(c)}</w:tc>'
                for c in r
            )
            rows.append(f"<w:tr>{cells}</w:tr>")
        body.append(
            '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
            + "".join(rows)
            + "</w:tbl>"
        )
    for p in after or []:
        body.append(_docx_par(p))
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + "<w:sectPr/></w:body></w:document>"
    )
    return _zip(
        [
            ("[Content_Types].xml", _DOCX_CT.encode()),
            ("_rels/.rels", _DOCX_RELS.encode()),
            ("word/document.xml", doc.encode("utf-8")),
        ]
    )


# ---------------------------------------------------------------- ODF
def _odf(mime: str, body: str) -> bytes:
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
        f"<office:body>{body}</office:body></office:document-content>"
    )
    return _zip(
        [
            ("mimetype", mime.encode()),
            ("META-INF/manifest.xml", manifest.encode()),
            ("content.xml", content.encode("utf-8")),
        ],
        stored_first=True,
    )


def odt(paragraphs: list[str]) -> bytes:
    ps = "".join(f"<text:p>{escape(p)}</text:p>" for p in paragraphs)
    return _odf("application/vnd.oasis.opendocument.text", f"<office:text>{ps}</office:text>")


def ods(sheets: list[tuple[str, list[list[object]]]]) -> bytes:
    out = []
    for title, rows in sheets:
        trs = []
        for r in rows:
            tcs = []
            for c in r:
                if isinstance(c, (int, float)) and not isinstance(c, bool):
                    tcs.append(
                        f'<table:table-cell office:value-type="float" office:value="{c}"><text:p>{c}</text:p></table:table-cell>'
                    )
                else:
                    tcs.append(
                        f'<table:table-cell office:value-type="string"><text:p>{escape(str(c))}</text:p></table:table-cell>'
                    )
            trs.append("<table:table-row>" + "".join(tcs) + "</table:table-row>")
        out.append(f'<table:table table:name="{escape(title)}">' + "".join(trs) + "</table:table>")
    return _odf(
        "application/vnd.oasis.opendocument.spreadsheet",
        "<office:spreadsheet>" + "".join(out) + "</office:spreadsheet>",
    )


# ---------------------------------------------------------------- XLSX
def xlsx(sheets: list[tuple[str, list[list[object]]]]) -> bytes:
    import datetime

    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
    fixed = datetime.datetime(2025, 9, 1, 10, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "Platonus"
    buf = io.BytesIO()
    wb.save(buf)
    # repack with fixed timestamps; pin core.xml dates
    members = []
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        for n in z.namelist():
            data = z.read(n)
            if n == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                    rb"\g<1>2025-09-01T10:00:00Z",
                    data,
                )
            members.append((n, data))
    return _zip(members)


# ---------------------------------------------------------------- PDF (Latin text, Helvetica)
def pdf(lines: list[str]) -> bytes:
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    pages = [lines[i : i + 48] for i in range(0, max(len(lines), 1), 48)]
    objs: list[bytes] = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, then per page: page obj, content obj
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for i, pl in enumerate(pages):
        ops = ["BT", "/F1 10 Tf", "14 TL", "50 800 Td"]
        for ln in pl:
            ops.append(f"({esc(ln)}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252")
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        objs.append(
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"
        )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


# ---------------------------------------------------------------- images
def _scene(w: int, h: int, seed: int):
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (w, h), (200, 210, 230))
    d = ImageDraw.Draw(img)
    for i in range(12):
        x = (seed * 37 + i * 53) % w
        y = (seed * 91 + i * 29) % h
        d.rectangle(
            [x, y, x + 40, y + 30],
            fill=((i * 40 + seed) % 256, (i * 70) % 256, (i * 15 + 90) % 256),
        )
    d.text((10, h - 20), "KazUTB event", fill=(0, 0, 0))
    return img


def jpeg(
    seed: int, description: str, gps: tuple[float, float] | None, dt: str = "2025:09:01 11:30:00"
) -> bytes:
    from PIL import Image

    img = _scene(320, 240, seed)
    exif = Image.Exif()
    exif[0x010E] = description
    exif[0x010F] = "Canon"
    exif[0x0110] = "Canon EOS 250D"
    exif[0x0132] = dt
    if gps is not None:

        def dms(v: float):
            v = abs(v)
            d = int(v)
            m = int((v - d) * 60)
            s = round(((v - d) * 60 - m) * 60, 2)
            return (float(d), float(m), float(s))

        lat, lon = gps
        g = exif.get_ifd(0x8825)
        g[0] = b"\x02\x02\x00\x00"
        g[1] = "N" if lat >= 0 else "S"
        g[2] = dms(lat)
        g[3] = "E" if lon >= 0 else "W"
        g[4] = dms(lon)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85, exif=exif.tobytes())
    return buf.getvalue()


def png(seed: int, label: str) -> bytes:
    from PIL import ImageDraw

    img = _scene(200, 120, seed)
    ImageDraw.Draw(img).text((10, 10), label, fill=(0, 0, 80))
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()
