"""Every form and disguise of a datum (issue #60): split by structure, encoded, written in
a form of its own; and the public data that looks like them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kazutb_transparency.privacy import Allowlist, load_allowlist, scan_file, scan_text
from kazutb_transparency.privacy.allowlist import AllowlistFile
from kazutb_transparency.privacy.mrz import check_digit

EMPTY = Allowlist()
IIN = "950312450670"


def kinds(text: str, allowlist: Allowlist = EMPTY) -> set[str]:
    return {f.category for f in scan_text(text, allowlist)}


def file_kinds(name: str, text: str, allowlist: Allowlist = EMPTY) -> set[str]:
    return {f.category for f in scan_file(Path(name), allowlist, data=text.encode())}


# --- split across structure ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "category"),
    [
        ("a.csv", "ФИО;ЖСН;\nСарсенова;950312;450670\n", "iin"),
        ("a.csv", "a,b,c\nq,950312,450670\n", "iin"),
        ("a.csv", 'name,code,number\nx,"+7 701","555 12 34"\n', "phone"),
        ("a.tsv", "IBAN\t\nKZ86 125K\tZT50 0410 0100\n", "iban"),
        ("a.md", "| Аты | ИИН | |\n|---|---|---|\n| А. | 950312 | 450670 |\n", "iin"),
        (
            "a.html",
            "<table><tr><th>ИИН</th><th></th></tr><tr><td>950312</td><td>450670</td></tr></table>",
            "iin",
        ),
        (
            "a.html",
            "<table><tr><td>Тел.</td><td>+7 701</td><td>555 12 34</td></tr></table>",
            "phone",
        ),
        (
            "a.json",
            '{"surname": "Ахметов", "given_name": "Данияр", "patronymic": "Серикович"}',
            "person-name",
        ),
        ("a.json", '[{"lastName": "Seitkali", "firstName": "Aigerim", "year": 2}]', "person-name"),
        ("a.yaml", "тегі: Сейтқали\nаты: Айгерім\n", "person-name"),
        ("a.yaml", "фамилия: Иванова\nимя: Мария\nотчество: Петровна\n", "person-name"),
        ("a.txt", "Студент Данияр Ахме-\nтов сабаққа келмеді.", "person-name"),
        ("a.txt", "Жауапты: Сейт-\nқалиева А.Б.", "person-name"),
        ("a.html", f'<div data-iin="{IIN}">x</div>', "iin"),
        ("a.html", '<input type="text" value="+7 701 555 12 34">', "phone"),
        ("a.xml", '<person passport="N12345678" phone="+77015551234"/>', "id-document"),
        ("a.svg", '<svg><text data-contact="aigerim.s@mail.kz">x</text></svg>', "email"),
    ],
)
def test_a_datum_split_by_structure_is_found(name: str, text: str, category: str) -> None:
    assert category in file_kinds(name, text)


# --- encodings -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "category"),
    [
        ("a.html", "<a href='mailto:aigerim.s%40mail.kz'>жазу</a>", "email"),
        ("a.html", "<a href='https://x.kz/c?to=aigerim.s%40mail.kz'>жазу</a>", "email"),
        ("a.md", "[write](https://example.org/c?to=ivanov%40mail.ru)", "email"),
        ("a.md", "[call](https://example.org/c?tel=%2B77015551234)", "phone"),
        # base64 of "ИИН: 950312450670" in a data: URL and as a value of a data file
        ("a.html", "<a href='data:text/plain;base64,0JjQmNCdOiA5NTAzMTI0NTA2NzA='>x</a>", "iin"),
        ("a.json", '{"payload": "0JjQmNCdOiA5NTAzMTI0NTA2NzA="}', "iin"),
        # base64 of "aigerim.s@mail.kz" in a YAML value
        ("a.yaml", "contact: YWlnZXJpbS5zQG1haWwua3o=\n", "email"),
        ("a.html", '<script>var e = "aigerim.s" + "@" + "mail.kz";</script>', "email"),
        ("a.html", "<script>a.href='mailto:'+'ivanov'+'\\x40'+'mail.kz'</script>", "email"),
        ("a.js", 'const to = ["ivanov", "mail.kz"].join("@");', "email"),
    ],
)
def test_an_encoded_datum_is_found(name: str, text: str, category: str) -> None:
    assert category in file_kinds(name, text)


def test_pictures_in_data_urls_are_not_decoded() -> None:
    text = "<img src='data:image/png;base64,0JjQmNCdOiA5NTAzMTI0NTA2NzA='>"
    assert file_kinds("a.html", text) == set()


# --- forms ---------------------------------------------------------------------------


def _mrz() -> str:
    number, born, expires, personal = "N12345678", "980305", "280101", "<" * 14
    line2 = f"{number}{check_digit(number)}KAZ{born}{check_digit(born)}F"
    line2 += f"{expires}{check_digit(expires)}{personal}{check_digit(personal)}0"
    return "P<KAZSEITKALI<<AIGERIM".ljust(44, "<") + "\n" + line2


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("IBAN: KZ86-125K-ZT50-0410-0100", "iban"),
        ("Шот: KZ86.125K.ZT50.0410.0100", "iban"),
        (_mrz(), "id-document"),
        ("Жеке куәлік 012345678", "id-document"),
        ("ж.к. 012345678", "id-document"),
        ("уд. л. 012345678", "id-document"),
        ("удост. № 012345678", "id-document"),
        ("уд-ние 012345678", "id-document"),
        ("ID card no. 012345678", "id-document"),
        ("Айгерім Сейтқали 1998 жылғы 5 наурызда туған.", "birth-date"),
        ("1998 жылы 5-наурызда дүниеге келген", "birth-date"),
        ("Ахметов Данияр родился 5-го марта 1998 года.", "birth-date"),
        ("Aigerim was born on the 5th of March, 1998.", "birth-date"),
        ("born March 5th, 1998", "birth-date"),
        ("Мекенжайы: Қарабұлақ ауылы, Абай көшесі, 12-үй", "home-address"),
        ("Адрес: с. Карабулак, ул. Абая, д. 12", "home-address"),
        ("Apt 4B, 12 Abay St", "home-address"),
        ("Flat 3, 5 Kenesary Street", "home-address"),
        ("Байланыс: tg://resolve?domain=aigerim_s", "social-handle"),
        ("https://medium.com/@aigerim.s", "social-handle"),
        ("Write to wa.me/77015551234", "phone"),
        ("https://api.whatsapp.com/send?phone=77015551234", "phone"),
        ("viber://chat?number=%2B77015551234", "phone"),
        ("whatsapp://send?phone=77015551234", "phone"),
        ("Ахметов А Б", "person-name"),
        ("А Б Ахметов", "person-name"),
        ("Студент Aхметов Дaнияр", "person-name"),  # Latin A and a
        ("Сейтқaли Айгерiм", "person-name"),  # Latin a and i
        ("Ai'gerim Sei'tqali", "person-name"),  # 2017 Latin alphabet
        ("S'yn'g'ys Ta'n'irbergen", "person-name"),
        ("Aıgerim Seıtqalı", "person-name"),  # 2021 Latin alphabet
        ("Şyñğys Äbdiraşev", "person-name"),
        ("Студент Ахметов Тұрсынғазы келді.", "person-name"),  # a given name no list holds
        ("Оқытушы: Смағұлова Ақбөпежан", "person-name"),
        ("позвонить по номеру +7 (7O1) 234 56 78", "phone"),  # Latin O for a zero
        ("Ұялы: 8 7О7 1О2 3О 45", "phone"),  # Cyrillic О
        ("Stýdenttik bılet nómiri: KZ21-04517", "student-id"),  # the 2021 Latin alphabet
        ("Studenttik bilet: 21K04517", "student-id"),
        ("https://kazutb.edu.kz/ru/news/pozdravlyaem-dinaru-abenovu", "person-name"),  # «Динару»
        ("https://kazutb.edu.kz/ru/news/vstrecha-s-erlanom-abenovym", "person-name"),
        ("https://kazutb.edu.kz/ru/news/yubilej-olgi-kuzminoj", "person-name"),  # -in
        ("https://kazutb.edu.kz/ru/news/slovo-o-sergee-kuznecove", "person-name"),
        ("https://kazutb.edu.kz/ru/news/nagrada-aigerim-sejtkalievoj", "person-name"),
        ("Телефон: 8-7О5-1O2-30-4О", "phone"),
        ("stu'denttik bilet: S-2023-00417", "student-id"),  # the 2017 Latin alphabet
        ("synaq kitapshasy KZ22-10384", "student-id"),  # the record book
        ("Winner: Daniyar<br/>Saparin, 100 m", "person-name"),  # markup in a text or cell
        ("Winner: Daniyar<BR\u2009/>Saparin, тел. +7 701 ٢٣٤ 56 78", "phone"),  # and a rewrite
    ],
)
def test_a_datum_in_a_form_of_its_own_is_found(text: str, category: str) -> None:
    assert category in kinds(text)


@pytest.mark.parametrize(
    "link",
    [
        "t.me/aigerim_s",
        "telegram.me/aigerim_s",
        "vk.com/aigerim.s",
        "ok.ru/profile/123456789",
        "instagram.com/aigerim.s",
        "tiktok.com/@aigerim.s",
        "facebook.com/aigerim.s",
        "x.com/aigerim_s",
        "twitter.com/aigerim_s",
        "youtube.com/@aigerim_s",
        "linkedin.com/in/aigerim-s",
        "tg://resolve?domain=aigerim_s",
    ],
)
def test_an_account_link_in_a_page_is_found(link: str) -> None:
    assert "social-handle" in file_kinds("a.html", f"<p><a href='https://{link}'>профиль</a></p>")
    assert "social-handle" in kinds(f"Профиль: {link}")


# --- look-alikes that are public -----------------------------------------------------

OFFICIAL = Allowlist.from_file(
    AllowlistFile.model_validate(
        {
            "phones": [{"number": "+7 7172 57 88 15", "reason": "r", "owner": "Admissions"}],
            "identifiers": [
                {"value": "KZ86125KZT5004100100", "reason": "r", "owner": "Accounting"}
            ],
            "accounts": [{"handle": "@kaztbu", "reason": "r", "owner": "Press office"}],
        }
    )
)


@pytest.mark.parametrize(
    "text",
    [
        "Сабақ Абай Құнанбайұлы шығармашылығына арналған.",
        "Ұлы Абай Құнанбайұлы туралы",
        "Абай Құнанбайұлы 1845 жылы 10 тамызда туған.",
        "Abai Kunanbayuly was born on 10 August 1845.",
        "Al-Farabi was born in 870.",
        "Бауыржан Момышұлы 1910 жылы 24 желтоқсанда туған.",
        "Мұхтар Әуезов (1897–1961) 1897 жылы 28 қыркүйекте туған.",
        "ISBN 978-601-7327-53-2",
        "Бұйрық № 123-н, 05.03.2024",
        "Кабинет 305, ауд. 412",
        "Course CS-2101, 6B06101",
        "Құжат 2024 жылғы 5 наурызда қабылданды.",
        "Студент Ахметов Университетке келді.",
        "Вариант А Б",
        "Ауыл шаруашылығы министрлігі, Кенесары көшесі, 36",
        "<script src='https://cdn.jsdelivr.net/npm/@fontsource/inter'></script>",
        "Nurlan's report isn't ready",
        "CO2 және H2O, 2O24 жылғы есеп",
        "https://kazutb.edu.kz/ru/news/chteniya-pamyati-abaya-kunanbaeva",
        "https://kazutb.edu.kz/ru/news/programmu-obnovili-v-2024-godu",
        "https://kazutb.edu.kz/ru/news/k-yubileyu-mukhtara-auezova",
        "https://kazutb.edu.kz/ru/news/forum-v-gorode-astane",
        "Konsertke bılet nómiri 12, bağasy 3000 teńge",
        "Проректор<br>по учебной работе",
        "Кабинет 7O1, 3-қабат; ГОСТ 7О1-2О24",
    ],
)
def test_public_look_alikes_pass(text: str) -> None:
    assert kinds(text) == set()


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("a.txt", "IBAN: KZ86-125K-ZT50-0410-0100"),
        ("a.txt", "Қабылдау: wa.me/77172578815"),
        ("a.html", "<a href='tg://resolve?domain=kaztbu'>Telegram</a>"),
        ("a.html", "<a href='https://instagram.com/kaztbu'>Instagram</a>"),
        ("a.csv", "бағдарлама,кредит,студенттер\n6B06101,240,125\n6B04101,240,98\n"),
        ("a.csv", "ISBN,бет\n978-601-7327,53-2\n"),
        ("a.json", '{"surname_hint": "Required", "first_name_hint": "Required"}'),
    ],
)
def test_official_and_ordinary_values_pass(name: str, text: str) -> None:
    assert file_kinds(name, text, OFFICIAL) == set()


def test_allowlist_entries_may_name_their_owner_and_old_files_stay_valid() -> None:
    old = AllowlistFile.model_validate({"phones": [{"number": "+7 7172 57 88 15", "reason": "r"}]})
    assert old.phones[0].owner is None
    assert OFFICIAL.allows_identifier("KZ86-125K-ZT50-0410-0100")
    assert load_allowlist().allows_name("Байболова Л К")  # initials without their dots


def test_html_rows_passed_over_hide_no_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows without two cells to join are passed over unread; every pair still is found,
    with the header row before it, as when every row is read."""
    from kazutb_transparency.privacy import structure

    page = (
        "<table><tr><th>ИИН</th><th></th></tr>"
        '<tr><td><a href="x">6B02101</a></td><td>Бағдарлама</td></tr>'
        "<tr><td>2024</td><td>—</td></tr>"
        "<tr><td>950312</td><td>450670</td></tr>"
        '<TR><TD class="c">+7 701</TD><td>555 12 34</td></TR>'
        '<tr><td> "KZ86 125K</td><td>ZT50 0410 0100</td></tr>'
        "<tr><td>1</td><td>KZ86 125K</td><td>ZT50 0410 0100</td></tr></table>"
    )
    passed_over = list(structure.html_row_hits(page))
    monkeypatch.setattr(structure, "_may_join", lambda _row: True)
    assert passed_over == list(structure.html_row_hits(page))
    assert {hit.category for hit in passed_over} >= {"iin", "phone", "iban"}


