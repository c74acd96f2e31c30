"""Masked excerpts keep the shape and never the value."""

from __future__ import annotations

import random
import re

import pytest

from kazutb_transparency.privacy import Allowlist, scan_text
from kazutb_transparency.privacy.mask import mask
from kazutb_transparency.privacy.synthetic import fake_card, fake_iban, fake_iin


@pytest.mark.parametrize(
    ("category", "value", "masked"),
    [
        ("phone", "87011234567", "8701***4567"),
        ("phone", "+7 701 123 45 67", "+7701***4567"),
        ("iin", "900101300123", "9001***0123"),
        ("email", "aigerim@mail.kz", "a***@m***.kz"),
        ("person-name", "Сарсенова А.Б.", "Сар*** А***"),
        ("person-name", "А. Б. Сарсенова", "А*** Б*** Сар***"),
        ("person-name", "Aigerim Bolatovna Sarsenova", "Aig*** B*** S***"),
        ("birth-date", "12.03.1990", "**.**.****"),
        ("birth-date", "12 марта 1990 г.", "** м*** **** г***."),
        ("id-document", "N12345678", "N1***78"),
        ("bank-card", "4400 4301 2345 6789", "4400***6789"),
        ("iban", "KZ86 125K ZT50 0410 0100", "KZ86***0100"),
    ],
)
def test_masks(category: str, value: str, masked: str) -> None:
    assert mask(category, value) == masked


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def test_masked_excerpts_never_contain_the_value() -> None:
    rnd = random.Random(9)
    for _ in range(30):
        iin, card, iban = fake_iin(rnd), fake_card(rnd), fake_iban(rnd)
        text = (
            f"ИИН {iin}; карта {card}; IBAN {iban}; тел. +7 701 555 {rnd.randint(10, 99)} 34; "
            "почта aigerim.sarsenova@mail.kz; Сарсенова Айгерим Болатовна; "
            "туған күні 12.03.1990; паспорт N12345678"
        )
        findings = scan_text(text, Allowlist())
        assert len(findings) == 8
        for f in findings:
            assert "***" in f.excerpt
            for value in (
                iin,
                card,
                iban,
                "7015555",
                "aigerim.sarsenova",
                "Сарсенова",
                "Айгерим",
                "12.03.1990",
                "12345678",
            ):
                assert value not in f.excerpt
            # At most 8 digits of any number survive, never a whole identifier.
            assert len(_digits(f.excerpt)) <= 8
