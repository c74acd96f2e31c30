"""Independent test corpus for the KazUTB personal-data publication gate.

Every file is synthetic; all people are fictional. Positives carry exactly one kind of
personal datum (possibly in many rows); look-alikes (category None) carry only public data.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from . import _data as D
from . import _fmt as F

ANY = "any"


@dataclass(frozen=True)
class Entry:
    name: str
    category: str | None
    cls: str
    part: str
    lang: str
    datum: str
    reason: str


_REG: list[tuple[Entry, object]] = []


def reg(name, category, cls, part, lang, reason):
    """Decorator: builder returns (bytes, datum_example)."""

    def deco(fn):
        rng = random.Random(name)
        data, datum = fn(rng)
        _REG.append((Entry(name, category, cls, part, lang, datum, reason), data))
        return fn

    return deco


UNI_KK = "Қ. Құлажанов атындағы Қазақ технология және бизнес университеті"
UNI_RU = "Казахский университет технологии и бизнеса имени К. Кулажанова"
UNI_EN = "K. Kulazhanov Kazakh University of Technology and Business"
RECTOR_KK = "Басқарма төрағасы – ректор Л.К. Байболова"
RECTOR_RU = "Председатель Правления – ректор Байболова Л.К."
RECTOR_EN = "Chair of the Board – Rector L.K. Baibolova"
UNI_PHONES = ["+7 (7172) 57 88 15", "+7 708 425 06 60", "+7 701 602 53 53"]
UNI_BIN = D.bin_(random.Random("kazutb-bin"), 96, 6, 4)


def _gpa(rng):
    return f"{rng.uniform(2.1, 4.0):.2f}".replace(".", ",")


# =====================================================================================
# POSITIVES — SIS / 1C exports (Windows CSV)
# =====================================================================================
@reg(
    "u01-platonus-export-iin-ru.csv",
    "iin",
    "sis-export",
    "column ИИН",
    "ru",
    "Platonus export with a column of students' IINs",
)
def _(rng):
    rows = [["№", "ИИН", "Группа", "Курс", "Образовательная программа", "GPA"]]
    for i in range(1, 19):
        y, m, d = D.birth(rng)
        rows.append(
            [
                str(i),
                D.iin(rng, y, m, d, rng.random() < 0.5),
                rng.choice(D.GROUPS),
                str(rng.randint(1, 4)),
                rng.choice(D.PROGRAMMES),
                _gpa(rng),
            ]
        )
    return F.csv_windows(rows), rows[1][1]


@reg(
    "u02-platonus-export-zhsn-kk.csv",
    "iin",
    "sis-export",
    "column ЖСН",
    "kk",
    "Kazakh-language Platonus export with ЖСН column",
)
def _(rng):
    rows = [["Р/с", "ЖСН", "Топ", "Курс", "Білім беру бағдарламасы", "Оқу түрі"]]
    for i in range(1, 16):
        y, m, d = D.birth(rng)
        rows.append(
            [
                str(i),
                D.iin(rng, y, m, d, rng.random() < 0.5),
                rng.choice(D.GROUPS_KK),
                str(rng.randint(1, 4)),
                rng.choice(D.PROGRAMMES),
                rng.choice(["грант", "ақылы"]),
            ]
        )
    return F.csv_windows(rows), rows[1][1]


@reg(
    "u03-sis-export-mobile-ru.csv",
    "phone",
    "sis-export",
    "column Тел. моб.",
    "ru",
    "contingent export with students' mobile numbers",
)
def _(rng):
    rows = [["№", "Группа", "Курс", "Тел. моб.", "Форма обучения"]]
    for i in range(1, 21):
        rows.append(
            [
                str(i),
                rng.choice(D.GROUPS),
                str(rng.randint(1, 4)),
                D.phone(rng, i),
                rng.choice(["очная", "очная", "дистанционная"]),
            ]
        )
    return F.csv_windows(rows), rows[1][3]


@reg(
    "u04-sis-export-email-kk.csv",
    "email",
    "sis-export",
    "column E-mail",
    "kk",
    "Kazakh export of personal e-mail addresses of first-year students",
)
def _(rng):
    rows = [["Р/с", "Топ", "E-mail", "Білім беру бағдарламасы", "Курс"]]
    for i in range(1, 17):
        rows.append([str(i), rng.choice(D.GROUPS_KK), D.email(rng), rng.choice(D.PROGRAMMES), "1"])
    return F.csv_windows(rows), rows[1][2]


@reg(
    "u05-sis-export-birthdate-ru.csv",
    "birth-date",
    "sis-export",
    "column Дата рождения",
    "ru",
    "export with students' dates of birth",
)
def _(rng):
    rows = [["№", "Группа", "Дата рождения", "Курс", "GPA"]]
    for i in range(1, 19):
        y, m, d = D.birth(rng)
        rows.append(
            [
                str(i),
                rng.choice(D.GROUPS),
                f"{d:02d}.{m:02d}.{y}",
                str(rng.randint(1, 4)),
                _gpa(rng),
            ]
        )
    return F.csv_windows(rows), rows[1][2]


@reg(
    "u06-sis-export-tugan-kuni-kk.csv",
    "birth-date",
    "sis-export",
    "column Туған күні",
    "kk",
    "Kazakh export with dates of birth",
)
def _(rng):
    rows = [["Р/с", "Топ", "Туған күні", "Оқу тілі", "Курс"]]
    for i in range(1, 15):
        y, m, d = D.birth(rng)
        rows.append(
            [
                str(i),
                rng.choice(D.GROUPS_KK),
                f"{d:02d}.{m:02d}.{y}",
                rng.choice(["қазақ", "орыс"]),
                str(rng.randint(1, 4)),
            ]
        )
    return F.csv_windows(rows), rows[1][2]


@reg(
    "u07-sis-export-address-ru.csv",
    "address",
    "sis-export",
    "column Адрес проживания",
    "ru",
    "export with students' home addresses",
)
def _(rng):
    rows = [["№", "Группа", "Адрес проживания", "Нуждается в общежитии"]]
    for i in range(1, 15):
        rows.append([str(i), rng.choice(D.GROUPS), D.address_ru(rng), rng.choice(["да", "нет"])])
    return F.csv_windows(rows), rows[1][2]


@reg(
    "u08-sis-export-studbilet-ru.csv",
    "student-id",
    "sis-export",
    "column № студ. билета",
    "ru",
    "export with student card numbers",
)
def _(rng):
    rows = [["№", "№ студ. билета", "Группа", "Курс", "GPA"]]
    for i in range(1, 21):
        rows.append(
            [
                str(i),
                f"{rng.choice(['21', '22', '23', '24'])}{rng.randint(10000, 99999)}",
                rng.choice(D.GROUPS),
                str(rng.randint(1, 4)),
                _gpa(rng),
            ]
        )
    return F.csv_windows(rows), rows[1][1]


@reg(
    "u09-sis-export-taa-kk.csv",
    "person-name",
    "sis-export",
    "column Т.А.Ә.",
    "kk",
    "Kazakh contingent export with students' full names",
)
def _(rng):
    rows = [["Р/с", "Т.А.Ә.", "Топ", "Курс", "GPA"]]
    for i, n in enumerate(D.names(D.name_kk, rng, 20), 1):
        rows.append([str(i), n, rng.choice(D.GROUPS_KK), str(rng.randint(1, 4)), _gpa(rng)])
    return F.csv_windows(rows), rows[1][1]


@reg(
    "u10-1c-export-fio-ru.csv",
    "person-name",
    "sis-export",
    "column ФИО",
    "ru",
    "1C export of students with ФИО",
)
def _(rng):
    rows = [["№", "ФИО", "Группа", "Образовательная программа", "Форма оплаты"]]
    for i, n in enumerate(D.names(D.name_ru, rng, 18), 1):
        rows.append(
            [
                str(i),
                n,
                rng.choice(D.GROUPS),
                rng.choice(D.PROGRAMMES),
                rng.choice(["грант", "платно"]),
            ]
        )
    return F.csv_windows(rows), rows[1][1]


@reg(
    "u11-1c-export-udostoverenie-ru.tsv",
    "id-document",
    "sis-export",
    "column № удостоверения личности",
    "ru",
    "TSV export with 9-digit ID card numbers",
)
def _(rng):
    rows = [["№", "№ удостоверения личности", "Кем выдано", "Группа"]]
    for i in range(1, 16):
        rows.append([str(i), f"0{rng.randint(10000000, 99999999)}", "МВД РК", rng.choice(D.GROUPS)])
    return F.tsv(rows), rows[1][1]


@reg(
    "u12-international-students-passport-en.csv",
    "id-document",
    "sis-export",
    "column Passport No.",
    "en",
    "international office export with passport numbers",
)
def _(rng):
    rows = [["No.", "Passport No.", "Country", "Programme", "Year"]]
    for i in range(1, 13):
        rows.append(
            [
                str(i),
                f"N{rng.randint(10000000, 99999999)}",
                rng.choice(["Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Tajikistan"]),
                rng.choice(D.PROGRAMMES),
                str(rng.randint(1, 4)),
            ]
        )
    return F.csv_windows(rows), rows[1][1]


@reg(
    "u13-platonus-export-iin-en.csv",
    "iin",
    "sis-export",
    "column IIN",
    "en",
    "English export of exchange applicants with IIN",
)
def _(rng):
    rows = [["No.", "IIN", "Group", "Course", "GPA"]]
    for i in range(1, 13):
        y, m, d = D.birth(rng)
        rows.append(
            [
                str(i),
                D.iin(rng, y, m, d, rng.random() < 0.5),
                rng.choice(["IS-21-2", "CS-22-1", "EC-23-1"]),
                str(rng.randint(1, 4)),
                f"{rng.uniform(2.5, 4):.2f}",
            ]
        )
    return F.csv_windows(rows), rows[1][1]


# =====================================================================================
# POSITIVES — orders with lists of students
# =====================================================================================
@reg(
    "u14-buiryq-45-st-qabyldau-kk.docx",
    "person-name",
    "order",
    "numbered list in body",
    "kk",
    "enrolment order listing students by full name",
)
def _(rng):
    ns = D.names(D.name_kk, rng, 12)
    ps = [
        f"{UNI_KK}",
        "БҰЙРЫҚ",
        "Бұйрық № 45-ст, 2025 ж. 1 қыркүйек, Астана қ.",
        "Білім алушыларды 1-курсқа қабылдау туралы",
        "Қабылдау комиссиясының шешімі негізінде 6B06101 «Ақпараттық жүйелер» білім беру бағдарламасы бойынша мына студенттер 1-курсқа қабылдансын:",
    ]
    ps += [f"{i}. {n}" for i, n in enumerate(ns, 1)]
    ps += ["Негіздеме: қабылдау комиссиясының 2025 жылғы 28 тамыздағы № 7 хаттамасы.", RECTOR_KK]
    return F.docx(ps), ns[0]


@reg(
    "u15-prikaz-zachislenie-ru.docx",
    "person-name",
    "order",
    "table after preamble",
    "ru",
    "Russian enrolment order: зачислить следующих лиц (table)",
)
def _(rng):
    ns = D.names(D.name_ru, rng, 14)
    ps = [
        UNI_RU,
        "ПРИКАЗ № 112-к от 25 августа 2025 г.",
        "О зачислении в число студентов",
        "На основании решения приемной комиссии (протокол № 6 от 22.08.2025) ПРИКАЗЫВАЮ: зачислить следующих лиц на 1 курс очной формы обучения:",
    ]
    tab = [["№", "Ф.И.О.", "Группа", "ОП"]] + [
        [str(i), n, rng.choice(D.GROUPS), rng.choice(D.PROGRAMMES)] for i, n in enumerate(ns, 1)
    ]
    return F.docx(ps, tab, [RECTOR_RU]), ns[0]


@reg(
    "u16-order-expulsion-en.pdf",
    "person-name",
    "order",
    "numbered list on page 1",
    "en",
    "English translation of an expulsion order with student names",
)
def _(rng):
    ns = D.names(D.name_en, rng, 8)
    lines = [
        UNI_EN,
        "ORDER No. 212-st dated 15 January 2026",
        "On expulsion of students for academic failure",
        "",
        "The following students shall be expelled from the university for failing to complete the curriculum:",
    ]
    lines += [
        f"{i}. {n}, group {rng.choice(['IS-21-2', 'EC-22-1', 'CS-23-3'])}"
        for i, n in enumerate(ns, 1)
    ]
    lines += ["", "Grounds: memo of the Dean of the Faculty of Information Technology.", RECTOR_EN]
    return F.pdf(lines), ns[0]


@reg(
    "u17-prikaz-perevod-ru.odt",
    "person-name",
    "order",
    "list in body",
    "ru",
    "transfer order naming students",
)
def _(rng):
    ns = D.names(D.name_ru, rng, 7)
    ps = [
        UNI_RU,
        "ПРИКАЗ № 301-ст от 3 февраля 2026 г.",
        "О переводе обучающихся",
        "Перевести нижеследующих студентов с платной основы обучения на вакантные образовательные гранты:",
    ]
    ps += [f"{i}. {n} – группа {rng.choice(D.GROUPS)}" for i, n in enumerate(ns, 1)]
    ps += [RECTOR_RU]
    return F.odt(ps), ns[0]


@reg(
    "u18-buiryq-akademiyalyq-demalys-kk.odt",
    "person-name",
    "order",
    "body paragraph",
    "kk",
    "academic-leave order with student names",
)
def _(rng):
    ns = D.names(D.name_kk, rng, 4)
    ps = [
        UNI_KK,
        "Бұйрық № 78-ст, 2025 ж. 20 қазан",
        "Академиялық демалыс беру туралы",
        "Денсаулық жағдайына байланысты төмендегі білім алушыларға академиялық демалыс берілсін:",
    ]
    ps += [f"{i}) {n}, {rng.choice(D.GROUPS_KK)} тобы" for i, n in enumerate(ns, 1)]
    ps += [RECTOR_KK]
    return F.odt(ps), ns[0]


@reg(
    "u19-order-diplomas-iin-en.pdf",
    "iin",
    "order",
    "diploma list with IIN column",
    "en",
    "diploma issuance list with IINs (no names)",
)
def _(rng):
    lines = [
        UNI_EN,
        "ORDER No. 501-st dated 30 June 2025",
        "On awarding bachelor's degrees and issuing diplomas",
        "",
        "No.   IIN            Diploma series   Programme",
    ]
    first = None
    for i in range(1, 16):
        y, m, d = D.birth(rng, 2001, 2003)
        x = D.iin(rng, y, m, d, rng.random() < 0.5)
        first = first or x
        lines.append(
            f"{i:<5} {x}   JB-B {rng.randint(1000000, 1999999)}    {rng.choice(D.PROGRAMMES)}"
        )
    lines += ["", RECTOR_EN]
    return F.pdf(lines), first


@reg(
    "u20-diplom-tirkeu-zhsn-kk.docx",
    "iin",
    "certificate-list",
    "table column ЖСН",
    "kk",
    "diploma register with ЖСН",
)
def _(rng):
    tab = [["Р/с", "ЖСН", "Диплом нөмірі", "Білім беру бағдарламасы"]]
    for i in range(1, 13):
        y, m, d = D.birth(rng, 2001, 2003)
        tab.append(
            [
                str(i),
                D.iin(rng, y, m, d, rng.random() < 0.5),
                f"JB-B {rng.randint(1000000, 1999999)}",
                rng.choice(D.PROGRAMMES),
            ]
        )
    return F.docx([UNI_KK, "Дипломдарды беру тізілімі, 2025 ж."], tab), tab[1][1]


@reg(
    "u21-certificates-course-birthdate-en.docx",
    "birth-date",
    "certificate-list",
    "table column Date of birth",
    "en",
    "certificate list of a short course with dates of birth",
)
def _(rng):
    tab = [["No.", "Certificate No.", "Date of birth", "Course"]]
    for i in range(1, 11):
        y, m, d = D.birth(rng, 1975, 2004)
        tab.append(
            [
                str(i),
                f"KUTB-2025-{rng.randint(100, 999)}",
                f"{d:02d}/{m:02d}/{y}",
                "Food Safety Management (72 h)",
            ]
        )
    return F.docx(
        [UNI_EN, "Register of issued certificates, Centre for Continuing Education"], tab
    ), tab[1][2]


# =====================================================================================
# POSITIVES — multi-sheet XLSX lists (datum on the 2nd sheet)
# =====================================================================================
def _summary_sheet(title, lang):
    if lang == "kk":
        return (title, [["Көрсеткіш", "Мәні"], ["Барлығы", 40], ["Грант", 28], ["Ақылы", 12]])
    if lang == "en":
        return (
            title,
            [["Indicator", "Value"], ["Total", 40], ["State grant", 28], ["Fee-paying", 12]],
        )
    return (title, [["Показатель", "Значение"], ["Всего", 40], ["Грант", 28], ["Платно", 12]])


@reg(
    "u22-stipendiya-tizimi-kk.xlsx",
    "iin",
    "scholarship-list",
    "sheet 2 'Тізім', column ЖСН",
    "kk",
    "scholarship list, second sheet carries ЖСН",
)
def _(rng):
    rows = [["Р/с", "ЖСН", "Топ", "GPA", "Стипендия түрі"]]
    for i in range(1, 21):
        y, m, d = D.birth(rng)
        rows.append(
            [
                i,
                D.iin(rng, y, m, d, rng.random() < 0.5),
                rng.choice(D.GROUPS_KK),
                round(rng.uniform(3.0, 4.0), 2),
                rng.choice(["мемлекеттік", "жоғарылатылған"]),
            ]
        )
    return F.xlsx([_summary_sheet("Жиынтық", "kk"), ("Тізім", rows)]), rows[1][1]


@reg(
    "u23-obshchezhitie-spisok-ru.xlsx",
    "phone",
    "dormitory-list",
    "sheet 2 'Список', column Телефон",
    "ru",
    "dormitory list, residents' phones on second sheet",
)
def _(rng):
    rows = [["№", "Комната", "Группа", "Телефон", "Дата заселения"]]
    for i in range(1, 21):
        rows.append(
            [
                i,
                f"{rng.randint(1, 5)}{rng.randint(1, 30):02d}",
                rng.choice(D.GROUPS),
                D.phone(rng, i),
                "01.09.2025",
            ]
        )
    return F.xlsx([_summary_sheet("Свод", "ru"), ("Список", rows)]), rows[1][3]


@reg(
    "u24-exam-seating-en.xlsx",
    "student-id",
    "exam-seating",
    "sheet 2 'Seating', column Student ID",
    "en",
    "exam seating list with student ID numbers",
)
def _(rng):
    rows = [["Seat", "Student ID", "Room", "Exam", "Time"]]
    for i in range(1, 25):
        rows.append(
            [
                i,
                f"{rng.choice(['22', '23'])}{rng.randint(10000, 99999)}",
                "Room 305",
                "Database Systems",
                "09:00",
            ]
        )
    sched = [
        ["Exam", "Date", "Time", "Room"],
        ["Database Systems", "2026-01-12", "09:00", "Room 305"],
        ["Microeconomics", "2026-01-14", "14:00", "Room 210"],
    ]
    return F.xlsx([("Schedule", sched), ("Seating", rows)]), str(rows[1][1])


@reg(
    "u25-praktika-raspredelenie-ru.xlsx",
    "person-name",
    "internship-list",
    "sheet 2 'Распределение', column ФИО",
    "ru",
    "internship placement list with student names",
)
def _(rng):
    ns = D.names(D.name_ru, rng, 16)
    orgs = ["АО «Казахтелеком»", "ТОО «Astana Food»", "АО «Байтерек»", "ТОО «Рахат-Астана»"]
    rows = [["№", "ФИО", "Группа", "База практики", "Сроки"]] + [
        [i, n, rng.choice(D.GROUPS), rng.choice(orgs), "12.01–07.02.2026"]
        for i, n in enumerate(ns, 1)
    ]
    base = [["База практики", "Договор №", "Мест"]] + [
        [o, f"Д-{k + 11}/2025", 4] for k, o in enumerate(orgs)
    ]
    return F.xlsx([("Базы", base), ("Распределение", rows)]), ns[0]


@reg(
    "u26-zhataqhana-mekenzhai-kk.xlsx",
    "address",
    "dormitory-list",
    "sheet 2 'Өтінімдер', column Тұрғылықты мекенжайы",
    "kk",
    "dormitory applications with home addresses",
)
def _(rng):
    rows = [["Р/с", "Топ", "Тұрғылықты мекенжайы", "Жеңілдік санаты"]]
    for i in range(1, 16):
        rows.append(
            [
                i,
                rng.choice(D.GROUPS_KK),
                D.address_kk(rng),
                rng.choice(["жоқ", "көп балалы отбасы", "жетім"]),
            ]
        )
    return F.xlsx([_summary_sheet("Жиынтық", "kk"), ("Өтінімдер", rows)]), rows[1][2]


@reg(
    "u27-vyplata-stipendii-iban-ru.xlsx",
    "iban",
    "payment-list",
    "sheet 2 'Реестр', column IBAN",
    "ru",
    "scholarship payment register with personal IBANs",
)
def _(rng):
    rows = [["№", "Группа", "IBAN (карт-счет)", "Сумма, ₸"]]
    for i in range(1, 19):
        rows.append(
            [
                i,
                rng.choice(D.GROUPS),
                D.iban(rng, rng.choice(["722", "601", "998"]), rng.choice(["S", "0", "C"])),
                52372,
            ]
        )
    return F.xlsx([_summary_sheet("Свод", "ru"), ("Реестр", rows)]), rows[1][2]


@reg(
    "u28-tolem-karta-kk.xlsx",
    "bank-card",
    "payment-list",
    "sheet 2 'Карталар', column Карта нөмірі",
    "kk",
    "material-aid payment list with bank card numbers",
)
def _(rng):
    rows = [["Р/с", "Топ", "Карта нөмірі", "Сомасы, ₸"]]
    for i in range(1, 15):
        rows.append(
            [
                i,
                rng.choice(D.GROUPS_KK),
                D.card(rng, rng.choice(["440043", "400303", "539545"])),
                30000,
            ]
        )
    return F.xlsx([_summary_sheet("Жиынтық", "kk"), ("Карталар", rows)]), rows[1][2]


# =====================================================================================
# POSITIVES — minutes, news drafts, surveys, forms, misc
# =====================================================================================
@reg(
    "u29-protokol-zasedaniya-ru.docx",
    "person-name",
    "minutes",
    "Присутствовали list",
    "ru",
    "minutes listing student-council participants by full name",
)
def _(rng):
    ns = D.names(D.name_ru, rng, 6)
    ps = (
        [
            "ПРОТОКОЛ № 3 заседания студенческого совета",
            "г. Астана, 14 ноября 2025 г.",
            "Председатель: Байболова Л.К.",
            "Присутствовали члены студенческого совета:",
        ]
        + [f"– {n}" for n in ns]
        + [
            "Повестка дня: 1. О проведении Дня первокурсника. 2. О работе дебатного клуба.",
            "Постановили: одобрить план мероприятий.",
        ]
    )
    return F.docx(ps), ns[0]


@reg(
    "u30-hattama-bailanys-kk.odt",
    "phone",
    "minutes",
    "contact line at end",
    "kk",
    "minutes of a volunteers meeting with a student coordinator's mobile",
)
def _(rng):
    p = D.phone(rng, 0)
    ps = [
        "Еріктілер клубы отырысының № 5 ХАТТАМАСЫ",
        "Астана қ., 2025 ж. 10 желтоқсан",
        "Күн тәртібі: «Қамқор» қайырымдылық акциясын ұйымдастыру.",
        "Шешім: акция 20 желтоқсанда өтеді, 305 аудитория.",
        f"Студент-үйлестірушінің жеке ұялы телефоны: {p} (WhatsApp).",
    ]
    return F.odt(ps), p


@reg(
    "u31-news-draft-hackathon-en.md",
    "phone",
    "news-draft",
    "last paragraph 'for comments'",
    "en",
    "news draft leaves the winning student's mobile for press comments",
)
def _(rng):
    p = D.phone(rng, 1)
    s = f"""# KazUTB students win the Astana Hub hackathon

