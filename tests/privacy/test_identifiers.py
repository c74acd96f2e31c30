"""Check digits: IIN/BIN (both weight rounds), Luhn, IBAN mod-97."""

from __future__ import annotations

import random

import pytest

from kazutb_transparency.privacy.identifiers import (
    iban_ok,
    iin_check_digit,
    iin_checksum_ok,
    is_bin_structure,
    luhn_ok,
)
from kazutb_transparency.privacy.synthetic import fake_bin, fake_card, fake_iban, fake_iin

# Synthetic numbers found by search: the first weight round gives 10 for both.
SECOND_ROUND = "510825408493"  # second round (weights 3..11,1,2) gives 3
BOTH_TEN = "67121835119"  # both rounds give 10: no 12th digit makes a valid number


def test_first_round_check_digit() -> None:
    body = "9001013" + "0012"
    expected = sum(w * int(d) for w, d in zip(range(1, 12), body, strict=True)) % 11
    assert expected != 10
    assert iin_check_digit(body) == expected
    assert iin_checksum_ok(body + str(expected))
    assert not iin_checksum_ok(body + str((expected + 1) % 10))


def test_second_weights_when_first_round_gives_ten() -> None:
    body = SECOND_ROUND[:11]
    assert sum(w * int(d) for w, d in zip(range(1, 12), body, strict=True)) % 11 == 10
    assert iin_check_digit(body) == 3
    assert iin_checksum_ok(SECOND_ROUND)


def test_ten_again_is_invalid() -> None:
    assert iin_check_digit(BOTH_TEN) is None
    assert not any(iin_checksum_ok(BOTH_TEN + str(d)) for d in range(10))


@pytest.mark.parametrize(
    "value", ["12345678901", "1234567890123", "12345678901a", "１２３４５６７８９０１２"]
)
def test_iin_needs_twelve_ascii_digits(value: str) -> None:
    assert not iin_checksum_ok(value)


def test_bin_structure() -> None:
    rnd = random.Random(1)
    for _ in range(50):
        assert is_bin_structure(fake_bin(rnd))
        assert not is_bin_structure(fake_iin(rnd))  # day of birth's tens digit is 0–3
    assert not is_bin_structure("991340012345")  # month 13
    assert not is_bin_structure("990145012345")  # entity type 4, attribute 5
    assert not is_bin_structure("990130012345")  # type 3 is not a legal entity


def test_luhn() -> None:
    assert luhn_ok("4111111111111111")
    assert not luhn_ok("4111111111111112")
    assert luhn_ok("79927398713")
    assert not luhn_ok("7992739871a")
    rnd = random.Random(2)
    assert all(luhn_ok(fake_card(rnd)) for _ in range(50))


def test_iban_mod97() -> None:
    assert iban_ok("GB82 WEST 1234 5698 7654 32")  # the ISO 13616 example
    assert not iban_ok("GB82 WEST 1234 5698 7654 33")
    rnd = random.Random(3)
    for _ in range(50):
        iban = fake_iban(rnd)
        assert iban.startswith("KZ") and len(iban) == 20 and iban_ok(iban)
        spaced = " ".join(iban[i : i + 4] for i in range(0, 20, 4))
        assert iban_ok(spaced)
        assert not iban_ok(iban[:2] + f"{(int(iban[2:4]) + 1) % 100:02d}" + iban[4:])
    # A licence number passes mod-97 by chance, but it is 15 characters, not 20.
    assert not iban_ok("KZ70LAA00005828")
