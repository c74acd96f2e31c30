"""Check-digit helpers: IIN/BIN (Kazakhstan), Luhn, IBAN mod-97, ISBN-13."""

from __future__ import annotations

W1 = list(range(1, 12))
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def kz12_check(first11: str) -> int | None:
    """Check digit of a 12-digit IIN/BIN, or None when the number is invalid."""
    d = [int(c) for c in first11]
    c = sum(a * b for a, b in zip(d, W1, strict=False)) % 11
    if c == 10:
        c = sum(a * b for a, b in zip(d, W2, strict=False)) % 11
        if c == 10:
            return None
    return c


def kz12_valid(number: str) -> bool:
    number = number.replace(" ", "")
    if len(number) != 12 or not number.isdigit():
        return False
    c = kz12_check(number[:11])
    return c is not None and c == int(number[11])


def make_kz12(first11: str) -> str:
    """First 11 digits -> valid 12-digit number; bumps the serial when needed."""
    serial = int(first11[7:11])
    head = first11[:7]
    for k in range(10000):
        cand = head + f"{(serial + k) % 10000:04d}"
        c = kz12_check(cand)
        if c is not None:
            return cand + str(c)
    raise ValueError(first11)


def make_iin(yymmdd: str, century_sex: int, serial: str) -> str:
    """YYMMDD + century/sex digit (1..6) + 4 digits + check digit."""
    return make_kz12(f"{yymmdd}{century_sex}{serial}")


def make_bin(yymm: str, kind: int, attr: int, serial: str) -> str:
    """BIN: YYMM (registration) + 5th digit 4/5/6 (entity kind) + attr + 5 digits + check."""
    assert kind in (4, 5, 6)
    return make_kz12(f"{yymm}{kind}{attr}{serial}")


def luhn_check(body: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def luhn_valid(number: str) -> bool:
    n = number.replace(" ", "")
    return luhn_check(n[:-1]) == int(n[-1])


def make_card(first15: str) -> str:
    return first15 + str(luhn_check(first15))


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def make_iban(country: str, bban: str) -> str:
    chk = 98 - _iban_num(bban + country + "00") % 97
    return f"{country}{chk:02d}{bban}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def make_isbn13(first12: str) -> str:
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(first12))
    return first12 + str((10 - s % 10) % 10)


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
