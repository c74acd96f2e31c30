"""Dates, sizes, numbers and counted nouns by CLDR rules in kk, ru and en (issue 21)."""

from __future__ import annotations

from datetime import date

import pytest

from kazutb_transparency.core.counted import counted, noun_form
from kazutb_transparency.core.locale_format import (
    date_range_html,
    file_size,
    format_date,
    format_date_range,
    format_number,
    kazakh_dative,
)

NBSP = "\u00a0"


def plain(text: str) -> str:
    return text.replace(NBSP, " ")


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (1, "1 строка"),
        (2, "2 строки"),
        (5, "5 строк"),
        (21, "21 строка"),
        (22, "22 строки"),
        (11, "11 строк"),
        (111, "111 строк"),
        (1000, "1 000 строк"),
    ],
)
def test_russian_rows_take_the_plural_form_of_their_number(count: int, expected: str) -> None:
    assert plain(counted(count, "rows", "ru")) == expected


@pytest.mark.parametrize(
    ("count", "kk", "en"),
    [(1, "1 жол", "1 row"), (22, "22 жол", "22 rows"), (1000, "1 000 жол", "1,000 rows")],
)
def test_kazakh_nouns_stay_singular_after_numbers_english_ones_do_not(
    count: int, kk: str, en: str
) -> None:
    assert plain(counted(count, "rows", "kk")) == kk
    assert plain(counted(count, "rows", "en")) == en


@pytest.mark.parametrize(
    ("years", "expected"), [(1, "год"), (2, "года"), (4, "года"), (5, "лет"), (1.5, "года")]
)
def test_russian_years_after_a_duration(years: float, expected: str) -> None:
    assert noun_form(years, "years", "ru") == expected


def test_dates_in_running_text_as_each_language_writes_them() -> None:
    day = date(2028, 2, 29)
    assert plain(format_date(day, "kk")) == "2028 жылғы 29 ақпан"
    assert plain(format_date(day, "ru")) == "29 февраля 2028 г."
    assert plain(format_date(day, "en")) == "29 February 2028"


def test_kazakh_date_before_deyin_takes_the_dative() -> None:
    assert plain(format_date(date(2028, 2, 29), "kk", "dative")) == "2028 жылғы 29 ақпанға"
    assert plain(format_date(date(2027, 9, 1), "kk", "dative")) == "2027 жылғы 1 қыркүйекке"
    assert plain(format_date(date(2027, 7, 1), "kk", "dative")) == "2027 жылғы 1 шілдеге"
    # Russian and English have no case here: the preposition governs the whole date.
    assert format_date(date(2027, 7, 1), "ru", "dative") == format_date(date(2027, 7, 1), "ru")


@pytest.mark.parametrize(
    ("word", "dative"),
    [
        ("қаңтар", "қаңтарға"),
        ("сәуір", "сәуірге"),
        ("қыркүйек", "қыркүйекке"),
        ("желтоқсан", "желтоқсанға"),
        ("қараша", "қарашаға"),
        ("мектеп", "мектепке"),
        ("бақ", "баққа"),
    ],
)
def test_kazakh_dative_follows_vowel_harmony_and_the_last_sound(word: str, dative: str) -> None:
    assert kazakh_dative(word) == dative


def test_every_month_is_written_out_in_every_language() -> None:
    for month in range(1, 13):
        for lang in ("kk", "ru", "en"):
            text = format_date(date(2027, month, 1), lang)
            assert not any(ch.isdigit() for ch in text.split(NBSP)[-1 if lang == "kk" else 1])


@pytest.mark.parametrize(
    ("size", "kk", "ru", "en"),
    [
        (512, "512 Б", "512 Б", "512 B"),
        (3000, "3,0 КБ", "3,0 КБ", "3.0 kB"),
        (45_678, "45,7 КБ", "45,7 КБ", "45.7 kB"),
        (1_234_567, "1,2 МБ", "1,2 МБ", "1.2 MB"),
    ],
)
def test_file_sizes_by_locale(size: int, kk: str, ru: str, en: str) -> None:
    assert [plain(file_size(size, lang)) for lang in ("kk", "ru", "en")] == [kk, ru, en]


def test_numbers_group_thousands_and_mark_decimals_by_locale() -> None:
    assert plain(format_number(500_000, "kk")) == "500 000"
    assert plain(format_number(500_000, "ru")) == "500 000"
    assert format_number(500_000, "en") == "500,000"
    assert format_number(3.5, "ru") == "3,5"
    assert format_number(3.5, "en") == "3.5"