Draft — press office, do not publish before approval.

A team of second-year students of the programme 6B06101 won first place at the Astana Hub student
hackathon on 18 October 2025 with a food-traceability app.

Rector L.K. Baibolova congratulated the team.

For comments the team captain can be reached on his personal mobile {p}.
"""
    return F.text(s), p


@reg(
    "u32-novost-chernovik-ru.html",
    "phone",
    "news-draft",
    "HTML paragraph in article body",
    "ru",
    "news draft with a student's personal phone 'для комментариев'",
)
def _(rng):
    p = D.phone(rng, 4)
    s = f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Черновик: Олимпиада по программированию</title></head>
<body><article>
<h1>Студенты КазУТБ – призеры республиканской олимпиады</h1>
<p>Команда группы ИС-22-1 заняла второе место на республиканской олимпиаде по программированию (Караганда, 22 ноября 2025 г.).</p>
<p>Для комментариев: капитан команды, моб. {p} (личный).</p>
<p>Пресс-служба университета: {UNI_PHONES[0]}</p>
</article></body></html>
"""
    return F.text(s), p


@reg(
    "u33-zhanalyq-zhobasy-email-kk.txt",
    "email",
    "news-draft",
    "last line",
    "kk",
    "Kazakh news draft with a student's personal e-mail",
)
def _(rng):
    e = D.email(rng)
    s = f"""ЖАҢАЛЫҚ ЖОБАСЫ (баспасөз қызметі)

«Жас ғалым» конкурсының жеңімпазы

ЕТ-22-1 тобының студенті «Жас ғалым – 2025» республикалық конкурсында бірінші орын алды.
Зерттеу тақырыбы: «Түйе сүтінен функционалдық өнімдер».

Сұхбат үшін студенттің жеке поштасы: {e}
"""
    return F.text(s), e


