"""Check digits of the identifiers in the corpus: every invented number is valid in form, so
a gate cannot pass it for a wrong checksum."""

from __future__ import annotations

from datetime import date

# Weights of the IIN's check digit: the first pass, then the second when the first gives 10.
_IIN_FIRST = range(1, 12)
_IIN_SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def iin_check_digit(first11: str) -> int | None:
    """The 12th digit of an IIN or BIN, or None when both passes give 10 (no valid number)."""
    digits = [int(d) for d in first11]
    check = sum(w * d for w, d in zip(_IIN_FIRST, digits, strict=True)) % 11
    if check == 10:
        check = sum(w * d for w, d in zip(_IIN_SECOND, digits, strict=True)) % 11
    return None if check == 10 else check


def iin(born: date, female: bool, serial: int) -> str:
    """A valid IIN: YYMMDD, the century-and-sex digit, a 4-digit serial, the check digit.
    The serial is moved on until the check digit exists."""
    century = {18: 1, 19: 3, 20: 5}[born.year // 100] + int(female)
    while True:
        first11 = f"{born:%y%m%d}{century}{serial:04d}"
        check = iin_check_digit(first11)
        if check is not None:
            return f"{first11}{check}"
        serial += 1


def bin_number(registered: date, kind: int, serial: int) -> str:
    """A valid BIN of a legal entity: YYMM, the kind digit (4 resident, 5 non-resident,
    6 sole proprietor's joint venture), an attribute digit, a 5-digit serial, the check."""
    while True:
        first11 = f"{registered:%y%m}{kind}0{serial:05d}"
        check = iin_check_digit(first11)
        if check is not None:
            return f"{first11}{check}"
        serial += 1


def iban_kz(bank: str, account: str) -> str:
    """A Kazakh IBAN (20 characters) with its mod-97 check digits: bank code (3), account (13)."""
    bban = f"{bank}{account}".upper()
    if len(bban) != 16 or not bban.isalnum():
        raise ValueError(f"a Kazakh BBAN has 16 letters and digits, not {bban!r}")
    numeric = "".join(str(int(c, 36)) for c in f"{bban}KZ00")
    return f"KZ{98 - int(numeric) % 97:02d}{bban}"


def iban_is_valid(iban: str) -> bool:
    compact = iban.replace(" ", "").replace("-", "").upper()
    numeric = "".join(str(int(c, 36)) for c in compact[4:] + compact[:4])
    return int(numeric) % 97 == 1


def luhn_complete(prefix: str) -> str:
    """`prefix` (a card number less its last digit) with the Luhn check digit added."""
    total = 0
    for position, char in enumerate(reversed(prefix)):
        digit = int(char)
        if position % 2 == 0:  # every second digit from the right, the check digit not yet there
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return f"{prefix}{(10 - total % 10) % 10}"


def isbn13(first12: str) -> str:
    """An ISBN-13 with its check digit (weights 1 and 3)."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return f"{first12}{(10 - total % 10) % 10}"


def _mrz_value(char: str) -> int:
    if char == "<":
        return 0
    return int(char) if char.isdigit() else ord(char) - ord("A") + 10


def mrz_check(field: str) -> str:
    """The ICAO 9303 check digit of an MRZ field (weights 7, 3, 1)."""
    return str(sum(_mrz_value(c) * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10)


def passport_mrz(
    surname: str, given: str, number: str, born: date, male: bool, expires: date
) -> tuple[str, str]:
    """The two 44-character lines of a Kazakh passport's machine-readable zone (TD3)."""
    line1 = f"P<KAZ{surname}<<{given.replace(' ', '<')}".ljust(44, "<")
    number = number.ljust(9, "<")
    birth = f"{born:%y%m%d}"
    expiry = f"{expires:%y%m%d}"
    personal = "<" * 14
    line2 = (
        f"{number}{mrz_check(number)}KAZ{birth}{mrz_check(birth)}{'M' if male else 'F'}"
        f"{expiry}{mrz_check(expiry)}{personal}<"
    )
    composite = line2[0:10] + line2[13:20] + line2[21:43]
    line2 += mrz_check(composite)
    if len(line1) != 44 or len(line2) != 44:
        raise ValueError("an MRZ line of a passport has 44 characters")
    return line1, line2
