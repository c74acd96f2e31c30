"""Personal data in the forms office software and everyday typing give it.

An independent review (27 Nov 2026) wrote a corpus of its own and found these missed: an IIN
a spreadsheet stored as a number (its leading zero lost), an IIN typed against its label,
phones whose dashes a word processor turned into en dashes or that are grouped with dots,
an e-mail with a full-width @ or spaces around it, a passport number with a space after
its N, a student number that begins with its year and a letter, a mailbox "at" a domain,
an account named by its network, a name followed by "of the University
of …", a name with an apostrophe. Each class is tested with several variants, and with
look-alikes that must stay clean.
"""

from __future__ import annotations

import pytest

from kazutb_transparency.privacy.allowlist import Allowlist
from kazutb_transparency.privacy.extract import project
from kazutb_transparency.privacy.identifiers import iin_check_digit
from kazutb_transparency.privacy.scanner import scan_projection


def _iin(first11: str) -> str:
    check = iin_check_digit(first11)
    assert check is not None, first11
    return first11 + str(check)


def _without_zero(birth: str) -> str:
    """An IIN of someone born in 2000–2009 (it begins with 0), as a spreadsheet keeps it."""
    for serial in range(1000, 2000):
        iin = _iin(f"{birth}5{serial:04d}")
        if iin_check_digit(iin[:11]) is not None and iin[0] == "0":
            return iin[1:]
    raise AssertionError(birth)


def found(text: str, fmt: str = "text") -> list[str]:
    return [f.category for f in scan_projection(project(text, fmt), Allowlist(), "t")]


LOST_ZERO = [_without_zero(b) for b in ("050317", "030912", "011231")]


@pytest.mark.parametrize("value", LOST_ZERO)
def test_an_iin_without_its_leading_zero_is_found_under_its_label(value: str) -> None:
    assert len(value) == 11
    assert found(f"№,ИИН,Курс\n1,{value},2\n", "csv") == ["iin"]
    assert found(f"Курс,ЖСН\n2,{value}\n", "csv") == ["iin"]
    assert found(f'[{{"iin": "{value}", "course": 2}}]', "json") == ["iin"]
    assert found(f"ИИН: {value}") == ["iin"]


@pytest.mark.parametrize("value", LOST_ZERO)
def test_eleven_digits_without_a_label_are_not_taken_for_an_iin(value: str) -> None:
    """The same digits as a count, an order number or an id column: no IIN word near."""
    assert found(f"order,amount\n{value},5\n", "csv") == []
    assert found(f"Тапсырыс нөмірі {value}") == []


@pytest.mark.parametrize("label", ["ИИН", "ЖСН", "IIN", "иин"])
def test_an_iin_typed_against_its_label_is_found(label: str) -> None:
    iin = _iin("05102151001")
    assert found(f"{label}{iin}") == ["iin"]
    assert found(f"Студент {label}{iin}, 2 курс") == ["iin"]


def test_an_iin_in_eight_and_four_digits_is_found() -> None:
    iin = _iin("97112440077")
    assert found(f"ЖСН/ИИН {iin[:8]} {iin[8:]}") == ["iin"]


def test_a_placeholder_of_one_repeated_digit_is_not_an_iin() -> None:
    assert found('{"bin": "000000000000", "iin": "111111111111"}', "json") == []


@pytest.mark.parametrize(
    "text",
    [
        "+7–707–123–45–67",  # en dashes, as Word's autocorrect writes them
        "тел. +7 707 123–45–67",
        "8 (701) 555‑12‑34",  # non-breaking hyphens
        "+7 701 555−12−34",  # minus signs
        "8.702.555.12.34",
        "+7.701.555.12.34",
        "Тел.: 25–14–78",  # a city number after a phone word
    ],
)
def test_phones_with_typographic_dashes_or_dots_are_found(text: str) -> None:
    assert found(text) == ["phone"]


@pytest.mark.parametrize(
    "text",
    [
        "2024–2025 оқу жылы",
        "10–15 студент, 20–25 қараша",
        "12.03.2024–15.04.2024",
        "версия 8.2.1.15.3",
        "беттер 101–115",
        "1.2.3.4.5.6.7.8.9.10",
    ],
)
def test_ranges_dates_and_versions_with_dashes_or_dots_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "sabina.zh＠gmail.com",  # full-width @
        "sabina.zh﹫gmail.com",  # small @
        "sabina.zh＠gmail．com",  # full-width @ and dot
        "Пишите: timur.bek @ mail.ru",
        "timur.bek@ mail.ru",
        "timur.bek @mail.ru",
        "E-mail: aigerim.seitkali at mail.ru",
        "mail: a_seitkali at gmail.com",
    ],
)
def test_e_mail_addresses_in_other_writings_are_found(text: str) -> None:
    assert found(text) == ["email"]


@pytest.mark.parametrize(
    "text", ["look at mail.kz", "e.g. at mail.ru", "x @ y.kz", "Meet @ 5pm", "see (a) and (b)"]
)
def test_prose_around_at_stays_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    ["Паспорт N 11223344", "Passport: N 12345678, valid until 2030", "Төлқұжат: N 11223344"],
)
def test_a_passport_number_with_a_space_after_its_n_is_found_after_its_word(text: str) -> None:
    assert found(text) == ["id-document"]


def test_a_spaced_n_number_without_a_word_for_a_document_stays_clean() -> None:
    assert found("Приказ N 12345678 от 12.03.2024") == []


@pytest.mark.parametrize(
    "text", ["Student ID 20B030512", "№ студбилета 21040512", "Студенттік билет: 21КЗ04051"]
)
def test_student_numbers_with_a_year_head_or_a_short_word_are_found(text: str) -> None:
    assert found(text) == ["student-id"]


def test_programme_and_group_codes_stay_clean() -> None:
    assert found("Программа 6B04101, группа 22ВТ-1, 2024 ж., student record 6B04101") == []


@pytest.mark.parametrize(
    "text", ["Instagram: aigerim.seitkali", "inst: aigerim_s", "Телеграм: @aru_t", "TG: aru_t"]
)
def test_an_account_named_by_its_network_is_found(text: str) -> None:
    assert found(text) == ["social-handle"]


@pytest.mark.parametrize(
    "text",
    [
        "Жарияланымдар (Instagram, TikTok, Facebook)",
        "Institute: Engineering",
        "In Python, @property and @staticmethod are decorators.",
    ],
)
def test_network_names_and_decorators_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Aigerim Seitkali of the University of Leeds spoke.",
        "Guest lecture by Emily Clarke of the University of Leeds.",
        "Michael O'Brien helped.",
        "Michael O’Brien helped.",
    ],
)
def test_names_of_people_of_an_institution_or_with_an_apostrophe_are_found(text: str) -> None:
    assert found(text) == ["person-name"]


@pytest.mark.parametrize(
    "text",
    [
        "Al-Farabi Kazakh National University",
        "Satbayev University and the University of Leeds",
        "роман Льва Толстого",
        "Вечер памяти Чингиза Айтматова.",
        "Chingiz Aitmatov's novels",
        "A talk on Yusuf Balasagun.",
    ],
)
def test_institutions_and_public_figures_stay_clean(text: str) -> None:
    assert found(text) == []