@reg(
    "u34-opros-rezultaty-ru.xlsx",
    "email",
    "survey",
    "sheet 'Ответы', column Комментарий (free text)",
    "ru",
    "survey answers where a respondent left a personal e-mail in the comment",
)
def _(rng):
    e = D.email(rng)
    comments = [
        "Все устраивает",
        "Нужно больше розеток в читальном зале",
        "",
        "Столовая дорогая",
        f"Хочу участвовать в фокус-группе, пишите {e}",
        "Wi-Fi в корпусе 2 плохо работает",
        "Спасибо преподавателям",
    ]
    rows = [["№ анкеты", "Курс", "Удовлетворенность (1-5)", "Комментарий"]] + [
        [i, rng.randint(1, 4), rng.randint(2, 5), c] for i, c in enumerate(comments, 1)
    ]
    agg = [["Вопрос", "Средний балл"], ["Качество преподавания", 4.3], ["Инфраструктура", 3.8]]
    return F.xlsx([("Итоги", agg), ("Ответы", rows)]), e


@reg(
    "u35-saualnama-pikir-phone-kk.csv",
    "phone",
    "survey",
    "column Пікір (free text), row 6",
    "kk",
    "survey CSV; one comment contains a respondent's phone",
)
def _(rng):
    p = D.phone(rng, 3)
    comments = [
        "Бәрі жақсы",
        "Кітапхана кешке дейін ашық болса",
        "Асхана қымбат",
        "",
        f"Мәселе бойынша хабарласыңыз: {p}",
        "Оқытушыларға рахмет",
    ]
    rows = [["Сауалнама №", "Курс", "Қанағаттану (1-5)", "Пікір"]] + [
        [str(i), str(rng.randint(1, 4)), str(rng.randint(2, 5)), c]
        for i, c in enumerate(comments, 1)
    ]
    return F.csv_windows(rows), p


