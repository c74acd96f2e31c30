"""Images with hand-built EXIF/TIFF structures, PNG text chunks and WebP containers."""

from __future__ import annotations

import io
import struct
import zlib
from fractions import Fraction

from PIL import Image, ImageDraw

BYTE, ASCII, SHORT, LONG, RATIONAL, UNDEFINED = 1, 2, 3, 4, 5, 7
_SIZE = {BYTE: 1, ASCII: 1, SHORT: 2, LONG: 4, RATIONAL: 8, UNDEFINED: 1}

# tags
IMAGE_DESCRIPTION, MAKE, MODEL, SOFTWARE, ARTIST, COPYRIGHT = (
    0x010E,
    0x010F,
    0x0110,
    0x0131,
    0x013B,
    0x8298,
)
EXIF_IFD, GPS_IFD = 0x8769, 0x8825
USER_COMMENT, CAMERA_OWNER, EXIF_VERSION = 0x9286, 0xA430, 0x9000
XP_COMMENT, XP_AUTHOR = 0x9C9C, 0x9C9D


def ascii_v(s: str) -> tuple[int, bytes]:
    return ASCII, s.encode("utf-8") + b"\0"


def xp_v(s: str) -> tuple[int, bytes]:
    """Windows XP* tags: UTF-16LE, NUL-terminated, type BYTE."""
    return BYTE, s.encode("utf-16-le") + b"\0\0"


def user_comment_unicode(s: str, endian: str) -> tuple[int, bytes]:
    enc = "utf-16-le" if endian == "<" else "utf-16-be"
    return UNDEFINED, b"UNICODE\0" + s.encode(enc)


def user_comment_ascii(s: str) -> tuple[int, bytes]:
    return UNDEFINED, b"ASCII\0\0\0" + s.encode("ascii")


def _dms(x: float) -> list[Fraction]:
    x = abs(x)
    d = int(x)
    m = int((x - d) * 60)
    s = ((x - d) * 60 - m) * 60
    return [Fraction(d, 1), Fraction(m, 1), Fraction(round(s * 100), 100)]


def gps_text(lat: float, lon: float) -> str:
    def f(x: float, pos: str, neg: str) -> str:
        d, m, s = _dms(x)
        return f"{int(d)}°{int(m)}'{float(s):.2f}\"{pos if x >= 0 else neg}"

    def dec(x: float) -> float:
        d, m, s = _dms(x)
        return float(d + m / 60 + s / 3600) * (1 if x >= 0 else -1)

    return f"{f(lat, 'N', 'S')} {f(lon, 'E', 'W')} ({dec(lat):.6f}, {dec(lon):.6f})"


def gps_entries(lat: float, lon: float, alt: float | None = None) -> list:
    dms = _dms
    ent = [
        (0x0000, BYTE, bytes([2, 3, 0, 0])),
        (0x0001, ASCII, (b"N" if lat >= 0 else b"S") + b"\0"),
        (0x0002, RATIONAL, dms(lat)),
        (0x0003, ASCII, (b"E" if lon >= 0 else b"W") + b"\0"),
        (0x0004, RATIONAL, dms(lon)),
    ]
    if alt is not None:
        ent += [(0x0005, BYTE, bytes([0])), (0x0006, RATIONAL, [Fraction(int(alt * 10), 10)])]
    return ent


