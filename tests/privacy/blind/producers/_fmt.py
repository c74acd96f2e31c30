"""Low-level writers for the producer corpus (deterministic output)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape as _esc

FIXED_DT = (1980, 1, 1, 0, 0, 0)


def esc(s: str) -> str:
    return _esc(s, {'"': "&quot;"})


# --------------------------------------------------------------------- data
def iin_check(d11: str) -> int | None:
    w1 = range(1, 12)
    s = sum(int(c) * w for c, w in zip(d11, w1, strict=False)) % 11
    if s == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        s = sum(int(c) * w for c, w in zip(d11, w2, strict=False)) % 11
        if s == 10:
            return None
    return s


def make_iin(prefix11: str) -> str:
    """Return a valid 12-digit IIN/BIN; bumps the serial until a check digit exists."""
    n = int(prefix11)
    while True:
        p = str(n).zfill(11)
        c = iin_check(p)
        if c is not None:
            return p + str(c)
        n += 1


def luhn_complete(d15: str) -> str:
    for c in range(10):
        s = d15 + str(c)
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch)
            if i % 2 == 1:
                v *= 2
                if v > 9:
                    v -= 9
            tot += v
        if tot % 10 == 0:
            return s
    raise AssertionError


def kz_iban(bban: str) -> str:
    conv = "".join(str(int(ch, 36)) for ch in bban + "KZ00")
    chk = 98 - int(conv) % 97
    return f"KZ{chk:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


# ---------------------------------------------------------------------- zip
def zip_bytes(files: list[tuple[str, bytes | str]], stored_first: bool = False) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(files):
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT)
            zi.compress_type = (
                zipfile.ZIP_STORED if (stored_first and i == 0) else zipfile.ZIP_DEFLATED
            )
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


# --------------------------------------------------------------------- docx
W_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def docx(body_xml: str, rels_extra: str = "", lang: str = "ru-RU") -> bytes:
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        "</Relationships>"
    )
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>KazUTB</dc:title><dc:creator>KazUTB Press Office</dc:creator>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2024-09-01T09:00:00Z</dcterms:created>'
        "</cp:coreProperties>"
    )
    docrels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + rels_extra
        + "</Relationships>"
    )
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<w:document {W_NS}><w:body>{body_xml}"
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
    )
    return zip_bytes(
        [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("docProps/core.xml", core),
            ("word/document.xml", doc),
            ("word/_rels/document.xml.rels", docrels),
        ]
    )


def wp(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def wr(text: str, rpr: str = "", rsid: str | None = None) -> str:
    a = f' w:rsidR="{rsid}"' if rsid else ""
    rp = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r{a}>{rp}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def wpara(text: str) -> str:
    return wp(wr(text))


# --------------------------------------------------------------------- xlsx
def xlsx(
    sheet_xml: str,
    shared: list[str] | None = None,
    styles_xml: str | None = None,
    extra_files: list[tuple[str, str]] = (),
    sheet_rels: str = "",
    ct_extra: str = "",
    sheet_name: str = "Лист1",
) -> bytes:
    """shared: list of raw <si> inner XML strings."""
    shared = shared or []
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        + ct_extra
        + "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    wb = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{esc(sheet_name)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    wbrels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        "</Relationships>"
    )
    sst = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}" uniqueCount="{len(shared)}">'
        + "".join(f"<si>{s}</si>" for s in shared)
        + "</sst>"
    )
    if styles_xml is None:
        styles_xml = styles()
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        + sheet_xml
        + "</worksheet>"
    )
    files = [
        ("[Content_Types].xml", ct),
        ("_rels/.rels", rels),
        ("xl/workbook.xml", wb),
        ("xl/_rels/workbook.xml.rels", wbrels),
        ("xl/styles.xml", styles_xml),
        ("xl/sharedStrings.xml", sst),
        ("xl/worksheets/sheet1.xml", sheet),
    ]
    if sheet_rels:
        files.append(
            (
                "xl/worksheets/_rels/sheet1.xml.rels",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + sheet_rels
                + "</Relationships>",
            )
        )
    files.extend(extra_files)
    return zip_bytes(files)


def styles(numfmts: str = "", xfs: list[str] | None = None) -> str:
    xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'] + (xfs or [])
    nf = f'<numFmts count="{numfmts.count("<numFmt ")}">{numfmts}</numFmts>' if numfmts else ""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + nf
        + '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        f'<cellXfs count="{len(xfs)}">' + "".join(xfs) + "</cellXfs>"
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    )


def si_plain(t: str) -> str:
    return f'<t xml:space="preserve">{esc(t)}</t>'


def si_rich(*parts: tuple[str, str]) -> str:
    """parts: (text, rPr inner xml)."""
    out = []
    for t, rpr in parts:
        rp = f"<rPr>{rpr}</rPr>" if rpr else ""
        out.append(f'<r>{rp}<t xml:space="preserve">{esc(t)}</t></r>')
    return "".join(out)


# ---------------------------------------------------------------------- odf
ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:office_ooo="http://openoffice.org/2009/office"'
)


def odf(kind: str, body_inner: str, auto_styles: str = "") -> bytes:
    mime = {
        "text": "application/vnd.oasis.opendocument.text",
        "spreadsheet": "application/vnd.oasis.opendocument.spreadsheet",
    }[kind]
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-content {ODF_NS} office:version="1.3">'
        f"<office:automatic-styles>{auto_styles}</office:automatic-styles>"
        f"<office:body><office:{kind}>{body_inner}</office:{kind}></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-meta {ODF_NS} office:version="1.3"><office:meta>'
        "<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/</meta:generator>"
        "<meta:creation-date>2024-09-01T09:00:00</meta:creation-date>"
        "</office:meta></office:document-meta>"
    )
    return zip_bytes(
        [
            ("mimetype", mime),
            ("content.xml", content),
            ("meta.xml", meta),
            ("META-INF/manifest.xml", manifest),
        ],
        stored_first=True,
    )


def tp(inner: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{inner}</text:p>'


def ods_row(*cells: str) -> str:
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def ods_str(inner_p: str) -> str:
    return f'<table:table-cell office:value-type="string"><text:p>{inner_p}</text:p></table:table-cell>'


def ods_table(rows: str, name: str = "Sheet1") -> str:
    return (
        f'<table:table table:name="{esc(name)}"><table:table-column table:number-columns-repeated="3"/>'
        + rows
        + "</table:table>"
    )


# ---------------------------------------------------------------------- pdf
PDF_ID = b"<4b617a5554422d636f727075732d3033> <4b617a5554422d636f727075732d3033>"


def pdf_str_literal(s: str) -> bytes:
    b = s.encode("latin-1")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf_utf16(s: str) -> bytes:
    return b"<" + (b"\xfe\xff" + s.encode("utf-16-be")).hex().upper().encode() + b">"


def stream_obj(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def pdf_classic(objs: dict[int, bytes], root: int = 1, info: int | None = None) -> bytes:
    """objs: num -> body bytes (without 'n 0 obj'). Returns a full classic PDF."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for n in sorted(objs):
        offs[n] = len(out)
        out += b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n"
    size = max(objs) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        if n in offs:
            out += b"%010d 00000 n \n" % offs[n]
        else:
            out += b"0000000000 65535 f \n"
    tr = b"/Size %d /Root %d 0 R /ID [%s]" % (size, root, PDF_ID)
    if info:
        tr += b" /Info %d 0 R" % info
    out += b"trailer\n<< " + tr + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def pdf_incremental(base: bytes, objs: dict[int, bytes], root: int = 1) -> bytes:
    """Append an incremental update replacing/adding objects."""
    prev = int(base.rsplit(b"startxref", 1)[1].split()[0])
    size_old = int(base.split(b"/Size ")[1].split()[0])
    out = bytearray(base)
    offs = {}
    for n in sorted(objs):
        offs[n] = len(out)
        out += b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for n in sorted(offs):
        out += b"%d 1\n%010d 00000 n \n" % (n, offs[n])
    size = max(size_old, max(objs) + 1)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Prev %d /ID [%s] >>\nstartxref\n%d\n%%%%EOF\n" % (
        size,
        root,
        prev,
        PDF_ID,
        xref,
    )
    return bytes(out)