@reg(
    "u36-survey-responses-email-en.ods",
    "email",
    "survey",
    "sheet 'Responses', column Comment",
    "en",
    "ODS survey export with an e-mail in a free-text comment",
)
def _(rng):
    e = D.email(rng)
    comments = [
        "Great lab equipment",
        "More English-taught electives please",
        f"Contact me for the alumni panel: {e}",
        "",
        "Bus schedule is inconvenient",
    ]
    rows = [["Response", "Year", "Overall (1-5)", "Comment"]] + [
        [i, rng.randint(1, 4), rng.randint(2, 5), c] for i, c in enumerate(comments, 1)
    ]
    return F.ods(
        [("Summary", [["Question", "Mean"], ["Teaching quality", 4.2]]), ("Responses", rows)]
    ), e


@reg(
    "u37-refund-bank-cards-ru.txt",
    "bank-card",
    "payment-list",
    "fixed-width lines",
    "ru",
    "refund list typed by accounting with card numbers",
)
def _(rng):
    lines = ["Возврат излишне оплаченной суммы за обучение (бухгалтерия), 2025-2026 уч. год", ""]
    first = None
    for i in range(1, 9):
        c = D.card(rng, rng.choice(["440043", "400303", "402844"]))
        first = first or c
        lines.append(
            f"{i}. группа {rng.choice(D.GROUPS)}  карта {c}  сумма {rng.choice(['82 500', '165 000', '41 250'])} ₸"
        )
    return F.text("\r\n".join(lines) + "\r\n"), first


