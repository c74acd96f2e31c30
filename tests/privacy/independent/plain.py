"""Text, web and archive files of the corpus: HTML pages, CSV, JSON, XML, and the types the
gate cannot read (.tar.gz, .tar.bz2, .7z, .rtf, .doc), written byte-for-byte repeatable."""

from __future__ import annotations

import base64
import bz2
import gzip
import io
import json
import struct
import tarfile
import zlib


def utf8(text: str) -> bytes:
    return text.encode("utf-8")


def html(lang: str, title: str, body: str) -> bytes:
    """A whole HTML page; `body` is markup as written."""
    return utf8(
        f'<!doctype html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{title}</title></head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def json_bytes(value: object) -> bytes:
    return utf8(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def b64(text: str) -> str:
    return base64.b64encode(utf8(text)).decode("ascii")


def _tar(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for name, text in members.items():
            data = utf8(text)
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 1709287200  # 2024-03-01: fixed, so the corpus repeats
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def tar_gz(members: dict[str, str]) -> bytes:
    return gzip.compress(_tar(members), mtime=0)


def tar_bz2(members: dict[str, str]) -> bytes:
    return bz2.compress(_tar(members))


def _number(value: int) -> bytes:
    """7z's variable-length number, for values below 2**14."""
    if value < 0x80:
        return bytes([value])
    if value < 0x4000:
        return bytes([0x80 | (value >> 8), value & 0xFF])
    raise ValueError("the corpus' 7z writer keeps members below 16 KiB")


def seven_zip(name: str, text: str) -> bytes:
    """A 7z archive of one file stored with the Copy coder (no compression), as 7-Zip writes
    with -mx0: signature header, the packed stream, then the header."""
    data = utf8(text)
    file_name = name.encode("utf-16-le") + b"\x00\x00"
    header = b"".join(
        [
            b"\x01",  # Header
            b"\x04",  # MainStreamsInfo
            b"\x06" + _number(0) + _number(1) + b"\x09" + _number(len(data)) + b"\x00",
            b"\x07\x0b" + _number(1) + b"\x00",  # UnpackInfo, Folder: 1, not external
            b"\x01\x01\x00",  # one coder: id size 1, id 00 (Copy)
            b"\x0c" + _number(len(data)) + b"\x00",  # CodersUnpackSize, End
            b"\x08\x0a\x01" + struct.pack("<I", zlib.crc32(data)) + b"\x00",  # SubStreams: CRC
            b"\x00",  # end of MainStreamsInfo
            b"\x05" + _number(1),  # FilesInfo: 1 file
            b"\x11" + _number(len(file_name) + 1) + b"\x00" + file_name,  # Names
            b"\x00",  # end of FilesInfo
            b"\x00",  # end of Header
        ]
    )
    start = struct.pack("<QQI", len(data), len(header), zlib.crc32(header))
    signature = b"7z\xbc\xaf\x27\x1c\x00\x04" + struct.pack("<I", zlib.crc32(start)) + start
    return signature + data + header


def rtf(text: str) -> bytes:
    """An RTF document; every non-ASCII letter as \\uN? (RTF's Unicode escape)."""
    escaped = "".join(c if ord(c) < 128 else f"\\u{ord(c)}?" for c in text)
    return (
        "{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0 Times New Roman;}}"
        f"\\uc1\\f0\\fs24 {escaped}\\par}}"
    ).encode("ascii")


def word_html_doc(lang: str, text: str) -> bytes:
    """A .doc as many web systems write it: Word's HTML saved under the .doc name."""
    return utf8(
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word">'
        f'<head><meta charset="utf-8"><meta name="ProgId" content="Word.Document"></head>'
        f'<body lang="{lang}"><p class="MsoNormal">{text}</p></body></html>'
    )
