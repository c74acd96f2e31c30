"""XLSX through openpyxl, then re-packed deterministically."""

from __future__ import annotations

import datetime as dt
import io
import re

from openpyxl import Workbook

try:
    from . import _zipx
except ImportError:  # run as a script from this folder
    import _zipx

FIXED_DT = dt.datetime(2025, 9, 1, 9, 0, 0)


def new_workbook(creator: str = "KazUTB") -> Workbook:
    wb = Workbook()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb


_DATE_RE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def _fix(name: str, data: bytes) -> bytes:
    if name == "docProps/core.xml":
        data = _DATE_RE.sub(rb"\g<1>2025-09-01T09:00:00Z\g<3>", data)
    return data


def save(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return _zipx.renormalize(buf.getvalue(), _fix)