def pdf_objstm(
    objs_in_stm: dict[int, bytes], stream_objs: dict[int, bytes], root: int = 1
) -> bytes:
    """PDF 1.5: non-stream objects compressed in one /ObjStm; stream objects top level; xref stream."""
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for n in sorted(stream_objs):
        offs[n] = len(out)
        out += b"%d 0 obj\n" % n + stream_objs[n] + b"\nendobj\n"
    nums = sorted(objs_in_stm)
    header = b""
    body = b""
    for n in nums:
        header += b"%d %d " % (n, len(body))
        body += objs_in_stm[n] + b"\n"
    raw = header + body
    comp = zlib.compress(raw, 9)
    stm_num = max(list(objs_in_stm) + list(stream_objs)) + 1
    offs[stm_num] = len(out)
    out += (
        b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
        % (stm_num, len(nums), len(header), len(comp))
        + comp
        + b"\nendstream\nendobj\n"
    )
    xref_num = stm_num + 1
    size = xref_num + 1
    xref_off = len(out)
    rows = b""
    for n in range(size):
        if n == 0:
            rows += struct.pack(">BHH", 0, 0, 0xFFFF)
        elif n in objs_in_stm:
            rows += struct.pack(">BHH", 2, stm_num, nums.index(n))
        elif n == xref_num:
            rows += struct.pack(">BHH", 1, xref_off, 0)
        else:
            rows += struct.pack(">BHH", 1, offs[n], 0)
    comp = zlib.compress(rows, 9)
    out += (
        b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 2 2] /Root %d 0 R /ID [%s] /Filter /FlateDecode /Length %d >>\nstream\n"
        % (xref_num, size, root, PDF_ID, len(comp))
        + comp
        + b"\nendstream\nendobj\n"
    )
    out += b"startxref\n%d\n%%%%EOF\n" % xref_off
    return bytes(out)


