"""Numbers that are amounts or quantities, which by chance have an identifier's shape.

A finance table holds amounts of every length: eleven digits that begin with 7 or 8 are
shaped like a phone (87 071 540 123 ₸, 87 bn tenge), twelve like an IIN (one in eleven
passes its check digit), and two neighbouring cells join into one (a plan and an actual of
eight digits each make a card number whose check digit holds one time in ten; a year and
an eight-digit amount an IIN). Measured on random amounts before this module: 11 % of the
rows of a plan/actual table of tens of millions of tenge were refused as card numbers,
10 % of amounts of 70–99 bn as phones (tests/privacy/test_amounts.py).

What decides is how the number is written, never the number alone:
- a currency right after the number or right before it (87 071 540 123 ₸, KZT 870…), a
  money word in its column header ("amount_kzt", "Сомасы, ₸"), or a currency in the key
  of a record's value (amount_kzt: 870… in YAML and JSON) makes a phone- or IIN-shaped
  number an amount. A money word in the text before it does not: "По вопросам
  оплаты: 8 707 …" is the payment office's phone;
- two neighbouring cells are not joined into one number when each has a header of its own
  that says it holds an amount, a count, a share or a year (plan | actual, year | amount),
  or one of them does and the other names an identifier (БИН/ИИН | year).

An identifier word wins over all of this: a header or label that names a phone, an IIN,
a card, an identity document or a student ("Телефон", "ЖСН", "card number") keeps the
number an identifier. Card numbers in one cell are never amounts (sixteen digits of tenge
are no one's budget).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kazutb_transparency.privacy import context
from kazutb_transparency.privacy.hits import Hit
from kazutb_transparency.privacy.projection import Projection

# Where a word starts and ends: not next to a letter (a digit or "_" may be there, as in
# the snake_case headers of a CSV: "actual_kzt", "fee_2026").
_B, _E = r"(?<![^\W\d_])", r"(?![^\W\d_])"
# Money, in kk, ru and en (stems: "сомасы", "суммы", "кірісі", "расходы").
_MONEY = (
    rf"₸|\$|€|₽|{_B}(?:kzt|тг|usd|eur|sum|fees?){_E}|теңге|тенге|tenge|тиын|tiyn|{_B}руб"
    r"|сома|сумм|amount|total|итог|барлығы|жиыны|budget|бюджет"
    r"|income|revenue|доход|выручк|кіріс|түсім|expenditure|expense|spending|расход|шығыс|шығын"
    r"|cost|стоимост|құн|price|цена|баға|ақы|оплат|плат[аы]|төлем|salary|жалақы|зарплат"
)
# Other quantities: plans and actuals, values, counts, shares and years.
_QUANTITY = (
    rf"{_B}(?:plan|план|факт|мән|year|жыл|год)|жоспар|actual|нақты|value|значени"
    rf"|count|{_B}number\s+of|{_B}no\.\s+of|саны|количеств|кол-во|число|{_B}числ"
    r"|%|percent|процент|пайыз|share|доля|үлес"
)
MONEY = re.compile(_MONEY, re.IGNORECASE)
QUANTITY = re.compile(f"{_MONEY}|{_QUANTITY}", re.IGNORECASE)
# A word that makes a number an identifier (context.py's, and a card's).
# "карта", "карточка", "картасы", not "картридж" or "картон".
_CARD = re.compile(rf"{_B}(?:карт(?:[аыуе]|ой|оч|ас)|cards?{_E}|cvv|cvc)", re.IGNORECASE)
_IDENTIFIER_WORDS = (
    context.PHONE,
    context.IIN,
    context.ID_DOCUMENT,
    context.STUDENT,
    _CARD,
)
# A currency written right after the number, or right before it.
_CURRENCY_AFTER = re.compile(
    r"(?:[.,][0-9]{1,2})?[ \u00a0\u202f]?"  # 87 089 786 823,00 тенге
    r"(?:₸|\$|€|₽|(?:kzt|тг|usd|eur)(?![^\W\d_])|теңге|тенге|tenge|тиын|tiyn|руб)",
    re.IGNORECASE,
)
_CURRENCY_BEFORE = re.compile(r"(?:₸|\$|€|₽|\bkzt|\busd|\beur)[ \u00a0\u202f]?\Z", re.IGNORECASE)
# The key of a record's value, one word naming a currency: "amount_kzt: " (YAML),
# "total_kzt\n\n" (a JSON key as the projection writes it), "fee_tenge=". One word only:
# "Для оплаты в тенге звоните: 8 707 …" is a phone.
_CURRENCY_KEY = re.compile(
    rf"{_B}(?:[^\W\d][\w.-]*?)?(?<![^\W\d_])(?:kzt|tenge|теңге|тенге|tiyn|тиын)(?![^\W\d_])[\w.-]*"
    r"[\"']?(?:[ \t]*[:=][ \t]*|\n\n)[\"']?\Z",
    re.IGNORECASE,
)
_AMOUNT_SHAPED = frozenset({"phone", "iin"})


def names_an_identifier(text: str) -> bool:
    """Whether a text (a header, the words around a number) names a phone, an IIN, a
    card, an identity document or a student."""
    return any(words.search(text) for words in _IDENTIFIER_WORDS)


_header_names_an_identifier = lru_cache(maxsize=4096)(names_an_identifier)  # headers repeat


@lru_cache(maxsize=4096)
def is_quantity_header(header: str) -> bool:
    """A column header that says its cells hold amounts, counts, shares or years."""
    return QUANTITY.search(header) is not None and not _header_names_an_identifier(header)


def separate_columns(header_a: str, header_b: str) -> bool:
    """Whether two neighbouring cells hold two data, each under a header of its own: two
    quantities (plan | actual, year | amount), or a quantity beside an identifier (БИН/ИИН
    | year of registration). Not one number split over them, which two headers naming the
    same identifier ("ИИН (1–6)" | "ИИН (7–12)"), a header without a kind ("Телефон
    (код)" | "Нөмірі") or one header over both (merged, or a sheet's title read as the
    header) may hold."""
    if header_a == header_b:
        return False
    quantity_a, quantity_b = is_quantity_header(header_a), is_quantity_header(header_b)
    if quantity_a and quantity_b:
        return True
    if quantity_a:
        return _header_names_an_identifier(header_b)
    return quantity_b and _header_names_an_identifier(header_a)


def _word_start(text: str, pos: int) -> int:
    """pos moved back to the start of the word it falls in (a window cut in "үстелі"
    would read "тел")."""
    pos = max(0, pos)
    while pos > 0 and text[pos - 1].isalnum():
        pos -= 1
    return pos


def _word_end(text: str, pos: int) -> int:
    """pos moved on to the end of the word it falls in."""
    while pos < len(text) and text[pos].isalnum():
        pos += 1
    return pos


def written_as_amount(proj: Projection, hit: Hit) -> bool:
    """Whether a phone- or IIN-shaped hit is an amount of money as the text writes it."""
    if hit.category not in _AMOUNT_SHAPED:
        return False
    text = proj.text
    if "\t" in text[hit.start : hit.end] or "|" in text[hit.start : hit.end]:
        return False  # joined over two cells (privacy/structure.py): no amount is written so
    near = text[
        _word_start(text, hit.start - context.BEFORE) : _word_end(text, hit.end + context.AFTER)
    ]
    if names_an_identifier(near):
        return False  # "тел. 8 707 …", "ЖСН: …" beside it: an identifier, whatever else
    header = proj.header_at(hit.start)
    if header:
        if _header_names_an_identifier(header):
            return False
        if MONEY.search(header):
            return True
    return bool(
        _CURRENCY_AFTER.match(text, hit.end)
        or _CURRENCY_BEFORE.search(text, max(0, hit.start - 5), hit.start)
        or _CURRENCY_KEY.search(text, max(0, hit.start - 48), hit.start)
    )
