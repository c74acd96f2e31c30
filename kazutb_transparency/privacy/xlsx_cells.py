"""Typed spreadsheet cells read back as a person sees them in Excel.

An IIN typed into a cell is stored as a number, often in E notation
(<v>9.50312450670E+11</v>) and shown through the format "0" as 950312450670; a birth
date is stored as a serial day number (35136) and shown as 12.03.1996. The gate reads
what is shown: numbers as their digits, date-formatted cells as dates, and serial
numbers under a birth-date header as dates even when the cell has no date format.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

# Built-in number formats that show a date (ECMA-376 18.8.30).
_BUILTIN_DATES = frozenset({14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57})
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
_DATE_CODES = re.compile(r"[dmy]", re.IGNORECASE)
_BIRTH_HEADER = re.compile(
    r"туған|туыл|рожд|birth|\bborn\b|\bd\.?o\.?b\b|\bдр\b|\bд\.\s?р\.", re.IGNORECASE
)
_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's 1900 leap-year bug included)
_SERIALS = (1, 80_000)  # 1900 … 2119


def date_styles(styles_root, local) -> frozenset[int]:
    """Indexes of the cell formats (cellXfs) that show a date."""
    if styles_root is None:
        return frozenset()
    custom: dict[int, str] = {}
    xfs: list[int] = []
    for element in styles_root.iter():
        tag = local(element.tag)
        if tag == "numFmt":
            try:
                custom[int(element.get("numFmtId", "-1"))] = element.get("formatCode", "")
            except ValueError:
                continue
        elif tag == "cellXfs":
            for xf in element:
                try:
                    xfs.append(int(xf.get("numFmtId", "0")))
                except ValueError:
                    xfs.append(0)
    dated = set()
    for index, fmt in enumerate(xfs):
        code = custom.get(fmt)
        if fmt in _BUILTIN_DATES or (
            code is not None and _DATE_CODES.search(_QUOTED.sub("", code))
        ):
            dated.add(index)
    return frozenset(dated)


# A fraction written with more digits than a double holds (0.5610000000000001): shown
# with the 15 significant digits a spreadsheet shows (0.561), as a reader sees it.
_LONG_FRACTION = re.compile(r"-?[0-9]*\.[0-9]{16,}")


def shown_number(value: str) -> str:
    """9.50312450670E+11 → 950312450670; 3.5 stays 3.5; 0.5610000000000001 → 0.561; not a
    number: as written."""
    if _LONG_FRACTION.fullmatch(value):
        return f"{float(value):.15g}"
    if "E" not in value.upper() and not value.endswith(".0"):
        return value
    try:
        number = Decimal(value)
    except InvalidOperation:
        return value
    if number == number.to_integral_value() and abs(number) < Decimal("1e20"):
        return str(int(number))
    return value


def serial_date(value: str) -> str | None:
    """35136 → 12.03.1996; None if the value is not a day serial."""
    try:
        number = float(value)
    except ValueError:
        return None
    if not _SERIALS[0] <= number < _SERIALS[1]:
        return None
    day = _EPOCH + timedelta(days=int(number))
    return day.strftime("%d.%m.%Y")


def is_birth_header(header: str) -> bool:
    return _BIRTH_HEADER.search(header) is not None
