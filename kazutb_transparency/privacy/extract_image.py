"""Photos and pictures: the text a camera, an editor or a person wrote into the file.

EXIF text fields (Artist, ImageDescription, Copyright, UserComment with its character
code prefix, the Windows XP fields in UCS-2, the camera owner's name), IPTC fields, XMP
packets (JPEG APP1, PNG iTXt, WebP, GIF, TIFF), PNG tEXt/zTXt/iTXt chunks, JPEG COM
segments and GIF comment extensions. GPS coordinates are a finding by themselves: they
locate a person's home.
"""

from __future__ import annotations

import io
import re

from kazutb_transparency.privacy.docparts import PERSON_FIELDS, Part, Unreadable
from kazutb_transparency.privacy.xmp import xmp_parts

# EXIF tags that can name or locate a person. The body or lens serial number is not a
# person's and is not read.
_IFD0_TEXT = {
    0x010D: "DocumentName",
    0x010E: "ImageDescription",
    0x011D: "PageName",
    0x013B: "Artist",
    0x013C: "HostComputer",
    0x8298: "Copyright",
}
_EXIF_TEXT = {0xA430: "CameraOwnerName", 0x9286: "UserComment"}
_EXIF_XP = {0x9C9B: "XPTitle", 0x9C9C: "XPComment", 0x9C9D: "XPAuthor", 0x9C9E: "XPKeywords",
            0x9C9F: "XPSubject"}  # fmt: skip
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_OWNERS = frozenset({"Artist", "XPAuthor", "Copyright", "CameraOwnerName", "Author"})
# IPTC datasets (record 2) that are dates, times or codes, not text anyone typed.
_IPTC_NOT_TEXT = frozenset({0, 10, 15, 20, 30, 35, 55, 60, 62, 63, 70, 75, 100, 101, 103})
_IPTC_PERSON = {80: "By-line", 122: "Writer"}
_XMP_PACKET = re.compile(rb"<x:xmpmeta\b.*?</x:xmpmeta>", re.DOTALL)


def image_parts(data: bytes) -> list[Part]:
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        exif = image.getexif()
        exif_ifd = exif.get_ifd(_EXIF_IFD)
        gps = exif.get_ifd(_GPS_IFD)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise Unreadable(f"not a readable image ({exc})") from exc
    parts = []
    for tags, values in ((_IFD0_TEXT, exif), (_EXIF_TEXT, exif_ifd), (_EXIF_XP, exif)):
        for tag, field in tags.items():
            text = exif_text(field, values.get(tag))
            if text:
                parts.append(Part(f"EXIF {field}", text, person_field=field in _OWNERS))
    if gps and (2 in gps or 4 in gps):  # GPSLatitude / GPSLongitude
        parts.append(Part("EXIF GPS position", "GPS", gps=True))
    parts += _comments(image)
    parts += _iptc(image)
    packets = _text_chunks(image, parts)
    xmp = image.info.get("xmp")
    if xmp:
        packets.append(xmp if isinstance(xmp, bytes) else str(xmp).encode("utf-8"))
    packets += _raw_xmp(data)
    seen: set[bytes] = set()
    for packet in packets:
        packet = packet.strip()
        if packet not in seen:
            seen.add(packet)
            parts += xmp_parts(packet)
    parts = list(dict.fromkeys(parts))  # a packet read both by Pillow and raw counts once
    if not any(p.gps for p in parts) and any(_COORDINATES.search(p.text) for p in parts):
        parts.append(Part("position written in the metadata", "GPS", gps=True))
    return parts


# A position written as text in a photo's description or comment ("51.128310, 71.430520"):
# where the photo was taken, as the GPS fields say it. Degrees with at least four decimals
# (about 10 m), latitude first.
_COORDINATES = re.compile(
    r"(?<![0-9.])-?(?:[0-8]?[0-9]|90)\.[0-9]{4,}°?[NS]?,?[ \u00a0]+"
    r"-?(?:1[0-7][0-9]|[0-9]{1,2}|180)\.[0-9]{4,}°?[EW]?(?![0-9])"
)