def pdf_simple_page(
    content: bytes,
    extra_res: bytes = b"",
    extra_objs: dict[int, bytes] | None = None,
    info: bytes | None = None,
    page_extra: bytes = b"",
    catalog_extra: bytes = b"",
) -> bytes:
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> "
            + extra_res
            + b">> /Contents 4 0 R "
            + page_extra
            + b">>"
        ),
        4: stream_obj(content),
        5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    if extra_objs:
        objs.update(extra_objs)
    inum = None
    if info is not None:
        inum = max(objs) + 1
        objs[inum] = info
    return pdf_classic(objs, info=inum)


def pdf_text_ops(lines: list[str], y0: int = 780) -> bytes:
    out = b"BT /F1 11 Tf 56 %d Td 14 TL\n" % y0
    for ln in lines:
        out += pdf_str_literal(ln) + b" Tj T*\n"
    return out + b"ET\n"


# ------------------------------------------------------------------- images
def base_image(color=(40, 90, 160), size=(48, 32)):
    from PIL import Image

    im = Image.new("RGB", size, color)
    for x in range(size[0]):
        im.putpixel((x, x % size[1]), (250, 250, 250))
    return im


def jpeg_base() -> bytes:
    buf = io.BytesIO()
    base_image().save(buf, "JPEG", quality=80)
    return buf.getvalue()


def jpeg_insert(segments: list[tuple[int, bytes]]) -> bytes:
    """Insert segments (marker, payload) right after SOI (and after APP0 if present)."""
    j = jpeg_base()
    assert j[:2] == b"\xff\xd8"
    pos = 2
    if j[2:4] == b"\xff\xe0":
        ln = struct.unpack(">H", j[4:6])[0]
        pos = 4 + ln
    seg = b"".join(b"\xff" + bytes([m]) + struct.pack(">H", len(p) + 2) + p for m, p in segments)
    return j[:pos] + seg + j[pos:]


