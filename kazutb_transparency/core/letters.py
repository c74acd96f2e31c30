"""Digests that are published, written in the letters a–p instead of the hex digits 0–f.

The personal-data gate reads every published byte. A hex digest's digits are all decimal
digits once in a while (a 16-digit one about once in 1,900), and such a run reads as what
it looks like: 16 digits that pass the Luhn check as a card number, 12 as an IIN. A live
preview with a few thousand block digests refused a clean page for that. Written a–p, a
digest carries the same bits and never reads as a number.
"""

from __future__ import annotations

_LETTERS = str.maketrans("0123456789abcdef", "abcdefghijklmnop")


def in_letters(hex_digest: str) -> str:
    """The hex digest with each digit 0–f written as the letter a–p."""
    return hex_digest.translate(_LETTERS)