@pytest.mark.parametrize(
    "page",
    [
        "<table><tr><th>ИИН</th></tr><tr><td>\n950312 </td><!-- x --><td> 450670\n</td></tr>",
        "<TABLE><TR><TD>+7 701<TD>555 12 34</TR></TABLE>",
        "<table><tr><td>1</td><td>KZ86 125K</td><td>ZT50 0410 0100</tr><tr><td>2</td></table>",
        '<table><tr><td> "KZ86 125K</td><td>ZT50 0410 0100</td></tr></table>',
        "<table><tr><th>Телефон</th><th></th></tr><tr><td>8 (701)</td><td>555-12-34</td></table>",
    ],
)
def test_pages_passed_over_hide_no_pair(monkeypatch: pytest.MonkeyPatch, page: str) -> None:
    """A page is read row by row only when it has the cells a pair needs; the pairs found
    are those found when every page is read."""
    from kazutb_transparency.privacy import structure

    found = list(structure.html_row_hits(page))
    assert found, page
    # a word in every cell: no cell is a fragment, the page is passed over
    assert not structure._may_hold_pair(re.sub("(?i)(<td>)", r"\1№ ", page))
    # cells of numbers whose digits add up to no identifier's count
    assert not structure._may_hold_pair("<tr><td>65</td><td>29</td><td>2025</td></tr>")
    monkeypatch.setattr(structure, "_may_hold_pair", lambda _source: True)
    assert found == list(structure.html_row_hits(page))
