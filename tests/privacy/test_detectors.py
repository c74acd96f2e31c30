"""Numbers, dates and addresses, one category at a time, in kk, ru and en."""

from __future__ import annotations

import random

import pytest

from kazutb_transparency.privacy import Allowlist, load_allowlist, scan_text
from kazutb_transparency.privacy.allowlist import AllowlistFile
from kazutb_transparency.privacy.identifiers import luhn_ok
from kazutb_transparency.privacy.synthetic import fake_bin, fake_card, fake_iban, fake_iin

RND = random.Random(42)
IIN = fake_iin(RND)
BIN = fake_bin(RND)
CARD = fake_card(RND)
IBAN = fake_iban(RND)
EMPTY = Allowlist()


def categories(text: str, allowlist: Allowlist = EMPTY) -> list[str]:
    return [f.category for f in scan_text(text, allowlist)]


# --- IIN ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [f"ЖСН {IIN}", f"ИИН: {IIN}.", f"IIN {IIN}", f"({IIN})", IIN])
def test_iin_found(text: str) -> None:
    assert categories(text) == ["iin"]


@pytest.mark.parametrize(
    "text",
    [
        f"БИН {BIN}",  # business identification number: public
        f"{IIN}5",  # part of a longer digit run
        f"7{IIN}",
        f"AB{IIN}",  # part of an alphanumeric code
        f"{IIN}KZ",
        f"0.{IIN}",  # decimal fraction
        IIN[:11] + str((int(IIN[11]) + 1) % 10),  # wrong check digit
        "000017002931",  # an inventory number: its check digit holds, but 00.00 is no date
    ],
)
def test_iin_not_found(text: str) -> None:
    assert categories(text) == []


# --- phones ------------------------------------------------------------------------

PHONES = [
    "+7 701 555 12 34",
    "8 (7172) 55-12-34",
    "87015551234",
    "+7-701-555-1234",
    "8 701 555 1234",
    "+7 (701) 555-12-34",
    "+77015551234",
    "8-701-555-12-34",
    "+7\u00a0701\u00a0555\u00a012\u00a034",
    "+998 90 555 12 34",  # other countries' numbers are personal too
]


@pytest.mark.parametrize("phone", PHONES)
@pytest.mark.parametrize("lead", ["тел. ", "Телефон: ", "phone ", ""])
def test_phone_formats(phone: str, lead: str) -> None:
    assert categories(f"{lead}{phone}.") == ["phone"]


@pytest.mark.parametrize(
    "text",
    [
        "8.5.1",
        "2024-2025",
        "7M04105",
        "8D04105",
        "010000",
        "8 000 000 тенге",
        "+7 %",
        "87,5 %",
        "ISO 9001:2015",
        "8 (7172) 55",
        "1 250 000 000",
        "8 800 080 08 08",
    ],
)
def test_not_phones(text: str) -> None:
    assert categories(text) == []


def test_institutional_phones_match_in_any_writing() -> None:
    allowlist = load_allowlist()
    for text in (
        "+7 (7172) 57-88-15",
        "8 7172 578815",
        "+77172578815",
        "8-708-425-06-60",
        "+7 708 4250660",
        "87016025353",
        "+7 (701) 602 53 53",
        "8 701 602 5353",
    ):
        assert categories(text, allowlist) == [], text
    assert categories("+7 701 602 53 54", allowlist) == ["phone"]


# --- e-mail ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a.sarsenova@mail.kz",
        "Пошта: Aigerim_S+news@Gmail.com.",
        "<a.b-c@sub.domain.kz>",
        "жазыңыз: n.akhmetov@inbox.kz,",
    ],
)
def test_email_found(text: str) -> None:
    assert categories(text) == ["email"]


@pytest.mark.parametrize("text", ["@kaztbu", "@context", "user@localhost", "a@b", "x @ y.kz"])
def test_not_emails(text: str) -> None:
    assert "email" not in categories(text)


def test_allowlisted_email_is_case_insensitive() -> None:
    allowlist = Allowlist.from_file(
        AllowlistFile.model_validate(
            {"emails": [{"address": "Priem@Kaztbu.edu.kz", "reason": "admissions"}]}
        )
    )
    assert categories("priem@kaztbu.edu.kz, PRIEM@KAZTBU.EDU.KZ", allowlist) == []
    assert categories("rector.office@kaztbu.edu.kz", allowlist) == ["email"]


# --- cards and IBANs ----------------------------------------------------------------