def test_kazakh_dates_take_the_case_the_sentence_needs() -> None:
    from kazutb_transparency.core.locale_format import kazakh_case

    day = date(2026, 11, 20)
    assert format_date(day, "kk", "locative") == "2026\u00a0жылғы 20\u00a0қарашада"
    assert format_date(day, "kk", "genitive") == "2026\u00a0жылғы 20\u00a0қарашаның"
    assert format_date(day, "kk", "ablative") == "2026\u00a0жылғы 20\u00a0қарашадан"
    # Nasal, voiceless and voiced last sounds, front and back vowels.
    assert [kazakh_case("ақпан", c) for c in ("locative", "genitive", "ablative")] == [
        "ақпанда",
        "ақпанның",
        "ақпаннан",
    ]
    assert [kazakh_case("қыркүйек", c) for c in ("locative", "genitive", "ablative")] == [
        "қыркүйекте",
        "қыркүйектің",
        "қыркүйектен",
    ]
    assert [kazakh_case("сәуір", c) for c in ("locative", "genitive", "ablative")] == [
        "сәуірде",
        "сәуірдің",
        "сәуірден",
    ]
    # Before a noun: «2026 жылғы 20 қарашадағы күйі», «…қыркүйектегі».
    assert format_date(day, "kk", "attributive") == "2026\u00a0жылғы 20\u00a0қарашадағы"
    assert kazakh_case("қыркүйек", "attributive") == "қыркүйектегі"
    # Russian and English dates read the same in every sentence.
    assert format_date(day, "ru", "locative") == format_date(day, "ru")


def test_an_unknown_case_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown case"):
        format_date(date(2026, 11, 20), "kk", "instrumental")  # type: ignore[arg-type]


def test_a_template_names_the_case_of_its_date() -> None:
    from kazutb_transparency.core.locale_format import DateText, fill

    day = date(2026, 11, 20)
    text = fill("{posted:locative} жарияланды", posted=DateText(day, "kk"))
    assert text == "2026\u00a0жылғы 20\u00a0қарашада жарияланды"
    html = fill("до {d}", d=DateText(day, "ru", html=True))
    assert html == f'до <time datetime="2026-11-20">{format_date(day, "ru")}</time>'


@pytest.mark.parametrize(
    ("start", "end", "lang", "expected"),
    [
        # One month: the year and month once, the days joined by a closed-up dash.
        (date(2025, 12, 4), date(2025, 12, 5), "kk", "2025 жылғы 4–5 желтоқсан"),
        (date(2025, 12, 4), date(2025, 12, 5), "ru", "4–5 декабря 2025 г."),
        (date(2025, 12, 4), date(2025, 12, 5), "en", "4–5 December 2025"),
        # One year, two months: the year once, a spaced dash.
        (date(2025, 11, 30), date(2025, 12, 5), "kk", "2025 жылғы 30 қараша – 5 желтоқсан"),
        (date(2025, 11, 30), date(2025, 12, 5), "ru", "30 ноября – 5 декабря 2025 г."),
        (date(2025, 11, 30), date(2025, 12, 5), "en", "30 November – 5 December 2025"),
        # Two years: both dates in full.
        (
            date(2025, 12, 30),
            date(2026, 1, 5),
            "kk",
            "2025 жылғы 30 желтоқсан – 2026 жылғы 5 қаңтар",
        ),
        (date(2025, 12, 30), date(2026, 1, 5), "ru", "30 декабря 2025 г. – 5 января 2026 г."),
        (date(2025, 12, 30), date(2026, 1, 5), "en", "30 December 2025 – 5 January 2026"),
        # One day: one date.
        (date(2025, 12, 4), date(2025, 12, 4), "kk", "2025 жылғы 4 желтоқсан"),
        (date(2025, 12, 4), date(2025, 12, 4), "ru", "4 декабря 2025 г."),
        (date(2025, 12, 4), date(2025, 12, 4), "en", "4 December 2025"),
    ],
)
def test_a_range_of_days_writes_the_shared_year_and_month_once(
    start: date, end: date, lang: str, expected: str
) -> None:
    assert plain(format_date_range(start, end, lang)) == expected


def test_a_kazakh_range_takes_the_case_of_its_sentence_on_the_last_month() -> None:
    text = format_date_range(date(2025, 12, 4), date(2025, 12, 5), "kk", "locative")
    assert plain(text) == "2025 жылғы 4–5 желтоқсанда"
    spanning = format_date_range(date(2025, 12, 30), date(2026, 1, 5), "kk", "dative")
    assert plain(spanning) == "2025 жылғы 30 желтоқсан – 2026 жылғы 5 қаңтарға"


def test_no_line_of_a_range_starts_with_its_dash() -> None:
    text = format_date_range(date(2025, 11, 30), date(2025, 12, 5), "en")
    assert f"{NBSP}– " in text and " –" not in text


def test_a_range_keeps_both_days_machine_readable() -> None:
    html = date_range_html(date(2025, 12, 4), date(2025, 12, 5), "ru")
    assert html == (
        f'<time datetime="2025-12-04">4</time>–'
        f'<time datetime="2025-12-05">5{NBSP}декабря{NBSP}2025{NBSP}г.</time>'
    )
    one_day = date_range_html(date(2025, 12, 4), date(2025, 12, 4), "en")
    assert one_day == f'<time datetime="2025-12-04">4{NBSP}December{NBSP}2025</time>'


def test_a_range_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot end"):
        format_date_range(date(2025, 12, 5), date(2025, 12, 4), "en")
