"""Amounts of money and other quantities are not identifiers, and identifiers beside money
stay identifiers (privacy/amounts.py).

Random amounts of every length that has an identifier's shape, written as a finance
table writes them: with the gate before privacy/amounts.py, 10–11 % of these rows were
refused (phones, IINs, card numbers joined over two cells)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from kazutb_transparency.privacy import Allowlist, scan_file
from kazutb_transparency.privacy.amounts import is_quantity_header, separate_columns
from kazutb_transparency.privacy.synthetic import fake_iin

ROWS = 1_500


def _amounts(seed: int, digits: int, first: str = "") -> list[int]:
    """Random whole amounts of `digits` digits, beginning with one of `first` if given."""
    rnd = random.Random(seed)
    out = []
    while len(out) < ROWS:
        value = rnd.randrange(10 ** (digits - 1), 10**digits)
        if not first or str(value)[0] in first:
            out.append(value)
    return out


def _grouped(value: int) -> str:
    return f"{value:,}".replace(",", "\u00a0")  # as the site writes 1 257 000 ₸


def _table(headers: tuple[str, str], rows: list[tuple[object, object]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    return f"<html><body><article>{table}</article></body></html>"


def _csv(headers: tuple[str, str], rows: list[tuple[object, object]]) -> str:
    return ",".join(headers) + "\n" + "".join(f"{a},{b}\n" for a, b in rows)


def _scan(name: str, text: str, allowlist: Allowlist, prefilter: bool = True) -> list:
    return scan_file(Path(name), allowlist, data=text.encode(), prefilter=prefilter)


ELEVEN = _amounts(1, 11, "78")  # 70–99 bn: shaped like a phone (8 7xx …)
TWELVE = _amounts(2, 12)  # 100 bn and more: one in eleven passes an IIN's check digit
EIGHT = list(zip(_amounts(3, 8), _amounts(4, 8), strict=True))  # plan | actual: a card
YEARS = [(2000 + i % 27, v) for i, v in enumerate(_amounts(5, 8))]  # year | amount: an IIN
SIX = list(zip(_amounts(6, 6), _amounts(7, 6), strict=True))  # fee | fee: an IIN

AMOUNT_FILES = {
    "csv, a money column": (
        "finance.csv",
        _csv(("year", "income_kzt"), [(2000 + i % 27, v) for i, v in enumerate(ELEVEN + TWELVE)]),
    ),
    "csv, a Kazakh money column": (
        "finance.csv",
        _csv(("Жылы", "Кірісі, мың теңге"), [(2000 + i % 27, v) for i, v in enumerate(TWELVE)]),
    ),
    "html, tenge after the amount": (
        "finance.html",
        "<html><body><article><ul>"
        + "".join(f"<li>Кіріс: {_grouped(v)} ₸</li><li>Доход {v} тенге</li>" for v in ELEVEN)
        + "".join(f"<li>Income: KZT {v}</li>" for v in TWELVE)
        + "</ul></article></body></html>",
    ),
    "text, kopecks before the currency": (
        "report.txt",
        "".join(
            f"Остаток на конец {2000 + i % 27} года: {_grouped(v)},00 тенге.\n"
            for i, v in enumerate(ELEVEN)
        ),
    ),
    "markdown, tiyn, beside words a cut window would misread": (
        "procurement.md",
        "| № | Атауы | Сомасы, тиын |\n|---|---|---:|\n"
        + "".join(
            f"| {i} | {('Картридж', 'Оқушы үстелі')[i % 2]} (лот {i}) | {v} |\n"
            for i, v in enumerate(TWELVE)
        ),
    ),
    "yaml, a currency in the key": (
        "finances.yaml",
        "".join(f"- {{heading: h{i}, amount_kzt: {v}}}\n" for i, v in enumerate(ELEVEN + TWELVE))
        + "".join(f"- year: {2000 + i % 27}\n  total_kzt: {v}\n" for i, v in enumerate(TWELVE)),
    ),
    "json records, a currency in the key": (
        "finances.json",
        json.dumps([{"heading": f"h{i}", "amount_kzt": v} for i, v in enumerate(ELEVEN + TWELVE)]),
    ),
    "html table, a money header": (
        "finance.html",
        _table(("Жыл", "Сомасы, ₸"), [(2000 + i % 27, v) for i, v in enumerate(ELEVEN + TWELVE)]),
    ),
    "csv, plan and actual": ("budget.csv", _csv(("plan_kzt", "actual_kzt"), EIGHT)),
    "html table, plan and actual": ("budget.html", _table(("Жоспар", "Нақты"), EIGHT)),
    "csv, year and amount": ("budget.csv", _csv(("Год", "Сумма"), YEARS)),
    "csv, two fees": ("fees.csv", _csv(("fee_2025", "fee_2026"), SIX)),
    "html table, a count and a share": (
        "counts.html",
        _table(
            ("Количество студентов", "Доля, %"),
            list(zip(_amounts(8, 4), _amounts(9, 8), strict=True)),
        ),
    ),
}


@pytest.mark.parametrize("case", sorted(AMOUNT_FILES))
def test_amounts_are_not_identifiers(case: str, allowlist: Allowlist) -> None:
    name, text = AMOUNT_FILES[case]
    assert _scan(name, text, allowlist) == []
    assert _scan(name, text, allowlist, prefilter=False) == []


def test_the_same_amounts_under_headers_that_say_nothing_are_still_read(
    allowlist: Allowlist,
) -> None:
    """Without the headers the amounts above are refused as the gate refused them before:
    what decides is how a number is written, not its value (and the cases above would
    pass without this module if the gate read no numbers at all)."""
    assert _scan("x.csv", _csv(("a", "b"), EIGHT), allowlist)
    assert _scan("x.csv", _csv(("a", "b"), [(1, v) for v in TWELVE]), allowlist)
    assert _scan("x.html", _table(("A", "B"), [(1, v) for v in ELEVEN]), allowlist)


IIN = fake_iin(random.Random(11))
PHONE = "87071540123"

IDENTIFIER_FILES = {
    "csv, an IIN column beside a money column": (
        "payers.csv",
        _csv(("ЖСН", "Сомасы, ₸"), [(IIN, 150_000)]),
        "iin",
    ),
    "csv, a phone column beside a money column": (
        "contacts.csv",
        _csv(("Сумма", "Телефон"), [(150_000, PHONE)]),
        "phone",
    ),
    "csv, a phone word in a money column": (
        "payments.csv",
        _csv(("Бөлім", "Төлем"), [("бухгалтерия", f"тел. {PHONE}")]),
        "phone",
    ),
    "html, a payment office's phone after a money word": (
        "contacts.html",
        "<html><body><article><p>По вопросам оплаты: 8 707 154 01 23</p></article></body></html>",
        "phone",
    ),
    "html, a phone after a sentence that names the currency": (
        "contacts.html",
        "<html><body><article><p>Для оплаты в тенге звоните: 87071540123</p>"
        "</article></body></html>",
        "phone",
    ),
    "yaml, an IIN beside a money key": (
        "payers.yaml",
        f"- {{payer_iin: '{IIN}', amount_kzt: 150000}}\n",
        "iin",
    ),
    "csv, a card number in a money column": (
        "payments.csv",
        _csv(("amount_kzt", "note"), [("4400430123456789", "")]),
        "bank-card",
    ),
    "csv, an IIN split under one merged header": (
        "register.csv",
        "Өтініш,Сомасы,Сомасы\n1," + IIN[:6] + "," + IIN[6:] + "\n",
        "iin",
    ),
    "csv, an IIN split under headers that name it": (
        "register.csv",
        "Өтініш,ЖСН (1–6),ЖСН (7–12)\n1," + IIN[:6] + "," + IIN[6:] + "\n",
        "iin",
    ),
    "json, an IIN under a money key": (
        "payers.json",
        json.dumps([{"payer_iin": IIN, "amount_kzt": 150_000}]),
        "iin",
    ),
}


@pytest.mark.parametrize("case", sorted(IDENTIFIER_FILES))
def test_identifiers_beside_money_stay_identifiers(case: str, allowlist: Allowlist) -> None:
    name, text, category = IDENTIFIER_FILES[case]
    assert category in {f.category for f in _scan(name, text, allowlist)}
    assert category in {f.category for f in _scan(name, text, allowlist, prefilter=False)}


def test_which_headers_are_quantities() -> None:
    for header in ("План", "actual_kzt", "Кірісі, мың теңге", "Жылы", "Доля, %", "fee_2026"):
        assert is_quantity_header(header), header
    for header in ("Телефон", "ЖСН", "Card number", "Код", "", "Аты-жөні", "phone_amount"):
        assert not is_quantity_header(header), header
    assert not separate_columns("Сомасы", "Сомасы")  # one header over both: merged
    assert separate_columns("Жоспар", "Нақты")
    assert separate_columns("БИН/ИИН", "Год регистрации")
    assert not separate_columns("ИИН (1–6)", "ИИН (7–12)")
    assert not separate_columns("Жетекшінің телефоны (код)", "Нөмірі")
