"""Deterministic ZIP writing."""

from __future__ import annotations

import io
import zipfile

FIXED = (1980, 1, 1, 0, 0, 0)


def zip_bytes(members, comment: bytes = b"", stored_first_mimetype: bool = False) -> bytes:
    """members: iterable of (name, data[, member_comment]) ; data str or bytes.

    A member named 'mimetype' is stored uncompressed (ODF/EPUB rule).
    """
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for m in members:
            name, data = m[0], m[1]
            mcomment = m[2] if len(m) > 2 else b""
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if mcomment:
                zi.comment = mcomment if isinstance(mcomment, bytes) else mcomment.encode("utf-8")
            zf.writestr(zi, data)
        if comment:
            zf.comment = comment
    return buf.getvalue()


def renormalize(data: bytes, rewrite=None) -> bytes:
    """Re-pack an existing ZIP with fixed timestamps; rewrite(name, bytes)->bytes optional."""
    src = zipfile.ZipFile(io.BytesIO(data))
    members = []
    for info in src.infolist():
        b = src.read(info.filename)
        if rewrite is not None:
            b = rewrite(info.filename, b)
        members.append((info.filename, b))
    return zip_bytes(members)
