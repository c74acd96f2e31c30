"""The disguises of issue #60 that the plain detectors missed, each for its whole class:
a number split over cells after a row's number, a name percent-encoded in a link's
query, a contact assembled from a script's variables, a machine-readable zone among a
page's tags, a birth date written entirely in words; and the public look-alikes of each.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest

from kazutb_transparency.privacy import Allowlist, scan_file
from kazutb_transparency.privacy.date_words import render
from kazutb_transparency.privacy.mrz import check_digit
from tests.privacy.docfactory import make_xlsx

EMPTY = Allowlist()
CARD = "4003032755198621"  # Luhn-valid, of no one


def file_kinds(name: str, data: str | bytes) -> set[str]:
    raw = data.encode() if isinstance(data, str) else data
    return {f.category for f in scan_file(Path(name), EMPTY, data=raw)}


def page(body: str, lang: str = "ru") -> str:
    head = f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"></head>'
    return f"{head}<body>{body}</body></html>"


# --- a number over two cells, after the row's own number ---------------------------------


@pytest.mark.parametrize(
    ("name", "data", "category"),
    [
        (
            "a.xlsx",
            make_xlsx([["", "Card number", ""], ["1", "4003 0327", "5519 8621"]]),
            "bank-card",
        ),
        ("a.xlsx", make_xlsx([["№", "Карта", ""], ["12", "4003 0327", "5519 8621"]]), "bank-card"),
        ("a.xlsx", make_xlsx([["Р/с", "ЖСН", ""], ["3", "950312", "450670"]]), "iin"),
        ("a.tsv", "\tCard number\t\n1\t4003 0327\t5519 8621\n", "bank-card"),
        ("a.csv", "№,Телефон,\n7,+7 701,555 12 34\n", "phone"),
        (
            "a.html",
            "<table><tr><th>№</th><th colspan=2>Card</th></tr>"
            "<tr><td>1</td><td>4003 0327</td><td>5519 8621</td></tr></table>",
            "bank-card",
        ),
    ],
)
def test_a_number_split_over_cells_after_the_row_number_is_found(
    name: str, data: str | bytes, category: str
) -> None:
    assert category in file_kinds(name, data)


@pytest.mark.parametrize(
    "rows",
    [
        [["№", "Код", "Кредит"], ["1", "6B06 101", "240"]],
        [["", "Бағдарлама", ""], ["2", "6B061 01", "2024 2025"]],
        [["№", "ISBN", ""], ["1", "978-601-7327", "53-2"]],
    ],
)
def test_codes_in_numbered_rows_pass(rows: list[list[str]]) -> None:
    assert file_kinds("a.xlsx", make_xlsx(rows)) == set()


# --- a name percent-encoded in a link ------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        quote("Ибраева Дана Маратовна"),
        quote_plus("Ибраева Дана Маратовна"),
        quote("Жақсыбекова Айгерім Серікқызы"),
        quote("Aigerim Seitkali"),
    ],
)
def test_a_name_percent_encoded_in_a_query_is_found(query: str) -> None:
    text = page(f'<p><a href="https://search.example.org/?q={query}">Найти</a></p>')
    assert "person-name" in file_kinds("a.html", text)


@pytest.mark.parametrize(
    "phrase",
    [
        "Абай Құнанбаев",  # a public figure
        "Кафедра информатики",
        "Open Sans",
        "Приём документов 2024",
        "жоба туралы ақпарат",
    ],
)
def test_percent_encoded_public_phrases_pass(phrase: str) -> None:
    text = page(f'<p><a href="https://search.example.org/?q={quote(phrase)}">x</a></p>')
    assert file_kinds("a.html", text) == set()


# --- a contact assembled from a script's variables ----------------------------------------


@pytest.mark.parametrize(
    ("script", "category"),
    [
        (
            'const user = "marat.esenov";\nconst host = "bk.ru";\n'
            "a.href = `mailto:${user}@${host}`;",
            "email",
        ),
        ("let u = 'aigerim.s', d = 'mail.kz'; el.textContent = u + '@' + d;", "email"),
        (
            'var c = {user: "ivanov", host: "mail.ru"}; '
            'a.href = "mailto:" + c.user + "@" + c.host;',
            "email",
        ),
        ('const num = "701 555 12 34"; tel.href = `tel:+7 ${num}`;', "phone"),
    ],
)
def test_a_contact_from_script_variables_is_found(script: str, category: str) -> None:
    assert category in file_kinds("a.html", page(f"<a id='m'>x</a><script>{script}</script>"))


@pytest.mark.parametrize(
    "script",
    [
        'const w = "10"; el.style.width = `${w}px`; el.style.height = w + "px";',
        'const v = "2024"; title.textContent = `Version ${v}` + "!";',
        'const base = "/assets"; img.src = base + "/logo.svg"; '
        "a.href = `${base}/@fontsource/inter`;",
    ],
)
def test_ordinary_script_templates_pass(script: str) -> None:
    assert file_kinds("a.html", page(f"<script>{script}</script>")) == set()


# --- a machine-readable zone among a page's tags ------------------------------------------


def _zone(number: str = "N11829376") -> tuple[str, str]:
    born, expires, personal = "980305", "300901", "<" * 14
    line2 = f"{number}{check_digit(number)}KAZ{born}{check_digit(born)}F"
    line2 += f"{expires}{check_digit(expires)}{personal}{check_digit(personal)}0"
    return "P<KAZIBRAEVA<<DANA".ljust(44, "<"), line2


@pytest.mark.parametrize(
    "markup",
    [
        "<pre>{0}\n{1}</pre>",
        "<pre>\n{0}\r\n{1}\n</pre>",
        "<p>{0}<br>{1}</p>",
        "<pre><code>{0}<br/>\n{1}</code></pre>",
    ],
)
def test_a_zone_among_tags_is_found(markup: str) -> None:
    first, second = _zone()
    assert "id-document" in file_kinds("a.html", page(markup.format(first, second)))


def test_a_zone_with_a_wrong_check_digit_passes() -> None:
    first, second = _zone()
    wrong = second[:9] + str((int(second[9]) + 1) % 10) + second[10:]
    assert file_kinds("a.html", page(f"<pre>{first}\n{wrong}</pre>")) == set()


# --- a birth date written entirely in words -------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ru", "Заявительница родилась пятого марта тысяча девятьсот девяносто восьмого года."),
        ("ru", "Студент родился двадцать третьего июня две тысячи первого года."),
        ("ru", "Дата рождения: тридцать первого декабря двухтысячного года."),
        ("kk", "Өтініш беруші мың тоғыз жүз тоқсан сегізінші жылғы бесінші наурызда туған."),
        ("kk", "Ол екі мың үшінші жылы қаңтардың жиырма бірінде дүниеге келген."),
        ("en", "The applicant was born on the fifth of March, nineteen ninety-eight."),
        ("en", "Born March the twenty-first, two thousand and three."),
        ("en", "She was born on the first of May, nineteen oh five."),
    ],
)
def test_a_birth_date_in_words_is_found(lang: str, sentence: str) -> None:
    assert "birth-date" in file_kinds("a.html", page(f"<p>{sentence}</p>", lang))
    assert "birth-date" in file_kinds("a.txt", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Абай родился десятого августа тысяча восемьсот сорок пятого года.",  # before 1900
        "Университет основан первого сентября тысяча девятьсот девяносто восьмого года.",
        "Он родился в тысяча девятьсот девяносто восьмом году.",  # a year alone
        "Писатель родился пятого марта тысяча девятьсот десятого года и умер в Алматы.",
        "Абай Құнанбайұлы мың сегіз жүз қырық бесінші жылы тамыздың онында туған.",
        "The founder was born on the fifth of March, nineteen twenty, and died in 1990.",
        "Қабылдау бесінші наурызда басталады, мың тоғыз жүз тоқсан сегізінші жылдан бері.",
    ],
)
def test_public_and_undated_words_pass(sentence: str) -> None:
    assert file_kinds("a.txt", sentence) == set()


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("тысяча девятьсот девяносто восьмого", "1998"),
        ("две тысячи третьего", "2003"),
        ("мың тоғыз жүз тоқсан сегізінші", "1998"),
        ("жиырма бірінші", "21"),
        ("nineteen ninety-eight", "1998"),
        ("one thousand nine hundred and ninety-eight", "1998"),
        ("the fifth nineteen oh five", "the 5 1905"),
        ("он родился", "он родился"),  # Russian "he", not ten
    ],
)
def test_numbers_in_words_are_rendered_in_digits(words: str, digits: str) -> None:
    rendered = render(words, 0, len(words))
    assert (rendered.text if rendered else words) == digits