class _Ifd:
    def __init__(self, entries: list) -> None:
        self.entries = sorted(entries, key=lambda e: e[0])

    def size(self) -> int:
        return 2 + 12 * len(self.entries) + 4

    def data_size(self) -> int:
        n = 0
        for _tag, typ, val in self.entries:
            ln = self._len(typ, val)
            if ln > 4:
                n += ln + (ln & 1)
        return n

    @staticmethod
    def _len(typ, val) -> int:
        if typ == RATIONAL:
            return 8 * len(val)
        if typ in (SHORT, LONG) and not isinstance(val, (bytes, bytearray)):
            return _SIZE[typ] * (len(val) if isinstance(val, (list, tuple)) else 1)
        return len(val)

    def pack(self, e: str, offset: int, resolve: dict) -> bytes:
        """offset: where this IFD starts; its data area follows right after it."""
        head = struct.pack(e + "H", len(self.entries))
        data = b""
        data_off = offset + self.size()
        for tag, typ, val in self.entries:
            if isinstance(val, str):  # placeholder resolved after layout
                val = resolve[val]
            if typ == RATIONAL:
                raw = b"".join(struct.pack(e + "II", f.numerator, f.denominator) for f in val)
                count = len(val)
            elif typ in (SHORT, LONG):
                vals = val if isinstance(val, (list, tuple)) else [val]
                raw = b"".join(struct.pack(e + ("H" if typ == SHORT else "I"), v) for v in vals)
                count = len(vals)
            else:
                raw = bytes(val)
                count = len(raw)
            if len(raw) <= 4:
                field = raw.ljust(4, b"\0")
            else:
                field = struct.pack(e + "I", data_off + len(data))
                data += raw + (b"\0" if len(raw) & 1 else b"")
            head += struct.pack(e + "HHI", tag, typ, count) + field
        head += struct.pack(e + "I", 0)
        return head + data


def tiff_structure(
    ifd0: list,
    exif: list | None = None,
    gps: list | None = None,
    endian: str = "<",
    strip: bytes | None = None,
) -> bytes:
    """A TIFF byte stream (also the body of an EXIF APP1 block after 'Exif\\0\\0').

    strip: raw pixel data for a real TIFF file; IFD0 must then contain tags with value
    'STRIP' (StripOffsets) -- resolved here.
    """
    ifd0 = list(ifd0)
    if exif:
        ifd0.append((EXIF_IFD, LONG, "EXIF"))
    if gps:
        ifd0.append((GPS_IFD, LONG, "GPS"))
    order = [("IFD0", _Ifd(ifd0))]
    if exif:
        order.append(("EXIF", _Ifd([*list(exif), (EXIF_VERSION, UNDEFINED, b"0232")])))
    if gps:
        order.append(("GPS", _Ifd(gps)))
    pos = 8
    offs = {}
    for name, ifd in order:
        offs[name] = pos
        pos += ifd.size() + ifd.data_size()
    offs["STRIP"] = pos
    out = (b"II*\0" if endian == "<" else b"MM\0*") + struct.pack(endian + "I", 8)
    for name, ifd in order:
        assert len(out) == offs[name]
        out += ifd.pack(endian, offs[name], offs)
    if strip is not None:
        out += strip
    return out