@reg(
    "u38-payment-list-iban-en.csv",
    "iban",
    "payment-list",
    "column IBAN",
    "en",
    "research-grant honoraria list with personal IBANs",
)
def _(rng):
    rows = [["No.", "Role", "IBAN", "Amount, KZT"]]
    for i in range(1, 9):
        rows.append(
            [
                str(i),
                rng.choice(["junior researcher", "lab assistant"]),
                D.iban(rng, rng.choice(["722", "601"]), rng.choice(["S", "0"])),
                "120000",
            ]
        )
    return F.csv_plain(rows), rows[1][2]


@reg(
    "u39-web-form-applications-email-en.json",
    "email",
    "form-export",
    "JSON field applicant_email",
    "en",
    "web-form export of applications with applicants' e-mails",
)
def _(rng):
    items = [
        {
            "id": 1000 + i,
            "submitted": f"2025-07-{10 + i:02d}T10:{i:02d}:00+05:00",
            "programme": rng.choice(D.PROGRAMMES),
            "applicant_email": D.email(rng),
            "status": rng.choice(["new", "accepted", "review"]),
        }
        for i in range(1, 13)
    ]
    return F.text(
        json.dumps({"form": "admission-2025", "items": items}, ensure_ascii=False, indent=2) + "\n"
    ), items[0]["applicant_email"]


@reg(
    "u40-veb-forma-zayavki-telefon-ru.json",
    "phone",
    "form-export",
    "JSON field телефон",
    "ru",
    "web-form export of open-day registrations with phones",
)
def _(rng):
    items = [
        {
            "номер": i,
            "дата": f"2025-03-{i + 1:02d}",
            "школа": f"Школа-лицей № {rng.randint(1, 90)}",
            "телефон": D.phone(rng, i),
        }
        for i in range(1, 13)
    ]
    return F.text(json.dumps(items, ensure_ascii=False, indent=2) + "\n"), items[0]["телефон"]


@reg(
    "u41-otinimder-toliq-kk.json",
    ANY,
    "form-export",
    "JSON records with name, phone, e-mail",
    "kk",
    "full application records (several kinds of personal data together)",
)
def _(rng):
    items = [
        {
            "өтінім": i,
            "аты_жөні": D.name_kk(rng),
            "телефон": D.phone(rng, i),
            "email": D.email(rng),
            "бағдарлама": rng.choice(D.PROGRAMMES),
        }
        for i in range(1, 9)
    ]
    return F.text(json.dumps(items, ensure_ascii=False, indent=2) + "\n"), items[0]["аты_жөні"]


@reg(
    "u42-student-ambassadors-instagram-ru.yaml",
    "social-handle",
    "site-data",
    "YAML key instagram",
    "ru",
    "ambassador programme data with students' personal Instagram handles",
)
def _(rng):
    lines = ["# Амбассадоры КазУТБ 2025 — данные для страницы", "ambassadors:"]
    first = None
    for _i in range(1, 9):
        h = f"@{D.translit_login(rng).replace('.', '_')}"
        first = first or h
        lines += [
            f'  - group: "{rng.choice(D.GROUPS)}"',
            f'    programme: "{rng.choice(D.PROGRAMMES)}"',
            f'    instagram: "{h}"',
        ]
    return F.text("\n".join(lines) + "\n"), first


@reg(
    "u43-eriktiler-telegram-kk.md",
    "social-handle",
    "site-data",
    "markdown table column Telegram",
    "kk",
    "volunteer list with personal Telegram links",
)
def _(rng):
    rows = ["# Еріктілер тобы – «Қамқор» акциясы", "", "| Р/с | Топ | Telegram |", "|---|---|---|"]
    first = None
    for i in range(1, 10):
        h = f"t.me/{D.translit_login(rng).replace('.', '_')}"
        first = first or h
        rows.append(f"| {i} | {rng.choice(D.GROUPS_KK)} | {h} |")
    return F.text("\n".join(rows) + "\n"), first


@reg(
    "u44-graduates-addresses-en.html",
    "address",
    "site-data",
    "HTML table column Home address",
    "en",
    "alumni mailing list draft with home addresses",
)
def _(rng):
    trs = []
    first = None
    for i in range(1, 9):
        a = D.address_en(rng)
        first = first or a
        trs.append(f"<tr><td>{i}</td><td>Class of 2024</td><td>{a}</td></tr>")
    s = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Alumni invitations</title></head><body>\n'
        "<h1>Alumni Day invitations – mailing addresses</h1>\n<table><tr><th>No.</th><th>Cohort</th><th>Home address</th></tr>\n"
        + "\n".join(trs)
        + "\n</table></body></html>\n"
    )
    return F.text(s), first


