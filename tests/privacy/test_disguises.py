"""The normaliser, the number-word parser, links and file names, typed spreadsheet cells
and glyph-drawn PDF text (issue #31), rule by rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from kazutb_transparency.privacy import load_allowlist, scan_file, scan_text
from kazutb_transparency.privacy.addresses import judge
from kazutb_transparency.privacy.normalize import normalize_text
from kazutb_transparency.privacy.pdf_glyphs import looks_fragmented
from kazutb_transparency.privacy.spelled import spoken_digits
from kazutb_transparency.privacy.xlsx_cells import serial_date, shown_number

from . import producers as make

IIN = "950312450670"


def found(text: str) -> list[tuple[str, int, int]]:
    return [(f.category, f.line, f.column) for f in scan_text(text, load_allowlist())]


# --- normalisation -------------------------------------------------------------------


@pytest.mark.parametrize(
    "disguised",
    [
        "\u200b".join(IIN),  # zero-width space
        "\u00ad".join(IIN),  # soft hyphens
        "\u2060".join(IIN),  # word joiner
        "\ufeff".join(IIN),  # BOM inside the text
        "".join(chr(0xFF10 + int(c)) for c in IIN),  # full-width
        "".join(chr(0x0660 + int(c)) for c in IIN),  # Arabic-Indic
        "".join(chr(0x06F0 + int(c)) for c in IIN),  # Extended Arabic-Indic (Persian)
        "".join(chr(0x0966 + int(c)) for c in IIN),  # Devanagari
        "".join(chr(0x1D7CE + int(c)) for c in IIN),  # mathematical bold digits
        " ".join(IIN),  # letter-spaced
    ],
)
def test_a_disguised_iin_is_found(disguised: str) -> None:
    assert [c for c, _, _ in found(f"ЖСН: {disguised}")] == ["iin"]


def test_a_finding_is_reported_at_its_place_in_the_original() -> None:
    text = "Бірінші жол\nАты \u200b\u200b\u200b: ЖСН " + "\u00ad".join(IIN)
    assert found(text) == [("iin", 2, 14)]


def test_normalised_text_keeps_words_and_numero_sign() -> None:
    assert normalize_text("№\u00a01 Уни\u00adвер\u00adси\u00adтет") == "№\u00a01 Университет"
    assert normalize_text("A i g e r i m   S e i t k a l i") == "Aigerim Seitkali"
    assert normalize_text("A i g e r i m S e i t k a l i") == "Aigerim Seitkali"
    assert normalize_text("и\u0306") == "й"


@pytest.mark.parametrize(
    "text",
    [
        "Уни\u00adвер\u00adси\u00adтет\u00adтің жоспары",
        "２０２４ жыл",
        "٩٥٠٣١٢٤٥٠٦٧١",  # check digit wrong
        "Қ а з Т Б У",
        "1 2 3 4 5",
    ],
)
def test_normalised_look_alikes_pass(text: str) -> None:
    assert found(text) == []


# --- numbers in words and written-out e-mails ------------------------------------------


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("восемь семьсот один пятьсот пятьдесят пять двенадцать тридцать четыре", "87015551234"),
        ("сегіз жеті жүз бір бес жүз елу бес он екі отыз төрт", "87015551234"),
        ("eight seven hundred one five hundred fifty five twelve thirty four", "87015551234"),
        ("seven hundred five five hundred fifty five", "705555"),
        ("eight seven zero one double five five", "8701555"),
        ("ноль пять сорок пять сорок пять", "054545"),
    ],
)
def test_number_words_become_digits(words: str, digits: str) -> None:
    assert spoken_digits(words.split()) == (False, digits)


def test_a_spoken_plus_is_kept() -> None:
    assert spoken_digits(["плюс", "семь", "семьсот", "один"]) == (True, "7701")


@pytest.mark.parametrize(
    "text",
    [
        "Тел: восемь семьсот один пятьсот пятьдесят пять двенадцать тридцать четыре",
        "Телефон: сегіз жеті жүз бір бес жүз елу бес он екі отыз төрт",
        "Phone: plus seven seven zero one five five five one two three four",
    ],
)
def test_a_phone_in_words_is_found(text: str) -> None:
    assert [c for c, _, _ in found(text)] == ["phone"]


@pytest.mark.parametrize(
    "text",
    [
        "aliya [at] mail [dot] kz",
        "aliya (at) mail (dot) kz",
        "aliya собака mail точка kz",
        "aliya [собака] mail нүкте kz",
        "aliya at mail dot kz",
        "aliya@mail dot kz",
    ],
)
def test_a_written_out_email_is_found(text: str) -> None:
    assert [c for c, _, _ in found(text)] == ["email"]


@pytest.mark.parametrize(
    "text",
    [
        "Lectures at kazutb.edu.kz start at nine",
        "С точки зрения качества, точка роста",
        "двести тридцать четыре преподавателя, сорок пять программ",
        "one, two, three, four, five",
        "office [at] example [dot] org",  # allowlisted, written out
    ],
)
def test_look_alikes_of_written_out_contacts_pass(text: str) -> None:
    assert found(text) == []


# --- links and file names --------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "category"),
    [
        ("https://kazutb.edu.kz/profile/010101500995", "iin"),
        ("/apply?iin=901112400791&lang=kk", "iin"),
        ("/staff/aigerim-seitkali/", "person-name"),
        ("seitkali_aigerim", "person-name"),
        ("aigerim-seitkali-cv.pdf", "person-name"),
        ("Омарова_Жанна.docx", "person-name"),
        ("/contact?phone=87015551234", "phone"),
    ],
)
def test_links_and_file_names_are_read_in_parts(token: str, category: str) -> None:
    assert category in {c for _, _, c, _, _ in judge(token)}


@pytest.mark.parametrize(
    "token",
    [
        "/kk/programmes/6B04101-marketing/",
        "/en/news/2024/open-day/",
        "/ru/staff/rector/",
        "annual-report-2024.pdf",
        "/doc?id=1234567890",
        "/about/abai-kunanbayev/",
        "opendata/survey-distributions.csv,1051186,c4e906d8430751682ef9003becd5",
    ],
)
def test_ordinary_links_pass(token: str) -> None:
    assert judge(token) == ()


def test_a_link_in_an_html_attribute_is_scanned(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_bytes(make.html(["Staff"], ["/staff/aigerim-seitkali/"]))
    assert {f.category for f in scan_file(page, load_allowlist())} == {"person-name"}


def test_a_published_file_name_is_scanned(tmp_path: Path) -> None:
    doc = tmp_path / "aigerim-seitkali-cv.pdf"
    doc.write_bytes(make.pdf_word_processor(["Curriculum vitae"]))
    findings = scan_file(doc, load_allowlist())
    assert [(f.category, f.where) for f in findings] == [("person-name", "file name")]


# --- typed cells, XMP, glyph-drawn PDF --------------------------------------------------


def test_numbers_read_as_shown() -> None:
    assert shown_number("9.50312450670E+11") == IIN
    assert shown_number("950312450670") == IIN
    assert shown_number("3.5") == "3.5"
    assert shown_number("245.0") == "245"
    assert serial_date("35136") == "12.03.1996"
    assert serial_date("not a date") is None
    assert serial_date("1000000") is None


def test_a_serial_under_a_birth_header_is_a_birth_date(tmp_path: Path) -> None:
    sheet = tmp_path / "s.xlsx"
    sheet.write_bytes(make.xlsx([["Код", "Туған күні"], ["S1", ("num", "35136")]]))
    assert {f.category for f in scan_file(sheet, load_allowlist())} == {"birth-date"}


def test_a_date_cell_under_another_header_passes(tmp_path: Path) -> None:
    sheet = tmp_path / "s.xlsx"
    sheet.write_bytes(make.xlsx([["Бұйрық", "Күні"], ["12-Н", ("date", 45300, 2)]]))
    assert scan_file(sheet, load_allowlist()) == []


def test_glyph_by_glyph_text_is_joined(tmp_path: Path) -> None:
    assert looks_fragmented("Pr epar ed by Ai ger i m Sei t kal i")
    assert not looks_fragmented("Prepared by the quality office of the university")
    doc = tmp_path / "g.pdf"
    doc.write_bytes(make.pdf_glyphs(["Prepared by Aigerim Seitkali"], spacing=2))
    assert {f.category for f in scan_file(doc, load_allowlist())} == {"person-name"}


@pytest.mark.parametrize("compressed", [False, True])
def test_xmp_in_a_png_itxt_chunk_is_read(tmp_path: Path, compressed: bool) -> None:
    image = tmp_path / "p.png"
    image.write_bytes(make.png_with_xmp("Aigerim Seitkali", compressed))
    assert {f.category for f in scan_file(image, load_allowlist())} == {"person-name"}


# --- names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Prepared by AIGERIM SEITKALI",
        "ПОДГОТОВИЛА АЙГЕРИМ АХМЕТОВА",
        "Jaýapty: Aıgerim Seıtqalı",
        "Айгерим Ахметова-Ли өтініш берді",
        "Speaker: Zhanna Omarova-Kim",
    ],
)
def test_names_in_every_writing_are_found(text: str) -> None:
    assert [c for c, _, _ in found(text)] == ["person-name"]


@pytest.mark.parametrize(
    "text",
    [
        "Мемлекет басшысы Қасым-Жомарт Тоқаевтың Жолдауы",
        "President Kassym-Jomart Tokayev addressed the nation",
        "Тоқаев Қасым-Жомарт Кемелұлы",
        "Н.Ә. Назарбаев",
        "ОТЧЕТ О ДЕЯТЕЛЬНОСТИ УНИВЕРСИТЕТА",
        "Qazaqstan Respýblıkasy Bilim jáne ǵylym mınıstrligi",
    ],
)
def test_public_office_holders_and_headings_pass(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("account", ["Пользователь", "User", "Админ", "Администратор"])
def test_generic_account_names_are_not_people(tmp_path: Path, account: str) -> None:
    doc = tmp_path / "d.docx"
    doc.write_bytes(make.docx(["Есеп"], creator=account, last_modified_by=account))
    assert scan_file(doc, load_allowlist()) == []