def exif_text(field: str, value) -> str:
    """An EXIF value as text: UCS-2 little-endian for the XP fields, the character code
    prefix of UserComment (ASCII, UNICODE, JIS, undefined) honoured."""
    if isinstance(value, tuple) and all(isinstance(v, int) for v in value):
        value = bytes(value)
    if field.startswith("XP") and isinstance(value, bytes):
        value = value.decode("utf-16-le", "replace")
    elif field == "UserComment" and isinstance(value, bytes):
        value = user_comment(value)
    elif isinstance(value, bytes):
        value = _decoded(value)
    return utf8_repaired(str(value)).strip(" \x00\r\n\t") if value is not None else ""


def utf8_repaired(text: str) -> str:
    """UTF-8 bytes that a reader took for Latin-1 (an EXIF ASCII tag or a PNG tEXt chunk
    holding UTF-8, as phones and tools write them): Ð¢Ò¯Ð»ÐµÐº → Түлек."""
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def user_comment(value: bytes) -> str:
    code, payload = value[:8], value[8:]
    if code == b"UNICODE\x00":
        if payload[:2] in (b"\xff\xfe", b"\xfe\xff"):
            return payload.decode("utf-16", "replace")
        # No mark: the byte order of the file; the zero bytes of ASCII-range text show it.
        little = payload[1::2].count(0) >= payload[0::2].count(0)
        return payload.decode("utf-16-le" if little else "utf-16-be", "replace")
    if code == b"JIS\x00\x00\x00\x00\x00":
        codec = "iso2022_jp" if b"\x1b" in payload else "shift_jis"
        return payload.decode(codec, "replace")
    if code in (b"ASCII\x00\x00\x00", b"\x00" * 8):
        return _decoded(payload)
    return _decoded(value)  # no prefix: some writers leave it out


def _decoded(value: bytes) -> str:
    """UTF-8 if it is; otherwise the Cyrillic code page office software writes."""
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("cp1251", "replace")


def _comments(image) -> list[Part]:
    """JPEG COM segments (every one of them) and the GIF comment extension."""
    fmt = image.format or "image"
    comments = [data for marker, data in getattr(image, "applist", []) if marker == "COM"]
    if not comments and image.info.get("comment"):
        comments = [image.info["comment"]]
    parts = []
    for comment in comments:
        text = _decoded(comment) if isinstance(comment, bytes) else str(comment)
        if text.strip(" \x00"):
            parts.append(Part(f"{fmt} comment", text.strip(" \x00")))
    return parts


def _iptc(image) -> list[Part]:
    from PIL import IptcImagePlugin

    try:
        info = IptcImagePlugin.getiptcinfo(image) or {}
    except (OSError, ValueError, SyntaxError, IndexError, KeyError) as exc:
        raise Unreadable(f"its IPTC block cannot be read ({exc})") from exc
    parts = []
    for (record, dataset), value in info.items():
        if record != 2 or dataset in _IPTC_NOT_TEXT:
            continue
        for item in value if isinstance(value, list) else [value]:
            text = _decoded(item).strip() if isinstance(item, bytes) else ""
            if text:
                field = _IPTC_PERSON.get(dataset, f"2:{dataset}")
                parts.append(Part(f"IPTC {field}", text, person_field=dataset in _IPTC_PERSON))
    return parts


def _text_chunks(image, parts: list[Part]) -> list[bytes]:
    """PNG tEXt, zTXt and iTXt chunks as parts; the XMP ones returned as packets."""
    packets: list[bytes] = []
    try:
        texts = getattr(image, "text", None) or {}
    except (OSError, ValueError, SyntaxError):
        texts = {}
    for key, value in texts.items():
        if key.casefold() == "xml:com.adobe.xmp":
            packets.append(str(value).encode("utf-8"))
        elif str(value).strip():
            text = utf8_repaired(str(value))
            parts.append(Part(f"PNG {key}", text, person_field=key in PERSON_FIELDS))
    return packets


def _raw_xmp(data: bytes) -> list[bytes]:
    """XMP packets stored uncompressed in any container (JPEG APP1, PNG iTXt, WebP, GIF,
    TIFF): the packet is plain XML inside the file whatever the container calls it."""
    if b"<x:xmpmeta" not in data:
        return []
    return [m.group() for m in _XMP_PACKET.finditer(data)]