def iptc_irb(records: list[tuple[int, int, bytes]], utf8: bool = True) -> bytes:
    iptc = b""
    if utf8:
        iptc += b"\x1c\x01\x5a" + struct.pack(">H", 3) + b"\x1b%G"  # 1:90 coded character set UTF-8
    iptc += b"\x1c\x02\x00" + struct.pack(">H", 2) + b"\x00\x04"  # 2:00 record version
    for rec, ds, val in records:
        iptc += b"\x1c" + bytes([rec, ds]) + struct.pack(">H", len(val)) + val
    block = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    if len(iptc) % 2:
        block += b"\x00"
    return b"Photoshop 3.0\x00" + block


def xmp_packet(inner_rdf_desc: str, ns: str = "") -> bytes:
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
        + ns
        + ">"
        + inner_rdf_desc
        + '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode("utf-8")


def png_base() -> bytes:
    buf = io.BytesIO()
    base_image((20, 120, 80)).save(buf, "PNG")
    return buf.getvalue()


def png_chunk(typ: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + typ
        + data
        + struct.pack(">I", zlib.crc32(typ + data) & 0xFFFFFFFF)
    )


def png_insert(chunks: list[tuple[bytes, bytes]]) -> bytes:
    p = png_base()
    # after IHDR: 8 sig + 25 IHDR
    pos = 8 + 25
    return p[:pos] + b"".join(png_chunk(t, d) for t, d in chunks) + p[pos:]


def exif_tiff(tags: list[tuple[int, str]]) -> bytes:
    """Minimal little-endian TIFF/Exif IFD0 with ASCII tags (values UTF-8 encoded)."""
    n = len(tags)
    ifd_size = 2 + 12 * n + 4
    data_off = 8 + ifd_size
    entries = b""
    data = b""
    for tag, val in sorted(tags):
        v = val.encode("utf-8") + b"\x00"
        if len(v) <= 4:
            entries += struct.pack("<HHI", tag, 2, len(v)) + v.ljust(4, b"\x00")
        else:
            entries += struct.pack("<HHII", tag, 2, len(v), data_off + len(data))
            data += v
            if len(data) % 2:
                data += b"\x00"
    return (
        b"II*\x00"
        + struct.pack("<I", 8)
        + struct.pack("<H", n)
        + entries
        + b"\x00\x00\x00\x00"
        + data
    )


def gif_with_comment(comment: bytes) -> bytes:
    buf = io.BytesIO()
    base_image((200, 60, 60)).convert("P").save(buf, "GIF")
    g = buf.getvalue()
    # insert comment extension before first image descriptor / graphic control ext:
    # header(6)+LSD(7)+global color table
    flags = g[10]
    gct = 3 * (2 ** ((flags & 7) + 1)) if flags & 0x80 else 0
    pos = 13 + gct
    ext = b"\x21\xfe"
    for i in range(0, len(comment), 255):
        chunk = comment[i : i + 255]
        ext += bytes([len(chunk)]) + chunk
    ext += b"\x00"
    g = b"GIF89a" + g[6:]
    return g[:pos] + ext + g[pos:]


def webp_with_xmp(xmp: bytes) -> bytes:
    buf = io.BytesIO()
    base_image((90, 90, 30)).save(buf, "WEBP", quality=80, xmp=xmp)
    return buf.getvalue()


def tiff_with_description(desc: str) -> bytes:
    from PIL.TiffImagePlugin import ImageFileDirectory_v2

    buf = io.BytesIO()
    im = base_image((120, 120, 120))
    # write raw first, then patch: use PIL for pixel data; description as UTF-8 bytes
    ifd = ImageFileDirectory_v2()
    ifd[270] = desc.encode("utf-8")
    ifd.tagtype[270] = 2
    im.save(buf, "TIFF", tiffinfo=ifd)
    return buf.getvalue()
