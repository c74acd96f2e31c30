"""The independent corpus of the personal-data gate (issue #60): its manifest and its builder.

Each file holds exactly one personal datum of an invented private person (a positive) or only
public look-alikes (a negative), hidden the way office files and web pages hide it. The gate
must report every positive, stay silent on every negative, and refuse the types it cannot
read. All names, numbers and addresses are invented; identifiers are valid in form (IIN and
IBAN check digits, Luhn, MRZ check digits).

    python -m tests.privacy.independent.build FOLDER   # writes the corpus into FOLDER
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation

from tests.privacy.independent import images, office, plain
from tests.privacy.independent.checkdigits import (
    bin_number,
    iban_kz,
    iin,
    isbn13,
    luhn_complete,
    passport_mrz,
)
from tests.privacy.independent.pdfs import Hidden, pdf

ANY = "any"  # a positive whose category the issue leaves open: any finding will do
REFUSED = "refused"  # a type the gate cannot read: it must refuse the file, naming the type


@dataclass(frozen=True)
class Entry:
    """One file of the corpus."""

    name: str  # file name in the corpus folder
    cls: str  # the class of issue #60 it stands for
    part: str  # where in the file the datum (or look-alike) is
    lang: str  # kk, ru or en
    datum: str  # the datum as written; for a negative, the look-alike
    category: str | None  # the expected category, ANY, REFUSED, or None for a negative
    reason: str  # why the gate must report (or pass) it
    content: Callable[[], bytes]


# --- the invented data --------------------------------------------------------------------

IIN_A = iin(date(1998, 3, 5), female=True, serial=127)
IIN_B = iin(date(2001, 11, 23), female=False, serial=348)
IIN_C = iin(date(1995, 7, 14), female=False, serial=2210)
IIN_D = iin(date(2003, 2, 9), female=True, serial=561)
CARD_A = luhn_complete("440043815720394")
CARD_B = luhn_complete("516949726081354")
CARD_C = luhn_complete("400303275519862")
IBAN_A = iban_kz("722", "C000184573296")
IBAN_B = iban_kz("601", "A002736481905")
IBAN_C = iban_kz("998", "KTB0004518273")
# The university's own account and official profile are not in data/privacy/allowlist.yaml
# yet: the test adds these placeholders (marked as samples) to show that allowlisted
# identifiers and accounts pass.
SAMPLE_UNIVERSITY_IBAN = iban_kz("125", "KZT5004100100")
SAMPLE_UNIVERSITY_ACCOUNT = "@example_university"
EXTRA_ALLOWLIST = {
    "identifiers": [
        {
            "value": SAMPLE_UNIVERSITY_IBAN,
            "reason": "Sample placeholder of the university's bank account (test corpus)",
        }
    ],
    "accounts": [
        {
            "handle": SAMPLE_UNIVERSITY_ACCOUNT,
            "reason": "Sample placeholder of an official account (test corpus)",
        }
    ],
}
COMPANY_BIN = bin_number(date(2004, 8, 1), kind=4, serial=1)
ISBN_KK = isbn13("978601780412")
ISBN_RU = isbn13("978601332718")


def grouped(number: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(number[i : i + size] for i in range(0, len(number), size))


MRZ_EN = passport_mrz("SEITKALI", "NURLAN", "N07634512", date(1995, 7, 14), True, date(2031, 5, 20))
MRZ_RU = passport_mrz("IBRAEVA", "DANA", "N11829376", date(1998, 3, 5), False, date(2030, 9, 1))
MRZ_KK = passport_mrz(
    "ZHAKSYBEKOVA", "AIGERIM", "N09415283", date(2003, 2, 9), False, date(2033, 1, 12)
)


def latin_lookalikes(text: str) -> str:
    """`text` with the Cyrillic letters that have a Latin twin typed in Latin."""
    return text.translate(str.maketrans("аоерсхАОЕРСХ", "aoepcxAOEPCX"))


def cyrillic_lookalikes(text: str) -> str:
    """`text` with the Latin a, e, o typed as their Cyrillic twins."""
    return text.translate(str.maketrans("aeo", "аео"))


# --- file makers --------------------------------------------------------------------------


def sheet(
    rows: list[list[object]], then: Callable[[Workbook], None] | None = None
) -> Callable[[], bytes]:
    """A maker of an XLSX whose first sheet holds `rows`, then `then` adds a part."""

    def fill(workbook: Workbook) -> None:
        for row in rows:
            workbook.active.append(row)
        if then is not None:
            then(workbook)

    return lambda: office.xlsx(fill)


def comment_on(cell: str, text: str, author: str) -> Callable[[Workbook], None]:
    def add(workbook: Workbook) -> None:
        workbook.active[cell].comment = Comment(text, author)

    return add


def header_footer(header: str = "", footer: str = "") -> Callable[[Workbook], None]:
    def add(workbook: Workbook) -> None:
        if header:
            workbook.active.oddHeader.center.text = header
        if footer:
            workbook.active.oddFooter.left.text = footer

    return add


def drop_down(choices: list[str]) -> Callable[[Workbook], None]:
    def add(workbook: Workbook) -> None:
        validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"')
        validation.add("B2:B50")
        workbook.active.add_data_validation(validation)

    return add


def link(cell: str, target: str) -> Callable[[Workbook], None]:
    def add(workbook: Workbook) -> None:
        workbook.active[cell].hyperlink = target

    return add


def merged_header(title: str, parts: list[object]) -> Callable[[], bytes]:
    """An XLSX whose header cell, merged over two columns, stands above a value split in two."""

    def fill(workbook: Workbook) -> None:
        sheet_ = workbook.active
        sheet_.append(["", title, ""])
        sheet_.merge_cells("B1:C1")
        sheet_.append(["1", *parts])

    return lambda: office.xlsx(fill)


def text(value: str) -> Callable[[], bytes]:
    return lambda: plain.utf8(value)


def page(lang: str, title: str, body: str) -> Callable[[], bytes]:
    return lambda: plain.html(lang, title, body)


def pos(
    name: str,
    cls: str,
    part: str,
    lang: str,
    datum: str,
    category: str,
    reason: str,
    content: Callable[[], bytes],
) -> Entry:
    return Entry(name, cls, part, lang, datum, category, reason, content)


def neg(
    name: str, part: str, lang: str, datum: str, reason: str, content: Callable[[], bytes]
) -> Entry:
    return Entry(name, "false-alarm", part, lang, datum, None, reason, content)


# --- positives: every place an office file keeps text ------------------------------------

# fmt: off
OFFICE = [
    # XLSX
    pos(
        "p-xlsx-comment-legacy-kk.xlsx", "office-xlsx", "xl/comments/comment1.xml (legacy note)",
        "kk", IIN_A, "iin", "an IIN in a cell note, not in any cell",
        sheet(
            [["Топ", "Студенттер саны"], ["ВТ-21-1", 24]],
            comment_on("B2", f"Тексеру үшін ЖСН: {IIN_A}", "Деканат"),
        ),
    ),
    pos(
        "p-xlsx-comment-legacy-ru.xlsx", "office-xlsx", "xl/comments/comment1.xml (legacy note)",
        "ru", "+7 705 318 44 27", "phone", "a private mobile number in a cell note",
        sheet(
            [["Группа", "Средний балл"], ["ВТ-22-2", 3.4]],
            comment_on("B2", "Уточнить у куратора по тел. +7 705 318 44 27", "Учебный отдел"),
        ),
    ),
    pos(
        "p-xlsx-threaded-text-ru.xlsx", "office-xlsx",
        "xl/threadedComments/threadedComment1.xml text", "ru", "d.omarov@mail.ru", "email",
        "a private address in a threaded comment (Excel 365), no legacy copy",
        lambda: office.xlsx_threaded_comment(
            [["Группа", "Заявлений"], ["ВТ-23-1", "18"]],
            "B2",
            "Ответ выслать на d.omarov@mail.ru",
            "Оқу бөлімі",
        ),
    ),
    pos(
        "p-xlsx-threaded-author-kk.xlsx", "office-xlsx", "xl/persons/person.xml displayName", "kk",
        "Тілеубеков Ғалым Ерланұлы", "person-name",
        "the author of a threaded comment is a private person's full name",
        lambda: office.xlsx_threaded_comment(
            [["Топ", "Өтініштер"], ["ВТ-23-2", "21"]],
            "B2",
            "Сандар тексерілді",
            "Тілеубеков Ғалым Ерланұлы",
        ),
    ),
    pos(
        "p-xlsx-header-en.xlsx", "office-xlsx", "print header (oddHeader)", "en",
        "Aigerim Zhaksybekova", "person-name", "a preparer's name only in the print header",
        sheet(
            [["Group", "Students"], ["VT-21-1", 24]],
            header_footer(header="Prepared by Aigerim Zhaksybekova"),
        ),
    ),
    pos(
        "p-xlsx-footer-ru.xlsx", "office-xlsx", "print footer (oddFooter)", "ru",
        "+7 775 240 61 93", "phone", "the clerk's mobile number only in the print footer",
        sheet(
            [["Группа", "Студентов"], ["ВТ-21-3", 19]],
            header_footer(footer="Исполнитель: тел. +7 775 240 61 93"),
        ),
    ),
    pos(
        "p-xlsx-validation-kk.xlsx", "office-xlsx", "data validation list (formula1)", "kk",
        "Сейітқали Н.Б.", "person-name", "a curator's name among the drop-down choices",
        sheet(
            [["Топ", "Жауапты"], ["ВТ-21-1", "Кафедра"]],
            drop_down(["Кафедра", "Деканат", "Сейітқали Н.Б."]),
        ),
    ),
    pos(
        "p-xlsx-validation-en.xlsx", "office-xlsx", "data validation list (formula1)", "en",
        "+7 702 637 18 54", "phone", "a private number among the drop-down choices",
        sheet(
            [["Group", "Contact"], ["VT-22-1", "Email the office"]],
            drop_down(["Email the office", "Call +7 702 637 18 54"]),
        ),
    ),
    pos(
        "p-xlsx-hyperlink-mailto-kk.xlsx", "office-xlsx", "hyperlink target (xl/worksheets/_rels)",
        "kk", "aigerim.zh@yandex.kz", "email",
        "the address only in a mailto: link behind the words «Хат жазу»",
        sheet(
            [["Топ", "Байланыс"], ["ВТ-21-2", "Хат жазу"]],
            link("B2", "mailto:aigerim.zh@yandex.kz"),
        ),
    ),
    pos(
        "p-xlsx-hyperlink-url-en.xlsx", "office-xlsx", "hyperlink target (xl/worksheets/_rels)",
        "en", IIN_B, "iin", "an IIN in the query of a URL behind the words «Open form»",
        sheet(
            [["Group", "Form"], ["VT-22-3", "Open form"]],
            link("B2", f"https://forms.example.org/check?iin={IIN_B}"),
        ),
    ),
    # DOCX
    pos(
        "p-docx-insertion-kk.docx", "office-docx", "word/document.xml w:ins", "kk", IIN_C, "iin",
        "an IIN added as a tracked insertion",
        lambda: office.docx(
            [office.para("Өтініш беруші туралы мәлімет: ", office.inserted(f"ЖСН {IIN_C}"))]
        ),
    ),
    pos(
        "p-docx-insertion-en.docx", "office-docx", "word/document.xml w:ins", "en",
        "+7 777 902 45 16", "phone", "a mobile number added as a tracked insertion",
        lambda: office.docx(
            [office.para("Contact for the applicant: ", office.inserted("+7 777 902 45 16"))]
        ),
    ),
    pos(
        "p-docx-deletion-ru.docx", "office-docx", "word/document.xml w:del/w:delText", "ru",
        "Ибраева Дана Маратовна", "person-name",
        "a name deleted with tracking on: still in the file",
        lambda: office.docx(
            [
                office.para(
                    "Ответственный: ", office.deleted("Ибраева Дана Маратовна "), "учебный отдел"
                )
            ]
        ),
    ),
    pos(
        "p-docx-deletion-kk.docx", "office-docx", "word/document.xml w:del/w:delText", "kk",
        grouped(CARD_A), "bank-card", "a card number deleted with tracking on",
        lambda: office.docx(
            [
                office.para(
                    "Төлем картасы: ", office.deleted(grouped(CARD_A) + " "), "кассада төленеді"
                )
            ]
        ),
    ),
    pos(
        "p-docx-author-ru.docx", "office-docx", "word/document.xml w:ins/@w:author", "ru",
        "Есенов Марат Канатович", "person-name",
        "the revision author attribute names a private person",
        lambda: office.docx(
            [
                office.para(
                    "Положение о стипендиях. ",
                    office.inserted("Исправлено по приказу.", author="Есенов Марат Канатович"),
                )
            ]
        ),
    ),
    pos(
        "p-docx-author-en.docx", "office-docx", "word/document.xml w:del/@w:author", "en",
        "Gulnar Akhmetova", "person-name", "the author of a tracked deletion",
        lambda: office.docx(
            [
                office.para(
                    "Scholarship rules. ",
                    office.deleted("Draft paragraph.", author="Gulnar Akhmetova"),
                )
            ]
        ),
    ),
    pos(
        "p-docx-custom-ru.docx", "office-docx", "docProps/custom.xml", "ru", "+7 700 411 73 29",
        "phone", "a custom document property «Контактный телефон»",
        lambda: office.docx(
            [office.para("Положение о стипендиях")],
            custom={"Контактный телефон": "+7 700 411 73 29"},
        ),
    ),
    pos(
        "p-docx-custom-en.docx", "office-docx", "docProps/custom.xml", "en", "Marat Yessenov",
        "person-name", "a custom document property «Reviewer»",
        lambda: office.docx(
            [office.para("Scholarship rules")], custom={"Reviewer": "Marat Yessenov"}
        ),
    ),
    pos(
        "p-docx-header-kk.docx", "office-docx", "word/header1.xml", "kk", "g.akhmetova98@mail.kz",
        "email", "a private address in the page header",
        lambda: office.docx(
            [office.para("Стипендия туралы ереже")], header="Жауапты: g.akhmetova98@mail.kz"
        ),
    ),
    pos(
        "p-docx-footer-ru.docx", "office-docx", "word/footer1.xml", "ru", "2206781", "student-id",
        "a student card number in the page footer",
        lambda: office.docx(
            [office.para("Справка с места учёбы")], footer="Студенческий билет № 2206781"
        ),
    ),
    pos(
        "p-docx-comment-text-en.docx", "office-docx", "word/comments.xml text", "en", "14.07.1995",
        "birth-date", "an applicant's birth date in a review comment",
        lambda: office.docx(
            [office.para("Admission list, first round")],
            comment=("Registry", "R", "Applicant born 14.07.1995, check the age limit"),
        ),
    ),
    pos(
        "p-docx-comment-author-kk.docx", "office-docx", "word/comments.xml w:author", "kk",
        "Сейітқали Нұрлан", "person-name", "the comment's author is a private person",
        lambda: office.docx(
            [office.para("Сабақ кестесі")],
            comment=("Сейітқали Нұрлан", "СН", "Кестені жаңарту керек"),
        ),
    ),
    # ODT
    pos(
        "p-odt-insertion-ru.odt", "office-odt", "content.xml text:change-start … change-end", "ru",
        IIN_D, "iin", "an IIN added as a tracked insertion",
        lambda: office.odt(
            '<text:p>ИИН заявителя: <text:change-start text:change-id="ct1"/>'
            f'{IIN_D}<text:change-end text:change-id="ct1"/></text:p>',
            tracked=office.odt_change("insertion", "KazUTB"),
        ),
    ),
    pos(
        "p-odt-deletion-kk.odt", "office-odt", "content.xml text:tracked-changes deletion", "kk",
        "+7 771 286 90 45", "phone", "a deleted number kept in the changed region",
        lambda: office.odt(
            '<text:p>Байланыс <text:change text:change-id="ct1"/>деканат арқылы.</text:p>',
            tracked=office.odt_change("deletion", "KazUTB", "+7 771 286 90 45 "),
        ),
    ),
    pos(
        "p-odt-change-author-en.odt", "office-odt", "content.xml office:change-info dc:creator",
        "en", "Dana Ibrayeva", "person-name", "the author of a tracked change",
        lambda: office.odt(
            '<text:p>Scholarship rules, <text:change-start text:change-id="ct1"/>revised'
            '<text:change-end text:change-id="ct1"/>.</text:p>',
            tracked=office.odt_change("insertion", "Dana Ibrayeva"),
        ),
    ),
    pos(
        "p-odt-user-defined-kk.odt", "office-odt", "meta.xml meta:user-defined", "kk",
        "Жақсыбекова Айгерім", "person-name", "a user-defined property «Дайындаған»",
        lambda: office.odt(
            office.odt_p("Стипендия туралы ереже"),
            user_defined={"Дайындаған": "Жақсыбекова Айгерім"},
        ),
    ),
    pos(
        "p-odt-user-defined-ru.odt", "office-odt", "meta.xml meta:user-defined", "ru",
        "dana_ibraeva@inbox.ru", "email", "a user-defined property «Email»",
        lambda: office.odt(
            office.odt_p("Положение о практике"), user_defined={"Email": "dana_ibraeva@inbox.ru"}
        ),
    ),
    pos(
        "p-odt-header-en.odt", "office-odt", "styles.xml style:header", "en", "marat.esenov@bk.ru",
        "email", "a private address in the page header",
        lambda: office.odt(office.odt_p("Internship rules"), header="Contact: marat.esenov@bk.ru"),
    ),
    pos(
        "p-odt-footer-kk.odt", "office-odt", "styles.xml style:footer", "kk", "2104563",
        "student-id", "a student card number in the page footer",
        lambda: office.odt(
            office.odt_p("Оқу орнынан анықтама"), footer="Студенттік билет № 2104563"
        ),
    ),
    # PDF
    pos(
        "p-pdf-field-kk.pdf", "office-pdf", "AcroForm field /V", "kk", IIN_B, "iin",
        "an IIN typed into a form field «ЖСН»",
        lambda: pdf("Application form", Hidden(field=("ЖСН", IIN_B))),
    ),
    pos(
        "p-pdf-field-ru.pdf", "office-pdf", "AcroForm field /V", "ru", "+7 708 153 27 64", "phone",
        "a mobile number typed into a form field «Телефон»",
        lambda: pdf("Application form", Hidden(field=("Телефон", "+7 708 153 27 64"))),
    ),
    pos(
        "p-pdf-note-text-en.pdf", "office-pdf", "annotation /Contents", "en",
        "nurlan.seitkali@gmail.com", "email", "a private address in a sticky note",
        lambda: pdf(
            "Admission rules",
            Hidden(note=("Registry", "Send the scan to nurlan.seitkali@gmail.com")),
        ),
    ),
    pos(
        "p-pdf-note-text-kk.pdf", "office-pdf", "annotation /Contents", "kk", "Тілеубеков Ғ.Е.",
        "person-name", "a reviewer's name in a sticky note",
        lambda: pdf("Admission rules", Hidden(note=(None, "Тексерген: Тілеубеков Ғ.Е."))),
    ),
    pos(
        "p-pdf-note-author-ru.pdf", "office-pdf", "annotation /T (author)", "ru",
        "Смагулова Асель Ерлановна", "person-name", "a sticky note's author",
        lambda: pdf("Admission rules", Hidden(note=("Смагулова Асель Ерлановна", "Проверено"))),
    ),
    pos(
        "p-pdf-note-author-en.pdf", "office-pdf", "annotation /T (author)", "en", "Daniyar Omarov",
        "person-name", "a sticky note's author",
        lambda: pdf("Admission rules", Hidden(note=("Daniyar Omarov", "Checked"))),
    ),
    pos(
        "p-pdf-outline-kk.pdf", "office-pdf", "outline (bookmark) title", "kk",
        "Ахметова Гүлнар Серікқызының", "person-name",
        "a bookmark names an applicant (genitive case)",
        lambda: pdf(
            "Regulations",
            Hidden(
                bookmarks=(
                    "1. Жалпы ережелер",
                    "Қосымша: Ахметова Гүлнар Серікқызының өтініші",
                )
            ),
        ),
    ),
    pos(
        "p-pdf-outline-ru.pdf", "office-pdf", "outline (bookmark) title", "ru", "034517862",
        "id-document", "a bookmark titled with an ID card number",
        lambda: pdf(
            "Regulations",
            Hidden(bookmarks=("Приложение 2", "Копия удостоверения личности № 034517862")),
        ),
    ),
    pos(
        "p-pdf-attachment-en.pdf", "office-pdf", "embedded file (applicants.csv)", "en", IIN_A,
        "iin", "an IIN inside a CSV file attached to the PDF",
        lambda: pdf(
            "Admission list",
            Hidden(attachment=("applicants.csv", plain.utf8(f"group,iin\nVT-21-1,{IIN_A}\n"))),
        ),
    ),
    pos(
        "p-pdf-attachment-ru.pdf", "office-pdf", "embedded file (vozvrat.txt)", "ru",
        grouped(CARD_B), "bank-card", "a card number inside a text file attached to the PDF",
        lambda: pdf(
            "Refund",
            Hidden(
                attachment=(
                    "vozvrat.txt",
                    plain.utf8(f"Карта для возврата: {grouped(CARD_B)}\n"),
                )
            ),
        ),
    ),
    # ZIP archive comments
    pos(
        "p-zip-comment-kk.zip", "archive-comment", "ZIP end-of-central-directory comment", "kk",
        "Сейітқали Нұрлан Болатұлы", "person-name", "the packer's name in the comment",
        lambda: office.zip_bytes(
            {"readme.txt": "Ережелер жинағы\n"}, comment="Жинаған: Сейітқали Нұрлан Болатұлы"
        ),
    ),
    pos(
        "p-zip-comment-ru.zip", "archive-comment", "ZIP end-of-central-directory comment", "ru",
        "+7 747 512 33 08", "phone", "a private number in the comment",
        lambda: office.zip_bytes(
            {"readme.txt": "Сборник положений\n"}, comment="Вопросы: +7 747 512 33 08"
        ),
    ),
    pos(
        "p-zip-comment-en.zip", "archive-comment", "ZIP end-of-central-directory comment", "en",
        "g.akhmetova98@mail.kz", "email", "a private address in the comment",
        lambda: office.zip_bytes(
            {"readme.txt": "Regulations\n"}, comment="Packed by g.akhmetova98@mail.kz"
        ),
    ),
]
# fmt: on

# --- positives: image metadata ------------------------------------------------------------

# fmt: off
IMAGES = [
    pos(
        "p-jpeg-artist-ascii-en.jpg", "image-metadata", "EXIF IFD0 Artist (ASCII)", "en",
        "Marat Yessenov", "person-name", "the photographer is a private person",
        lambda: images.jpeg({images.ARTIST: "Marat Yessenov"}),
    ),
    pos(
        "p-jpeg-description-utf8-kk.jpg", "image-metadata",
        "EXIF IFD0 ImageDescription (UTF-8 bytes in an ASCII tag)", "kk", "Жақсыбекова Айгерім",
        "person-name", "a caption naming a graduate, UTF-8 as phones write",
        lambda: images.jpeg({images.IMAGE_DESCRIPTION: plain.utf8("Түлек Жақсыбекова Айгерім")}),
    ),
    pos(
        "p-jpeg-usercomment-ascii-en.jpg", "image-metadata",
        "EXIF UserComment (character code ASCII)", "en", "+7 705 318 44 27", "phone",
        "a private number in the user comment",
        lambda: images.jpeg(
            {}, {images.USER_COMMENT: images.user_comment("Call +7 705 318 44 27", "ASCII")}
        ),
    ),
    pos(
        "p-jpeg-usercomment-unicode-ru.jpg", "image-metadata",
        "EXIF UserComment (character code UNICODE, UCS-2)", "ru", "Омаров Данияр Серикович",
        "person-name", "a name in the user comment, UCS-2",
        lambda: images.jpeg(
            {},
            {images.USER_COMMENT: images.user_comment("Фото: Омаров Данияр Серикович", "UNICODE")},
        ),
    ),
    pos(
        "p-jpeg-xpauthor-kk.jpg", "image-metadata", "EXIF XPAuthor (UCS-2)", "kk",
        "Тілеубеков Ғалым", "person-name", "Windows' author field, UCS-2",
        lambda: images.jpeg({images.XP_AUTHOR: images.ucs2("Тілеубеков Ғалым")}),
    ),
    pos(
        "p-jpeg-xpcomment-ru.jpg", "image-metadata", "EXIF XPComment (UCS-2)", "ru",
        "+7 702 637 18 54", "phone", "Windows' comment field, UCS-2",
        lambda: images.jpeg({images.XP_COMMENT: images.ucs2("Тел. родителей +7 702 637 18 54")}),
    ),
    pos(
        "p-jpeg-owner-en.jpg", "image-metadata", "EXIF CameraOwnerName", "en", "Dana Ibrayeva",
        "person-name", "the camera owner's name",
        lambda: images.jpeg({}, {images.CAMERA_OWNER_NAME: "Dana Ibrayeva"}),
    ),
    pos(
        "p-jpeg-owner-ru.jpg", "image-metadata", "EXIF CameraOwnerName (UTF-8 bytes)", "ru",
        "Есенов Марат", "person-name", "the camera owner's name in Cyrillic",
        lambda: images.jpeg({}, {images.CAMERA_OWNER_NAME: plain.utf8("Есенов Марат")}),
    ),
    pos(
        "p-png-xmp-creator-kk.png", "image-metadata", "PNG iTXt XML:com.adobe.xmp dc:creator", "kk",
        "Ахметова Гүлнар", "person-name", "the XMP creator is a private person",
        lambda: images.png(xmp=images.xmp_packet(creator="Ахметова Гүлнар")),
    ),
    pos(
        "p-png-xmp-description-en.png", "image-metadata",
        "PNG iTXt XML:com.adobe.xmp dc:description", "en", "nurlan.seitkali@gmail.com", "email",
        "a private address in the XMP description",
        lambda: images.png(
            xmp=images.xmp_packet(description="Contact nurlan.seitkali@gmail.com for the original")
        ),
    ),
    pos(
        "p-png-text-author-ru.png", "image-metadata", "PNG tEXt Author (UTF-8 bytes)", "ru",
        "Ибраева Дана", "person-name",
        "a tEXt chunk «Author» holding UTF-8, as tools write it though tEXt is Latin-1",
        lambda: images.png(text={"Author": plain.utf8("Ибраева Дана")}),
    ),
    pos(
        "p-png-text-comment-en.png", "image-metadata", "PNG tEXt Comment", "en", "2308154",
        "student-id", "a student ID in a tEXt chunk «Comment»",
        lambda: images.png(text={"Comment": "Student ID 2308154"}),
    ),
]
# fmt: on

# --- positives: a datum split across structure --------------------------------------------

# fmt: off
SPLIT = [
    pos(
        "p-split-csv-iin-ru.csv", "split-cells", "two cells of one CSV row", "ru", IIN_A, "iin",
        "the IIN typed in two columns under one header",
        text(f"Группа,ИИН,\nВТ-21-1,{IIN_A[:6]},{IIN_A[6:]}\n"),
    ),
    pos(
        "p-split-csv-phone-kk.csv", "split-cells", "two cells of one CSV row", "kk",
        "+7 747 512 33 08", "phone", "the operator code and the number in two columns",
        text("Топ,Коды,Телефон\nВТ-22-2,+7 747,512 33 08\n"),
    ),
    pos(
        "p-split-xlsx-iin-kk.xlsx", "split-cells", "two cells under a merged header (B1:C1)", "kk",
        IIN_C, "iin", "an IIN as a number and a text cell under a merged «ЖСН»",
        merged_header("ЖСН", [int(IIN_C[:6]), IIN_C[6:]]),
    ),
    pos(
        "p-split-xlsx-card-en.xlsx", "split-cells", "two cells under a merged header (B1:C1)", "en",
        grouped(CARD_C), "bank-card", "a card number in two halves under «Card number»",
        merged_header("Card number", [grouped(CARD_C[:8]), grouped(CARD_C[8:])]),
    ),
    pos(
        "p-split-html-iin-en.html", "split-cells", "two td of one table row", "en", IIN_D, "iin",
        "the IIN in two cells under a colspan header",
        page(
            "en",
            "Applicants",
            '<table><tr><th>Group</th><th colspan="2">IIN</th></tr>'
            f"<tr><td>VT-23-1</td><td>{IIN_D[:6]}</td><td>{IIN_D[6:]}</td></tr></table>",
        ),
    ),
    pos(
        "p-split-html-phone-ru.html", "split-cells", "two td of one table row", "ru",
        "+7 (777) 902-45-16", "phone", "the operator code and the number in two cells",
        page(
            "ru",
            "Контакты",
            '<table><tr><th>Группа</th><th colspan="2">Телефон</th></tr>'
            "<tr><td>ВТ-22-1</td><td>+7 (777)</td><td>902-45-16</td></tr></table>",
        ),
    ),
    pos(
        "p-json-name-kk.json", "split-name-keys", "JSON keys тегі/аты/әкесінің_аты", "kk",
        "Жақсыбекова Айгерім Болатқызы", "person-name", "a full name spread over three keys",
        lambda: plain.json_bytes(
            {"тегі": "Жақсыбекова", "аты": "Айгерім", "әкесінің_аты": "Болатқызы", "топ": "ВТ-21-1"}
        ),
    ),
    pos(
        "p-json-name-ru.json", "split-name-keys", "JSON keys surname/name/patronymic", "ru",
        "Ибраева Дана Маратовна", "person-name", "a full name spread over three keys",
        lambda: plain.json_bytes(
            {"surname": "Ибраева", "name": "Дана", "patronymic": "Маратовна", "group": "ВТ-22-3"}
        ),
    ),
    pos(
        "p-json-name-en.json", "split-name-keys", "JSON keys last_name/first_name/middle_name",
        "en", "Omarov Daniyar Serikovich", "person-name", "a full name spread over three keys",
        lambda: plain.json_bytes(
            {"last_name": "Omarov", "first_name": "Daniyar", "middle_name": "Serikovich"}
        ),
    ),
    pos(
        "p-hyphen-kk.txt", "hyphenated-surname", "surname broken at a line end", "kk",
        "Жақсыбекова А.Б.", "person-name", "«Жақсы-» ends a line, «бекова А.Б.» starts the next",
        text("Стипендия тағайындалды: Жақсы-\nбекова А.Б., ВТ-21-1 тобы.\n"),
    ),
    pos(
        "p-hyphen-ru.html", "hyphenated-surname", "surname broken by a hyphen and <br>", "ru",
        "Сейткалиеву Н.Б.", "person-name", "the surname (dative) broken over a <br>",
        page("ru", "Приказ", "<p>Объявить благодарность студенту Сейтка-<br>\nлиеву Н.Б.</p>"),
    ),
    pos(
        "p-hyphen-en.md", "hyphenated-surname", "surname broken at a line end", "en",
        "Zhaksybekova A.B.", "person-name", "«Zhaksy-» ends a line, «bekova A.B.» starts the next",
        text("# Scholarships\n\nAwarded to Zhaksy-\nbekova A.B. (group VT-21-1).\n"),
    ),
    pos(
        "p-attr-html-iin-ru.html", "attribute-value", "HTML data-iin attribute", "ru", IIN_B, "iin",
        "the IIN only in an attribute the page does not show",
        page(
            "ru",
            "Список",
            f'<table><tr data-iin="{IIN_B}"><td>1</td><td>ВТ-22-1</td></tr></table>',
        ),
    ),
    pos(
        "p-attr-xml-phone-kk.xml", "attribute-value", "XML attribute phone=", "kk", "+77753186044",
        "phone", "a number in an XML attribute",
        text(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<тізім><студент топ="ВТ-21-1" phone="+77753186044"/></тізім>\n'
        ),
    ),
    pos(
        "p-attr-svg-email-en.svg", "attribute-value", "SVG data-contact attribute", "en",
        "t.galym01@gmail.com", "email", "an address in an attribute of a chart's group",
        text(
            '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
            '<g data-contact="t.galym01@gmail.com"><rect width="40" height="20"/></g></svg>\n'
        ),
    ),
]
# fmt: on

# --- positives: encodings -------------------------------------------------------------------

# fmt: off
ENCODED = [
    pos(
        "p-percent-mailto-kk.html", "percent-encoding", "href mailto: with %40", "kk",
        "g.akhmetova98%40mail.kz", "email", "the @ of the address percent-encoded in a link",
        page("kk", "Байланыс", '<p><a href="mailto:g.akhmetova98%40mail.kz">Хат жазу</a></p>'),
    ),
    pos(
        "p-percent-name-ru.html", "percent-encoding", "href query, UTF-8 percent-encoded", "ru",
        "Ибраева Дана Маратовна", "person-name", "a full name percent-encoded in a search link",
        page(
            "ru",
            "Поиск",
            f'<p><a href="https://search.example.org/?q={quote("Ибраева Дана Маратовна")}">'
            "Найти</a></p>",
        ),
    ),
    pos(
        "p-percent-phone-en.md", "percent-encoding", "tel: link, %2B and %20", "en",
        "tel:%2B7%20705%20318%2044%2027", "phone", "a number percent-encoded in a tel: link",
        text("# Contacts\n\n[Call the tutor](tel:%2B7%20705%20318%2044%2027)\n"),
    ),
    pos(
        "p-base64-json-kk.json", "base64", "JSON field content_base64", "kk", IIN_B, "iin",
        "an IIN inside a base64 payload",
        lambda: plain.json_bytes(
            {"file": "otinish.txt", "content_base64": plain.b64(f"ЖСН: {IIN_B}\n")}
        ),
    ),
    pos(
        "p-base64-xml-en.xml", "base64", "XML element encoding=base64", "en", "d.omarov@mail.ru",
        "email", "an address inside a base64 attachment",
        text(
            '<?xml version="1.0" encoding="UTF-8"?>\n<message><attachment encoding="base64">'
            f"{plain.b64('Contact: d.omarov@mail.ru')}</attachment></message>\n"
        ),
    ),
    pos(
        "p-base64-datalink-ru.html", "base64", "href data:text/plain;base64", "ru",
        "+7 700 411 73 29", "phone", "a number inside a data: link",
        page(
            "ru",
            "Файлы",
            '<p><a href="data:text/plain;charset=utf-8;base64,'
            f'{plain.b64("Телефон: +7 700 411 73 29")}">скачать</a></p>',
        ),
    ),
    pos(
        "p-base64-datalink-en.md", "base64", "Markdown link data:text/plain;base64", "en",
        grouped(CARD_C), "bank-card", "a card number inside a data: link",
        text(
            "# Refunds\n\n[details](data:text/plain;charset=utf-8;base64,"
            f"{plain.b64('Refund card ' + grouped(CARD_C))})\n"
        ),
    ),
    pos(
        "p-script-concat-ru.html", "script-assembled", "<script> string concatenation", "ru",
        "dana_ibraeva@inbox.ru", "email", '"user" + "@" + "domain" in page script',
        page(
            "ru",
            "Контакты",
            '<p id="mail"></p>\n<script>var a = "dana_ibraeva" + "@" + "inbox.ru";\n'
            'document.getElementById("mail").textContent = a;</script>',
        ),
    ),
    pos(
        "p-script-join-kk.html", "script-assembled", "<script> array join", "kk",
        "t.galym01@gmail.com", "email", '["user", "domain"].join("@") in page script',
        page(
            "kk",
            "Байланыс",
            '<p id="mail"></p>\n<script>const parts = ["t.galym01", "gmail.com"];\n'
            'document.getElementById("mail").textContent = parts.join("@");</script>',
        ),
    ),
    pos(
        "p-script-template-en.html", "script-assembled", "<script> template literal", "en",
        "marat.esenov@bk.ru", "email", "user and host in variables, joined in a template",
        page(
            "en",
            "Contacts",
            '<a id="mail">Write</a>\n<script>const user = "marat.esenov";\nconst host = "bk.ru";\n'
            'document.getElementById("mail").href = `mailto:${user}@${host}`;</script>',
        ),
    ),
]
# fmt: on

# --- positives: forms of identifiers, contacts, addresses and names -----------------------

# fmt: off
FORMS = [
    pos(
        "p-iban-dashes-ru.txt", "iban-grouped", "IBAN grouped by four with dashes", "ru",
        grouped(IBAN_A, sep="-"), "iban", "a payer's account for a refund",
        text(f"Реквизиты плательщика для возврата оплаты: {grouped(IBAN_A, sep='-')}\n"),
    ),
    pos(
        "p-iban-dashes-kk.md", "iban-grouped", "IBAN grouped by four with dashes", "kk",
        grouped(IBAN_B, sep="-"), "iban", "a student's account for a scholarship",
        text(f"# Стипендия\n\nСтуденттің шоты: {grouped(IBAN_B, sep='-')}\n"),
    ),
    pos(
        "p-iban-dashes-en.html", "iban-grouped", "IBAN grouped by four with dashes", "en",
        grouped(IBAN_C, sep="-"), "iban", "a payer's account in a table cell",
        page(
            "en",
            "Refund",
            f"<table><tr><td>Account</td><td>{grouped(IBAN_C, sep='-')}</td></tr></table>",
        ),
    ),
    pos(
        "p-mrz-en.txt", "passport-mrz", "two 44-character MRZ lines", "en", MRZ_EN[1],
        "id-document", "a passport's machine-readable zone copied from a scan",
        text("Passport, page 2 (OCR):\n" + "\n".join(MRZ_EN) + "\n"),
    ),
    pos(
        "p-mrz-ru.html", "passport-mrz", "two 44-character MRZ lines in <pre>", "ru", MRZ_RU[1],
        "id-document", "a passport's machine-readable zone in a page",
        page(
            "ru",
            "Скан",
            "<p>Распознанный текст паспорта:</p>\n<pre>" + "\n".join(MRZ_RU) + "</pre>",
        ),
    ),
    pos(
        "p-mrz-kk.md", "passport-mrz", "two 44-character MRZ lines in a code block", "kk",
        MRZ_KK[1], "id-document", "a passport's machine-readable zone in Markdown",
        text("# Төлқұжат\n\n```\n" + "\n".join(MRZ_KK) + "\n```\n"),
    ),
    pos(
        "p-id-card-kk.txt", "id-card-words", "«жеке куәлік №»", "kk", "045612378", "id-document",
        "an ID card number after the Kazakh words",
        text("Өтініш берушінің жеке куәлік № 045612378, ҚР ІІМ 2019 ж. берген.\n"),
    ),
    pos(
        "p-id-card-ru-ud-l.txt", "id-card-words", "«уд. л. №»", "ru", "034517862", "id-document",
        "an ID card number after the abbreviation уд. л.",
        text("Заявитель: уд. л. № 034517862 выд. МВД РК.\n"),
    ),
    pos(
        "p-id-card-ru-ud-nie.html", "id-card-words", "«уд-ние №»", "ru", "041278345", "id-document",
        "an ID card number after the abbreviation уд-ние",
        page("ru", "Заявление", "<p>Предъявлено уд-ние № 041278345 от 12.04.2021.</p>"),
    ),
    pos(
        "p-id-card-en.md", "id-card-words", "«ID card no.»", "en", "052913746", "id-document",
        "an ID card number after the English words",
        text("Applicant's ID card no. 052913746 issued by the Ministry of Internal Affairs.\n"),
    ),
    pos(
        "p-birth-words-kk.txt", "birth-date-words", "date in words + «туған»", "kk",
        "1998 жылғы 5 наурызда туған", "birth-date", "an applicant's birth date, month in words",
        text("Өтініш беруші 1998 жылғы 5 наурызда туған, ВТ-21-1 тобында оқиды.\n"),
    ),
    pos(
        "p-birth-words-ru.txt", "birth-date-words", "«5 марта 1998 года рождения»", "ru",
        "5 марта 1998 года рождения", "birth-date", "a student's birth date, month in words",
        text("Студентка группы ВТ-21-1, 5 марта 1998 года рождения, переведена на бюджет.\n"),
    ),
    pos(
        "p-birth-spelled-ru.html", "birth-date-words", "a date spelled out entirely", "ru",
        "пятого марта тысяча девятьсот девяносто восьмого года", "birth-date",
        "the whole birth date spelled in words",
        page(
            "ru",
            "Справка",
            "<p>Заявительница родилась пятого марта тысяча девятьсот девяносто восьмого года.</p>",
        ),
    ),
    pos(
        "p-birth-words-en.md", "birth-date-words", "«born on the fifth of March 1998»", "en",
        "born on the fifth of March 1998", "birth-date", "an applicant's birth date in words",
        text("The applicant was born on the fifth of March 1998 and studies in group VT-21-1.\n"),
    ),
    pos(
        "p-address-village-kk.txt", "address-village", "«ауылы, … көшесі, 12-үй»", "kk",
        "Қосшоқы ауылы, Бейбітшілік көшесі, 12-үй", ANY, "a student's home address in a village",
        text(
            "Тұрғылықты мекенжайы: Ақмола облысы, Целиноград ауданы, Қосшоқы ауылы, "
            "Бейбітшілік көшесі, 12-үй.\n"
        ),
    ),
    pos(
        "p-address-village-ru.html", "address-village", "«с. …, ул. …, д. 7, кв. 3»", "ru",
        "с. Жанаталап, ул. Достык, д. 7, кв. 3", ANY, "a student's home address in a village",
        page(
            "ru",
            "Анкета",
            "<p>Адрес проживания: Акмолинская область, с. Жанаталап, ул. Достык, д. 7, кв. 3</p>",
        ),
    ),
    pos(
        "p-address-village-en.md", "address-village", "«… village, … street, house 7»", "en",
        "Zhanatalap village, Dostyk street, house 7", ANY, "a student's home address in a village",
        text("Home address: Zhanatalap village, Dostyk street, house 7, Akmola region.\n"),
    ),
    pos(
        "p-address-unit-en.txt", "address-unit", "«Apt 4B, 12 Abay St»", "en", "Apt 4B, 12 Abay St",
        ANY, "a home address with an English-style unit number",
        text("Mailing address of the applicant: Apt 4B, 12 Abay St, Astana 010000.\n"),
    ),
    pos(
        "p-address-unit-kk.html", "address-unit", "«…даңғылы, 12-үй, 4Б пәтер»", "kk",
        "Абай даңғылы, 12-үй, 4Б пәтер", ANY, "a home address with a flat number",
        page(
            "kk", "Өтініш", "<p>Хат жіберу мекенжайы: Астана қ., Абай даңғылы, 12-үй, 4Б пәтер</p>"
        ),
    ),
    pos(
        "p-address-unit-ru.md", "address-unit", "«ул. …, д. 12, кв. 4Б»", "ru",
        "ул. Абая, д. 12, кв. 4Б", ANY, "a home address with a flat number",
        text("Адрес для писем: г. Астана, ул. Абая, д. 12, кв. 4Б.\n"),
    ),
    pos(
        "p-account-telegram-kk.html", "account-link", "t.me/ link", "kk", "t.me/nurlan_seitkali",
        ANY, "a private person's Telegram account",
        page("kk", "Байланыс", '<p><a href="https://t.me/nurlan_seitkali">Telegram</a></p>'),
    ),
    pos(
        "p-account-whatsapp-ru.html", "account-link", "wa.me/ link", "ru", "wa.me/77053184427",
        "phone", "a WhatsApp link is a mobile number",
        page("ru", "Контакты", '<p><a href="https://wa.me/77053184427">WhatsApp</a></p>'),
    ),
    pos(
        "p-account-vk-ru.md", "account-link", "vk.com/ link", "ru", "vk.com/dana.ibraeva", ANY,
        "a private person's VK profile",
        text("Куратор группы: [страница](https://vk.com/dana.ibraeva)\n"),
    ),
    pos(
        "p-account-instagram-kk.md", "account-link", "instagram.com/ link", "kk",
        "instagram.com/aigerim.zhaksybekova", ANY, "a private person's Instagram profile",
        text("Топ жетекшісі: https://instagram.com/aigerim.zhaksybekova\n"),
    ),
    pos(
        "p-account-tiktok-en.html", "account-link", "tiktok.com/@ link", "en",
        "tiktok.com/@galym.tileubekov", ANY, "a private person's TikTok profile",
        page("en", "Team", '<p><a href="https://www.tiktok.com/@galym.tileubekov">TikTok</a></p>'),
    ),
    pos(
        "p-account-ok-ru.txt", "account-link", "ok.ru/profile/ link", "ru",
        "ok.ru/profile/573920184615", ANY, "a private person's Odnoklassniki profile",
        text("Страница старосты: https://ok.ru/profile/573920184615\n"),
    ),
    pos(
        "p-account-tg-resolve-en.html", "account-link", "tg://resolve?domain=", "en",
        "tg://resolve?domain=marat_esenov", ANY, "a Telegram deep link to a private account",
        page("en", "Contacts", '<p><a href="tg://resolve?domain=marat_esenov">Telegram</a></p>'),
    ),
    pos(
        "p-initials-nodot-ru.txt", "initials-no-dot", "«Ахметов А Б»", "ru", "Ахметов А Б",
        "person-name", "surname and initials without dots",
        text("Ответственный за ведомость: Ахметов А Б\n"),
    ),
    pos(
        "p-initials-nodot-kk.md", "initials-no-dot", "«Омарова Г С»", "kk", "Омарова Г С",
        "person-name", "surname and initials without dots",
        text("Тізімді тексерген: Омарова Г С\n"),
    ),
    pos(
        "p-initials-nodot-en.html", "initials-no-dot", "«Seitkali N B»", "en", "Seitkali N B",
        "person-name", "surname and initials without dots",
        page("en", "List", "<p>Checked by Seitkali N B</p>"),
    ),
    pos(
        "p-lookalike-ru.txt", "latin-lookalike", "Latin a/o/e/c/p in a Cyrillic name", "ru",
        latin_lookalikes("Нурлан Сейтканов"), "person-name",
        "a name whose Cyrillic letters are partly Latin twins",
        text(f"Благодарность объявлена студенту: {latin_lookalikes('Нурлан Сейтканов')}\n"),
    ),
    pos(
        "p-lookalike-kk.html", "latin-lookalike", "Latin a/o/e/c/p in a Cyrillic name", "kk",
        latin_lookalikes("Айгерім Досова"), "person-name",
        "a name whose Cyrillic letters are partly Latin twins",
        page("kk", "Алғыс", f"<p>Алғыс жарияланды: {latin_lookalikes('Айгерім Досова')}</p>"),
    ),
    pos(
        "p-lookalike-en.md", "latin-lookalike", "Cyrillic а/е/о in a Latin name", "en",
        cyrillic_lookalikes("Dana Ibrayeva"), "person-name",
        "the other way round: a Latin name typed partly with Cyrillic twins",
        text(f"Group leader: {cyrillic_lookalikes('Dana Ibrayeva')}\n"),
    ),
    pos(
        "p-latin2017-kk.txt", "kazakh-latin-2017", "apostrophe alphabet of 2017", "kk",
        "Nu'rlan Serikuly", "person-name", "a name in the 2017 Kazakh Latin alphabet",
        text("Stipendiia tag'ailandy: Nu'rlan Serikuly, VT-21-1 toby.\n"),
    ),
    pos(
        "p-latin2017-ru.html", "kazakh-latin-2017", "apostrophe alphabet of 2017", "ru",
        "Sa'ule Jaqsybekova", "person-name", "a name in the 2017 Kazakh Latin alphabet",
        page("ru", "Благодарность", "<p>Благодарность объявлена: Sa'ule Jaqsybekova</p>"),
    ),
    pos(
        "p-latin2017-en.md", "kazakh-latin-2017", "apostrophe alphabet of 2017", "en",
        "G'alym Ti'leu'bekov", "person-name", "a name in the 2017 Kazakh Latin alphabet",
        text("Group leader: G'alym Ti'leu'bekov\n"),
    ),
    pos(
        "p-unlisted-name-kk.txt", "unlisted-given-name", "rare given name + common surname", "kk",
        "Тілеуқабыл Ахметов", "person-name", "a given name no list holds",
        text("Құттықтаймыз: Тілеуқабыл Ахметов олимпиадада бірінші орын алды.\n"),
    ),
    pos(
        "p-unlisted-name-ru.html", "unlisted-given-name", "rare given name + common surname", "ru",
        "Ерсайын Сулейменов", "person-name", "a given name no list holds",
        page("ru", "Новости", "<p>Поздравляем: Ерсайын Сулейменов занял первое место.</p>"),
    ),
    pos(
        "p-unlisted-name-en.md", "unlisted-given-name", "rare given name + common surname", "en",
        "Zhanqozha Omarov", "person-name", "a given name no list holds",
        text("Congratulations to Zhanqozha Omarov on first place at the olympiad.\n"),
    ),
]
# fmt: on

# --- types the gate cannot read: it must refuse them, naming the real type -----------------

# fmt: off
UNREADABLE = [
    pos(
        "p-archive.tar.gz", "unreadable-type", "member applicants.csv", "en", IIN_A, REFUSED,
        "a gzipped tar: the gate reads no tar, and must say .tar.gz, not .gz",
        lambda: plain.tar_gz({"applicants.csv": f"group,iin\nVT-21-1,{IIN_A}\n"}),
    ),
    pos(
        "p-archive.tar.bz2", "unreadable-type", "member contacts.txt", "ru", "+7 747 512 33 08",
        REFUSED, "a bzip2 tar: the gate must say .tar.bz2, not .bz2",
        lambda: plain.tar_bz2({"contacts.txt": "Староста: +7 747 512 33 08\n"}),
    ),
    pos(
        "p-archive.7z", "unreadable-type", "member tizim.txt (Copy coder)", "kk", IIN_C, REFUSED,
        "a 7z archive", lambda: plain.seven_zip("tizim.txt", f"ЖСН: {IIN_C}\n"),
    ),
    pos(
        "p-letter.rtf", "unreadable-type", "RTF body (\\uN escapes)", "ru",
        "Ибраева Дана Маратовна", REFUSED, "an RTF letter",
        lambda: plain.rtf("Исполнитель: Ибраева Дана Маратовна"),
    ),
    pos(
        "p-letter.doc", "unreadable-type", "Word HTML saved as .doc", "kk", "+7 771 286 90 45",
        REFUSED, "a .doc (Word's HTML under the .doc name, as web systems export)",
        lambda: plain.word_html_doc("kk", "Байланыс: +7 771 286 90 45"),
    ),
]
# fmt: on

# --- negatives: public look-alikes --------------------------------------------------------

# fmt: off
NEGATIVES = [
    neg(
        "n-figure-word-kk.txt", "common word before a public figure", "kk",
        "Ұлы ақын Абай Құнанбайұлы", "a poet of the 19th century, not a private person",
        text("Ұлы ақын Абай Құнанбайұлы шығармалары оқу бағдарламасына енген.\n"),
    ),
    neg(
        "n-figure-word-ru.html", "common word before a public figure", "ru",
        "Памяти Шокана Уалиханова", "a 19th-century scholar, in the genitive",
        page("ru", "Конференция", "<p>Памяти Шокана Уалиханова посвящается конференция.</p>"),
    ),
    neg(
        "n-figure-word-en.md", "common word before a public figure", "en",
        "Great poet Abai Kunanbayuly", "a poet of the 19th century",
        text("Great poet Abai Kunanbayuly is read in every school of the country.\n"),
    ),
    neg(
        "n-figure-library-ru.txt", "common word before a public figure", "ru",
        "Библиотека имени Мухтара Ауэзова", "a writer's name in the name of a library",
        text("Библиотека имени Мухтара Ауэзова открыта с 9:00 до 18:00.\n"),
    ),
    neg(
        "n-figure-academician-kk.html", "common word before a public figure", "kk",
        "Академик Қаныш Сәтбаев", "a scientist of the 20th century",
        page("kk", "Дәріс", "<p>Академик Қаныш Сәтбаев туралы ашық дәріс өтеді.</p>"),
    ),
    neg(
        "n-figure-academician-en.txt", "common word before a public figure", "en",
        "Academician Kanysh Satpayev", "a scientist of the 20th century",
        text("An open lecture on academician Kanysh Satpayev and Kazakh geology.\n"),
    ),
    neg(
        "n-eponym-kk.md", "allowlisted name", "kk", "Қ. Құлажанов",
        "the university's eponym, in the allowlist",
        text("# Университет\n\nҚ. Құлажанов атындағы Қазақ технология және бизнес университеті.\n"),
    ),
    neg(
        "n-rector-kk.html", "allowlisted name", "kk", "Л.К. Байболова",
        "the head of the university, in the allowlist",
        page("kk", "Бұйрық", "<p>Ректор Л.К. Байболова бұйрыққа қол қойды.</p>"),
    ),
    neg(
        "n-rector-en.docx", "allowlisted name in a hidden part", "en", "L.K. Baibolova",
        "the head of the university in a page header, in the allowlist",
        lambda: office.docx(
            [office.para("Order on the academic calendar")], header="Approved: L.K. Baibolova"
        ),
    ),
    neg(
        "n-figure-born-kk.txt", "public figure's birth date", "kk", "1845 жылғы 10 тамызда туған",
        "Abai Kunanbayuly's birth date", text("Абай Құнанбайұлы 1845 жылғы 10 тамызда туған.\n"),
    ),
    neg(
        "n-figure-born-ru.html", "public figure's birth date", "ru", "10 августа 1845 года",
        "Abai Kunanbayuly's birth date",
        page("ru", "Абай", "<p>Абай Кунанбаев родился 10 августа 1845 года.</p>"),
    ),
    neg(
        "n-figure-born-en.md", "public figure's birth date", "en", "born on 10 August 1845",
        "Abai Kunanbayuly's birth date",
        text("Abai Kunanbayuly was born on 10 August 1845 in the Chinggis mountains.\n"),
    ),
    neg(
        "n-figure-born-ru-2.txt", "public figure's birth date", "ru", "28 сентября 1897 года",
        "Mukhtar Auezov's birth date", text("Мухтар Ауэзов родился 28 сентября 1897 года.\n"),
    ),
    neg(
        "n-figure-born-en-2.html", "public figure's birth date", "en", "born 12 April 1899",
        "Kanysh Satpayev's birth date",
        page("en", "Satpayev", "<p>Kanysh Satpayev (born 12 April 1899) founded the Academy.</p>"),
    ),
    neg(
        "n-office-phone-kk.txt", "allowlisted phone", "kk", "+7 (7172) 57 88 15",
        "the admissions office's number, in the allowlist",
        text("Қабылдау комиссиясы: +7 (7172) 57 88 15\n"),
    ),
    neg(
        "n-office-contacts-ru.md", "allowlisted phone and e-mail", "ru",
        "8 708 425 06 60, admissions@example.org", "admissions' contacts, in the allowlist",
        text("Приёмная комиссия: 8 708 425 06 60, admissions@example.org\n"),
    ),
    neg(
        "n-office-links-en.html", "allowlisted tel: and mailto: links", "en",
        "tel:+77016025353, mailto:office@example.org", "admissions' links, in the allowlist",
        page(
            "en",
            "Contacts",
            '<p><a href="tel:+77016025353">Admissions</a> · '
            '<a href="mailto:office@example.org">Office</a></p>',
        ),
    ),
    neg(
        "n-office-percent-ru.html", "allowlisted e-mail percent-encoded", "ru",
        "mailto:appeals%40example.org", "the appeals address, in the allowlist",
        page("ru", "Обращения", '<p><a href="mailto:appeals%40example.org">Написать</a></p>'),
    ),
    neg(
        "n-office-script-kk.html", "allowlisted e-mail assembled in script", "kk",
        '"admissions" + "@" + "example.org"', "an allowlisted address assembled in script",
        page(
            "kk",
            "Байланыс",
            '<p id="mail"></p>\n<script>var a = "admissions" + "@" + "example.org";\n'
            'document.getElementById("mail").textContent = a;</script>',
        ),
    ),
    neg(
        "n-office-base64-en.html", "allowlisted phone in a data: link", "en", "+7 (7172) 57 88 15",
        "the admissions number inside base64",
        page(
            "en",
            "Files",
            '<p><a href="data:text/plain;charset=utf-8;base64,'
            f'{plain.b64("Admissions: +7 (7172) 57 88 15")}">contacts.txt</a></p>',
        ),
    ),
    neg(
        "n-office-comment-ru.xlsx", "allowlisted phone in a cell note", "ru", "+7 (7172) 57 88 15",
        "an institutional number in a note by an office",
        sheet(
            [["Группа", "Заявлений"], ["ВТ-23-1", 18]],
            comment_on("B2", "Вопросы: +7 (7172) 57 88 15", "Приёмная комиссия"),
        ),
    ),
    neg(
        "n-office-header-kk.docx", "allowlisted e-mail in a page header", "kk",
        "admissions@example.org", "an institutional address in the header",
        lambda: office.docx(
            [office.para("Қабылдау ережесі", office.inserted(" 2024 жыл"))],
            header="Қабылдау комиссиясы: admissions@example.org",
        ),
    ),
    neg(
        "n-university-iban-ru.txt", "allowlisted bank account", "ru",
        grouped(SAMPLE_UNIVERSITY_IBAN), "the university's account (sample allowlist entry)",
        text(f"Оплата обучения на счёт университета: IBAN {grouped(SAMPLE_UNIVERSITY_IBAN)}\n"),
    ),
    neg(
        "n-university-account-en.html", "allowlisted official account", "en",
        "instagram.com/example_university", "the official profile (sample allowlist entry)",
        page(
            "en",
            "Follow us",
            '<p><a href="https://instagram.com/example_university">Instagram</a> · '
            '<a href="https://t.me/example_university">Telegram</a></p>',
        ),
    ),
    neg(
        "n-course-codes-kk.txt", "course codes and groups", "kk", "INF 2105, ВТ-21-1",
        "a course code and a group code",
        text("Пән коды: INF 2105, 5 кредит; топ ВТ-21-1; оқытушы — кафедра.\n"),
    ),
    neg(
        "n-course-codes-en.csv", "course codes and rooms", "en", "CSE-4104, 3-214",
        "course codes, sections and rooms",
        text(
            "course,title,section,room\nCSE-4104,Databases,02,3-214\nMAT-1101,Calculus,01,2-105\n"
        ),
    ),
    neg(
        "n-order-ru.txt", "order number and date", "ru", "№ 1023-к от 01.09.2023",
        "the number and date of an order",
        text("Приказ № 1023-к от 01.09.2023 «О зачислении на первый курс».\n"),
    ),
    neg(
        "n-order-kk.md", "order number and date in words", "kk", "№ 245-ж, 2024 жылғы 12 наурыз",
        "an order's date written out, no one's birth",
        text("Бұйрық № 245-ж, 2024 жылғы 12 наурыз: «Стипендия тағайындау туралы».\n"),
    ),
    neg(
        "n-contract-en.txt", "nine-digit contract number", "en", "Contract No. 045123781",
        "a contract's registration number, not an ID card",
        text("Contract No. 045123781 of 12 March 2024 for the supply of lab equipment.\n"),
    ),
    neg(
        "n-isbn-kk.txt", "ISBN with hyphens", "kk",
        f"ISBN {ISBN_KK[:3]}-{ISBN_KK[3:6]}-{ISBN_KK[6:10]}-{ISBN_KK[10:12]}-{ISBN_KK[12]}",
        "a book number",
        text(
            "Оқулық: Экономика негіздері. Астана, 2022. "
            f"ISBN {ISBN_KK[:3]}-{ISBN_KK[3:6]}-{ISBN_KK[6:10]}-{ISBN_KK[10:12]}-{ISBN_KK[12]}\n"
        ),
    ),
    neg(
        "n-isbn-ru.html", "ISBN as 13 digits", "ru", f"ISBN {ISBN_RU}",
        "a book number of 13 digits, close to an IIN",
        page("ru", "Литература", f"<p>Основы менеджмента. Астана, 2021. ISBN {ISBN_RU}</p>"),
    ),
    neg(
        "n-doc-date-en.md", "document date in words", "en", "5 March 1998",
        "the date a regulation was approved, not a birth date",
        text("The Charter was approved on 5 March 1998 by the Academic Council.\n"),
    ),
    neg(
        "n-doc-date-ru.txt", "document date", "ru", "Утверждено 05.03.1998",
        "the date of a document",
        text("Положение о библиотеке. Утверждено 05.03.1998, редакция от 14.07.2015.\n"),
    ),
    neg(
        "n-rooms-kk.txt", "room numbers", "kk", "305 аудитория, 3-қабат", "a room and a floor",
        text("Дәріс 305 аудиторияда өтеді, 3-қабат, 2-ғимарат.\n"),
    ),
    neg(
        "n-rooms-ru.html", "room numbers", "ru", "кабинет 1204, корпус 2", "a room and a building",
        page("ru", "Расписание", "<p>Консультация: кабинет 1204, корпус 2, 14:00–15:30.</p>"),
    ),
    neg(
        "n-company-bin-kk.txt", "a company's BIN", "kk", f"БСН {COMPANY_BIN}",
        "a legal entity's business number, valid BIN check digit",
        text(f"Жеткізуші: «Оқу құралдары» ЖШС, БСН {COMPANY_BIN}.\n"),
    ),
    neg(
        "n-counts-en.csv", "counts and percentages", "en", "1245, 87.5", "aggregate figures",
        text("year,students,employed_percent\n2023,1245,87.5\n2024,1302,88.1\n"),
    ),
    neg(
        "n-photo-exif-en.jpg", "institutional EXIF", "en", "KazUTB Press Service",
        "the press office as the artist, software as software",
        lambda: images.jpeg(
            {images.ARTIST: "KazUTB Press Service", images.SOFTWARE: "GIMP 2.10.36"}
        ),
    ),
    neg(
        "n-photo-xmp-kk.png", "institutional XMP", "kk", "ҚазТБУ баспасөз қызметі",
        "the press office as the creator",
        lambda: images.png(xmp=images.xmp_packet(creator="ҚазТБУ баспасөз қызметі")),
    ),
    neg(
        "n-pdf-outline-kk.pdf", "section bookmarks and an office's note", "kk", "1. Жалпы ережелер",
        "section titles; the note's author is an office",
        lambda: pdf(
            "Regulations",
            Hidden(
                bookmarks=("1. Жалпы ережелер", "2. Қабылдау тәртібі"),
                note=("Editor", "Check the table in section 2"),
            ),
        ),
    ),
    neg(
        "n-zip-comment-kk.zip", "archive comment without a person", "kk", "Ережелер жинағы, 2024",
        "the collection's title",
        lambda: office.zip_bytes(
            {"readme.txt": "Ережелер жинағы\n"}, comment="Ережелер жинағы, 2024"
        ),
    ),
    neg(
        "n-odt-meta-en.odt", "institutional ODT properties", "en", "Registry office",
        "an office as the property and the header",
        lambda: office.odt(
            office.odt_p("Regulations on internships"),
            header="KazUTB — Regulations",
            user_defined={"Department": "Registry office"},
        ),
    ),
    neg(
        "n-figure-street-kk.md", "street named after a public figure", "kk", "Сәтбаев көшесі",
        "a street name, no house: not an address of a person",
        text("Жаңа оқу ғимараты Сәтбаев көшесінде ашылды.\n"),
    ),
]
# fmt: on

MANIFEST: list[Entry] = [*OFFICE, *IMAGES, *SPLIT, *ENCODED, *FORMS, *UNREADABLE, *NEGATIVES]


def build(folder: Path) -> list[Path]:
    """Write every file of the manifest into `folder` (created if missing); return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for entry in MANIFEST:
        path = folder / entry.name
        path.write_bytes(entry.content())
        paths.append(path)
    return paths


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m tests.privacy.independent.build FOLDER")
    written = build(Path(sys.argv[1]))
    print(f"{len(written)} files written to {sys.argv[1]}")