@reg(
    "u45-event-photo-gps-en.jpg",
    "gps-location",
    "photo",
    "EXIF GPS IFD",
    "en",
    "event photo keeps GPS coordinates in EXIF",
)
def _(rng):
    return F.jpeg(1, "Freshman Day 2025", (51.1283, 71.4306)), "51.1283 N, 71.4306 E"


@reg(
    "u46-tulekter-kuni-foto-gps-kk.jpg",
    "gps-location",
    "photo",
    "EXIF GPS IFD",
    "kk",
    "graduation photo taken at a private home with GPS EXIF",
)
def _(rng):
    return F.jpeg(2, "Tulekter kuni 2025", (51.1605, 71.4704)), "51.1605 N, 71.4704 E"


@reg(
    "u47-arkhiv-vygruzka-iin-ru.zip",
    "iin",
    "archive",
    "zip member export/iin.csv, column ИИН",
    "ru",
    "archive containing a Platonus IIN export",
)
def _(rng):
    rows = [["№", "ИИН", "Группа", "Курс"]]
    for i in range(1, 11):
        y, m, d = D.birth(rng)
        rows.append(
            [
                str(i),
                D.iin(rng, y, m, d, rng.random() < 0.5),
                rng.choice(D.GROUPS),
                str(rng.randint(1, 4)),
            ]
        )
    readme = "Выгрузка для деканата. Количество записей: 10.\r\n".encode()
    return F.zip_bytes(
        [("export/README.txt", readme), ("export/iin.csv", F.csv_windows(rows))]
    ), rows[1][1]


@reg(
    "u48-exchange-nominees-en.ods",
    "person-name",
    "nomination-list",
    "sheet 'Nominees', column Full name",
    "en",
    "Erasmus+ nominee list with student full names",
)
def _(rng):
    ns = D.names(D.name_en, rng, 8)
    rows = [["No.", "Full name", "Programme", "Host university"]] + [
        [
            i,
            n,
            rng.choice(D.PROGRAMMES),
            rng.choice(["University of Lodz", "Ankara University", "TU Riga"]),
        ]
        for i, n in enumerate(ns, 1)
    ]
    return F.ods(
        [("Quotas", [["Host", "Places"], ["University of Lodz", 3]]), ("Nominees", rows)]
    ), ns[0]


@reg(
    "u49-passport-visa-support-en.docx",
    "id-document",
    "letter",
    "body paragraph",
    "en",
    "visa-support letter draft with a passport number",
)
def _(rng):
    pn = f"N{rng.randint(10000000, 99999999)}"
    ps = [
        UNI_EN,
        "Letter of invitation (draft)",
        f"The university confirms that the holder of passport {pn} is invited to attend the summer school "
        '"Food Technologies" held 7–25 July 2025 in Astana.',
        RECTOR_EN,
    ]
    return F.docx(ps), pn


# =====================================================================================
# PUBLIC LOOK-ALIKES — must NOT be reported
# =====================================================================================
@reg(
    "u50-kontingent-po-gruppam-ru.csv",
    None,
    "sis-export",
    "whole file",
    "ru",
    "counts by group, Windows CSV: no personal data",
)
def _(rng):
    rows = [["Группа", "Курс", "ОП", "Количество студентов", "Средний GPA"]]
    for g in D.GROUPS:
        rows.append(
            [
                g,
                str(rng.randint(1, 4)),
                rng.choice(D.PROGRAMMES),
                str(rng.randint(15, 30)),
                _gpa(rng),
            ]
        )
    return F.csv_windows(rows), "ИС-21-2"


@reg("u51-gpa-ortasha-kk.csv", None, "sis-export", "whole file", "kk", "average GPA by programme")
def _(rng):
    rows = [["Білім беру бағдарламасы", "Студент саны", "Орташа GPA", "Үздіктер, %"]]
    for p in D.PROGRAMMES:
        rows.append([p, str(rng.randint(40, 300)), _gpa(rng), f"{rng.randint(5, 25)}%"])
    return F.csv_windows(rows), "6B04101"


@reg(
    "u52-exam-schedule-en.xlsx",
    None,
    "exam-schedule",
    "both sheets",
    "en",
    "exam schedule: groups, rooms, times, course names only",
)
def _(rng):
    rows = [["Group", "Course", "Date", "Time", "Room"]]
    courses = [
        "Database Systems",
        "Microeconomics",
        "Food Chemistry",
        "Discrete Mathematics",
        "Kazakh Language",
    ]
    for i, g in enumerate(["IS-21-2", "IS-22-1", "EC-22-1", "FT-23-2"]):
        for k in range(2):
            rows.append(
                [
                    g,
                    courses[(i + k) % 5],
                    f"2026-01-{12 + i + k:02d}",
                    rng.choice(["09:00", "11:00", "14:00"]),
                    f"Room {rng.randint(1, 5)}{rng.randint(1, 20):02d}",
                ]
            )
    rooms = [["Room", "Seats"], ["Room 305", 40], ["Room 210", 28], ["Room 112", 60]]
    return F.xlsx([("Rooms", rooms), ("Schedule", rows)]), "IS-21-2"


@reg(
    "u53-buiryq-akademiyalyq-kuntizbe-kk.docx",
    None,
    "order",
    "whole file",
    "kk",
    "academic-calendar order: numbers, dates, rector signature",
)
def _(rng):
    ps = [
        UNI_KK,
        "Бұйрық № 12-ж, 2025 ж. 25 тамыз",
        "2025-2026 оқу жылының академиялық күнтізбесін бекіту туралы",
        "1. Күзгі семестр: 2025 ж. 1 қыркүйек – 2025 ж. 20 желтоқсан.",
        "2. Емтихан сессиясы: 2025 ж. 22 желтоқсан – 2026 ж. 10 қаңтар.",
        "3. Қысқы каникул: 2026 ж. 12 қаңтар – 2026 ж. 25 қаңтар.",
        "4. Көктемгі семестр: 2026 ж. 26 қаңтар – 2026 ж. 16 мамыр.",
        "Бұйрықтың орындалуын бақылау оқу-әдістемелік жұмыс жөніндегі проректорға жүктелсін.",
        RECTOR_KK,
    ]
    return F.docx(ps), "№ 12-ж, 2025 ж. 25 тамыз"


@reg(
    "u54-prikaz-anonim-spisok-ru.docx",
    None,
    "order",
    "table",
    "ru",
    "published order with anonymised list (Студент 1, Студент 2 …)",
)
def _(rng):
    tab = [["№", "Обучающийся", "Группа", "Основание"]] + [
        [str(i), f"Студент {i}", rng.choice(D.GROUPS), "заявление"] for i in range(1, 9)
    ]
    return F.docx(
        [
            UNI_RU,
            "ПРИКАЗ № 415-ст от 10 сентября 2025 г. (выписка для публикации)",
            "О предоставлении мест в общежитии. Предоставить места в общежитии № 2 следующим обучающимся:",
        ],
        tab,
        [RECTOR_RU],
    ), "Студент 1"


