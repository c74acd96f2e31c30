"""Independent office/metadata corpus for the KazUTB personal-data gate.

Every positive file holds exactly ONE personal datum of a private person, hidden in a
structural part of an office document, a PDF, an archive or an image; everything else is
ordinary public university content.  Negative files (category None) put public look-alikes
into the same kinds of parts.  REFUSED files are types the gate cannot read.

Run:  python build.py OUT_DIR      (or import office.build and call build(Path))
All output is byte-identical from run to run.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openpyxl.comments import Comment
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

try:
    from . import _arch, _docx, _ids, _img, _odf, _pdf, _xlsx
except ImportError:  # run as a script from this folder
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import _arch  # type: ignore
    import _docx
    import _ids
    import _img
    import _odf
    import _pdf
    import _xlsx

ANY = "any"  # category: reported as anything
REFUSED = "refused"  # the gate must refuse the file's type


@dataclass(frozen=True)
class Entry:
    name: str  # file name, unique
    category: str | None  # expected category, ANY, REFUSED, or None for a public look-alike
    cls: str  # the class
    part: str  # the part of the file holding the datum
    lang: str  # "kk", "ru" or "en"
    datum: str  # the datum as written (for messages)
    reason: str  # one line: why it is personal data / why it is public


MANIFEST: list[Entry] = []
_BUILDERS: dict[str, Callable[[], bytes]] = {}


def _add(name: str, category: str | None, cls: str, part: str, lang: str, datum: str, reason: str):
    def deco(fn: Callable[[], bytes]) -> Callable[[], bytes]:
        assert name not in _BUILDERS, name
        MANIFEST.append(Entry(name, category, cls, part, lang, datum, reason))
        _BUILDERS[name] = fn
        return fn

    return deco


# ------------------------------------------------------------------ identifiers (all valid)
IIN_A = _ids.make_iin("950315", 3, "0012")  # 950315300129
IIN_B = _ids.make_iin("020815", 5, "0123")  # 020815501233
IIN_C = _ids.make_iin("990621", 4, "0457")  # 990621404575
IIN_D = _ids.make_iin("970909", 3, "0233")  # 970909302336
IIN_E = _ids.make_iin("880127", 3, "0716")  # 880127307169
IIN_F = _ids.make_iin("040530", 5, "0342")  # 040530503422
IIN_G = _ids.make_iin("030212", 6, "0519")  # 030212605197
IIN_H = _ids.make_iin("011104", 6, "0081")  # 011104600811
IIN_I = _ids.make_iin("000418", 5, "0264")
UNI_BIN = _ids.make_bin("0312", 4, 0, "00287")  # a BIN: 5th digit 4 = legal entity
CARD_A = _ids.make_card("440043012345678")
CARD_B = _ids.make_card("540368701234567")
IBAN_A = _ids.make_iban("KZ", "722C000012345678")
IBAN_B = _ids.make_iban("KZ", "998TTB0000091234")
ISBN_A = _ids.make_isbn13("978601705432")
ISBN_B = _ids.make_isbn13("978996502183")

for _v in (IIN_A, IIN_B, IIN_C, IIN_D, IIN_E, IIN_F, IIN_G, IIN_H, IIN_I, UNI_BIN):
    assert _ids.kz12_valid(_v), _v
assert UNI_BIN[4] in "456"
for _v in (IIN_A, IIN_B, IIN_C, IIN_D, IIN_E, IIN_F, IIN_G, IIN_H, IIN_I):
    assert 1 <= int(_v[2:4]) <= 12 and 1 <= int(_v[4:6]) <= 31 and _v[6] in "123456", _v
assert _ids.luhn_valid(CARD_A) and _ids.luhn_valid(CARD_B)
assert _ids.iban_valid(IBAN_A) and _ids.iban_valid(IBAN_B) and len(IBAN_A) == 20 == len(IBAN_B)


def _isbn_fmt(isbn: str) -> str:
    return (
        f"{isbn[:3]}-{isbn[3:6]}-{isbn[6:10]}-{isbn[10:12]}-{isbn[12]}"
        if isbn[3:6] == "601"
        else f"{isbn[:3]}-{isbn[3:7]}-{isbn[7:9]}-{isbn[9:12]}-{isbn[12]}"
    )


ISBN_A_F = _isbn_fmt(ISBN_A)  # 978-601-7054-32-8
ISBN_B_F = _isbn_fmt(ISBN_B)  # 978-9965-02-183-1

# ------------------------------------------------------------------ public university content
UNI = {
    "kk": "Қазақ технология және бизнес университеті",
    "ru": "Казахский университет технологии и бизнеса",
    "en": "Kazakh University of Technology and Business",
}
UNI_ADDR_KK = "Астана қаласы, Қайым Мұхамедханов көшесі, 37A"
UNI_ADDR_RU = "г. Астана, ул. Кайым Мухамедханова, 37A"
UNI_ADDR_EN = "37A Kaiym Mukhamedkhanov St., Astana"

SCHEDULE = {
    "kk": (
        "2025-2026 оқу жылының сабақ кестесі",
        ["Пән", "Бағдарлама", "Аудитория", "Уақыты"],
        [
            ["Микроэкономика", "6B04101", "ауд. 305", "09:00–10:20"],
            ["Ақпараттық жүйелер", "6B06101", "ауд. 214", "10:30–11:50"],
            ["Қазақстан тарихы", "6B04101", "ауд. 118", "12:10–13:30"],
        ],
    ),
    "ru": (
        "Расписание занятий на 2025-2026 учебный год",
        ["Дисциплина", "Программа", "Аудитория", "Время"],
        [
            ["Микроэкономика", "6B04101", "ауд. 305", "09:00–10:20"],
            ["Информационные системы", "6B06101", "ауд. 214", "10:30–11:50"],
            ["История Казахстана", "6B04101", "ауд. 118", "12:10–13:30"],
        ],
    ),
    "en": (
        "Class schedule, 2025-2026 academic year",
        ["Course", "Programme", "Room", "Time"],
        [
            ["Microeconomics", "6B04101", "Room 305", "09:00–10:20"],
            ["Information Systems", "6B06101", "Room 214", "10:30–11:50"],
            ["History of Kazakhstan", "6B04101", "Room 118", "12:10–13:30"],
        ],
    ),
}
FEES = {
    "kk": (
        "2025-2026 оқу жылының оқу ақысы",
        ["Код", "Бағдарлама", "Оқу ақысы, теңге"],
        [
            ["6B04101", "Экономика", 1250000],
            ["6B06101", "Ақпараттық жүйелер", 1400000],
            ["7M06101", "Информатика", 1650000],
        ],
    ),
    "ru": (
        "Стоимость обучения, 2025-2026 учебный год",
        ["Код", "Программа", "Стоимость, тенге"],
        [
            ["6B04101", "Экономика", 1250000],
            ["6B06101", "Информационные системы", 1400000],
            ["7M06101", "Информатика", 1650000],
        ],
    ),
    "en": (
        "Tuition fees, 2025-2026 academic year",
        ["Code", "Programme", "Fee, KZT"],
        [
            ["6B04101", "Economics", 1250000],
            ["6B06101", "Information Systems", 1400000],
            ["7M06101", "Computer Science", 1650000],
        ],
    ),
}
DOC_TEXT = {
    "kk": [
        UNI["kk"],
        "2025-2026 оқу жылына арналған білім беру бағдарламалары",
        "6B04101 «Экономика» бағдарламасы бойынша дәрістер ауд. 305 өтеді.",
        "Оқу ақысы жылына 1 250 000 теңге.",
    ],
    "ru": [
        UNI["ru"],
        "Образовательные программы на 2025-2026 учебный год",
        "Занятия по программе 6B06101 «Информационные системы» проходят в ауд. 214.",
        "Стоимость обучения — 1 400 000 тенге в год.",
    ],
    "en": [
        UNI["en"],
        "Degree programmes for the 2025-2026 academic year",
        "Classes of programme 7M06101 Computer Science are held in Room 305.",
        "Tuition fee: 1 650 000 KZT per year.",
    ],
}
PDF_LINES = {
    "kk": [
        "KazUTB - 2025-2026 oku zhyly",
        "Bagdarlama 6B04101 Ekonomika",
        "Auditoriia 305",
        "Oku akysy: 1 250 000 tenge",
    ],
    "ru": [
        "KazUTB - 2025-2026 uchebnyi god",
        "Programma 6B06101 Informatsionnye sistemy",
        "Auditoriia 214",
        "Stoimost obucheniia: 1 400 000 tenge",
    ],
    "en": [
        "KazUTB - Academic year 2025-2026",
        "Programme 7M06101 Computer Science",
        "Room 305",
        "Tuition fee: 1 650 000 KZT per year",
    ],
}
CSV = {
    "kk": "Пән,Бағдарлама,Аудитория\nМикроэкономика,6B04101,305\nАқпараттық жүйелер,6B06101,214\n",
    "ru": "Дисциплина,Программа,Аудитория\nМикроэкономика,6B04101,305\nИнформационные системы,6B06101,214\n",
    "en": "Course,Programme,Room\nMicroeconomics,6B04101,305\nInformation Systems,6B06101,214\n",
}


def _fill(ws, lang: str, kind: str = "schedule", start: int = 1) -> int:
    """Write a public table; returns the next free row."""
    title, head, rows = (SCHEDULE if kind == "schedule" else FEES)[lang]
    ws.cell(row=start, column=1, value=title)
    for j, h in enumerate(head, 1):
        ws.cell(row=start + 1, column=j, value=h)
    for i, r in enumerate(rows):
        for j, v in enumerate(r, 1):
            ws.cell(row=start + 2 + i, column=j, value=v)
    for col, width in zip("ABCD", (28, 14, 14, 14), strict=False):
        ws.column_dimensions[col].width = width
    return start + 2 + len(rows)


def _wb(lang: str, sheet: str | None = None, kind: str = "schedule", creator: str = "KazUTB"):
    wb = _xlsx.new_workbook(creator)
    ws = wb.active
    ws.title = sheet or {"kk": "Кесте", "ru": "Расписание", "en": "Schedule"}[lang]
    _fill(ws, lang, kind)
    return wb, ws


def _ods_rows(lang: str, kind: str = "schedule") -> list[str]:
    title, head, rows = (SCHEDULE if kind == "schedule" else FEES)[lang]
    out = [_odf.row(_odf.cell(title)), _odf.row(*[_odf.cell(h) for h in head])]
    out += [_odf.row(*[_odf.cell(v) for v in r]) for r in rows]
    return out


def _doc_body(lang: str, extra: list[str] | None = None, at: int = 3) -> list[str]:
    paras = [
        _docx.para(x, style="Heading1" if i == 0 else None) for i, x in enumerate(DOC_TEXT[lang])
    ]
    for k, x in enumerate(extra or []):
        paras.insert(at + k, x)
    return paras


def _odt_body(lang: str, extra: list[str] | None = None, at: int = 3) -> list[str]:
    paras = [f'<text:h text:outline-level="1">{_odf.e(DOC_TEXT[lang][0])}</text:h>'] + [
        _odf.p(x) for x in DOC_TEXT[lang][1:]
    ]
    for k, x in enumerate(extra or []):
        paras.insert(at + k, x)
    return paras


def _mkpdf(name: str, lang: str, **kw) -> bytes:
    return _pdf.document(
        seed=name,
        lines=PDF_LINES[lang],
        lang={"kk": "kk-KZ", "ru": "ru-RU", "en": "en-GB"}[lang],
        **kw,
    )


def _camera(make: str = "Canon", model: str = "EOS 250D") -> list:
    return [
        (_img.MAKE, *_img.ascii_v(make)),
        (_img.MODEL, *_img.ascii_v(model)),
        (_img.SOFTWARE, *_img.ascii_v("KazUTB media 2.1")),
    ]


def _tag(tag: int, tv: tuple[int, bytes]) -> tuple:
    return (tag, tv[0], tv[1])


SP = "spreadsheet-parts"
WP = "word-processor-parts"
PP = "pdf-parts"
AC = "archive-comment"
IM = "image-metadata"
SPLIT = "split-across-structure"
RF = "refused-type"

# =================================================================== 1. spreadsheet parts


@_add(
    "o01-xlsx-comment-phone-kk.xlsx",
    "phone",
    SP,
    "cell comment text",
    "kk",
    "+7 701 234 56 78",
    "a private mobile number of the person responsible, written in a note whose author is an office",
)
def _o01():
    wb, ws = _wb("kk")
    ws["C3"].comment = Comment("Жауапты тұлғаның ұялы телефоны: +7 701 234 56 78", "Деканат")
    return _xlsx.save(wb)


@_add(
    "o02-xlsx-comment-author-name-ru.xlsx",
    "person-name",
    SP,
    "cell comment author",
    "ru",
    "Сидоренко Ольга Викторовна",
    "full name (surname, given name, patronymic) of a private staff member as note author",
)
def _o02():
    wb, ws = _wb("ru")
    ws["C4"].comment = Comment(
        "Проверить аудиторию на 2025-2026 учебный год", "Сидоренко Ольга Викторовна"
    )
    return _xlsx.save(wb)


@_add(
    "o03-xlsx-header-email-en.xlsx",
    "email",
    SP,
    "print header",
    "en",
    "d.sarsenov1998@gmail.com",
    "personal e-mail address of a private compiler in the page header",
)
def _o03():
    wb, ws = _wb("en")
    ws.oddHeader.left.text = "KazUTB"
    ws.oddHeader.right.text = "Compiled by d.sarsenov1998@gmail.com"
    return _xlsx.save(wb)


@_add(
    "o04-xlsx-footer-iin-ru.xlsx",
    "iin",
    SP,
    "print footer",
    "ru",
    IIN_A,
    "a valid 12-digit IIN of a private individual in the page footer",
)
def _o04():
    wb, ws = _wb("ru", kind="fees")
    ws.oddFooter.left.text = f"Исполнитель, ИИН {IIN_A}"
    ws.oddFooter.right.text = "Страница &P из &N"
    return _xlsx.save(wb)


@_add(
    "o05-xlsx-validation-name-kk.xlsx",
    "person-name",
    SP,
    "data-validation drop-down list",
    "kk",
    "Әлиев Ерлан Қайратұлы",
    "a private person's full name offered as a drop-down choice next to office names",
)
def _o05():
    wb, ws = _wb("kk")
    ws["E2"] = "Жауапты"
    dv = DataValidation(
        type="list", formula1='"Деканат,Тіркеу офисі,Әлиев Ерлан Қайратұлы"', allow_blank=True
    )
    ws.add_data_validation(dv)
    dv.add("E3:E5")
    return _xlsx.save(wb)


@_add(
    "o06-xlsx-hyperlink-mailto-ru.xlsx",
    "email",
    SP,
    "hyperlink target (mailto:)",
    "ru",
    "kurator.ivanova82@mail.ru",
    "a private e-mail address behind the harmless display text 'Написать куратору'",
)
def _o06():
    wb, ws = _wb("ru")
    ws["A7"] = "Написать куратору"
    ws["A7"].hyperlink = "mailto:kurator.ivanova82@mail.ru"
    ws["A7"].style = "Hyperlink"
    return _xlsx.save(wb)


@_add(
    "o07-xlsx-hyperlink-tel-en.xlsx",
    "phone",
    SP,
    "hyperlink target (tel:)",
    "en",
    "+77055551982",
    "a private mobile number behind the display text 'Call the coordinator'",
)
def _o07():
    wb, ws = _wb("en")
    ws["A7"] = "Call the coordinator"
    ws["A7"].hyperlink = "tel:+77055551982"
    ws["A7"].style = "Hyperlink"
    return _xlsx.save(wb)


@_add(
    "o08-xlsx-hyperlink-profile-kk.xlsx",
    "social-handle",
    SP,
    "hyperlink target (profile URL)",
    "kk",
    "https://www.instagram.com/aruzhan.tleubaeva_/",
    "a private person's Instagram profile link behind 'Instagram парақшасы'",
)
def _o08():
    wb, ws = _wb("kk")
    ws["A7"] = "Instagram парақшасы"
    ws["A7"].hyperlink = "https://www.instagram.com/aruzhan.tleubaeva_/"
    ws["A7"].style = "Hyperlink"
    return _xlsx.save(wb)


@_add(
    "o09-xlsx-defined-name-phone-en.xlsx",
    "phone",
    SP,
    "defined name (constant value)",
    "en",
    "+7 747 318 42 96",
    "a private mobile number stored as the value of the workbook name ContactMobile",
)
def _o09():
    wb, _ws = _wb("en", kind="fees")
    wb.defined_names["ContactMobile"] = DefinedName("ContactMobile", attr_text='"+7 747 318 42 96"')
    wb.defined_names["FeeTable"] = DefinedName("FeeTable", attr_text="'Schedule'!$A$2:$C$5")
    return _xlsx.save(wb)


@_add(
    "o10-xlsx-sheet-name-name-ru.xlsx",
    "person-name",
    SP,
    "sheet name",
    "ru",
    "Ермеков Асхат Маратович",
    "a private person's full name used as a worksheet name",
)
def _o10():
    wb, _ws = _wb("ru", sheet="Ермеков Асхат Маратович")
    return _xlsx.save(wb)


@_add(
    "o11-xlsx-hidden-sheet-iin-kk.xlsx",
    "iin",
    SP,
    "hidden sheet",
    "kk",
    IIN_B,
    "a valid IIN of a private individual on a hidden worksheet",
)
def _o11():
    wb, _ws = _wb("kk", kind="fees")
    ws2 = wb.create_sheet("Қосымша")
    ws2["A1"] = "ЖСН"
    ws2["B1"] = IIN_B
    ws2.sheet_state = "hidden"
    return _xlsx.save(wb)


@_add(
    "o12-xlsx-hidden-column-iban-en.xlsx",
    "iban",
    SP,
    "hidden column",
    "en",
    IBAN_A,
    "a private refund account (valid KZ IBAN) in a hidden column",
)
def _o12():
    wb, ws = _wb("en", kind="fees")
    ws["E2"] = "Refund account"
    ws["E3"] = IBAN_A
    ws.column_dimensions["E"].hidden = True
    return _xlsx.save(wb)


@_add(
    "o13-ods-annotation-email-kk.ods",
    "email",
    SP,
    "cell annotation text",
    "kk",
    "zh.bekova@inbox.kz",
    "a private e-mail address in a cell note authored by an office",
)
def _o13():
    rows = _ods_rows("kk")
    rows[2] = _odf.row(
        _odf.cell(
            "Микроэкономика", note=_odf.annotation("Тіркеу офисі", "Байланыс: zh.bekova@inbox.kz")
        ),
        _odf.cell("6B04101"),
        _odf.cell("ауд. 305"),
        _odf.cell("09:00–10:20"),
    )
    return _odf.ods([_odf.table("Кесте", rows)])


@_add(
    "o14-ods-annotation-author-name-en.ods",
    "person-name",
    SP,
    "cell annotation author",
    "en",
    "Abenov Nurlan Serikovich",
    "a private person's full name (Latin transliteration) as annotation author",
)
def _o14():
    rows = _ods_rows("en")
    rows[3] = _odf.row(
        _odf.cell(
            "Information Systems",
            note=_odf.annotation("Abenov Nurlan Serikovich", "Check the room numbers"),
        ),
        _odf.cell("6B06101"),
        _odf.cell("Room 214"),
        _odf.cell("10:30–11:50"),
    )
    return _odf.ods([_odf.table("Schedule", rows)])


@_add(
    "o15-ods-footer-phone-ru.ods",
    "phone",
    SP,
    "print footer",
    "ru",
    "8 777 403 19 25",
    "a private mobile number of a named-by-role performer in the page footer",
)
def _o15():
    return _odf.ods(
        [_odf.table("Расписание", _ods_rows("ru"))],
        header=UNI["ru"],
        footer="Контактный телефон исполнителя: 8 777 403 19 25",
    )


@_add(
    "o16-ods-validation-email-en.ods",
    "email",
    SP,
    "content-validation drop-down list",
    "en",
    "m.omarova2001@gmail.com",
    "a private e-mail address in a drop-down list beside the university's public addresses",
)
def _o16():
    rows = [
        *_ods_rows("en"),
        _odf.row(_odf.cell("Contact"), _odf.cell("admissions@example.org", validation="val1")),
    ]
    return _odf.ods(
        [_odf.table("Schedule", rows)],
        validations=[
            (
                "val1",
                ["admissions@example.org", "office@example.org", "m.omarova2001@gmail.com"],
                "Schedule.B6",
            )
        ],
    )


@_add(
    "o17-ods-hyperlink-telegram-ru.ods",
    "social-handle",
    SP,
    "hyperlink target (profile URL)",
    "ru",
    "https://t.me/erlan_kz_2001",
    "a private person's Telegram account link behind the text 'Telegram'",
)
def _o17():
    rows = [
        *_ods_rows("ru"),
        _odf.row(
            _odf.cell("Связаться:"),
            _odf.cell(inner=_odf.link("https://t.me/erlan_kz_2001", "Telegram")),
        ),
    ]
    return _odf.ods([_odf.table("Расписание", rows)])


@_add(
    "o18-ods-hidden-column-card-kk.ods",
    "bank-card",
    SP,
    "hidden column",
    "kk",
    _ids.group4(CARD_A),
    "a private payment card number (16 digits, valid Luhn) in a collapsed column",
)
def _o18():
    title, head, rows = FEES["kk"]
    out = [
        _odf.row(_odf.cell(title)),
        _odf.row(*[_odf.cell(h) for h in head], _odf.cell("Төлем картасы")),
    ]
    out.append(_odf.row(*[_odf.cell(v) for v in rows[0]], _odf.cell(_ids.group4(CARD_A))))
    out += [_odf.row(*[_odf.cell(v) for v in r]) for r in rows[1:]]
    return _odf.ods([_odf.table("Оқу ақысы", out, columns=[True, True, True, False])])


@_add(
    "o19-ods-hidden-sheet-student-id-ru.ods",
    "student-id",
    SP,
    "hidden sheet",
    "ru",
    "2023004817",
    "a student's ID-card number (labelled 'Студенческий билет №' in the next cell) on a hidden sheet",
)
def _o19():
    hidden = _odf.table(
        "Служебный",
        [_odf.row(_odf.cell("Студенческий билет №"), _odf.cell("2023004817"))],
        hidden=True,
    )
    return _odf.ods([_odf.table("Расписание", _ods_rows("ru")), hidden])


# =================================================================== 2. word-processor parts


@_add(
    "o20-docx-tracked-insertion-phone-kk.docx",
    "phone",
    WP,
    "tracked insertion (w:ins)",
    "kk",
    "+7 702 615 33 81",
    "a curator's private mobile number added as a tracked insertion",
)
def _o20():
    p = _docx.para(
        "Топ кураторы: ",
        _docx.ins("жеке ұялы телефоны +7 702 615 33 81", "Оқу-әдістемелік бөлім", 1),
    )
    return _docx.build(_doc_body("kk", [p]), track=True)


@_add(
    "o21-docx-tracked-deletion-iin-ru.docx",
    "iin",
    WP,
    "tracked deletion (w:delText)",
    "ru",
    IIN_C,
    "a valid IIN of a student that was deleted with change tracking on but is still in the file",
)
def _o21():
    p = _docx.para(
        "Заявление на общежитие принято. ", _docx.dele(f"ИИН студента {IIN_C}", "Учебный отдел", 1)
    )
    return _docx.build(_doc_body("ru", [p]), track=True, lang="ru-RU")


@_add(
    "o22-docx-change-author-name-en.docx",
    "person-name",
    WP,
    "tracked change author (w:author)",
    "en",
    "Kenzhebekova Saule Amanovna",
    "a private staff member's full name recorded as author of a tracked change",
)
def _o22():
    p = _docx.para(
        "Lectures of programme 6B04101 are held in ",
        _docx.ins("Room 305", "Kenzhebekova Saule Amanovna", 1),
        ".",
    )
    return _docx.build(_doc_body("en", [p]), track=True, lang="en-GB")


@_add(
    "o23-docx-comment-email-kk.docx",
    "email",
    WP,
    "comment text",
    "kk",
    "a.nurlanqyzy@mail.ru",
    "a private e-mail address in a review comment whose author is a department",
)
def _o23():
    p = _docx.para(_docx.commented("Оқу ақысы жылына 1 250 000 теңге.", 0))
    body = _doc_body("kk")
    body[3] = p
    return _docx.build(body, comments=[(0, "Кафедра", "К", "Сұрақтар болса: a.nurlanqyzy@mail.ru")])


@_add(
    "o24-docx-comment-author-name-ru.docx",
    "person-name",
    WP,
    "comment author (w:author)",
    "ru",
    "Петренко Игорь Васильевич",
    "a private person's full name as the author of a comment",
)
def _o24():
    p = _docx.para(_docx.commented("Занятия проходят в ауд. 214.", 0))
    body = _doc_body("ru")
    body[2] = p
    return _docx.build(
        body,
        comments=[(0, "Петренко Игорь Васильевич", "ПИ", "Уточнить номер аудитории")],
        lang="ru-RU",
    )


@_add(
    "o25-docx-custom-property-student-id-en.docx",
    "student-id",
    WP,
    "custom document property (docProps/custom.xml)",
    "en",
    "2022001536",
    "a student's ID number stored in the custom property StudentID",
)
def _o25():
    return _docx.build(
        _doc_body("en"),
        custom=[("Department", "Admissions Office"), ("StudentID", "2022001536")],
        lang="en-GB",
    )


@_add(
    "o26-docx-core-creator-name-kk.docx",
    "person-name",
    WP,
    "core property dc:creator",
    "kk",
    "Нұрланов Ерасыл Серікұлы",
    "a private person's full name as the document creator",
)
def _o26():
    return _docx.build(
        _doc_body("kk"),
        creator="Нұрланов Ерасыл Серікұлы",
        last_modified_by="Тіркеу офисі",
        title="Білім беру бағдарламалары",
    )


@_add(
    "o27-docx-core-last-modified-by-name-en.docx",
    "person-name",
    WP,
    "core property cp:lastModifiedBy",
    "en",
    "Akhmetova Dinara Serikovna",
    "a private person's full name (Latin) as last editor",
)
def _o27():
    return _docx.build(
        _doc_body("en"),
        creator="Admissions Office",
        last_modified_by="Akhmetova Dinara Serikovna",
        title="Degree programmes",
        lang="en-GB",
    )


@_add(
    "o28-docx-header-phone-ru.docx",
    "phone",
    WP,
    "page header",
    "ru",
    "8 (701) 845-22-19",
    "a private mobile number of the person in charge in the page header",
)
def _o28():
    return _docx.build(
        _doc_body("ru"),
        header="Ответственный исполнитель: 8 (701) 845-22-19",
        footer=UNI["ru"],
        lang="ru-RU",
    )


@_add(
    "o29-docx-footer-email-en.docx",
    "email",
    WP,
    "page footer",
    "en",
    "timur.zhaksylykov@gmail.com",
    "a private e-mail address in the page footer",
)
def _o29():
    return _docx.build(
        _doc_body("en"),
        header=UNI["en"],
        footer="Contact: timur.zhaksylykov@gmail.com",
        lang="en-GB",
    )


@_add(
    "o30-docx-footnote-id-card-kk.docx",
    "id-document",
    WP,
    "footnote",
    "kk",
    "043812576",
    "the 9-digit number of a private person's Kazakh identity card in a footnote",
)
def _o30():
    p = _docx.para("Өтініш қабылданды.", _docx.footnote_ref(1))
    return _docx.build(_doc_body("kk", [p]), footnotes=[(1, "Жеке куәлігінің нөмірі: 043812576")])


@_add(
    "o31-docx-text-box-address-ru.docx",
    "address",
    WP,
    "text box (wps:txbx / v:textbox)",
    "ru",
    "г. Астана, ул. Сарайшык, д. 12, кв. 45",
    "a private home address (street, house, flat) inside a floating text box",
)
def _o31():
    p = _docx.para(_docx.textbox("Адрес проживания: г. Астана, ул. Сарайшык, д. 12, кв. 45"))
    return _docx.build(_doc_body("ru", [p]), lang="ru-RU")


@_add(
    "o32-odt-tracked-insertion-birth-date-en.odt",
    "birth-date",
    WP,
    "tracked insertion (text:insertion)",
    "en",
    "14.03.2002",
    "an applicant's date of birth added as a tracked insertion beside the applicant record",
)
def _o32():
    p = f"<text:p>Applicant record, programme 6B04101. {_odf.inserted('ct1', 'Date of birth: 14.03.2002')}</text:p>"
    return _odf.odt(
        _odt_body("en", [p]), changes=[_odf.changed_region("ct1", "insertion", "Admissions Office")]
    )


@_add(
    "o33-odt-tracked-deletion-address-kk.odt",
    "address",
    WP,
    "tracked deletion (text:deletion)",
    "kk",
    "Алматы облысы, Қарасай ауданы, Ұзынағаш ауылы, Жамбыл көшесі, 15 үй",
    "a private village home address deleted with tracking on, still stored in the file",
)
def _o33():
    p = f"<text:p>Өтініш тіркелді. {_odf.deleted_mark('ct1')}</text:p>"
    ch = _odf.changed_region(
        "ct1",
        "deletion",
        "Тіркеу офисі",
        "Тұрғылықты мекенжайы: Алматы облысы, Қарасай ауданы, Ұзынағаш ауылы, Жамбыл көшесі, 15 үй",
    )
    return _odf.odt(_odt_body("kk", [p]), changes=[ch])


@_add(
    "o34-odt-annotation-handle-en.odt",
    "social-handle",
    WP,
    "annotation (comment) text",
    "en",
    "@dana_kz03",
    "a private person's Telegram handle in a comment authored by an office",
)
def _o34():
    p = f"<text:p>Room 305 is reserved.{_odf.annotation('Admissions Office', 'Telegram: @dana_kz03')}</text:p>"
    return _odf.odt(_odt_body("en", [p]))


@_add(
    "o35-odt-annotation-author-name-kk.odt",
    "person-name",
    WP,
    "annotation author (dc:creator)",
    "kk",
    "Сейтқали Әсем Бауыржанқызы",
    "a private person's full name as comment author",
)
def _o35():
    p = f"<text:p>Дәрістер ауд. 305 өтеді.{_odf.annotation('Сейтқали Әсем Бауыржанқызы', 'Аудиторияны тексеру керек')}</text:p>"
    return _odf.odt(_odt_body("kk", [p]))


@_add(
    "o36-odt-user-defined-phone-kk.odt",
    "phone",
    WP,
    "custom property (meta:user-defined)",
    "kk",
    "+7 771 902 47 13",
    "a private mobile number in a user-defined document property",
)
def _o36():
    return _odf.odt(
        _odt_body("kk"), user_defined=[("Бөлім", "Тіркеу офисі"), ("Байланыс", "+7 771 902 47 13")]
    )


@_add(
    "o37-odt-initial-creator-name-ru.odt",
    "person-name",
    WP,
    "meta:initial-creator",
    "ru",
    "Омаров Нурлан Бекович",
    "a private person's full name as the initial creator of the document",
)
def _o37():
    return _odf.odt(
        _odt_body("ru"),
        initial_creator="Омаров Нурлан Бекович",
        creator="Приёмная комиссия",
        title="Образовательные программы",
    )


@_add(
    "o38-odt-footnote-passport-ru.odt",
    "id-document",
    WP,
    "footnote",
    "ru",
    "N12409587",
    "a private person's Kazakh passport number (N + 8 digits) in a footnote",
)
def _o38():
    p = f"<text:p>Документы приняты.{_odf.footnote(1, 'Паспорт N12409587')}</text:p>"
    return _odf.odt(_odt_body("ru", [p]))


@_add(
    "o39-odt-text-box-card-kk.odt",
    "bank-card",
    WP,
    "text box (draw:text-box)",
    "kk",
    _ids.group4(CARD_B),
    "a private payment card number (valid Luhn) in a text frame",
)
def _o39():
    p = f"<text:p>{_odf.text_box('Төлем картасының нөмірі: ' + _ids.group4(CARD_B))}</text:p>"
    return _odf.odt(_odt_body("kk", [p]))


# =================================================================== 3. pdf parts


@_add(
    "o40-pdf-form-field-iin-kk.pdf",
    "iin",
    PP,
    "form field value (/V)",
    "kk",
    IIN_D,
    "a valid IIN typed into a fillable form field",
)
def _o40():
    return _mkpdf("o40", "kk", fields=[("ЖСН", IIN_D)])


@_add(
    "o41-pdf-form-field-phone-ru.pdf",
    "phone",
    PP,
    "form field value (/V)",
    "ru",
    "+7 700 318 54 27",
    "a private mobile number typed into a form field",
)
def _o41():
    return _mkpdf("o41", "ru", fields=[("Телефон", "+7 700 318 54 27")])


@_add(
    "o42-pdf-annotation-text-email-en.pdf",
    "email",
    PP,
    "annotation contents (/Text /Contents)",
    "en",
    "a.kairatuly@yandex.kz",
    "a private e-mail address in a sticky-note annotation by an office",
)
def _o42():
    return _mkpdf(
        "o42",
        "en",
        annots=[
            {
                "subtype": "Text",
                "author": "Registrar Office",
                "contents": "Send corrections to a.kairatuly@yandex.kz",
            }
        ],
    )


@_add(
    "o43-pdf-annotation-freetext-address-ru.pdf",
    "address",
    PP,
    "annotation contents (/FreeText /Contents)",
    "ru",
    "г. Караганда, ул. Ерубаева, д. 41, кв. 7",
    "a private home address in a free-text annotation",
)
def _o43():
    return _mkpdf(
        "o43",
        "ru",
        annots=[
            {"subtype": "FreeText", "contents": "Адрес: г. Караганда, ул. Ерубаева, д. 41, кв. 7"}
        ],
    )


@_add(
    "o44-pdf-annotation-author-name-kk.pdf",
    "person-name",
    PP,
    "annotation author (/T)",
    "kk",
    "Жақсыбекова Гүлнар Маратқызы",
    "a private person's full name as annotation author",
)
def _o44():
    return _mkpdf(
        "o44",
        "kk",
        annots=[
            {
                "subtype": "Text",
                "author": "Жақсыбекова Гүлнар Маратқызы",
                "contents": "Аудитория нөмірін тексеру керек",
            }
        ],
    )


@_add(
    "o45-pdf-outline-name-ru.pdf",
    "person-name",
    PP,
    "bookmark (outline) title",
    "ru",
    "Ахметов Дамир Ерланович",
    "a private person's full name in a bookmark title",
)
def _o45():
    return _mkpdf(
        "o45", "ru", outlines=["Расписание 2025-2026", "Характеристика: Ахметов Дамир Ерланович"]
    )


@_add(
    "o46-pdf-attachment-txt-phone-kk.pdf",
    "phone",
    PP,
    "embedded file attachment (.txt)",
    "kk",
    "+7 708 771 20 64",
    "a private mobile number inside an attached text file",
)
def _o46():
    data = "Кураторлар кестесі 2025-2026\nКуратордың телефоны: +7 708 771 20 64\n".encode()
    return _mkpdf("o46", "kk", attachments=[("contact.txt", data, "text/plain", "Қосымша")])


@_add(
    "o47-pdf-attachment-csv-iban-en.pdf",
    "iban",
    PP,
    "embedded file attachment (.csv)",
    "en",
    IBAN_B,
    "a private refund account (valid KZ IBAN) inside an attached CSV",
)
def _o47():
    data = f"programme,fee_kzt,refund_account\n6B04101,1250000,{IBAN_B}\n".encode()
    return _mkpdf("o47", "en", attachments=[("refund.csv", data, "text/csv", "Refunds 2025-2026")])


@_add(
    "o48-pdf-info-author-name-en.pdf",
    "person-name",
    PP,
    "document info /Author",
    "en",
    "Daulet Sarsenbayev",
    "a private person's name (given name + surname, Latin) as PDF author",
)
def _o48():
    return _mkpdf(
        "o48", "en", info={"Author": "Daulet Sarsenbayev", "Title": "Academic calendar 2025-2026"}
    )


@_add(
    "o49-pdf-info-subject-email-ru.pdf",
    "email",
    PP,
    "document info /Subject",
    "ru",
    "ivan.petrov.2000@mail.ru",
    "a private e-mail address in the PDF subject",
)
def _o49():
    return _mkpdf(
        "o49", "ru", info={"Title": "Заявка", "Subject": "Заявка от ivan.petrov.2000@mail.ru"}
    )


@_add(
    "o50-pdf-info-keywords-iin-en.pdf",
    "iin",
    PP,
    "document info /Keywords",
    "en",
    IIN_E,
    "a valid IIN among the PDF keywords",
)
def _o50():
    return _mkpdf(
        "o50", "en", info={"Title": "Transcript", "Keywords": f"transcript, 2025-2026, IIN {IIN_E}"}
    )


@_add(
    "o51-pdf-xmp-creator-name-kk.pdf",
    "person-name",
    PP,
    "XMP metadata stream (dc:creator)",
    "kk",
    "Бекова Жанар Әділқызы",
    "a private person's full name as dc:creator in the XMP packet only",
)
def _o51():
    return _mkpdf(
        "o51",
        "kk",
        xmp=_pdf.xmp_packet(
            creator="Бекова Жанар Әділқызы",
            title="Оқу ақысы 2025-2026",
            producer="KazUTB document service",
        ),
    )


# =================================================================== 4. archive comments


@_add(
    "o52-zip-archive-comment-phone-kk.zip",
    "phone",
    AC,
    "ZIP archive comment",
    "kk",
    "+7 701 558 90 12",
    "a private mobile number in the archive comment; the members are public CSVs",
)
def _o52():
    return _arch.zip_with_comments(
        [
            ("kesteler/schedule.csv", CSV["kk"], ""),
            ("kesteler/fees.csv", "Код,Бағдарлама,Теңге\n6B04101,Экономика,1250000\n", ""),
        ],
        "Жинаған: +7 701 558 90 12",
    )


@_add(
    "o53-zip-archive-comment-email-en.zip",
    "email",
    AC,
    "ZIP archive comment",
    "en",
    "asel.kuanysh@gmail.com",
    "a private e-mail address in the archive comment",
)
def _o53():
    return _arch.zip_with_comments(
        [("schedule.csv", CSV["en"], "")],
        "Packed by asel.kuanysh@gmail.com for the 2025-2026 timetable",
    )


@_add(
    "o54-zip-member-comment-iin-ru.zip",
    "iin",
    AC,
    "ZIP member comment",
    "ru",
    IIN_F,
    "a valid IIN in the comment of one archive member",
)
def _o54():
    return _arch.zip_with_comments(
        [
            ("raspisanie.csv", CSV["ru"], f"ИИН {IIN_F}"),
            ("programmy.csv", "Код,Программа\n6B06101,Информационные системы\n", ""),
        ],
        "Расписание 2025-2026",
    )


@_add(
    "o55-zip-member-comment-name-en.zip",
    "person-name",
    AC,
    "ZIP member comment",
    "en",
    "Baimukhanova Aliya Nurlanovna",
    "a private person's full name (Latin) in a member comment",
)
def _o55():
    return _arch.zip_with_comments(
        [
            (
                "fees.csv",
                "Code,Programme,Fee\n7M06101,Computer Science,1650000\n",
                "Prepared by Baimukhanova Aliya Nurlanovna",
            )
        ]
    )


# =================================================================== 5. image metadata

GPS_A = _img.gps_entries(51.090872, 71.418631, 347.0)
GPS_B = _img.gps_entries(51.128201, 71.430411)
GPS_C = _img.gps_entries(43.238949, 76.889709, 780.0)
GPS_A_T = _img.gps_text(51.090872, 71.418631)
GPS_B_T = _img.gps_text(51.128201, 71.430411)
GPS_C_T = _img.gps_text(43.238949, 76.889709)


@_add(
    "o56-jpeg-exif-artist-name-en.jpg",
    "person-name",
    IM,
    "EXIF Artist",
    "en",
    "Tulegenov Arman Bolatovich",
    "a private photographer's full name in EXIF Artist",
)
def _o56():
    tiff = _img.tiff_structure(
        [
            *_camera(),
            _tag(_img.IMAGE_DESCRIPTION, _img.ascii_v("Open day, Room 305")),
            _tag(_img.ARTIST, _img.ascii_v("Tulegenov Arman Bolatovich")),
        ]
    )
    return _img.jpeg(tiff, hue=1)


@_add(
    "o57-jpeg-exif-description-phone-ru.jpg",
    "phone",
    IM,
    "EXIF ImageDescription",
    "ru",
    "+7 707 512 88 34",
    "a private photographer's mobile number in the image description",
)
def _o57():
    tiff = _img.tiff_structure(
        [
            *_camera("NIKON CORPORATION", "NIKON D5600"),
            _tag(
                _img.IMAGE_DESCRIPTION, _img.ascii_v("Выпускной 2025, фотограф: +7 707 512 88 34")
            ),
        ],
        endian=">",
    )
    return _img.jpeg(tiff, hue=2)


@_add(
    "o58-jpeg-exif-usercomment-unicode-email-kk.jpg",
    "email",
    IM,
    "EXIF UserComment (UNICODE prefix, UTF-16)",
    "kk",
    "s.mukanova@bk.ru",
    "a private e-mail address in UserComment, charset 'UNICODE\\0' + UTF-16LE (II byte order)",
)
def _o58():
    tiff = _img.tiff_structure(
        _camera(),
        exif=[
            _tag(
                _img.USER_COMMENT,
                _img.user_comment_unicode("Фотосуреттер бойынша: s.mukanova@bk.ru", "<"),
            )
        ],
    )
    return _img.jpeg(tiff, hue=3)


@_add(
    "o59-jpeg-exif-usercomment-ascii-iin-en.jpg",
    "iin",
    IM,
    "EXIF UserComment (ASCII prefix)",
    "en",
    IIN_G,
    "a valid IIN in UserComment with charset 'ASCII\\0\\0\\0'",
)
def _o59():
    tiff = _img.tiff_structure(
        _camera(),
        exif=[_tag(_img.USER_COMMENT, _img.user_comment_ascii(f"Student pass photo, IIN {IIN_G}"))],
        endian=">",
    )
    return _img.jpeg(tiff, hue=4)


@_add(
    "o60-jpeg-exif-xpauthor-name-kk.jpg",
    "person-name",
    IM,
    "EXIF XPAuthor (UTF-16LE)",
    "kk",
    "Қасымова Ләззат Ерболқызы",
    "a private person's full name in the Windows XPAuthor tag",
)
def _o60():
    tiff = _img.tiff_structure(
        [
            *_camera(),
            _tag(_img.XP_AUTHOR, _img.xp_v("Қасымова Ләззат Ерболқызы")),
            _tag(_img.IMAGE_DESCRIPTION, _img.ascii_v("Campus")),
        ]
    )
    return _img.jpeg(tiff, hue=5)


@_add(
    "o61-jpeg-exif-xpcomment-handle-ru.jpg",
    "social-handle",
    IM,
    "EXIF XPComment (UTF-16LE)",
    "ru",
    "@madina.photo.ast",
    "a private person's Instagram handle in the Windows XPComment tag",
)
def _o61():
    tiff = _img.tiff_structure(
        [*_camera(), _tag(_img.XP_COMMENT, _img.xp_v("Инстаграм автора: @madina.photo.ast"))]
    )
    return _img.jpeg(tiff, hue=6)


@_add(
    "o62-tiff-exif-camera-owner-name-en.tif",
    "person-name",
    IM,
    "EXIF CameraOwnerName (0xA430)",
    "en",
    "Yerlan Dzhaksybekov",
    "a private camera owner's name (given name + surname, Latin) in the Exif IFD",
)
def _o62():
    return _img.tiff_file(
        [_tag(_img.IMAGE_DESCRIPTION, _img.ascii_v("Library, Room 118")), *_camera()],
        exif=[_tag(_img.CAMERA_OWNER, _img.ascii_v("Yerlan Dzhaksybekov"))],
        hue=7,
    )


@_add(
    "o63-jpeg-gps-en.jpg",
    "gps-location",
    IM,
    "EXIF GPSInfo",
    "en",
    GPS_A_T,
    "exact GPS coordinates of where a private photo was taken",
)
def _o63():
    tiff = _img.tiff_structure(
        [*_camera("Apple", "iPhone 13"), _tag(_img.IMAGE_DESCRIPTION, _img.ascii_v("Open day"))],
        gps=GPS_A,
    )
    return _img.jpeg(tiff, hue=8)


@_add(
    "o64-webp-gps-kk.webp",
    "gps-location",
    IM,
    "EXIF GPSInfo (WebP EXIF chunk)",
    "kk",
    GPS_B_T,
    "exact GPS coordinates in the EXIF chunk of a WebP photo",
)
def _o64():
    tiff = _img.tiff_structure(
        [*_camera("samsung", "SM-A546E"), _tag(_img.IMAGE_DESCRIPTION, _img.ascii_v("Кампус"))],
        gps=GPS_B,
    )
    return _img.webp(tiff, hue=9)


@_add(
    "o65-png-itxt-xmp-creator-name-kk.png",
    "person-name",
    IM,
    "PNG iTXt XMP packet (dc:creator)",
    "kk",
    "Әбдірахманов Нұрсұлтан Ерікұлы",
    "a private person's full name as dc:creator in XMP inside a PNG iTXt chunk",
)
def _o65():
    xmp = _img.xmp_image(
        creator="Әбдірахманов Нұрсұлтан Ерікұлы", description="Кітапхана, ауд. 118"
    )
    return _img.png(
        [_img.png_itxt("XML:com.adobe.xmp", xmp), _img.png_text("Software", "KazUTB media")], hue=10
    )


@_add(
    "o66-png-text-author-name-ru.png",
    "person-name",
    IM,
    "PNG tEXt Author",
    "ru",
    "Smirnova Ekaterina Olegovna",
    "a private person's full Russian name (Latin transliteration) in a tEXt Author chunk",
)
def _o66():
    return _img.png(
        [
            _img.png_text("Title", "Auditoriia 214"),
            _img.png_text("Author", "Smirnova Ekaterina Olegovna"),
        ],
        hue=11,
    )


@_add(
    "o67-tiff-gps-ru.tif",
    "gps-location",
    IM,
    "EXIF GPSInfo (TIFF)",
    "ru",
    GPS_C_T,
    "exact GPS coordinates in a TIFF photo",
)
def _o67():
    return _img.tiff_file(
        [_tag(_img.IMAGE_DESCRIPTION, _img.ascii_v("Экскурсия")), *_camera()],
        gps=GPS_C,
        endian=">",
        hue=12,
    )


@_add(
    "o68-webp-exif-description-email-en.webp",
    "email",
    IM,
    "EXIF ImageDescription (WebP EXIF chunk)",
    "en",
    "n.abdullaeva@mail.kz",
    "a private photographer's e-mail address in the image description",
)
def _o68():
    tiff = _img.tiff_structure(
        [*_camera(), _tag(_img.IMAGE_DESCRIPTION, _img.ascii_v("Photos by n.abdullaeva@mail.kz"))]
    )
    return _img.webp(tiff, hue=13)


# =================================================================== 6. split across structure


@_add(
    "o69-xlsx-split-phone-kk.xlsx",
    "phone",
    SPLIT,
    "two adjacent cells of a row",
    "kk",
    "8 705 | 417 29 63",
    "a club leader's private mobile number split into prefix and number cells",
)
def _o69():
    wb, ws = _wb("kk")
    ws["A7"], ws["B7"], ws["C7"], ws["D7"] = (
        "Үйірме",
        "Жетекшінің телефоны (код)",
        "Нөмірі",
        "Аудитория",
    )
    ws["A8"], ws["B8"], ws["C8"], ws["D8"] = "Дебат клубы", "8 705", "417 29 63", "ауд. 305"
    ws["A9"], ws["D9"] = "Шахмат үйірмесі", "ауд. 118"
    return _xlsx.save(wb)


@_add(
    "o70-xlsx-split-iin-ru.xlsx",
    "iin",
    SPLIT,
    "two adjacent cells of a row",
    "ru",
    f"{IIN_I[:6]} | {IIN_I[6:]}",
    "a valid IIN split into its date part and the remaining six digits",
)
def _o70():
    wb, ws = _wb("ru", kind="fees")
    ws["A7"], ws["B7"], ws["C7"] = "Заявка", "ИИН (1–6)", "ИИН (7–12)"
    ws["A8"], ws["B8"], ws["C8"] = "Общежитие, 6B04101", IIN_I[:6], IIN_I[6:]
    return _xlsx.save(wb)


@_add(
    "o71-xlsx-split-name-en.xlsx",
    "person-name",
    SPLIT,
    "name across cells (surname | given name | patronymic)",
    "en",
    "Zhunusova | Aigerim | Serikovna",
    "a private student's full name split over three columns",
)
def _o71():
    wb, ws = _wb("en")
    ws["A7"], ws["B7"], ws["C7"], ws["D7"] = "Surname", "Given name", "Patronymic", "Programme"
    ws["A8"], ws["B8"], ws["C8"], ws["D8"] = "Zhunusova", "Aigerim", "Serikovna", "6B04101"
    return _xlsx.save(wb)


@_add(
    "o72-xlsx-split-name-merged-header-kk.xlsx",
    "person-name",
    SPLIT,
    "name across cells under a merged header",
    "kk",
    "Ысқақов | Бауыржан | Ерланұлы",
    "a private student's full name in three columns under the merged header 'Аты-жөні'",
)
def _o72():
    wb = _xlsx.new_workbook()
    ws = wb.active
    ws.title = "Тізім"
    ws["A1"] = "Аты-жөні"
    ws.merge_cells("A1:C1")
    ws["D1"] = "Бағдарлама"
    ws["A2"], ws["B2"], ws["C2"], ws["D2"] = "Тегі", "Аты", "Әкесінің аты", "Коды"
    ws["A3"], ws["B3"], ws["C3"], ws["D3"] = "Ысқақов", "Бауыржан", "Ерланұлы", "6B06101"
    _fill(ws, "kk", start=6)
    return _xlsx.save(wb)


@_add(
    "o73-ods-split-phone-merged-header-ru.ods",
    "phone",
    SPLIT,
    "two cells under a merged header",
    "ru",
    "+7 777 | 650 31 08",
    "a private mobile number split into two cells under the merged header 'Контактный телефон'",
)
def _o73():
    rows = [
        _odf.row(
            _odf.cell("Кружок"), _odf.cell("Контактный телефон", span=2), _odf.cell("Аудитория")
        ),
        _odf.row("Шахматы", "+7 777", "650 31 08", "ауд. 118"),
        _odf.row(_odf.cell("Дебаты"), _odf.cell(), _odf.cell(), _odf.cell("ауд. 305")),
    ]
    return _odf.ods([_odf.table("Кружки", rows), _odf.table("Расписание", _ods_rows("ru"))])


@_add(
    "o74-ods-split-iin-en.ods",
    "iin",
    SPLIT,
    "two adjacent cells of a row",
    "en",
    f"{IIN_H[:6]} | {IIN_H[6:]}",
    "a valid IIN split over two columns",
)
def _o74():
    rows = [
        *_ods_rows("en", "fees"),
        _odf.row("Applicant", "IIN (1-6)", "IIN (7-12)"),
        _odf.row("Dormitory request", IIN_H[:6], IIN_H[6:]),
    ]
    return _odf.ods([_odf.table("Fees", rows)])


# =================================================================== public look-alikes (None)


@_add(
    "n01-xlsx-comment-university-phone-ru.xlsx",
    None,
    SP,
    "cell comment text and author",
    "ru",
    "+7 (7172) 57 88 15",
    "the university's own published phone number, note authored by 'Приёмная комиссия'",
)
def _n01():
    wb, ws = _wb("ru", creator="Приёмная комиссия")
    ws["C3"].comment = Comment(
        "Справки по телефону приёмной комиссии: +7 (7172) 57 88 15", "Приёмная комиссия"
    )
    return _xlsx.save(wb)


@_add(
    "n02-xlsx-header-footer-university-address-kk.xlsx",
    None,
    SP,
    "print header and footer",
    "kk",
    UNI_ADDR_KK,
    "the university's public institutional address and its admissions e-mail",
)
def _n02():
    wb, ws = _wb("kk")
    ws.oddHeader.center.text = UNI_ADDR_KK
    ws.oddFooter.left.text = "admissions@example.org"
    ws.oddFooter.right.text = "&P / &N"
    return _xlsx.save(wb)


@_add(
    "n03-xlsx-hyperlink-office-email-en.xlsx",
    None,
    SP,
    "hyperlink target (mailto:)",
    "en",
    "mailto:office@example.org",
    "the university office's public address behind 'Contact us'",
)
def _n03():
    wb, ws = _wb("en")
    ws["A7"] = "Contact us"
    ws["A7"].hyperlink = "mailto:office@example.org"
    ws["A8"] = "Admissions"
    ws["A8"].hyperlink = "mailto:admissions@example.org"
    return _xlsx.save(wb)


@_add(
    "n04-xlsx-hidden-sheet-fees-ru.xlsx",
    None,
    SP,
    "hidden sheet and hidden column",
    "ru",
    "6B04101 / 1 250 000 / ауд. 305",
    "programme codes, tuition fees and room numbers are public",
)
def _n04():
    wb, ws = _wb("ru")
    ws2 = wb.create_sheet("Стоимость")
    _fill(ws2, "ru", "fees")
    ws2.sheet_state = "hidden"
    ws["E2"], ws["E3"], ws["E4"] = "Мест", 25, 30
    ws.column_dimensions["E"].hidden = True
    return _xlsx.save(wb)


@_add(
    "n05-xlsx-validation-isbn-en.xlsx",
    None,
    SP,
    "data-validation drop-down list",
    "en",
    f"{ISBN_A_F}, {ISBN_B_F}",
    "textbook ISBNs (valid ISBN-13) are bibliographic, not personal",
)
def _n05():
    wb, ws = _wb("en")
    ws["E2"] = "Textbook ISBN"
    dv = DataValidation(type="list", formula1=f'"{ISBN_A_F},{ISBN_B_F}"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("E3:E5")
    return _xlsx.save(wb)


@_add(
    "n06-xlsx-defined-name-bin-kk.xlsx",
    None,
    SP,
    "defined name and print footer",
    "kk",
    UNI_BIN,
    "the university's BIN (12 digits, 5th digit 4 = legal entity) is a public business number",
)
def _n06():
    wb, ws = _wb("kk", kind="fees")
    wb.defined_names["UniversityBIN"] = DefinedName("UniversityBIN", attr_text=f'"{UNI_BIN}"')
    ws.oddFooter.center.text = f"БСН {UNI_BIN}"
    return _xlsx.save(wb)


@_add(
    "n07-xlsx-split-university-phone-ru.xlsx",
    None,
    SPLIT,
    "two cells under a merged header",
    "ru",
    "+7 (7172) | 57 88 15",
    "the university's public phone, split over two cells under a merged header",
)
def _n07():
    wb, ws = _wb("ru")
    ws["A7"] = "Приёмная комиссия"
    ws.merge_cells("A7:C7")
    ws["A8"], ws["B8"], ws["C8"] = "Телефон", "+7 (7172)", "57 88 15"
    ws["A9"], ws["B9"] = "E-mail", "admissions@example.org"
    return _xlsx.save(wb)


@_add(
    "n08-xlsx-split-public-figures-kk.xlsx",
    None,
    SPLIT,
    "names across cells with years",
    "kk",
    "Құнанбайұлы | Абай | 1845–1904",
    "historic public figures after whom rooms are named, with their public dates",
)
def _n08():
    wb = _xlsx.new_workbook()
    ws = wb.active
    ws.title = "Аудиториялар"
    ws["A1"] = "Аудиториялардың құрметті атаулары"
    ws.merge_cells("A1:D1")
    ws.append(["Тегі", "Аты", "Өмір сүрген жылдары", "Аудитория"])
    ws.append(["Құнанбайұлы", "Абай", "1845–1904", "ауд. 305"])
    ws.append(["Уәлиханов", "Шоқан", "1835–1865", "ауд. 214"])
    ws.append(["Байтұрсынұлы", "Ахмет", "1872–1937", "ауд. 118"])
    return _xlsx.save(wb)


@_add(
    "n09-ods-annotation-rector-en.ods",
    None,
    SP,
    "cell annotation text and author",
    "en",
    "L.K. Baibolova",
    "the rector's published name; annotation authored by 'Admissions Office'",
)
def _n09():
    rows = _ods_rows("en")
    rows[2] = _odf.row(
        _odf.cell(
            "Microeconomics",
            note=_odf.annotation("Admissions Office", "Approved by Rector L.K. Baibolova"),
        ),
        _odf.cell("6B04101"),
        _odf.cell("Room 305"),
        _odf.cell("09:00–10:20"),
    )
    return _odf.ods(
        [_odf.table("Schedule", rows)],
        initial_creator="Admissions Office",
        creator="Admissions Office",
    )


@_add(
    "n10-ods-hidden-column-statistics-kk.ods",
    None,
    SP,
    "hidden column and hidden sheet",
    "kk",
    "87,5 % / 01.09.2025",
    "counts, percentages and academic-calendar dates are public",
)
def _n10():
    rows = [
        _odf.row("Бағдарлама", "Орын саны", "Толтырылуы", "Оқу басталуы"),
        _odf.row("6B04101", _odf.cell(40), "87,5 %", "01.09.2025"),
        _odf.row("6B06101", _odf.cell(30), "93,3 %", "01.09.2025"),
        _odf.row("7M06101", _odf.cell(15), "66,7 %", "01.09.2025"),
    ]
    cal = _odf.table(
        "Күнтізбе",
        [
            _odf.row("Күзгі семестр", "01.09.2025 – 20.12.2025"),
            _odf.row("Көктемгі семестр", "12.01.2026 – 30.04.2026"),
        ],
        hidden=True,
    )
    return _odf.ods([_odf.table("Статистика", rows, columns=[True, True, False, False]), cal])


@_add(
    "n11-ods-footer-university-address-ru.ods",
    None,
    SP,
    "print header and footer",
    "ru",
    UNI_ADDR_RU,
    "the university's public institutional address and phone",
)
def _n11():
    return _odf.ods(
        [_odf.table("Расписание", _ods_rows("ru"))],
        header=UNI["ru"],
        footer=f"{UNI_ADDR_RU}, тел. +7 (7172) 57 88 15",
    )


@_add(
    "n12-docx-comment-eponym-kk.docx",
    None,
    WP,
    "comment text and author",
    "kk",
    "Қ. Құлажанов",
    "the university's eponym, a public historical figure; comment by 'Тіркеу офисі'",
)
def _n12():
    p = _docx.para(_docx.commented(UNI["kk"], 0))
    body = _doc_body("kk")
    body[0] = p
    return _docx.build(
        body,
        comments=[
            (
                0,
                "Тіркеу офисі",
                "ТО",
                "Толық атауы: Қ. Құлажанов атындағы Қазақ технология және бизнес университеті",
            )
        ],
    )


@_add(
    "n13-docx-core-custom-office-ru.docx",
    None,
    WP,
    "core and custom properties",
    "ru",
    "Приказ № 595 от 30.10.2018",
    "office names as creator/editor and a ministry order number with its date",
)
def _n13():
    return _docx.build(
        _doc_body("ru"),
        creator="Приёмная комиссия",
        last_modified_by="Admissions Office",
        custom=[("Основание", "Приказ МОН РК № 595 от 30.10.2018"), ("Программа", "6B06101")],
        lang="ru-RU",
    )


@_add(
    "n14-docx-footnote-historic-kk.docx",
    None,
    WP,
    "footnote",
    "kk",
    "Абай Құнанбайұлы 1845 жылы туған",
    "public historic figures with their well-known dates",
)
def _n14():
    p = _docx.para("Ауд. 305 Абай атындағы.", _docx.footnote_ref(1))
    return _docx.build(
        _doc_body("kk", [p]),
        footnotes=[
            (1, "Абай Құнанбайұлы 1845 жылы туған; Шоқан Уәлиханов (1835–1865) — ғалым, ағартушы.")
        ],
    )


@_add(
    "n15-docx-header-insertion-university-phone-en.docx",
    None,
    WP,
    "page header and tracked insertion",
    "en",
    "+7 708 425 06 60",
    "the university's published phone; tracked change by 'Admissions Office'",
)
def _n15():
    p = _docx.para("Lectures are held in ", _docx.ins("Room 305", "Admissions Office", 1), ".")
    return _docx.build(
        _doc_body("en", [p]),
        header=f"{UNI['en']} · +7 708 425 06 60",
        footer="admissions@example.org",
        track=True,
        lang="en-GB",
    )


@_add(
    "n16-docx-text-box-university-address-kk.docx",
    None,
    WP,
    "text box",
    "kk",
    UNI_ADDR_KK,
    "the university's public address and phone in a text box",
)
def _n16():
    p = _docx.para(_docx.textbox(f"{UNI_ADDR_KK}, тел. +7 701 602 53 53"))
    return _docx.build(_doc_body("kk", [p]))


@_add(
    "n17-odt-tracked-deletion-isbn-ru.odt",
    None,
    WP,
    "tracked deletion",
    "ru",
    ISBN_A_F,
    "a deleted textbook ISBN and the university's public phone",
)
def _n17():
    p = f"<text:p>Список литературы обновлён. {_odf.deleted_mark('ct1')}</text:p>"
    ch = _odf.changed_region(
        "ct1",
        "deletion",
        "Учебно-методический отдел",
        f"Учебник, ISBN {ISBN_A_F}; справки: +7 701 602 53 53",
    )
    return _odf.odt(_odt_body("ru", [p]), changes=[ch])


@_add(
    "n18-odt-user-defined-doi-en.odt",
    None,
    WP,
    "meta:user-defined and meta:initial-creator",
    "en",
    "10.5281/zenodo.1234567",
    "a DOI of a publication and an office as creator",
)
def _n18():
    return _odf.odt(
        _odt_body("en"),
        initial_creator="Admissions Office",
        creator="Admissions Office",
        user_defined=[("DOI", "10.5281/zenodo.1234567"), ("Programme", "7M06101")],
    )


@_add(
    "n19-odt-footnote-baitursynuly-kk.odt",
    None,
    WP,
    "footnote and annotation",
    "kk",
    "Ахмет Байтұрсынұлы",
    "a public historic figure in a footnote; a comment by the rector's office naming the rector",
)
def _n19():
    p = (
        f"<text:p>Ауд. 118 Ахмет Байтұрсынұлы атындағы."
        f"{_odf.footnote(1, 'Ахмет Байтұрсынұлы (1872–1937) — ағартушы, тіл білімінің негізін салушы.')}"
        f"{_odf.annotation('Ректорат', 'Келісілді: ректор Байболова Л.К.')}</text:p>"
    )
    return _odf.odt(_odt_body("kk", [p]))


@_add(
    "n20-pdf-form-field-programme-kk.pdf",
    None,
    PP,
    "form field values",
    "kk",
    "6B04101 / 305",
    "a programme code and a room number in form fields",
)
def _n20():
    return _mkpdf("n20", "kk", fields=[("Бағдарлама", "6B04101"), ("Аудитория", "305")])


@_add(
    "n21-pdf-annotation-rector-ru.pdf",
    None,
    PP,
    "annotation contents and author",
    "ru",
    "Байболова Л.К.",
    "the rector's published name; annotation authored by 'Приёмная комиссия'",
)
def _n21():
    return _mkpdf(
        "n21",
        "ru",
        annots=[
            {
                "subtype": "Text",
                "author": "Приёмная комиссия",
                "contents": "Согласовано: ректор Байболова Л.К.",
            },
            {"subtype": "FreeText", "contents": f"{UNI_ADDR_RU}, +7 (7172) 57 88 15"},
        ],
    )


@_add(
    "n22-pdf-outline-historic-kk.pdf",
    None,
    PP,
    "bookmark (outline) titles",
    "kk",
    "Абай Құнанбайұлы (1845–1904)",
    "a public historic figure with his dates and academic-calendar headings",
)
def _n22():
    return _mkpdf(
        "n22",
        "kk",
        outlines=[
            "Академиялық күнтізбе 2025-2026",
            "Абай Құнанбайұлы (1845–1904)",
            "Шоқан Уәлиханов (1835–1865)",
        ],
    )


@_add(
    "n23-pdf-attachment-fees-en.pdf",
    None,
    PP,
    "embedded file attachment (.csv)",
    "en",
    "6B04101,1250000",
    "an attached tuition-fee table: programme codes and fees",
)
def _n23():
    data = (
        b"code,programme,fee_kzt,seats,filled\n6B04101,Economics,1250000,40,87.5%\n"
        b"7M06101,Computer Science,1650000,15,66.7%\n"
    )
    return _mkpdf(
        "n23", "en", attachments=[("fees.csv", data, "text/csv", "Tuition fees 2025-2026")]
    )


@_add(
    "n24-pdf-info-xmp-office-en.pdf",
    None,
    PP,
    "document info and XMP",
    "en",
    "Admissions Office",
    "office names as author/creator; ISBN, programme code and order number in keywords",
)
def _n24():
    return _mkpdf(
        "n24",
        "en",
        info={
            "Author": "Admissions Office",
            "Subject": "Academic calendar 2025-2026",
            "Keywords": f"ISBN {ISBN_B_F}; 6B04101; Order No. 595 of 30.10.2018",
        },
        xmp=_pdf.xmp_packet(
            creator="KazUTB Press Office",
            title="Academic calendar 2025-2026",
            keywords=f"ISBN {ISBN_B_F}",
        ),
    )


@_add(
    "n25-zip-comments-university-kk.zip",
    None,
    AC,
    "ZIP archive and member comments",
    "kk",
    "admissions@example.org, +7 (7172) 57 88 15",
    "the university's public contacts and calendar text",
)
def _n25():
    return _arch.zip_with_comments(
        [
            ("kestesi.csv", CSV["kk"], "2025-2026 оқу жылының күнтізбесі"),
            ("bagdarlamalar.csv", "Код\n6B04101\n7M06101\n", "№ 595 бұйрық 30.10.2018"),
        ],
        "ҚТжБУ, admissions@example.org, +7 (7172) 57 88 15",
    )


@_add(
    "n26-jpeg-exif-artist-press-office-en.jpg",
    None,
    IM,
    "EXIF Artist, ImageDescription, Copyright (no GPS)",
    "en",
    "KazUTB Press Office",
    "an office as photographer, no GPS",
)
def _n26():
    tiff = _img.tiff_structure(
        [
            *_camera(),
            _tag(_img.ARTIST, _img.ascii_v("KazUTB Press Office")),
            _tag(_img.IMAGE_DESCRIPTION, _img.ascii_v("Graduation ceremony 2025, Room 305")),
            _tag(_img.COPYRIGHT, _img.ascii_v("(c) KazUTB 2025")),
        ],
        exif=[_tag(_img.USER_COMMENT, _img.user_comment_ascii("Academic year 2025-2026"))],
    )
    return _img.jpeg(tiff, hue=20)


@_add(
    "n27-png-text-office-ru.png",
    None,
    IM,
    "PNG tEXt Author and iTXt XMP",
    "ru",
    "Приёмная комиссия",
    "office names as author and XMP creator",
)
def _n27():
    xmp = _img.xmp_image(
        creator="KazUTB Press Office",
        description="Приёмная комиссия, ауд. 214",
        rights="© KazUTB 2025",
    )
    return _img.png(
        [
            _img.png_text("Author", "Admissions Office"),
            _img.png_itxt("Author", "Приёмная комиссия", "ru", "Автор"),
            _img.png_itxt("XML:com.adobe.xmp", xmp),
        ],
        hue=21,
    )


@_add(
    "n28-tiff-description-eponym-kk.tif",
    None,
    IM,
    "TIFF ImageDescription and XPComment (no GPS)",
    "kk",
    "Қ. Құлажанов атындағы ҚТжБУ",
    "the university's eponym and a room number",
)
def _n28():
    return _img.tiff_file(
        [
            _tag(_img.IMAGE_DESCRIPTION, _img.ascii_v("Қ. Құлажанов атындағы ҚТжБУ, ауд. 305")),
            _tag(_img.XP_COMMENT, _img.xp_v("2025-2026 оқу жылы")),
            _tag(_img.ARTIST, _img.ascii_v("KazUTB Press Office")),
            *_camera(),
        ],
        hue=22,
    )


@_add(
    "n29-webp-no-gps-en.webp",
    None,
    IM,
    "EXIF ImageDescription and Artist (no GPS)",
    "en",
    "Campus, 2025-2026 academic year",
    "a GPS-less campus photo credited to the press office",
)
def _n29():
    tiff = _img.tiff_structure(
        [
            *_camera(),
            _tag(_img.IMAGE_DESCRIPTION, _img.ascii_v("Campus, 2025-2026 academic year")),
            _tag(_img.ARTIST, _img.ascii_v("KazUTB Press Office")),
        ]
    )
    return _img.webp(tiff, xmp=_img.xmp_image(creator="KazUTB Press Office"), hue=23)


@_add(
    "n30-jpeg-usercomment-order-kk.jpg",
    None,
    IM,
    "EXIF UserComment (UNICODE) and XPAuthor",
    "kk",
    "№ 595 бұйрық 30.10.2018",
    "a ministry order number and date; the press office as author",
)
def _n30():
    tiff = _img.tiff_structure(
        [*_camera(), _tag(_img.XP_AUTHOR, _img.xp_v("KazUTB Press Office"))],
        exif=[
            _tag(
                _img.USER_COMMENT,
                _img.user_comment_unicode("Марапаттау, № 595 бұйрық 30.10.2018, ауд. 305", ">"),
            )
        ],
        endian=">",
    )
    return _img.jpeg(tiff, hue=24)


# =================================================================== 7. refused types


@_add(
    "r01-archive-tar-gz-kk.tar.gz",
    REFUSED,
    RF,
    "whole file (gzip-compressed tar)",
    "kk",
    "+7 701 447 21 90",
    "a .tar.gz archive the gate cannot inspect; a member holds a private phone",
)
def _r01():
    return _arch.tar_gz(
        [
            ("kesteler/schedule.csv", CSV["kk"]),
            ("kesteler/contacts.txt", "Топ старостасы: +7 701 447 21 90\n"),
        ]
    )


@_add(
    "r02-archive-7z-en.7z",
    REFUSED,
    RF,
    "whole file (7z)",
    "en",
    "(empty archive)",
    "a 7z archive (valid signature header) the gate cannot inspect",
)
def _r02():
    return _arch.seven_zip_empty()


@_add(
    "r03-archive-rar-ru.rar",
    REFUSED,
    RF,
    "whole file (RAR5)",
    "ru",
    "(empty archive)",
    "a RAR5 archive (signature, main and end headers) the gate cannot inspect",
)
def _r03():
    return _arch.rar5_empty()


@_add(
    "r04-word-binary-doc-ru.doc",
    REFUSED,
    RF,
    "whole file (OLE2 Word 97-2003)",
    "ru",
    "Иванов Сергей Петрович",
    "an old binary Word file (compound file with a WordDocument stream)",
)
def _r04():
    text = "Характеристика студента: Иванов Сергей Петрович, программа 6B06101".encode("utf-16-le")
    return _arch.cfb("WordDocument", b"\xec\xa5\xc1\x00" + b"\0" * 28 + text)


@_add(
    "r05-excel-binary-xls-kk.xls",
    REFUSED,
    RF,
    "whole file (OLE2 Excel 97-2003)",
    "kk",
    "+7 705 221 64 09",
    "an old binary Excel file (compound file with a Workbook stream beginning with a BOF record)",
)
def _r05():
    bof = b"\x09\x08\x10\x00\x00\x06\x05\x00\xbb\x0d\xcc\x07\x00\x00\x00\x00\x06\x00\x00\x00"
    text = "Староста: +7 705 221 64 09".encode("utf-16-le")
    return _arch.cfb("Workbook", bof + text)


@_add(
    "r06-presentation-pptx-en.pptx",
    REFUSED,
    RF,
    "whole file (PowerPoint OOXML)",
    "en",
    "b.seitkali@gmail.com",
    "a presentation the gate does not read",
)
def _r06():
    return _arch.pptx("Open day 2025-2026 - questions: b.seitkali@gmail.com")


@_add(
    "r07-richtext-rtf-ru.rtf",
    REFUSED,
    RF,
    "whole file (RTF)",
    "ru",
    IIN_C,
    "an RTF document the gate does not read",
)
def _r07():
    return _arch.rtf(
        [UNI["ru"], "Расписание на 2025-2026 учебный год, ауд. 214", f"ИИН заявителя {IIN_C}"]
    )


@_add(
    "r08-ebook-epub-kk.epub",
    REFUSED,
    RF,
    "whole file (EPUB)",
    "kk",
    "Астана қ., Күйші Дина көшесі, 8 үй, 12 пәтер",
    "an e-book the gate does not read",
)
def _r08():
    return _arch.epub(
        "Студентке арналған анықтамалық 2025-2026",
        "<p>6B04101 «Экономика», ауд. 305.</p><p>Мекенжай: Астана қ., Күйші Дина көшесі, 8 үй, 12 пәтер</p>",
    )


@_add(
    "r09-archive-tar-bz2-en.tar.bz2",
    REFUSED,
    RF,
    "whole file (bzip2-compressed tar)",
    "en",
    "k.omarov.1999@mail.ru",
    "a .tar.bz2 archive the gate cannot inspect; a member holds a private e-mail",
)
def _r09():
    return _arch.tar_bz2(
        [("schedule.csv", CSV["en"]), ("contact.txt", "Group leader: k.omarov.1999@mail.ru\n")]
    )


# =================================================================== build


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for entry in MANIFEST:
        data = _BUILDERS[entry.name]()
        path = folder / entry.name
        path.write_bytes(data)
        out.append(path)
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "office-out")
    paths = build(target)
    pos = sum(1 for e in MANIFEST if e.category not in (None, REFUSED))
    neg = sum(1 for e in MANIFEST if e.category is None)
    ref = sum(1 for e in MANIFEST if e.category == REFUSED)
    print(
        f"{len(paths)} files in {target}: {pos} positive, {neg} public look-alikes, {ref} refused"
    )