def picture(w: int = 96, h: int = 64, hue: int = 0) -> Image.Image:
    """A small deterministic picture (a 'campus' drawing)."""
    im = Image.new("RGB", (w, h), (200 - hue % 60, 220, 235))
    d = ImageDraw.Draw(im)
    d.rectangle([10, 25, w - 10, h - 6], fill=(150, 90 + hue % 80, 70))
    for x in range(16, w - 14, 12):
        d.rectangle([x, 32, x + 6, 40], fill=(240, 240, 200))
    d.rectangle([w // 2 - 5, h - 20, w // 2 + 5, h - 6], fill=(80, 50, 30))
    d.polygon([(6, 26), (w // 2, 8), (w - 6, 26)], fill=(60, 90, 140))
    return im


def jpeg(exif_tiff: bytes | None, hue: int = 0, xmp: str | None = None) -> bytes:
    buf = io.BytesIO()
    picture(hue=hue).save(buf, "JPEG", quality=85)
    data = buf.getvalue()
    assert data[:2] == b"\xff\xd8"
    # keep SOI + APP0 (JFIF) first, then our APP1 blocks
    app0_len = struct.unpack(">H", data[4:6])[0] if data[2:4] == b"\xff\xe0" else 0
    cut = 4 + app0_len if app0_len else 2
    segs = b""
    if exif_tiff is not None:
        payload = b"Exif\0\0" + exif_tiff
        segs += b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    if xmp is not None:
        payload = b"http://ns.adobe.com/xap/1.0/\0" + xmp.encode("utf-8")
        segs += b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return data[:cut] + segs + data[cut:]


def _chunk(typ: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + typ
        + data
        + struct.pack(">I", zlib.crc32(typ + data) & 0xFFFFFFFF)
    )


def png_text(key: str, value: str) -> bytes:
    return _chunk(b"tEXt", key.encode("latin-1") + b"\0" + value.encode("latin-1"))


def png_itxt(key: str, value: str, lang: str = "", tkey: str = "") -> bytes:
    return _chunk(
        b"iTXt",
        key.encode("latin-1")
        + b"\0"
        + b"\0\0"
        + lang.encode()
        + b"\0"
        + tkey.encode("utf-8")
        + b"\0"
        + value.encode("utf-8"),
    )


def png_exif(tiff: bytes) -> bytes:
    return _chunk(b"eXIf", tiff)


def png(extra_chunks: list[bytes], hue: int = 0) -> bytes:
    buf = io.BytesIO()
    picture(hue=hue).save(buf, "PNG", optimize=False, compress_level=9)
    data = buf.getvalue()
    sig, rest = data[:8], data[8:]
    ihdr_len = struct.unpack(">I", rest[:4])[0]
    ihdr = rest[: 12 + ihdr_len]
    return sig + ihdr + b"".join(extra_chunks) + rest[12 + ihdr_len :]


def _riff_chunk(fourcc: bytes, data: bytes) -> bytes:
    return fourcc + struct.pack("<I", len(data)) + data + (b"\0" if len(data) & 1 else b"")


def webp(exif_tiff: bytes | None = None, xmp: str | None = None, hue: int = 0) -> bytes:
    """Extended WebP (VP8X) around a lossless bitstream made by Pillow."""
    im = picture(hue=hue)
    buf = io.BytesIO()
    im.save(buf, "WEBP", lossless=True, quality=100, method=4)
    data = buf.getvalue()
    assert data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    pos, image_chunks = 12, []
    while pos < len(data):
        fourcc = data[pos : pos + 4]
        ln = struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        if fourcc in (b"VP8L", b"VP8 ", b"ALPH"):
            image_chunks.append(_riff_chunk(fourcc, data[pos + 8 : pos + 8 + ln]))
        pos += 8 + ln + (ln & 1)
    flags = (0x08 if exif_tiff else 0) | (0x04 if xmp else 0)
    w, h = im.size
    vp8x = bytes([flags, 0, 0, 0]) + (w - 1).to_bytes(3, "little") + (h - 1).to_bytes(3, "little")
    body = b"WEBP" + _riff_chunk(b"VP8X", vp8x) + b"".join(image_chunks)
    if exif_tiff:
        body += _riff_chunk(b"EXIF", exif_tiff)
    if xmp:
        body += _riff_chunk(b"XMP ", xmp.encode("utf-8"))
    return b"RIFF" + struct.pack("<I", len(body)) + body


def tiff_file(
    ifd0_extra: list,
    exif: list | None = None,
    gps: list | None = None,
    endian: str = "<",
    hue: int = 0,
) -> bytes:
    """An uncompressed RGB baseline TIFF with extra tags."""
    im = picture(hue=hue)
    w, h = im.size
    strip = im.tobytes()
    ifd0 = [
        (256, SHORT, w),
        (257, SHORT, h),
        (258, SHORT, [8, 8, 8]),
        (259, SHORT, 1),
        (262, SHORT, 2),
        (273, LONG, "STRIP"),
        (277, SHORT, 3),
        (278, SHORT, h),
        (279, LONG, len(strip)),
        (282, RATIONAL, [Fraction(72, 1)]),
        (283, RATIONAL, [Fraction(72, 1)]),
        (284, SHORT, 1),
        (296, SHORT, 2),
        *list(ifd0_extra),
    ]
    return tiff_structure(ifd0, exif, gps, endian, strip=strip)


def xmp_image(creator: str = "", description: str = "", rights: str = "") -> str:
    from xml.sax.saxutils import escape as x

    parts = ""
    if creator:
        parts += f"<dc:creator><rdf:Seq><rdf:li>{x(creator)}</rdf:li></rdf:Seq></dc:creator>"
    if description:
        parts += f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{x(description)}</rdf:li></rdf:Alt></dc:description>'
    if rights:
        parts += f'<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">{x(rights)}</rdf:li></rdf:Alt></dc:rights>'
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreatorTool>KazUTB media</xmp:CreatorTool>'
        f'{parts}</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )
