"""Check digits of the identifiers the gate looks for: IIN/BIN, payment cards, IBANs."""

from __future__ import annotations

_W1 = tuple(range(1, 12))
_W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def iin_check_digit(first11: str) -> int | None:
    """The 12th digit of an IIN/BIN, or None when both weight rounds give 10 (no valid number)."""
    digits = [int(c) for c in first11]
    for weights in (_W1, _W2):
        check = sum(w * d for w, d in zip(weights, digits, strict=True)) % 11
        if check != 10:
            return check
    return None


def iin_checksum_ok(number: str) -> bool:
    """12 ASCII digits whose last digit is the check digit of the first 11."""
    if len(number) != 12 or not number.isascii() or not number.isdigit():
        return False
    return iin_check_digit(number[:11]) == int(number[11])


def iin_date_ok(digits: str) -> bool:
    """The first seven digits of an IIN: a date of birth YYMMDD and the century digit."""
    month, day = int(digits[2:4]), int(digits[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31 and digits[6] in "123456"


def is_bin_structure(number: str) -> bool:
    """Structure of a business identification number (public, unlike an IIN).

    YYMM registration date (month 01–12), digit 5 the entity type (4 resident legal
    entity, 5 non-resident, 6 individual entrepreneur in joint venture), digit 6 the
    attribute (0–4). An IIN has the day of birth's tens digit (0–3) in position 5, so
    the two never collide for birth-date-encoded IINs.
    """
    if len(number) != 12 or not number.isdigit():
        return False
    month = int(number[2:4])
    return 1 <= month <= 12 and number[4] in "456" and number[5] in "01234"


def luhn_ok(number: str) -> bool:
    """Luhn (mod 10) check of a digit string, as used by payment cards."""
    if not number.isascii() or not number.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


_IBAN_LENGTH = {"KZ": 20}
_IBAN_SEPARATORS = frozenset(" \u00a0.-")  # between the groups of four: KZ86-125K-...


def iban_ok(iban: str) -> bool:
    """ISO 13616 mod-97 check (and the length, for Kazakhstan); spaces, dots and dashes
    between the groups are ignored.

    The length matters: Kazakhstan licence numbers (KZ70LAA00005828) look like short
    IBANs and can pass mod-97 too.
    """
    compact = "".join(c for c in iban if c not in _IBAN_SEPARATORS).upper()
    if len(compact) < 5 or not compact.isascii() or not compact.isalnum():
        return False
    if len(compact) != _IBAN_LENGTH.get(compact[:2], len(compact)):
        return False
    rearranged = compact[4:] + compact[:4]
    as_digits = "".join(str(int(c, 36)) for c in rearranged)
    return int(as_digits) % 97 == 1


def compact_identifier(value: str) -> str:
    """Letters and digits only, upper case: how identifiers are compared with the allowlist."""
    return "".join(c for c in value if c.isalnum()).upper()
