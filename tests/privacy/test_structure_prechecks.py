"""The pre-checks that let the CSV and table passes skip rows find what the full passes do.

- structure._cell_pairs finds the pairs of cells _CELL_PAIR.finditer finds (it searches
  from the separator a pair starts behind instead of trying a look-behind everywhere);
- two ISO dates side by side (structure._dates_only) give no hit over both cells, in any
  row and under any header: row_hits with the pre-check equals row_hits without it, on
  rows that put every context word of the detectors before the dates (a date of birth,
  a phone, an ID card, a student number, an IIN); a date beside a two-digit number is
  not skipped, and the same rows show why: a student number can be made of it;
- encoded._may_hold_payloads / _may_hold_payload: lines whose long runs of base64
  characters are all letters or all digits are passed over, and base64_hits finds the
  same as reading every line.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Iterator
from unittest import mock

import pytest

from kazutb_transparency.privacy import encoded, structure
from kazutb_transparency.privacy.extract import project
from kazutb_transparency.privacy.hits import Hit
from kazutb_transparency.privacy.projection import Projection

_CONTEXTS = (
    "",
    "1",
    "Туған күні",
    "дата рождения г.р.",
    "date of birth",
    "телефон моб.",
    "phone",
    "ID card number паспорт",
    "студенттік билет",
    "student id",
    "ИИН",
    "May",
    "12 мая",
    "KZ86 N",
    "+7 707",
    "8 7",
)
_HEADERS = ("", "date of birth", "student id", "phone", "ИИН", "passport")


def _dates(rnd: random.Random, n: int) -> list[str]:
    fixed = ["1990-05-12", "2008-07-08", "2026-11-20", "1900-01-01", "2099-12-31", "2010-08-07"]
    fixed += ["2000-00-00", "1988-12-39", "2016-01-31", "1970-10-10"]
    # not of these centuries, or with a month or day no date has: not skipped
    fixed += ["8701-55-51", "7705-12-34", "2026-80-12", "2026-11-78", "1234-56-78"]
    return fixed + [
        f"{rnd.choice((19, 20))}{rnd.randrange(100):02d}-{rnd.choice(('0', '1'))}"
        f"{rnd.randrange(10) if rnd.random() < 0.8 else rnd.randrange(3)}-"
        f"{rnd.randrange(4)}{rnd.randrange(10)}"
        for _ in range(n)
    ]


def _rows(rnd: random.Random, second: list[str]) -> Iterator[tuple[str, str]]:
    """(CSV text, the two-column header) rows: a context cell, then a date and its
    neighbour, separated by commas (a tab in the projection) or pipes."""
    for first in _dates(rnd, 40):
        for other in second:
            context = rnd.choice(_CONTEXTS)
            header = rnd.choice(_HEADERS)
            yield f"note,{header},x\n{context},{first},{other}\n", header
            yield f"| {context} | {first} | {other} |\n", header


def _reference_row_hits(proj: Projection) -> list[Hit]:
    """row_hits as it was before the pre-checks: every pair of the regex, every pair
    worth joining joined."""
    text = proj.text
    found = []
    for m in structure._CELL_PAIR.finditer(text):
        a, b = m.span(1), m.span(2)
        if not structure._worth_joining(m.group(1), m.group(2)):
            continue
        line_start = text.rfind("\n", 0, a[0]) + 1
        header = f"{proj.header_at(a[0] + 1)} {proj.header_at(b[0] + 1)}".strip()
        context_from = max(line_start, a[0] - structure._CONTEXT_BEFORE)
        found += structure._pair_hits(text, a, b, header, context_from)
    return found


def _projection(text: str) -> Projection:
    return project(text, "csv") if "," in text else Projection.identity(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "12\t34",
        "\t12\t34|56\n|7 8|99\r\n12|",
        "\t\t\n||",
        "|A1|B2|\n|C3 |D4|\n",
        '"12 34"\t"56 78"\tKZ86 125K\tZT50 0410 0100\n',
        "x\t950312\t450670\n+7 701\t555 12 34\r\n",
    ],
)
def test_cell_pairs_are_the_regex_pairs(text: str) -> None:
    expected = [(m.span(1), m.span(2)) for m in structure._CELL_PAIR.finditer(text)]
    assert [(m.span(1), m.span(2)) for m in structure._cell_pairs(text)] == expected


def test_cell_pairs_on_random_rows() -> None:
    rnd = random.Random(7)
    for _ in range(200):
        text = "".join(rnd.choice('0123456789AZ |\t\n\r-"()+x') for _ in range(300))
        expected = [(m.span(1), m.span(2)) for m in structure._CELL_PAIR.finditer(text)]
        assert [(m.span(1), m.span(2)) for m in structure._cell_pairs(text)] == expected


def test_two_dates_are_skipped_and_give_nothing_joined() -> None:
    rnd = random.Random(11)
    rows = list(_rows(rnd, _dates(rnd, 10)))
    skipped = 0
    for text, _ in rows:
        proj = _projection(text)
        assert list(structure.row_hits(proj)) == _reference_row_hits(proj), text
        for m in structure._cell_pairs(proj.text):
            if structure._dates_only(m.group(1), m.group(2)):
                skipped += 1
                line_start = proj.text.rfind("\n", 0, m.start(1)) + 1
                a, b = m.span(1), m.span(2)
                for header in _HEADERS:
                    joined = structure._pair_hits(proj.text, a, b, header, line_start)
                    assert list(joined) == [], text
    # Most of these pairs were skipped (the others: months 13 to 19, not ISO dates).
    assert skipped > len(rows) // 2


def test_a_date_is_no_part_of_a_number_over_two_cells() -> None:
    """Joined without a space, "2026-11-20" and "12" read as a student number, a row's
    number and a date as a phone: a number split over two cells is split where people
    split it, and a date never is (structure._split_where_written)."""
    for text in (
        "note,student id,x\nстуденттік билет,2026-11-20,12\n",
        "№,дата,поставщик\n770,2025-08-03,ТОО «Мебель»\n",
    ):
        proj = _projection(text)
        assert _reference_row_hits(proj) == []
        assert list(structure.row_hits(proj)) == []


def test_pairs_the_pre_check_would_wrongly_skip_are_caught() -> None:
    """The comparison can fail: with a pre-check that skips every pair, row_hits misses
    what the reference finds (a phone split after its head)."""
    text = "name,phone,x\nбайланыс,+7 701,555 12 34\n"
    proj = _projection(text)
    assert {h.category for h in _reference_row_hits(proj)} == {"phone"}
    with mock.patch.object(structure, "_dates_only", lambda a, b: True):
        assert list(structure.row_hits(proj)) != _reference_row_hits(proj)


def _b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


_PAYLOAD_TEXTS = (
    "a,b\n" + "indistinguishable,1\n" * 5,
    "a\tb\nindistinguishable\t" + _b64("aigerim.seitkali@mail.kz") + "\n",
    "key: " + _b64("+7 701 555 12 34 Aigerim") + "\n",
    _b64("Ахметов Данияр Серикович") + "\n",
    "x\t" + _b64("timur.bek@mail.ru tel") + "\tindistinguishable\n",
    "ABCDEFGHIJKLMNOPQRS=\n",
    "12345678901234567890\nabcdefghijklmnopqrstuvwxyz\n",
    "word " + _b64("Сейтқали Әйгерім 870512400123") + " word\n",
    "indistinguishable" + _b64("a@b.kz x") + "\n",
)


def _reference_base64(text: str) -> list[Hit]:
    """base64_hits before the pre-checks: every line with a run of 16 read."""
    with (
        mock.patch.object(encoded, "_may_hold_payloads", lambda text: True),
        mock.patch.object(encoded, "_may_hold_payload", lambda text, start, end: True),
    ):
        return list(encoded.base64_hits(text))


@pytest.mark.parametrize("text", _PAYLOAD_TEXTS)
def test_base64_pre_checks_find_the_same(text: str) -> None:
    assert list(encoded.base64_hits(text)) == _reference_base64(text)


def test_base64_reference_finds_payloads() -> None:
    """The comparison above is not vacuous: payloads in these lines are found."""
    assert sum(bool(_reference_base64(text)) for text in _PAYLOAD_TEXTS) >= 3


def test_lines_of_long_words_are_passed_over() -> None:
    text = "a,b\n" + "indistinguishable,12345678901234567890\n" * 3
    assert not encoded._may_hold_payloads(text)
    assert encoded._may_hold_payloads(text + "ABCDEFGHIJKLMNOP=\n")
    assert encoded._may_hold_payload("x\tabcdefghijklmnop1\n", 0, 19)
    assert not encoded._may_hold_payload("x\tabcdefghijklmnop\n", 0, 18)