def test_cards() -> None:
    groups = [CARD[i : i + 4] for i in range(0, 16, 4)]
    for text in (CARD, " ".join(groups), "-".join(groups), f"Карта: {' '.join(groups)}."):
        assert categories(text) == ["bank-card"], text
    bad = CARD[:15] + str((int(CARD[15]) + 1) % 10)
    assert categories(bad) == []
    assert categories(" ".join(groups) + " 1234") == []  # part of a longer group sequence
    assert categories(f"{groups[0]} {groups[1]}-{groups[2]} {groups[3]}") == []  # mixed
    # A register's number or a timestamp that passes Luhn but begins as no card does.
    for head in ("0", "1", "7", "8", "9", "2209", "2730", "34"):
        body = head + CARD[len(head) : 15]
        number = next(body + d for d in "0123456789" if luhn_ok(body + d))
        assert categories(" ".join(number[i : i + 4] for i in range(0, 16, 4))) == [], number
    for head in ("2200", "2720", "35", "51", "62"):  # Mir, Mastercard, JCB, UnionPay
        body = head + CARD[len(head) : 15]
        number = next(body + d for d in "0123456789" if luhn_ok(body + d))
        assert categories(number) == ["bank-card"], number


def test_a_birth_date_before_the_abbreviation_for_born() -> None:
    assert categories("Сейтқали Айгерім, 12.03.2005 ж.т.") == ["person-name", "birth-date"]
    assert categories("Оқулықтар, кітаптар ж.т.б. 12.03.2005 бастап") == []  # and so on


def test_ibans() -> None:
    spaced = " ".join(IBAN[i : i + 4] for i in range(0, 20, 4))
    for text in (IBAN, spaced, f"IBAN: {spaced}.", f"шот {IBAN}"):
        assert categories(text) == ["iban"], text
    assert categories("KZ70LAA00005828") == []  # licence number
    assert categories(IBAN[:2] + f"{(int(IBAN[2:4]) + 1) % 100:02d}" + IBAN[4:]) == []


def test_allowlisted_identifier() -> None:
    allowlist = Allowlist.from_file(
        AllowlistFile.model_validate(
            {
                "identifiers": [
                    {
                        "value": " ".join(IBAN[i : i + 4] for i in range(0, 20, 4)),
                        "reason": "university account",
                    }
                ]
            }
        )
    )
    assert categories(f"IBAN {IBAN}", allowlist) == []


# --- identity documents ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "N12345678",
        "Төлқұжат: N12345678",
        "Жеке куәлік № 012345678",
        "жеке куәлігі 012345678, берілген күні 2015 ж.",
        "Куәлік нөмірі: 045678912",
        "Удостоверение личности № 012345678",
        "уд. личности 012345678",
        "паспорт 012345678",
        "ID card 012345678",
        "Identity card No. 012345678",
        "012345678 (удостоверение личности)",
    ],
)
def test_id_documents(text: str) -> None:
    assert categories(text) == ["id-document"]


@pytest.mark.parametrize(
    "text",
    [
        "№ 012345678",
        "Бұйрық 012345678",
        "Паспорт процесса ҚазТБУ-П/Р-ПАК-4.1/6.3-2026-01",
        "Удостоверение личности. Приказ 012345678",
        "N1234567",
        "AN12345678",
    ],
)
def test_not_id_documents(text: str) -> None:
    assert categories(text) == []


# --- birth dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Туған күні: 12.03.1990",
        "туған күні 12 наурыз 1990",
        "1990 жылы 12 наурызда туған",
        "12.03.1990 ж. туған",
        "Дата рождения: 12 марта 1990 г.",
        "дата рождения 1990-03-12",
        "Родился 5 мая 1988 года",
        "родилась 01/02/1997",
        "Date of birth: 12 March 1990",
        "DOB: March 12, 1990",
        "born on 1990-03-12",
        "birth_date: 12.3.1990",
    ],
)
def test_birth_dates(text: str) -> None:
    assert categories(text) == ["birth-date"]


@pytest.mark.parametrize(
    "text",
    [
        "12.03.1990",
        "Бұйрық 2025 жылғы 12 наурызда бекітілді",
        "Утверждено 12 марта 2025 г.",
        "Approved on March 12, 2025",
        "Дата рождения: 12.03.1990, дата поступления: 01.09.2008",  # only the first
        "Туған жер — Астана, 2010 жылы",
        "Туған күні: 12.03.2024",  # not a plausible birth year for anyone listed here
    ],
)
def test_dates_without_birth_context(text: str) -> None:
    found = categories(text)
    assert found == (["birth-date"] if "поступления" in text else [])


# --- student numbers ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Сынақ кітапшасы № 2104567",
        "сынақ кітапшасының нөмірі: 2104567",
        "Студенттік билет № 21-04567",
        "Зачётная книжка № 2104567",
        "зачетная книжка 210456",
        "студенческий билет № ST-2104567",
        "Student ID: S2104567",
        "student number 210456789",
    ],
)
def test_student_ids(text: str) -> None:
    assert categories(text) == ["student-id"]