@reg(
    "u55-kontakty-ru.html",
    None,
    "web-page",
    "whole file",
    "ru",
    "contacts page with the university's own phones and e-mails",
)
def _(rng):
    s = f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Контакты</title></head><body>
<h1>Контакты</h1>
<p>{UNI_RU}</p>
<p>Адрес: г. Астана, ул. Кайыма Мухамедханова, 37А</p>
<p>Приемная ректора: {UNI_PHONES[0]}</p>
<p>Приемная комиссия: {UNI_PHONES[1]}, {UNI_PHONES[2]}</p>
<p>E-mail: <a href="mailto:office@example.org">office@example.org</a>, <a href="mailto:admissions@example.org">admissions@example.org</a></p>
<p>БИН {UNI_BIN}</p>
</body></html>
"""
    return F.text(s), UNI_PHONES[0]


@reg(
    "u56-admissions-contacts-en.md",
    None,
    "web-page",
    "whole file",
    "en",
    "admissions page: university phones, e-mails, fee, calendar",
)
def _(rng):
    s = f"""# Admissions 2025

- Document acceptance: 20 June – 25 August 2025
- Tuition fee (bachelor, full-time): 1 650 000 ₸ per year
- Admissions office: {UNI_PHONES[1]}, {UNI_PHONES[2]}
- E-mail: admissions@example.org
- Rector: L.K. Baibolova

Programmes: 6B04101 Economics, 6B06101 Information Systems, 6B07201 Food Technology.
"""
    return F.text(s), "admissions@example.org"


@reg("u57-oqu-aqysy-kk.txt", None, "web-page", "whole file", "kk", "tuition fees and percentages")
def _(rng):
    s = """2025-2026 оқу жылына арналған оқу ақысы

Бакалавриат, күндізгі оқу: 1 650 000 ₸
Магистратура (ғылыми-педагогикалық): 1 900 000 ₸
Көп балалы отбасылардан шыққан студенттерге жеңілдік: 10%
Оқу ақысын бөліп төлеу: 2 бөлікке (50% / 50%)
Төлем мерзімі: 2025 ж. 15 қыркүйекке дейін
"""
    return F.text(s), "1 650 000 ₸"


@reg(
    "u58-rekvizity-bin-ru.txt",
    None,
    "web-page",
    "whole file",
    "ru",
    "the university's own BIN (legal entity, 5th digit 4)",
)
def _(rng):
    s = f"""Реквизиты университета

{UNI_RU}
БИН: {UNI_BIN}
Юридический адрес: 010000, г. Астана, ул. Кайыма Мухамедханова, 37А
Телефон: {UNI_PHONES[0]}
E-mail: office@example.org
"""
    return F.text(s), UNI_BIN


@reg(
    "u59-abai-kuni-kk.md",
    None,
    "news",
    "whole file",
    "kk",
    "news about public figures: Абай Құнанбайұлы, the eponym Қ. Құлажанов",
)
def _(rng):
    s = """# Абай күні университетте

2025 жылғы 10 тамызда университетте Абай Құнанбайұлының туғанына 180 жыл толуына арналған әдеби кеш өтті.
Кешті ректор Л.К. Байболова ашып, университеттің негізін қалаушы академик Қ. Құлажанов туралы еске алды.
Студенттер «Қара сөздерден» үзінділер оқыды. Кеш 305 аудиторияда 15:00-де басталды.
"""
    return F.text(s), "Абай Құнанбайұлы"


@reg(
    "u60-poslanie-prezidenta-ru.html",
    None,
    "news",
    "whole file",
    "ru",
    "news about the President's address (public figure)",
)
def _(rng):
    s = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Обсуждение Послания</title></head><body>
<h1>В КазУТБ обсудили Послание Главы государства</h1>
<p>Преподаватели и студенты обсудили Послание Президента Республики Казахстан Касым-Жомарта Токаева народу Казахстана от 8 сентября 2025 года.</p>
<p>Ректор Байболова Л.К. отметила задачи по цифровизации образования. В обсуждении приняли участие 120 студентов (87% опрошенных поддержали инициативы).</p>
</body></html>
"""
    return F.text(s), "Касым-Жомарта Токаева"


@reg(
    "u61-survey-aggregates-en.ods",
    None,
    "survey",
    "both sheets",
    "en",
    "survey results with aggregate numbers only",
)
def _(rng):
    q = [["Question", "N", "Mean (1-5)", "Agree, %"]] + [
        [t, rng.randint(200, 400), round(rng.uniform(3, 4.8), 2), rng.randint(55, 95)]
        for t in ["Teaching quality", "Library", "Dormitory", "Canteen", "Wi-Fi"]
    ]
    by_year = [["Year", "Respondents"], [1, 120], [2, 98], [3, 87], [4, 64]]
    return F.ods([("By year", by_year), ("Results", q)]), "Teaching quality"


@reg(
    "u62-opros-svod-ru.xlsx",
    None,
    "survey",
    "both sheets",
    "ru",
    "survey summary without free-text comments",
)
def _(rng):
    q = [["Вопрос", "Ответов", "Средний балл", "Удовлетворены, %"]] + [
        [t, rng.randint(200, 400), round(rng.uniform(3, 4.8), 2), rng.randint(55, 95)]
        for t in ["Качество преподавания", "Библиотека", "Общежитие", "Столовая"]
    ]
    return F.xlsx(
        [("Итоги", [["Всего анкет", 369], ["Период", "01.11–30.11.2025"]]), ("Вопросы", q)]
    ), "Качество преподавания"


@reg(
    "u63-zhataqhana-bolmeler-kk.xlsx",
    None,
    "dormitory-list",
    "both sheets",
    "kk",
    "dormitory room numbers and occupancy counts",
)
def _(rng):
    rows = [["Бөлме", "Қабат", "Орын саны", "Бос орын"]] + [
        [f"{f}{r:02d}", f, 3, rng.randint(0, 2)] for f in range(1, 4) for r in range(1, 6)
    ]
    return F.xlsx(
        [("Жиынтық", [["Жатақхана", "№ 2"], ["Барлық орын", 45]]), ("Бөлмелер", rows)]
    ), "101"


@reg(
    "u64-scholarship-quota-en.pdf",
    None,
    "scholarship-list",
    "whole file",
    "en",
    "scholarship quotas per programme, order number and date",
)
def _(rng):
    lines = [
        UNI_EN,
        "ORDER No. 47-st dated 1 September 2025",
        "On the distribution of state scholarships",
        "",
    ]
    for p in D.PROGRAMMES:
        lines.append(f"{p}: {rng.randint(5, 40)} scholarships, amount 52 372 KZT per month")
    lines += ["", "Enquiries: office@example.org, +7 (7172) 57 88 15", RECTOR_EN]
    return F.pdf(lines), "No. 47-st"


