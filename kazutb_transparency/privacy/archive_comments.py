"""The comments a ZIP archive keeps: one for the archive, one per member.

Archivers write them in UTF-8 when the member's UTF-8 flag is set, otherwise in the
system's code page: on a Russian or Kazakh Windows that is the OEM page 866.
"""

from __future__ import annotations

import zipfile

from kazutb_transparency.privacy.docparts import Part, text_parts

_UTF8_FLAG = 0x800


def archive_comment_parts(archive: zipfile.ZipFile) -> list[Part]:
    parts = text_parts("archive comment", [_decoded(archive.comment, utf8=False)])
    for info in archive.infolist():
        text = _decoded(info.comment, utf8=bool(info.flag_bits & _UTF8_FLAG))
        parts += text_parts(f"comment of member {info.filename}", [text])
    return parts


def _decoded(comment: bytes, utf8: bool) -> str:
    try:
        return comment.decode("utf-8")
    except UnicodeDecodeError:
        return comment.decode("utf-8" if utf8 else "cp866", "replace")