@pytest.mark.parametrize(
    "text",
    [
        "Студенттер саны: 12500",
        "Студенческий совет 2025",
        "students 2024-2025",
        "Студенттік билет 2024-2025 оқу жылына",
        "зачётная книжка 12.03.2024",
    ],
)
def test_not_student_ids(text: str) -> None:
    assert categories(text) == []


# --- things that are never personal --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "6B04105, 7M04105, 8D04105",
        "ҚазТБУ-П/Р-ПАК-4.1/6.3-2026-01",
        "ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12",
        "F.СДД-7.5-2026-01-02",
        "Лицензия KZ70LAA00005828",
        "2025 жылы 95 % және 87,5 %; 3.14159265; 1 250 студент",
        "Пошта индексі 010000",
        "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "ISO 9001:2015, 8.5.1, 10.2",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    ],
)
def test_never_personal(text: str) -> None:
    assert categories(text) == []


def test_cluster_shortcut_skips_only_clusters_of_no_kind() -> None:
    """cluster_hits skips short clusters without looking at them; _possible_kinds
    must agree that they can be nothing (and they are too short for a phone)."""
    from kazutb_transparency.privacy.detectors import (
        _CLUSTER,
        _digits,
        _of_no_kind,
        _possible_kinds,
    )

    rng = random.Random(3)
    heads = ["", "x ", "6B", "N", "ab-", "№", "7M0", "Ж/", "abcdefg"]
    pieces = ["0", "1", "2", "9", "19", "20", "199", "2024", "12345", " ", ".", "-", "/", "(", ")"]
    skipped = 0
    for _ in range(20000):
        text = rng.choice(heads) + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        for m in _CLUSTER.finditer(text):
            value = m.group()
            if len(value) < 10 and _of_no_kind(text, m.start(), value):
                skipped += 1
                nd = len(_digits(value))
                assert nd < 4 or not _possible_kinds(text, m.start(), value, nd), text
    assert skipped > 1000


def test_value_cache_decides_like_the_cluster_tests() -> None:
    """cluster_hits judges each distinct value once (_shape) and only the text before a
    cluster per occurrence; together they must decide exactly as _of_no_kind and
    _possible_kinds do for that cluster in its text."""
    from kazutb_transparency.privacy.detectors import (
        _CLUSTER,
        _STUDENT_KIND,
        _digits,
        _of_no_kind,
        _possible_kinds,
        _shape,
        _student_context,
    )

    rng = random.Random(5)
    heads = ["", "x ", "6B", "N", "ab-", "№", "7M0", "Ж/", "abcdefg", "тел. ", "ИИН "]
    pieces = ["0", "1", "7", "9", "19", "20", "199", "1985", "2024", "12345", "701", " ", ".", "-"]
    pieces += ["/", "(", ")", "\u00a0"]
    compared = 0
    for _ in range(20000):
        text = rng.choice(heads) + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        for m in _CLUSTER.finditer(text):
            value, s = m.group(), m.start()
            nd = len(_digits(value))
            old_skip = len(value) < 10 and _of_no_kind(text, s, value)
            old = _NO_KINDS if old_skip or nd < 4 else _possible_kinds(text, s, value, nd)
            skip, cached_nd, kinds, student = _shape(value)
            new = _NO_KINDS
            if not skip and cached_nd >= 4:
                new = kinds | _STUDENT_KIND if student and _student_context(text, s) else kinds
            assert new == old, (text, value)
            assert skip or cached_nd == nd
            compared += 1
    assert compared > 10000


_NO_KINDS: frozenset[str] = frozenset()


def test_percentage_points_are_no_flat() -> None:
    """«12 п.» is a flat (пәтер) in a Kazakh address; «0,9 п. п.» are percentage points."""
    assert categories("Абай көшесі, 15 үй, 12 п.") == ["home-address"]
    assert categories("Предельная ошибка выборки — ±0,9 п. п.") == []
    assert categories("σ(отсев) = 2,37 п. п.; рост на 3 п. п. за год") == []


@pytest.mark.parametrize(
    "text",
    [
        "Телефон: +7 (700) 000-00-00",  # a form's sample
        "Маска ввода: +7 (999) 999-99-99",
        "Жеке куәлік № 000000000; паспорт № N00000000",
        "Туған күні: 14.02.2003 (пример)",
        "e-mail: example@domain.kz",
        "ЖСН 12 цифрдан тұрады. Алғашқы 6 цифр — туған күні",  # consists of, not lives
        "Назначение платежа: Фамилия И. О., ИИН ____________",
    ],
)
def test_a_forms_samples_and_instructions_are_no_ones(text: str) -> None:
    assert categories(text) == [], text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Телефон: 8 701 777 77 77", "phone"),  # a golden number is someone's
        ("Туған күні: «14» наурыз 2004 ж.", "birth-date"),
        ("Туған күні: 14.02.2003", "birth-date"),
    ],
)
def test_what_a_filled_form_holds_is_still_read(text: str, category: str) -> None:
    assert category in categories(text), text