@reg(
    "u65-programme-codes-en.json",
    None,
    "site-data",
    "whole file",
    "en",
    "programme catalogue: codes, names, credits, fee",
)
def _(rng):
    items = [
        {"code": c, "name": n, "credits": 240, "fee_kzt": 1650000, "language": ["kk", "ru"]}
        for c, n in [
            ("6B04101", "Economics"),
            ("6B06101", "Information Systems"),
            ("6B07201", "Food Production Technology"),
            ("6B11101", "Restaurant and Hotel Business"),
        ]
    ]
    return F.text(
        json.dumps(
            {"programmes": items, "contact": "admissions@example.org"}, ensure_ascii=False, indent=2
        )
        + "\n"
    ), "6B04101"


@reg(
    "u66-spisok-anonim-ru.csv",
    None,
    "sis-export",
    "whole file",
    "ru",
    "anonymised list Студент 1 … with groups and GPA",
)
def _(rng):
    rows = [["№", "Обучающийся", "Группа", "GPA", "Рейтинг"]] + [
        [str(i), f"Студент {i}", rng.choice(D.GROUPS), _gpa(rng), str(i)] for i in range(1, 13)
    ]
    return F.csv_windows(rows), "Студент 1"


@reg(
    "u67-event-photo-no-gps-en.jpg",
    None,
    "photo",
    "EXIF without GPS",
    "en",
    "event photo with camera EXIF but no GPS",
)
def _(rng):
    return F.jpeg(3, "Open Day 2025", None), "Open Day 2025"


@reg(
    "u68-logo-banner.png",
    None,
    "image",
    "whole file",
    "en",
    "banner image with university name only",
)
def _(rng):
    return F.png(4, "KazUTB 2025"), "KazUTB 2025 (drawn in pixels)"


@reg(
    "u69-academic-calendar-en.yaml",
    None,
    "site-data",
    "whole file",
    "en",
    "academic calendar dates",
)
def _(rng):
    s = """academic_year: "2025-2026"
terms:
  - name: Fall semester
    start: 2025-09-01
    end: 2025-12-20
  - name: Winter exams
    start: 2025-12-22
    end: 2026-01-10
  - name: Spring semester
    start: 2026-01-26
    end: 2026-05-16
holidays:
  - 2025-10-25  # Republic Day
  - 2025-12-16  # Independence Day
"""
    return F.text(s), "2025-09-01"


@reg(
    "u70-minutes-academic-council-en.odt",
    None,
    "minutes",
    "whole file",
    "en",
    "minutes naming only the rector and positions",
)
def _(rng):
    ps = [
        "MINUTES No. 4 of the Academic Council",
        "Astana, 27 November 2025",
        "Chair: Rector L.K. Baibolova",
        "Present: 23 of 27 members (quorum). Secretary: Academic Secretary.",
        "Agenda: 1. Approval of programme 6B06101 update. 2. Results of the winter session schedule.",
        "Resolved: approve the programme update (23 votes for, 0 against). Enquiries: office@example.org.",
    ]
    return F.odt(ps), "L.K. Baibolova"


@reg(
    "u71-zharialau-bundle-kk.zip",
    None,
    "archive",
    "all members",
    "kk",
    "archive of public documents (schedule CSV, fee note)",
)
def _(rng):
    rows = [
        ["Топ", "Пән", "Күні", "Уақыты", "Аудитория"],
        ["АЖ-21-2", "Деректер қоры", "12.01.2026", "09:00", "305"],
        ["ЕТ-22-1", "Микроэкономика", "14.01.2026", "14:00", "210"],
    ]
    note = "Оқу ақысы: 1 650 000 ₸. Байланыс: admissions@example.org, +7 708 425 06 60\n".encode()
    return F.zip_bytes(
        [("kesteler/emtihan.csv", F.csv_windows(rows)), ("kesteler/aqy.txt", note)]
    ), "АЖ-21-2"


@reg(
    "u72-zhanalyq-rektor-kk.docx",
    None,
    "news",
    "whole file",
    "kk",
    "news draft quoting the rector, with the university phone for press",
)
def _(rng):
    ps = [
        "Университетте жаңа зертхана ашылды",
        "2025 ж. 5 қараша",
        "Ректор Л.К. Байболова «Тамақ өнімдерінің қауіпсіздігі» зертханасын ашты. Зертхана 2-корпустың 112 аудиториясында орналасқан.",
        "Жоба құны – 48 млн ₸. Зертханада жылына 300-ден астам студент тәжірибеден өтеді.",
        f"Баспасөз қызметі: {UNI_PHONES[0]}, office@example.org",
    ]
    return F.docx(ps), "Л.К. Байболова"


@reg(
    "u73-bazy-praktiki-ru.xlsx",
    None,
    "internship-list",
    "both sheets",
    "ru",
    "internship bases: organisations and place counts only",
)
def _(rng):
    base = [
        ["Организация", "Договор №", "Мест", "Программа"],
        ["АО «Казахтелеком»", "Д-11/2025", 6, "6B06101"],
        ["ТОО «Astana Food»", "Д-12/2025", 8, "6B07201"],
        ["АО «Байтерек»", "Д-13/2025", 3, "6B04101"],
    ]
    return F.xlsx([("Свод", [["Всего мест", 17]]), ("Базы", base)]), "Д-11/2025"


@reg(
    "u74-library-new-books-ru.tsv",
    None,
    "site-data",
    "whole file",
    "ru",
    "library acquisitions: ISBN-13 numbers and published authors",
)
def _(rng):
    rows = [
        ["ISBN", "Автор", "Название", "Год"],
        ["9786010412345", "Абай Құнанбайұлы", "Қара сөздер", "2020"],
        ["9785446112345", "Таненбаум Э.", "Компьютерные сети", "2019"],
        ["9786013012345", "Құлажанов Қ.", "Технология мясных продуктов", "2005"],
    ]
    return F.tsv(rows), "9786010412345"


@reg(
    "u75-order-number-dates-en.txt",
    None,
    "order",
    "whole file",
    "en",
    "register of orders: numbers and dates only",
)
def _(rng):
    s = (
        "Register of published orders, September 2025\n\n"
        + "\n".join(
            f"Order No. {n}-st of {d} September 2025 - {t}"
            for n, d, t in [
                (45, 1, "enrolment of first-year students (3 groups, 74 students)"),
                (47, 1, "distribution of scholarships"),
                (52, 8, "approval of exam schedule"),
                (60, 15, "dormitory allocation (112 places)"),
            ]
        )
        + "\n"
    )
    return F.text(s), "Order No. 45-st"


MANIFEST: list[Entry] = [e for e, _ in _REG]
_DATA: dict[str, bytes] = {e.name: d for e, d in _REG}

assert len({e.name for e in MANIFEST}) == len(MANIFEST)


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for e in MANIFEST:
        p = folder / e.name
        p.write_bytes(_DATA[e.name])
        out.append(p)
    return out
