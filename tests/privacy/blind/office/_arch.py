"""Archives with comments, and the file types the gate must refuse."""

from __future__ import annotations

import bz2
import gzip
import io
import struct
import tarfile
import zlib

try:
    from . import _zipx
except ImportError:  # run as a script from this folder
    import _zipx


def zip_with_comments(members: list[tuple[str, str, str]], archive_comment: str = "") -> bytes:
    """members: (name, csv text, member comment)."""
    return _zipx.zip_bytes(
        [(n, d, c.encode("utf-8")) for n, d, c in members], comment=archive_comment.encode("utf-8")
    )


def _tar(members: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tf:
        for name, text in members:
            data = text.encode("utf-8")
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            ti.mtime = 1756717200  # 2025-09-01
            ti.mode = 0o644
            ti.uid = ti.gid = 0
            ti.uname = ti.gname = "root"
            tf.addfile(ti, io.BytesIO(data))
    return buf.getvalue()


def tar_gz(members: list[tuple[str, str]]) -> bytes:
    raw = _tar(members)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    return buf.getvalue()


def tar_bz2(members: list[tuple[str, str]]) -> bytes:
    return bz2.compress(_tar(members), 9)


def seven_zip_empty() -> bytes:
    """A valid, empty 7z archive (signature header only)."""
    nxt = struct.pack("<QQI", 0, 0, 0)
    return (
        b"7z\xbc\xaf\x27\x1c"
        + bytes([0, 4])
        + struct.pack("<I", zlib.crc32(nxt) & 0xFFFFFFFF)
        + nxt
    )


def _vint(n: int) -> bytes:
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _rar5_header(body: bytes) -> bytes:
    sized = _vint(len(body)) + body
    return struct.pack("<I", zlib.crc32(sized) & 0xFFFFFFFF) + sized


def rar5_empty() -> bytes:
    """RAR5 signature + main archive header + end-of-archive header."""
    main = _rar5_header(_vint(1) + _vint(0) + _vint(0))  # type 1 main, flags 0, archive flags 0
    end = _rar5_header(_vint(5) + _vint(0) + _vint(0))  # type 5 end, flags 0, end flags 0
    return b"Rar!\x1a\x07\x01\x00" + main + end


def cfb(stream_name: str, stream: bytes) -> bytes:
    """A minimal OLE2 compound file (version 3, 512-byte sectors) with one stream in the root.

    The stream is padded to 4096 bytes so that it lives in regular sectors (no mini stream).
    """
    SEC = 512
    stream = stream.ljust(4096, b"\0")
    n_stream = len(stream) // SEC
    # sector 0: FAT, sector 1: directory, sectors 2..: stream
    ENDOFCHAIN, FATSECT, FREESECT = 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    fat = [FATSECT, ENDOFCHAIN] + [3 + i for i in range(n_stream - 1)] + [ENDOFCHAIN]
    fat += [FREESECT] * (SEC // 4 - len(fat))
    fat_b = struct.pack("<128I", *fat)

    def dirent(name: str, typ: int, child: int, start: int, size: int) -> bytes:
        nm = (name.encode("utf-16-le") + b"\0\0") if name else b""
        e = nm.ljust(64, b"\0") + struct.pack("<HBB", len(nm), typ, 1)
        e += struct.pack("<III", 0xFFFFFFFF, 0xFFFFFFFF, child)
        e += b"\0" * 16 + struct.pack("<I", 0) + b"\0" * 16
        e += struct.pack("<IQ", start, size)
        return e

    d = dirent("Root Entry", 5, 1, ENDOFCHAIN, 0) + dirent(
        stream_name, 2, 0xFFFFFFFF, 2, len(stream)
    )
    empty = (
        b"\0" * 64
        + struct.pack("<HBB", 0, 0, 0)
        + struct.pack("<III", 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
        + b"\0" * 36
        + struct.pack("<IQ", 0, 0)
    )
    d += empty * 2
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
    header += struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
    header += struct.pack("<109I", 0, *([FREESECT] * 108))
    assert len(header) == SEC
    assert len(d) == SEC
    return header + fat_b + d + stream


def rtf(paragraphs: list[str]) -> bytes:
    def enc(s: str) -> str:
        out = []
        for ch in s:
            o = ord(ch)
            if ch in "\\{}":
                out.append("\\" + ch)
            elif o < 128:
                out.append(ch)
            else:
                out.append(f"\\u{o if o < 32768 else o - 65536}?")
        return "".join(out)

    body = "".join(f"\\pard {enc(p)}\\par\n" for p in paragraphs)
    return (
        "{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\n"
        "{\\info{\\author KazUTB}}\\f0\\fs24\n" + body + "}\n"
    ).encode("ascii")


def pptx(slide_text: str) -> bytes:
    decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    from xml.sax.saxutils import escape

    ct = (
        decl + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>'
        '<Override PartName="/ppt/slides/slide1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>'
        "</Types>"
    )
    rels = (
        decl
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/>'
        "</Relationships>"
    )
    pres = (
        decl + '<p:presentation xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">'
        '<p:sldIdLst><p:sldId id="256" r:id="rId2"/></p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/>'
        '<p:notesSz cx="6858000" cy="9144000"/></p:presentation>'
    )
    prels = (
        decl
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide1.xml"/>'
        "</Relationships>"
    )
    slide = (
        decl + '<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree>'
        '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>'
        '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title 1"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr/>'
        f"<p:txBody><a:bodyPr/><a:p><a:r><a:t>{escape(slide_text)}</a:t></a:r></a:p></p:txBody></p:sp>"
        "</p:spTree></p:cSld></p:sld>"
    )
    return _zipx.zip_bytes(
        [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("ppt/presentation.xml", pres),
            ("ppt/_rels/presentation.xml.rels", prels),
            ("ppt/slides/slide1.xml", slide),
        ]
    )


def epub(title: str, chapter_html: str) -> bytes:
    from xml.sax.saxutils import escape

    container = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" '
        'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
        '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
        "</rootfiles></container>"
    )
    opf = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
        'unique-identifier="bookid"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:identifier id="bookid">urn:uuid:6f1c1e7a-2025-4c2b-9a1d-0000000000e1</dc:identifier>'
        f"<dc:title>{escape(title)}</dc:title><dc:language>kk</dc:language>"
        '<meta property="dcterms:modified">2025-09-01T09:00:00Z</meta></metadata>'
        '<manifest><item id="c1" href="chapter1.xhtml" media-type="application/xhtml+xml" properties="nav"/></manifest>'
        '<spine><itemref idref="c1"/></spine></package>'
    )
    chap = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" '
        'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>'
        + escape(title)
        + "</title></head><body>"
        '<nav epub:type="toc"><ol><li><a href="chapter1.xhtml">'
        + escape(title)
        + "</a></li></ol></nav>"
        + chapter_html
        + "</body></html>"
    )
    return _zipx.zip_bytes(
        [
            ("mimetype", "application/epub+zip"),
            ("META-INF/container.xml", container),
            ("OEBPS/content.opf", opf),
            ("OEBPS/chapter1.xhtml", chap),
        ]
    )
